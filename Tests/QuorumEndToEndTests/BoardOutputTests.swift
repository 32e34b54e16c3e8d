import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The board-specific outputs of the sample site: feeds, sitemap, calendar, email editions, tracker.
@Suite struct BoardOutputTests {
    var output: URL { SampleSiteBuildTests.output }

    func file(_ path: String) -> String { SampleSite.read(output.appendingPathComponent(path)) }

    @Test("feeds and the sitemap are well-formed XML", arguments: ["atom.xml", "meetings/atom.xml", "bulletins/atom.xml", "sitemap.xml"])
    func wellFormedXML(_ path: String) throws {
        _ = SampleSiteBuildTests.report
        let data = try #require(FileManager.default.contents(atPath: output.appendingPathComponent(path).path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test("the JSON feed is JSON Feed 1.1 with absolute URLs")
    func jsonFeed() throws {
        _ = SampleSiteBuildTests.report
        let data = try #require(FileManager.default.contents(atPath: output.appendingPathComponent("feed.json").path))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["url"] as? String)?.hasPrefix("https://example.org/") == true })
    }

    @Test("meetings.ics parses with Python's icalendar and has one event a meeting in Europe/London time")
    func calendar() throws {
        _ = SampleSiteBuildTests.report
        let path = output.appendingPathComponent("meetings/meetings.ics").path
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [e for e in cal.walk('VEVENT')]
            uids = {str(e['UID']) for e in events}
            assert len(uids) == len(events), 'duplicate UIDs'
            oct = [e for e in events if str(e['UID']).startswith('2018-10-18-sscb@')][0]
            start = oct.decoded('DTSTART')
            print(len(events), start.isoformat(), str(start.tzinfo))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasPrefix("5 2018-10-18T09:30:00+01:00"), "\(text)")
    }

    @Test("each bulletin has an email edition with inline styles, absolute links and no scripts or stylesheets")
    func emailEdition() throws {
        _ = SampleSiteBuildTests.report
        let html = file("bulletins/2018-11-tusk-42/email.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<style"))
        let urls = html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.1) }
        #expect(!urls.isEmpty)
        for url in urls {
            #expect(url.hasPrefix("https://") || url.hasPrefix("mailto:") || url.hasPrefix("#"), "relative URL \(url)")
        }
        #expect(html.contains("<p style=\""))
        #expect(html.firstMatch(of: /<[^>]*style="[^"]*"[^>]*style="/) == nil, "a tag has two style attributes")
    }

    @Test("no email edition holds an <svg>, a <style> or a relative URL")
    func everyEmailEdition() throws {
        _ = SampleSiteBuildTests.report
        var editions: [String] = []
        for section in ["bulletins", "newsletters"] {
            let folder = output.appendingPathComponent(section)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let path = "\(section)/\(name)/email.html"
                if FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) { editions.append(path) }
            }
        }
        #expect(editions.count >= 4)
        for path in editions {
            let html = file(path)
            #expect(!html.lowercased().contains("<svg"), "\(path) holds inline SVG")
            #expect(!html.lowercased().contains("<style"), "\(path) holds a <style>")
            for url in html.matches(of: /(?:href|src)="([^"]*)"/).map({ String($0.1) }) {
                #expect(url.hasPrefix("https://") || url.hasPrefix("mailto:"), "\(path): relative URL \(url)")
            }
            let text = file(path.replacingOccurrences(of: ".html", with: ".txt"))
            #expect(!text.contains("<"), "\(path): the text edition holds markup")
        }
    }

    @Test("an email chart is a 2x PNG with its size, title and description as alt, then a link to the web chart")
    func emailChart() throws {
        _ = SampleSiteBuildTests.report
        let html = file("bulletins/2018-12-tusk-43/email.html")
        let image = try #require(html.firstMatch(of: /<img src="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)"/))
        #expect(image.1.hasSuffix("/bulletins/2018-12-tusk-43/email-chart-1.png"))
        #expect(image.2 == "592")
        #expect(image.4.hasPrefix("Physical abuse was the most common allegation in 2017/18. Donut chart: Physical abuse is the largest share at 194"))
        #expect(html.contains("<a href=\"https://") && html.contains("/bulletins/2018-12-tusk-43/#chart-1\" style=\"color:#1d70b8;text-decoration:underline;\">See this chart and its data on the website</a>"))
        let png = try #require(FileManager.default.contents(atPath: output.appendingPathComponent("bulletins/2018-12-tusk-43/email-chart-1.png").path))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // The IHDR width: twice the 640-unit viewBox, for sharp screens.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280)
        let text = file("bulletins/2018-12-tusk-43/email.txt")
        #expect(text.contains("[Chart: Physical abuse was the most common allegation in 2017/18. Donut chart:"))
        #expect(text.contains("See this chart and its data on the website (https://"))
        #expect(text.contains("Allegations against people who work with children\n-----"))
    }

    @Test("the action tracker lists every action, open first, with counts")
    func tracker() {
        let html = file("meetings/actions/index.html")
        #expect(html.contains("19 actions from the minutes: 9 open and 10 closed."))
        let open = html.range(of: "<h2>Open actions</h2>")
        let closed = html.range(of: "<h2>Closed actions</h2>")
        #expect(open != nil && closed != nil && open!.lowerBound < closed!.lowerBound)
        #expect(html.contains("SSCB 1819_08"))
    }

    @Test("attendance is a matrix per board and reporting year, a table with row and column headers")
    func attendance() {
        #expect(file("meetings/attendance/index.html").contains("href=\"/meetings/attendance/sscb-2018-19/\""))
        let html = file("meetings/attendance/sscb-2018-19/index.html")
        #expect(html.contains("<caption id=\"attendance-caption\">Attendance at Somerset Safeguarding Children Board meetings in 2018/19</caption>"))
        #expect(html.contains("<th scope=\"row\"><a href=\"/members/sh/\">Sally Halls</a>"))
        #expect(html.contains("<td class=\"attendance--apologies\">Apologies</td>"))
    }

    @Test("tags, reporting-year archives, the glossary, member pages and robots.txt exist")
    func siteWide() {
        for path in ["tags/index.html", "archive/index.html", "archive/2018-19/index.html", "glossary/index.html",
                     "members/sh/index.html", "meetings/boards/sscb/index.html", "robots.txt"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        #expect(file("robots.txt").contains("Sitemap: https://example.org/sitemap.xml"))
    }
}

