import Foundation
import Testing
import QuorumBuild
import QuorumDiagnostics

@Suite struct ScaffolderTests {
    func site() throws -> URL {
        let root = try SampleSite.temporaryFolder()
        try SampleSite.write([
            "content/site.yaml": "title: T\nboards:\n  - {name: Test Board, code: TB}\n",
            "content/bulletins/2018-11-tusk-42.md": "---\ntitle: TUSK 42\nissue: 42\nmonth: \"2018-11\"\n---\n",
        ], under: root)
        return root
    }

    @Test("the next bulletin takes the next issue number and month, and the result builds")
    func nextBulletin() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffolder = Scaffolder(source: root, themeFolders: [SampleSite.theme], today: SampleSite.today)
        #expect(try scaffolder.create(.bulletin, date: nil, board: nil, title: nil) == "content/bulletins/2018-12-tusk-43.md")
        let text = SampleSite.read(root.appendingPathComponent("content/bulletins/2018-12-tusk-43.md"))
        #expect(text.contains("issue: 43\nmonth: \"2018-12\""))
        #expect(text.contains("draft: true"))
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"), drafts: true)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a month that already has an edition, or an existing file, is refused and nothing is written")
    func refuses() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffolder = Scaffolder(source: root, themeFolders: [SampleSite.theme], today: SampleSite.today)
        #expect(throws: DiagnosticError.self) { try scaffolder.create(.bulletin, date: "2018-11", board: nil, title: nil) }
        _ = try scaffolder.create(.meeting, date: "2019-01-24", board: "TB", title: nil)
        #expect(throws: DiagnosticError.self) { try scaffolder.create(.meeting, date: "2019-01-24", board: "TB", title: nil) }
        #expect(throws: DiagnosticError.self) { try scaffolder.create(.meeting, date: "2019-01-24", board: "ZZ", title: nil) }
    }

    @Test("a new report's folder and a tag's URL come from the same slugger: runs of punctuation are one hyphen")
    func oneSlugger() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffolder = Scaffolder(source: root, themeFolders: [SampleSite.theme], today: SampleSite.today)
        #expect(try scaffolder.create(.report, date: "2019-09-30", board: nil, title: "Cymraeg & accents: 2018/19")
                == "content/reports/cymraeg-accents-2018-19/index.md")
        try SampleSite.write(["content/pages/welsh.md": "---\ntitle: Welsh\ntags: [\"Cymraeg & accents\"]\n---\n\nText.\n"], under: root)
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"), drafts: true)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/tags/cymraeg-accents/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/tags/cymraeg--accents").path))
    }
}
