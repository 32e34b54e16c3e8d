import Foundation
import Testing
import QuorumBuild

/// Bad input fails the build with a located error and leaves the previous output exactly as it was.
@Suite struct BuildFailureTests {
    static let goodSite: [String: String] = [
        "content/site.yaml": "title: Test Board\nbase_url: https://example.org/\nboards:\n  - {name: Test Board, code: TB}\naccessibility:\n  compliance: partial\n",
        "content/members.yaml": "- {initials: AB, name: Ann Bell, role: Chair}\n",
        "content/pages/about.md": "---\ntitle: About\n---\n\nAbout the board.\n",
        "content/meetings/2018-10-18-tb.md": "---\nboard: TB\ndate: 2018-10-18\ntime: \"10:00\"\nchair: AB\n---\n\n## 1. Welcome\n",
    ]

    @Test("broken front matter is an error at its line and column, and public/ is left untouched")
    func brokenFrontMatter() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.goodSite, under: root)
        let output = root.appendingPathComponent("public")
        #expect(SampleSite.build(root, into: output).wrote)
        let before = SampleSite.snapshot(output)
        #expect(before["pages/about/index.html"] != nil)

        try SampleSite.write(["content/pages/about.md": "---\ntitle: About\nsummary: the board: what it does\n---\n\nChanged.\n"], under: root)
        let report = SampleSite.build(root, into: output)
        #expect(report.failed)
        #expect(!report.wrote)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location?.description == "content/pages/about.md:3:19")
        #expect(error.message.hasPrefix("invalid YAML"))
        #expect(SampleSite.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public") && $0 != ".public.build-state.json" && $0 != ".public.spare" }
        #expect(leftovers.isEmpty)
    }

    @Test("unknown initials and a broken link are both reported in one build")
    func collectsEveryError() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = Self.goodSite
        site["content/meetings/2018-10-18-tb.md"] = "---\nboard: TB\ndate: 2018-10-18\nchair: XY\n---\n\nSee [notes](../pages/missing.md).\n"
        try SampleSite.write(site, under: root)
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? ""): \($0.message)" }
        #expect(errors == [
            "content/meetings/2018-10-18-tb.md:4:8: unknown member initials \"XY\"",
            "content/meetings/2018-10-18-tb.md:7:5: broken link: \"../pages/missing.md\" does not point to a file in content/",
        ])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test("drafts are left out unless asked for, and future publish dates wait")
    func draftsAndScheduled() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = Self.goodSite
        site["content/pages/draft.md"] = "---\ntitle: Draft\ndraft: true\n---\n"
        site["content/pages/later.md"] = "---\ntitle: Later\npublish: 2099-01-01\n---\n"
        try SampleSite.write(site, under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.skippedDrafts == 1 && report.skippedScheduled == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pages/draft/index.html").path))
        let withDrafts = SampleSite.build(root, into: output, drafts: true)
        #expect(withDrafts.wrote)
        let draft = SampleSite.read(output.appendingPathComponent("pages/draft/index.html"))
        #expect(draft.contains("class=\"draft-banner\""))
    }

    @Test("the quorum program prints path:line:column: error: and exits 1")
    func commandLine() throws {
        let executable = try #require(SampleSite.executable, "build the quorum product first")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = Self.goodSite
        site["content/pages/about.md"] = "---\ntitle: About\ndate: 2018-02-30\n---\n"
        try SampleSite.write(site, under: root)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--source", root.path, "--theme", SampleSite.theme.path]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(text.hasPrefix("content/pages/about.md:3:7: error: date \"2018-02-30\" is not a date\n    date: 2018-02-30\n          ^\n  hint: write dates as YYYY-MM-DD"))
        #expect(text.contains("1 error, 0 warnings"))
    }
}

/// Bad board data: each mistake is an error at its line, and the previous site stays as it was.
@Suite struct BoardDataFailureTests {
    static let cases: [(name: String, meeting: String, expected: String)] = [
        ("duplicate action id",
         "---\nboard: TB\ndate: 2018-12-13\nactions:\n  - {id: TB 1819_01, text: Again, owner: AB}\n---\n",
         "content/meetings/2018-12-13-tb.md:5:5: action id \"TB 1819_01\" is used twice"),
        ("closed before it was raised",
         "---\nboard: TB\ndate: 2018-12-13\nactions:\n  - {id: TB 1819_02, text: Later, owner: AB, status: closed, closed_at: 2018-10-18-tb.md}\n---\n",
         "content/meetings/2018-12-13-tb.md:5:73: TB 1819_02 is closed at a meeting on 18 October 2018, before it was raised on 13 December 2018"),
        ("unknown owner",
         "---\nboard: TB\ndate: 2018-12-13\nactions:\n  - {id: TB 1819_03, text: Who, owner: ZZ}\n---\n",
         "content/meetings/2018-12-13-tb.md:5:5: unknown member initials \"ZZ\" as the owner of TB 1819_03"),
        ("unknown board",
         "---\nboard: XB\ndate: 2018-12-13\n---\n",
         "content/meetings/2018-12-13-tb.md:2:8: unknown board code \"XB\""),
    ]

    @Test("bad board data fails the build at its line and leaves public/ as it was", arguments: 0..<cases.count)
    func badData(_ index: Int) throws {
        let testCase = Self.cases[index]
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildFailureTests.goodSite
        site["content/meetings/2018-10-18-tb.md"] = "---\nboard: TB\ndate: 2018-10-18\nactions:\n  - {id: TB 1819_01, text: First, owner: AB}\n---\n"
        try SampleSite.write(site, under: root)
        let output = root.appendingPathComponent("public")
        #expect(SampleSite.build(root, into: output).wrote)
        let before = SampleSite.snapshot(output)
        try SampleSite.write(["content/meetings/2018-12-13-tb.md": testCase.meeting], under: root)
        let report = SampleSite.build(root, into: output)
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? ""): \($0.message)" }
        #expect(errors == [testCase.expected], "\(testCase.name)")
        #expect(SampleSite.snapshot(output) == before)
    }
}

@Suite struct WarningTests {
    @Test("warnings (an unused data file, a misspelt key) are reported but do not fail the build")
    func warningsDoNotFail() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = BuildFailureTests.goodSite
        site["content/data/unused.csv"] = "year,count\n2018,4\n"
        site["content/pages/extra.md"] = "---\ntitle: Extra\nsumary: typo\n---\n"
        try SampleSite.write(site, under: root)
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
        #expect(report.wrote)
        #expect(report.diagnostics.map { "\($0.severity): \($0.location?.description ?? ""): \($0.message)" } == [
            "warning: content/data/unused.csv:1: no page shows this data file",
            "warning: content/pages/extra.md:3:1: unknown key `sumary` in page front matter",
        ])
    }
}
