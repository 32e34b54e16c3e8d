import Foundation
import Testing
import QuorumBuild

/// The board's public record: errors and warnings about declarations, minutes approval, decisions,
/// the forward plan and the notice period, each at its file and line; and the open data of the sample site.
@Suite struct RecordTests {
    static let site: [String: String] = [
        "content/site.yaml": "title: Test Board\nbase_url: https://example.org/\nboards:\n  - {name: Test Board, code: TB}\naccessibility:\n  compliance: partial\n",
        "content/members.yaml": "- {initials: AB, name: Ann Bell, role: Chair, boards: [TB]}\n- {initials: CD, name: Cal Dee, role: Officer, boards: [TB]}\n",
        "content/meetings/2019-01-10-tb.md": "---\nboard: TB\ndate: 2019-01-10\ntime: \"10:00\"\nchair: AB\nstatus: draft minutes\nagenda:\n  - {number: \"1\", title: Welcome}\n---\n\n## 1. Welcome\n",
    ]

    func diagnostics(_ meeting: String, extra: [String: String] = [:]) throws -> [String] {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = Self.site.merging(extra) { _, new in new }
        files["content/meetings/2018-10-18-tb.md"] = meeting
        try SampleSite.write(files, under: root)
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
        return report.diagnostics.map { "\($0.severity == .error ? "error" : "warning") \($0.location?.description ?? ""): \($0.message)" }
    }

    static let head = "---\nboard: TB\ndate: 2018-10-18\ntime: \"10:00\"\nchair: AB\npresent: [CD]\nagenda:\n  - {number: \"1\", title: Welcome}\n  - {number: \"2\", title: Budget}\n"

