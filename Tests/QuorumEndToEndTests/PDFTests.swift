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
        try #require(PDFEngine.installation(known: nil) != nil, "WeasyPrint must be installed (scripts/setup installs it)")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let report = build(root, output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        #expect(report.pdfs?.made == 2 && report.pdfs?.kept == 0 && report.pdfs?.printed == 2)
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
        // Only the pack's print HTML is made again: the bulletin's print context, templates and engine are unchanged.
        #expect(edited.pdfs?.printed == 1)
        #expect(!edited.diagnostics.contains { $0.message.contains("says pages") })
        #expect(FileManager.default.contents(atPath: bulletin.path) == bytes)

        // Nothing changed (a forced build): no print HTML is made, every PDF comes back from the cache.
        let again = build(root, output)
        #expect(again.pdfs?.made == 0 && again.pdfs?.kept == 2 && again.pdfs?.printed == 0)
        #expect(!again.diagnostics.contains { $0.message.contains("says pages") })
    }

    @Test("a build with every PDF cached starts no Python; one edited bulletin starts the driver for its PDF alone")
    func noEngineWhenCached() throws {
        let executable = try #require(SampleSite.executable, "build the quorum product first")
        let python = try #require(PDFEngine.executable("python3"), "python3 must be installed")
        try #require(PDFEngine.installation(known: nil) != nil, "WeasyPrint must be installed (scripts/setup installs it)")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var site = Self.site
        site["content/bulletins/2019-01-tusk-3.md"] = "---\ntitle: TUSK 3\ndate: 2019-01-01\nissue: 3\nmonth: \"2019-01\"\n---\n\n## Item\n\nTapir.\n"
        try SampleSite.write(site, under: root)
        // A python3 that writes down every run, then runs the real one: the engine's only way in.
        let bin = root.appendingPathComponent("fake-bin"), calls = root.appendingPathComponent("python-calls")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let wrapper = bin.appendingPathComponent("python3")
        try "#!/bin/sh\nprintf '%s\\n' \"$*\" | tr '\\n' ' ' >> '\(calls.path)'\necho >> '\(calls.path)'\nexec '\(python)' \"$@\"\n"
            .write(to: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let output = root.appendingPathComponent("public")
        func build() throws -> [String] {
            try? FileManager.default.removeItem(at: calls)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", "--source", root.path, "--output", output.path, "--theme", SampleSite.theme.path,
                                 "--no-search", "--force", "--quiet"]
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let text = (try? String(contentsOf: calls, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init)
        }
        func inode(_ path: String) -> UInt64? {
            (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))?[.systemFileNumber] as? UInt64
        }
        let pdfs = ["bulletins/2018-11-tusk-1/2018-11-tusk-1.pdf", "bulletins/2019-01-tusk-3/2019-01-tusk-3.pdf",
                    "meetings/2018-10-18-tb/2018-10-18-tb-agenda-pack.pdf"]

        let first = try build()
        #expect(first.contains { $0.contains("weasyprint") }, "the first build asks Python where WeasyPrint is")
        #expect(first.contains { $0.contains("quorum-pdf.py") }, "and renders the PDFs")
        let made = pdfs.map(inode)
        #expect(!made.contains(nil))

        #expect(try build() == [], "nothing changed: no Python, not even to ask WeasyPrint's version")
        #expect(pdfs.map(inode) == made, "every PDF linked back from the cache")

        try SampleSite.write(["content/bulletins/2019-01-tusk-3.md": site["content/bulletins/2019-01-tusk-3.md"]!
            .replacingOccurrences(of: "Tapir.", with: "Tapir and okapi.")], under: root)
        let edited = try build()
        #expect(edited.count == 1 && edited.first?.contains("quorum-pdf.py") == true, "one driver for the one PDF: \(edited)")
        let after = pdfs.map(inode)
        #expect(after[0] == made[0] && after[2] == made[2], "the other PDFs are the same files")
        #expect(after[1] != nil && after[1] != made[1], "the edited bulletin's PDF is made again")
    }
}
