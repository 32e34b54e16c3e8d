import Foundation
import Testing
import QuorumBuild
import QuorumDiagnostics

@Suite struct SiteStarterTests {
    @Test("a new site builds at once with no errors and only the placeholder warnings, whatever the board is called")
    func hostileName() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let name = #"The "Board": <b>Safety</b> & {{care}} \ #1"#
        let starter = SiteStarter(folder: root, boardName: name, code: "TB", themeFolders: [SampleSite.theme], today: SampleSite.today)
        let written = try starter.create()
        #expect(written.contains("content/meetings/2026-11-22-tb.md"))
        #expect(written.contains("content/bulletins/2026-11-bulletin-1.md"))
        #expect(written.contains(".gitignore"))
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        #expect(report.diagnostics.map(\.message) == ["base_url is still the placeholder https://your-board.invalid/",
                                                      "the contact email is still the placeholder office@your-board.invalid"])
        let about = SampleSite.read(root.appendingPathComponent("public/pages/about/index.html"))
        #expect(about.contains("The &quot;Board&quot;: &lt;b&gt;Safety&lt;/b&gt; &amp; {{care}} \\ #1"), "\(about)")
        #expect(!about.contains("<b>Safety"))
    }

    @Test("the board's name and code default from the folder's name")
    func defaults() {
        let starter = SiteStarter(folder: URL(fileURLWithPath: "/tmp/somerset-safeguarding_board"), boardName: nil, code: nil,
                                  themeFolders: [], today: SampleSite.today)
        #expect(starter.boardName == "Somerset Safeguarding Board")
        #expect(starter.code == "SSB")
    }

    @Test("a code that cannot name files and action ids is refused before anything is written", arguments: ["", "T B", "-TB", "TB/1", "TÉ"])
    func badCode(code: String) throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let starter = SiteStarter(folder: root, boardName: "Test Board", code: code, themeFolders: [SampleSite.theme], today: SampleSite.today)
        let error = try #require(throws: DiagnosticError.self) { try starter.create() }
        #expect(error.diagnostics.first?.message == "--code \"\(code)\" is not a board code")
        #expect(SampleSite.snapshot(root).isEmpty)
    }
}