@Suite struct StatementTests {
    @Test("the accessibility statement has the headings and sentences the 2018 regulations require, filled from site.yaml")
    func statement() {
        _ = SampleSiteBuildTests.report
        let html = SampleSite.read(SampleSiteBuildTests.output.appendingPathComponent("pages/accessibility/index.html"))
        for required in [
            "<h1>Accessibility statement for Somerset Safeguarding Children Board</h1>",
            "This accessibility statement applies to https://example.org/.",
            ">How accessible this website is</h2>", ">Feedback and contact information</h2>",
            ">Reporting accessibility problems with this website</h2>", ">Enforcement procedure</h2>",
            "is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.",
            "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
            "The content listed below is non-accessible for the following reasons.",
            ">Non-compliance with the accessibility regulations</h3>", ">Disproportionate burden</h3>",
            ">Content that’s not within the scope of the accessibility regulations</h3>",
            "This statement was prepared on 20 September 2018. It was last reviewed on 20 September 2019.",
            "Some older PDF documents",
            "in a different format, such as accessible PDF, large print, easy read, audio recording, braille or another language:",
            "<li>email <a href=\"mailto:sscb@example.org\">sscb@example.org</a></li>",
            "<li>call 01823 000000</li>",
            "get back to you in 5 working days.",
            "contact the <a href=\"https://www.equalityadvisoryservice.com/\">Equality Advisory and Support Service (EASS)</a>.",
            "web pages. (by <time datetime=\"2019-12-31\">31 December 2019</time>)</li>",
            "This website was last tested on 2 September 2019.",
        ] {
            #expect(html.contains(required), "missing: \(required)")
        }
        #expect(StatementTests.headings(html) == StatementTests.modelHeadings)
    }

    /// Every heading of the UK government's model accessibility statement, in its order, below the title.
    static let modelHeadings = [
        "h2 How accessible this website is", "h2 Feedback and contact information",
        "h2 Reporting accessibility problems with this website", "h2 Enforcement procedure",
        "h2 Technical information about this website’s accessibility", "h3 Compliance status",
        "h2 Non-accessible content", "h3 Non-compliance with the accessibility regulations", "h3 Disproportionate burden",
        "h3 Content that’s not within the scope of the accessibility regulations",
        "h2 What we’re doing to improve accessibility", "h2 Preparation of this accessibility statement",
    ]

    /// The level and text of each h2 and h3 in the statement's article.
    static func headings(_ html: String) -> [String] {
        guard let start = html.range(of: "<article class=\"page accessibility-statement\">"),
              let end = html.range(of: "</article>", range: start.upperBound..<html.endIndex) else { return [] }
        let article = html[start.upperBound..<end.lowerBound]
        let pattern = /<(h[23])[^>]*>([^<]*)<\/h[23]>/
        return article.matches(of: pattern).map { "\($0.output.1) \($0.output.2)" }
    }

    @Test("the membership page lists the members from members.yaml")
    func membership() {
        _ = SampleSiteBuildTests.report
        let html = SampleSite.read(SampleSiteBuildTests.output.appendingPathComponent("pages/membership/index.html"))
        #expect(html.contains("<a href=\"/members/sh/\">Sally Halls</a>"))
    }
}