    @Test("a declaration on an item not on the agenda, or by someone not present, is an error at its line")
    func declarations() throws {
        let found = try diagnostics(Self.head + """
            declarations:
              - {member: CD, item: "3", interest: Trustee of a provider}
              - {member: XY, item: "2", interest: Employee}
              - {member: CD, item: "2", interest: Trustee, action: left the room}
            ---

            ## 1. Welcome

            """)
        #expect(found == [
            "error content/meetings/2018-10-18-tb.md:11:24: declaration names item \"3\", which is not on this meeting's agenda",
            "error content/meetings/2018-10-18-tb.md:12:14: declaration by \"XY\", who is not recorded as present at this meeting",
        ])
    }

    @Test("minutes approved at an earlier meeting, or at something that is not a meeting, are errors at approved_at")
    func approval() throws {
        var found = try diagnostics(Self.head + "approved_at: 2019-01-10-tb.md\n---\n\n## 1. Welcome\n")
        #expect(found.isEmpty, "\(found)")
        let earlier = Self.site["content/meetings/2019-01-10-tb.md"]!.replacingOccurrences(of: "status: draft minutes\n", with: "approved_at: 2018-10-18-tb.md\n")
        found = try diagnostics(Self.head + "---\n\n## 1. Welcome\n", extra: ["content/meetings/2019-01-10-tb.md": earlier])
        #expect(found == ["error content/meetings/2019-01-10-tb.md:6:14: the minutes are approved at a meeting on 18 October 2018, which is not after this meeting on 10 January 2019"])
        found = try diagnostics(Self.head + "approved_at: ../pages/none.md\n---\n")
        #expect(found == ["error content/meetings/2018-10-18-tb.md:10:14: approved_at \"../pages/none.md\" does not point to a meeting"])
        found = try diagnostics(Self.head + "status: draft minutes\napproved_at: 2019-01-10-tb.md\n---\n")
        #expect(found == ["error content/meetings/2018-10-18-tb.md:10:9: approved_at is given but the status is \"draft minutes\""])
    }

    @Test("an unknown decision_type, or one without a decision, is an error at its line")
    func decisionType() throws {
        let found = try diagnostics("""
            ---
            board: TB
            date: 2018-10-18
            agenda:
              - number: "1"
                title: Budget
                decision: The budget was set.
                decision_type: agred
              - number: "2"
                title: Plan
                decision_type: noted
            ---

            """)
        #expect(found == [
            "error content/meetings/2018-10-18-tb.md:8:20: decision_type \"agred\" is not known",
            "error content/meetings/2018-10-18-tb.md:11:20: decision_type is given without a decision",
        ])
    }

    @Test("a forward plan naming a missing meeting, an earlier one or an item not on its agenda is an error at its line")
    func forwardPlan() throws {
        let found = try diagnostics(Self.head + """
            forward_plan:
              - {title: Budget, meeting: 2019-01-10-tb.md, item: "1"}
              - {title: Plan, meeting: 2019-02-01-tb.md}
              - {title: Audit, meeting: 2019-01-10-tb.md, item: "7"}
            ---

            """)
        #expect(try diagnostics(Self.head + "forward_plan:\n  - {title: Review}\n---\n")
                == ["error content/meetings/2018-10-18-tb.md:11:5: a forward plan item needs `meeting` or `date`"])
        #expect(found == [
            "error content/meetings/2018-10-18-tb.md:12:28: forward plan item \"Plan\" names \"2019-02-01-tb.md\", which is not a meeting",
            "error content/meetings/2018-10-18-tb.md:13:5: forward plan item \"Audit\" was taken as item \"7\", which is not on the agenda of 2019-01-10-tb.md",
        ])
    }

    @Test("an agenda published with too little notice is a warning at `published`; bank holidays do not count")
    func notice() throws {
        #expect(try diagnostics(Self.head + "published: 2018-10-10\n---\n").isEmpty)
        var found = try diagnostics(Self.head + "published: 2018-10-12\n---\n")
        #expect(found == ["warning content/meetings/2018-10-18-tb.md:10:12: the agenda was published on Friday 12 October 2018, 3 clear working days before the meeting on Thursday 18 October 2018; the notice period is 5"])
        let easter = Self.head.replacingOccurrences(of: "2018-10-18", with: "2019-04-25")
        found = try diagnostics(easter + "published: 2019-04-16\n---\n")
        #expect(found.count == 1 && found[0].contains("4 clear working days"), "\(found)")
        var config = Self.site
        config["content/site.yaml"]! += "notice_days: 3\n"
        #expect(try diagnostics(Self.head + "published: 2018-10-12\n---\n", extra: config).isEmpty)
    }

    @Test("JSON-LD escapes what would end its script element, and decisions, declarations and history are on the page")
    func meetingPage() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = Self.site
        files["content/meetings/2018-10-18-tb.md"] = Self.head.replacingOccurrences(of: "title: Budget", with: "title: \"Budget </script><!-- & more\"")
            + "venue: \"Hall </script>\"\ndeclarations:\n  - {member: CD, item: \"2\", interest: \"Trustee <b>x</b>\", action: left the room}\n"
            + "approved_at: 2019-01-10-tb.md\ncorrections:\n  - {date: 2019-01-10, text: Name corrected}\n---\n\n## 2. Budget\n"
        files["content/meetings/2018-10-18-tb.md"] = files["content/meetings/2018-10-18-tb.md"]!.replacingOccurrences(
            of: "title: \"Budget </script><!-- & more\"}", with: "title: \"Budget </script><!-- & more\", decision: \"Set </script>\", decision_type: agreed}")
        try SampleSite.write(files, under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        let html = SampleSite.read(output.appendingPathComponent("meetings/2018-10-18-tb/index.html"))
        let script = try #require(html.range(of: "<script type=\"application/ld+json\">").map { html[$0.upperBound...] })
        let json = String(script[..<script.range(of: "</script>")!.lowerBound])
        #expect(json.contains("\"location\":{\"@type\":\"Place\",\"address\":\"Hall \\u003c/script\\u003e\""))
        #expect(!json.contains("<"))
        #expect(json.contains("\"startDate\":\"2018-10-18T10:00:00+01:00\""))
        #expect(html.contains("<tr id=\"decision-2\"><th scope=\"row\"><a href=\"/meetings/2018-10-18-tb/#2-budget\">2</a> Budget &lt;/script&gt;&lt;!-- &amp; more</th><td>Set &lt;/script&gt;</td>"))
        #expect(html.contains("<td>Trustee &lt;b&gt;x&lt;/b&gt;</td><td>left the room</td>"))
        #expect(html.contains("Approved as an accurate record by the Test Board at its <a href=\"/meetings/2019-01-10-tb/\">meeting on <time datetime=\"2019-01-10\">10 January 2019</time></a>, chaired by Ann Bell."))
        #expect(html.contains("<li><time datetime=\"2019-01-10\">10 January 2019</time>: Name corrected</li>"))
        let member = SampleSite.read(output.appendingPathComponent("members/cd/index.html"))
        #expect(member.contains("<a href=\"/meetings/2018-10-18-tb/#item-2\">item 2</a>"))
        let atom = SampleSite.read(output.appendingPathComponent("meetings/atom.xml"))
        #expect(atom.contains("<title>Minutes approved: "))
        #expect(atom.contains("<published>2019-01-10T00:00:00Z</published>"))
    }

    @Test("a member's joined and left dates are Popolo membership dates and on their page; leaving before joining is an error")
    func membershipDates() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = Self.site
        files["content/members.yaml"] = "- {initials: AB, name: Ann Bell, role: Chair, boards: [TB], joined: 2017-04-01}\n"
            + "- {initials: CD, name: Cal Dee, role: Officer, boards: [TB], joined: 2016-09-01, left: 2019-03-31}\n"
        try SampleSite.write(files, under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        let popolo = try JSONSerialization.jsonObject(with: Data(SampleSite.read(output.appendingPathComponent("data/popolo.json")).utf8)) as? [String: Any]
        let memberships = (popolo?["memberships"] as? [[String: Any]]) ?? []
        let dates = memberships.map { "\($0["person_id"] ?? ""): \($0["start_date"] ?? "-") to \($0["end_date"] ?? "-")" }
        #expect(dates.sorted() == ["ab: 2017-04-01 to -", "cd: 2016-09-01 to 2019-03-31"], "\(dates)")
        let page = SampleSite.read(output.appendingPathComponent("members/cd/index.html"))
        #expect(page.contains("<p class=\"meta\">Sat on: Test Board</p>") && page.contains("Joined 1 September 2016") && page.contains("Left 31 March 2019"))
        #expect(SampleSite.read(output.appendingPathComponent("members/ab/index.html")).contains("<p class=\"meta\">Sits on: Test Board</p>"))

        files["content/members.yaml"] = "- {initials: AB, name: Ann Bell, boards: [TB]}\n- {initials: CD, name: Cal Dee, boards: [TB], joined: 2019-04-01, left: 2019-03-31}\n"
        try SampleSite.write(files, under: root)
        let failed = SampleSite.build(root, into: output)
        #expect(!failed.wrote)
        let errors = failed.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? ""): \($0.message)" }
        #expect(errors == ["content/members.yaml:2:73: CD left (2019-03-31) before they joined (2019-04-01)"], "\(errors)")
    }

    @Test("the sample site's open data matches its JSON Schemas and every page's JSON-LD parses (extruct)")
    func openData() throws {
        _ = SampleSiteBuildTests.report
        let (status, text) = try Self.run(["python3", SampleSite.repository.appendingPathComponent("scripts/check-open-data").path,
                                           SampleSiteBuildTests.output.path])
        #expect(status == 0, "\(text)")
    }

    @Test("the open-data check catches a planted fault in the data and in the JSON-LD")
    func openDataCheckFails() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try FileManager.default.copyItem(at: SampleSiteBuildTests.output, to: output)
        let meetings = output.appendingPathComponent("data/meetings.json")
        try Data(SampleSite.read(meetings).replacingOccurrences(of: "\"status\" : \"approved minutes\"", with: "\"status\" : \"approved\"").utf8).write(to: meetings)
        let page = output.appendingPathComponent("meetings/2018-10-18-sscb/index.html")
        try Data(SampleSite.read(page).replacingOccurrences(of: "\"@type\":\"Event\"", with: "\"@type\":\"Thing\"").utf8).write(to: page)
        let (status, text) = try Self.run(["python3", SampleSite.repository.appendingPathComponent("scripts/check-open-data").path, output.path])
        #expect(status == 1)
        #expect(text.contains("data/meetings.json: meetings/"), "\(text)")
        #expect(text.contains("meetings/2018-10-18-sscb/index.html: no schema.org Event"), "\(text)")
    }

    @Test("the sample site has the record's pages, CSV downloads and an approved-minutes trail")
    func samplePages() throws {
        _ = SampleSiteBuildTests.report
        let out = SampleSiteBuildTests.output
        func page(_ path: String) -> String { SampleSite.read(out.appendingPathComponent(path)) }
        #expect(page("forward-plan/index.html").contains("Taken as <a href=\"/meetings/2019-01-24-sscb/#43-thematic-learning-review--known-or-suspected-sex-offenders\">item 4.3</a>"))
        #expect(page("decisions/index.html").contains("<h3>2018/19</h3>"))
        #expect(page("meetings/2018-07-19-sscb/index.html").contains("Approved as an accurate record by the Somerset Safeguarding Children Board at its <a href=\"/meetings/2018-10-18-sscb/\">"))
        #expect(page("meetings/2018-10-18-sscb/index.html").contains("<h2 id=\"declarations-heading\">Declarations of interest</h2>"))
        #expect(page("meetings/actions/actions.csv").hasPrefix("id,text,owner,item,due,status,raised at,closed at\r\n"))
        #expect(page("meetings/attendance/sscb-2018-19/sscb-2018-19-attendance.csv").hasPrefix("name,role,2018-07-19,2018-10-18,2019-01-24\r\n"))
        let chapter = page("reports/annual-report-2017-18/12-other-activities/index.html")
        #expect(chapter.contains("<a href=\"/reports/annual-report-2017-18/12-other-activities/table-1.csv\" download>Download this data (CSV)"))
        #expect(page("reports/annual-report-2017-18/12-other-activities/table-1.csv").hasPrefix("Category,Allegations,Share of all allegations\r\n"))
    }

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
