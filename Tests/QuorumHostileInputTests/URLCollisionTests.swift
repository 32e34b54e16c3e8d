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
