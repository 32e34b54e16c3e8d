import Foundation
@testable import QuorumBuild
import QuorumContent
import QuorumDiagnostics
import Testing

/// The PDF stage: bulletins and agenda packs through WeasyPrint, download links with sizes, the `pages` check,
/// and an edit that makes only its own PDF again.
@Suite(.serialized) struct PDFTests {
    private static let meeting = """
        ---
        board: TB
        date: 2018-10-18
        time: "10:00"
        chair: AB
        status: agenda
        agenda:
          - number: "1"
            title: TUSK
            paper: ../bulletins/2018-11-tusk-1.md
            pages: "9-12"
          - number: "2"
            title: Exempt business
            paper: ../bulletins/2018-11-tusk-1.md
            restricted: true
        ---

        """
    private static let site: [String: String] = BuildFailureTests.goodSite.merging([
        "content/meetings/2018-10-18-tb.md": meeting,
        "content/bulletins/2018-11-tusk-1.md": "---\ntitle: \"TUSK 1: <Zebras> & co\"\ndate: 2018-11-01\nissue: 1\nmonth: \"2018-11\"\n---\n\n## Item\n\nQuagga.\n",
        "content/bulletins/2018-12-tusk-2.md": "---\ntitle: TUSK 2\ndate: 2018-12-01\nissue: 2\nmonth: \"2018-12\"\npdf: false\n---\n\n## Item\n\nOkapi.\n",
    ]) { $1 }

    private func build(_ root: URL, _ output: URL) -> BuildReport {
        SiteBuilder.build(BuildOptions(source: root, output: output, themeFolders: [SampleSite.theme], today: SampleSite.today,
                                       force: true, pdf: true))
    }

    @Test("PDFs are made and linked with their size; `pages` that disagree with the pack are a warning at their line")
    func pdfs() throws {
        try #require(PDFEngine.start().map { $0.finish(); return true } ?? false, "WeasyPrint must be installed (scripts/setup installs it)")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let report = build(root, output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        #expect(report.pdfs?.made == 2 && report.pdfs?.kept == 0)
        let bulletin = output.appendingPathComponent("bulletins/2018-11-tusk-1/2018-11-tusk-1.pdf")
        let pack = output.appendingPathComponent("meetings/2018-10-18-tb/2018-10-18-tb-agenda-pack.pdf")
        let bytes = try #require(FileManager.default.contents(atPath: bulletin.path))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(FileManager.default.fileExists(atPath: pack.path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("bulletins/2018-12-tusk-2/2018-12-tusk-2.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("meetings/2018-10-18-tb/2018-10-18-tb-minutes.pdf").path))
        let html = SampleSite.read(output.appendingPathComponent("bulletins/2018-11-tusk-1/index.html"))
        #expect(html.contains("<a href=\"/bulletins/2018-11-tusk-1/2018-11-tusk-1.pdf\" type=\"application/pdf\" download>Download TUSK 1: &lt;Zebras&gt; &amp; co (PDF, \(max(1, (bytes.count + 512) / 1024)) KB)</a>"))
        #expect(!SampleSite.read(output.appendingPathComponent("bulletins/2018-12-tusk-2/index.html")).contains(".pdf"))
        let warning = try #require(report.diagnostics.first { $0.message.contains("agenda item 1 says pages 9-12") })
        #expect(warning.severity == .warning)
        #expect(warning.location?.file == "content/meetings/2018-10-18-tb.md" && warning.location?.line == 11)
        #expect(warning.message.hasSuffix("but its paper is on page 2 of the agenda pack"))

        // An edit to the agenda makes the pack again (`pages` alone would not: the pack prints its own numbers); the bulletin's PDF comes back from the cache, same bytes.
        try SampleSite.write(["content/meetings/2018-10-18-tb.md": Self.meeting.replacingOccurrences(of: "9-12", with: "2")
            .replacingOccurrences(of: "title: TUSK\n", with: "title: TUSK and its lessons\n")], under: root)
        let edited = build(root, output)
        #expect(edited.pdfs?.made == 1 && edited.pdfs?.kept == 1)
        #expect(!edited.diagnostics.contains { $0.message.contains("says pages") })
        #expect(FileManager.default.contents(atPath: bulletin.path) == bytes)
    }
}
