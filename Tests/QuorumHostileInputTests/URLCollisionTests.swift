import Foundation
import Testing

/// Two things that would be written to the same URL: an error naming both, never one silently replacing the other.
@Suite struct URLCollisionTests {
    func errors(_ extra: [String: String]) throws -> [String] {
        var files = HostileSite.registries
        files["content/pages/home.md"] = "---\ntitle: Home\n---\n"
        files.merge(extra) { _, new in new }
        return try HostileSite.with(files) { HostileSite.errors(HostileSite.build($0, write: false)) }
    }

    @Test("a.md and a/index.md are the same URL")
    func fileAndFolderIndex() throws {
        #expect(try errors([
            "content/pages/a.md": "---\ntitle: A\n---\n",
            "content/pages/a/index.md": "---\ntitle: A again\n---\n",
        ]) == ["content/pages/a/index.md:1:1: this page's URL /pages/a/ is also the URL of content/pages/a.md"])
    }

    @Test("a meeting file called index.md takes the URL of the meetings list")
    func sectionList() throws {
        #expect(try errors([
            "content/meetings/index.md": "---\nboard: TB\ndate: 2018-10-18\n---\n",
        ]) == ["content/meetings/index.md:1:1: this page's URL /meetings/ is also the URL of the meetings list"])
    }

    @Test("a meeting file called actions.md takes the URL of the action tracker")
    func actionTracker() throws {
        let meeting = "---\nboard: TB\ndate: 2018-10-18\nactions:\n  - {id: TB 1819_1, text: Do it, owner: AB, due: 2018-11-01}\n---\n"
        #expect(try errors([
            "content/meetings/2018-10-18-tb.md": meeting,
            "content/meetings/actions.md": "---\nboard: TB\ndate: 2018-11-18\n---\n",
        ]) == ["content/meetings/actions.md:1:1: this page's URL /meetings/actions/ is also the URL of the action tracker"])
    }

    @Test("members whose initials differ only in case would share a member page")
    func memberInitials() throws {
        #expect(try errors([
            "content/members.yaml": "- {initials: AB, name: Ann Bell}\n- {initials: ab, name: Alan Brown}\n",
        ]) == ["content/members.yaml:2:3: the page of member ab, /members/ab/, is also the page of member AB"])
    }

    @Test("board codes that differ only in case would share a meetings page")
    func boardCodes() throws {
        let site = "title: T\nbase_url: https://example.org/\nboards:\n  - {name: One, code: TB}\n  - {name: Two, code: tb}\n"
        #expect(try errors([
            "content/site.yaml": site,
            "content/meetings/2018-10-18-tb.md": "---\nboard: TB\ndate: 2018-10-18\n---\n",
            "content/meetings/2018-11-18-tb.md": "---\nboard: tb\ndate: 2018-11-18\n---\n",
        ]) == ["content/site.yaml: the meetings page of board tb, /meetings/boards/tb/, is also the meetings page of board TB"])
    }

    @Test("café.md written with a combining accent is the same URL as café.md written with é")
    func unicodeNormalisation() throws {
        // Two keys of one dictionary literal would be the same key, as they are for the site's URLs.
        var files = HostileSite.registries
        files["content/pages/caf\u{E9}.md"] = "---\ntitle: One\n---\n"
        let decomposed = ["content/pages/cafe\u{301}.md": Array("---\ntitle: Two\n---\n".utf8)]
        let errors = try HostileSite.with(files, bytes: decomposed) { HostileSite.errors(HostileSite.build($0, write: false)) }
        #expect(errors.count == 1)
        #expect(errors.first?.contains(": this page's URL /pages/caf") == true)
    }

    @Test("a report chapter and a single-file report do not collide, and neither do report.md and report/chapter.md")
    func noFalseAlarm() throws {
        #expect(try errors([
            "content/reports/annual.md": "---\ntitle: Annual\nyear: \"2017/18\"\n---\n",
            "content/reports/annual-2/index.md": "---\ntitle: Annual 2\nyear: \"2017/18\"\nchapters: [one.md]\n---\n",
            "content/reports/annual-2/one.md": "---\ntitle: One\n---\n",
            "content/pages/a.md": "---\ntitle: A\n---\n",
            "content/pages/a/b.md": "---\ntitle: B\n---\n",
        ]) == [])
    }
}

/// URLs that differ only in letter case: one file would replace the other on a case-insensitive disk or host.
@Suite struct CaseCollisionTests {
    @Test("Annual-Report.md and annual-report.md are an error naming both files and lines")
    func pagesDifferingInCase() throws {
        var files = HostileSite.registries
        files["content/pages/home.md"] = "---\ntitle: Home\n---\n"
        files["content/pages/Annual-Report.md"] = "---\ntitle: Annual report\n---\n"
        files["content/pages/annual-report.md"] = "---\ntitle: Annual report again\n---\n"
        let errors = try HostileSite.with(files) { HostileSite.errors(HostileSite.build($0, write: false)) }
        #expect(errors == ["content/pages/annual-report.md:1:1: this page's URL /pages/annual-report/ differs only in letter case from "
                           + "/pages/Annual-Report/, the URL of content/pages/Annual-Report.md:1:1; on a case-insensitive file system "
                           + "or web host one would replace the other"])
    }

    @Test("a page called Actions.md in meetings differs only in case from the action tracker")
    func pageAndGeneratedList() throws {
        var files = HostileSite.registries
        files["content/meetings/2018-10-18-tb.md"] =
            "---\nboard: TB\ndate: 2018-10-18\nactions:\n  - {id: TB 1819_1, text: Do it, owner: AB, due: 2018-11-01}\n---\n"
        files["content/meetings/Actions.md"] = "---\nboard: TB\ndate: 2018-11-18\n---\n"
        let errors = try HostileSite.with(files) { HostileSite.errors(HostileSite.build($0, write: false)) }
        #expect(errors == ["content/meetings/Actions.md:1:1: this page's URL /meetings/Actions/ differs only in letter case from "
                           + "/meetings/actions/, the URL of the action tracker; on a case-insensitive file system or web host one "
                           + "would replace the other"])
    }

    @Test("a failed build over case-only clashes leaves the published site as it was")
    func previousSiteKept() throws {
        var files = HostileSite.registries
        files["content/pages/Report.md"] = "---\ntitle: One\n---\n"
        files["content/pages/report.md"] = "---\ntitle: Two\n---\n"
        try HostileSite.with(files) { root in
            try HostileSite.write(Array("old site".utf8), to: "public/index.html", under: root)
            let report = HostileSite.build(root)
            #expect(report.failed)
            #expect(HostileSite.output(root, "index.html") == "old site")
        }
    }
}
