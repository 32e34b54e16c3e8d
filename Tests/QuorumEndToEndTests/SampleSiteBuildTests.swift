import Foundation
import Testing
import QuorumBuild

/// Builds the real sample site in content/ once and checks what a reader would see.
@Suite struct SampleSiteBuildTests {
    /// Built once for the whole suite, whichever test asks first.
    static let built: (output: URL, report: BuildReport) = {
        let folder = (try? SampleSite.temporaryFolder()) ?? FileManager.default.temporaryDirectory
        let output = folder.appendingPathComponent("public")
        return (output, SampleSite.build(SampleSite.repository, into: output))
    }()
    static var output: URL { built.output }
    static var report: BuildReport { built.report }

    func page(_ path: String) -> String { SampleSite.read(Self.output.appendingPathComponent(path)) }

    @Test("the sample site builds with no errors and no warnings")
    func buildsCleanly() {
        #expect(Self.report.diagnostics.isEmpty, "\(Self.report.diagnostics.map { "\($0.location?.description ?? ""): \($0.message)" })")
        #expect(Self.report.wrote)
        #expect(Self.report.pages >= 15)
    }

    @Test("every publication type has its page at its pretty URL", arguments: [
        "index.html", "404.html",
        "meetings/index.html", "meetings/2018-10-18-sscb/index.html",
        "reports/index.html", "reports/annual-report-2017-18/index.html",
        "reports/annual-report-2017-18/01-foreword/index.html",
        "reports/annual-report-2017-18/08-priority-3-neglect/index.html",
        "reports/annual-report-2017-18/appendix-a-contributions-and-budget/index.html",
        "reports/2018-01-18-hwb-cover-report-annual-report-2016-17/index.html",
        "pages/about/index.html", "pages/county-snapshot-2020/index.html",
        "bulletins/index.html", "newsletters/index.html",
        "assets/quorum.css",
    ])
    func pageExists(_ path: String) {
        #expect(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(path).path))
    }

    @Test("pages use the base layout: language, skip link, landmarks and one h1")
    func layout() {
        let html = page("meetings/2018-10-18-sscb/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
        #expect(html.contains("<main id=\"main\""))
        #expect(html.contains("<header class=\"site-header\">"))
        #expect(html.contains("<footer class=\"site-footer\">"))
        #expect(html.components(separatedBy: "<h1").count == 2)
    }

    @Test("a chapter has a table of contents whose links all land on its headings")
    func tableOfContents() throws {
        let html = page("reports/annual-report-2017-18/08-priority-3-neglect/index.html")
        let toc = try #require(html.range(of: "<nav class=\"toc\"").map { html[$0.lowerBound...] })
        let end = try #require(toc.range(of: "</nav>"))
        let links = toc[..<end.lowerBound].matches(of: /href="#([^"]+)"/).map { String($0.1) }
        #expect(links.count >= 3)
        for id in links {
            #expect(html.contains("id=\"\(id)\""), "no heading with id \(id)")
        }
    }

    @Test("links between content files are rewritten to URLs")
    func linksRewritten() {
        let html = page("reports/annual-report-2017-18/index.html")
        #expect(!html.contains(".md\""))
        #expect(html.contains("href=\"/reports/annual-report-2017-18/08-priority-3-neglect/\""))
    }

    @Test("chapters link to the previous and next chapter in the report's order")
    func chapterNavigation() {
        let html = page("reports/annual-report-2017-18/02-executive-summary/index.html")
        #expect(html.contains("href=\"/reports/annual-report-2017-18/01-foreword/\" rel=\"prev\""))
        #expect(html.contains("href=\"/reports/annual-report-2017-18/03-about-this-report/\" rel=\"next\""))
    }

    @Test("the first use of a glossary acronym on a page is an abbr with its expansion")
    func abbreviations() {
        let html = page("reports/annual-report-2017-18/index.html")
        #expect(html.contains("<abbr title=\"Somerset Safeguarding Children Board\">SSCB</abbr>"))
        #expect(html.components(separatedBy: "<abbr title=\"Somerset Safeguarding Children Board\">").count == 2)
    }

    @Test("the meeting page shows the agenda, attendance with names from members.yaml, and actions")
    func meeting() {
        let html = page("meetings/2018-10-18-sscb/index.html")
        #expect(html.contains("<h2 id=\"agenda-heading\">Agenda</h2>"))
        #expect(html.contains("Sally Halls"))
        #expect(html.contains("SSCB 1819_14"))
    }

    @Test("the home page lists the latest publications of each kind")
    func home() {
        let html = page("index.html")
        for heading in ["Latest meetings", "Latest reports", "Latest bulletins", "Latest newsletters"] {
            #expect(html.contains(heading))
        }
        #expect(html.contains("href=\"/reports/annual-report-2017-18/\""))
    }
}
