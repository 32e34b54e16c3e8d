import Foundation
import Testing

/// Images and files beside the pages: copied, sized, checked, and a meeting's PDF paper shown with its size.
@Suite struct ContentFileTests {
    static func png(_ w: Int, _ h: Int, padding: Int = 0) -> Data {
        func big32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + big32(w) + big32(h)
                    + [8, 6, 0, 0, 0] + [UInt8](repeating: 0, count: padding))
    }

    static let files: [String: String] = [
        "content/site.yaml": "title: Test Board\nbase_url: https://example.org/board/\nimage_warn_kb: 2\nboards:\n  - {name: Test Board, code: TB}\n",
        "content/members.yaml": "- {initials: AB, name: Ann Bell, role: Chair, boards: [TB]}\n",
        "content/glossary.yaml": "LADO: Local Authority Designated Officer\n",
        "content/reports/ar/index.md": """
            ---
            title: Annual report
            year: "2017/18"
            ---

            ![The board logo](logo.png "Our logo")

            [![Structure & groups](../../pages/structure.svg)](../../pages/about.md)

            ![](logo.png) and ![Big photo](big.png)

            """,
        "content/pages/about.md": "---\ntitle: About\n---\n\nAbout the board.\n",
        "content/pages/structure.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"><title>x</title></svg>\n",
        "content/meetings/2018-10-18-tb.md": """
            ---
            board: TB
            date: 2018-10-18
            agenda:
              - {number: "1", title: Budget, paper: papers/budget-2018-19.pdf}
              - {number: "2", title: Update, paper: "Paper 2.1, to follow"}
            ---

            """,
    ]

    static func build(_ extra: [String: String] = [:]) throws -> (URL, [String], [String], String, String) {
        let root = try SampleSite.temporaryFolder()
        try SampleSite.write(files.merging(extra) { $1 }, under: root)
        try png(120, 60).write(to: root.appendingPathComponent("content/reports/ar/logo.png"))
        try png(4000, 3000, padding: 3000).write(to: root.appendingPathComponent("content/reports/ar/big.png"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/meetings/papers"), withIntermediateDirectories: true)
        try Data(count: 1_258_291).write(to: root.appendingPathComponent("content/meetings/papers/budget-2018-19.pdf"))
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        func lines(_ severity: String) -> [String] {
            report.diagnostics.filter { "\($0.severity)" == severity }.map { "\($0.location?.description ?? "-"): \($0.message)" }
        }
        return (root, lines("error"), lines("warning"), SampleSite.read(output.appendingPathComponent("reports/ar/index.html")),
                SampleSite.read(output.appendingPathComponent("meetings/2018-10-18-tb/index.html")))
    }

    @Test("images get the width and height of their files; files are copied; a PDF paper shows its type and size")
    func imagesAndPapers() throws {
        let (root, errors, warnings, report, meeting) = try Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(errors == [])
        #expect(report.contains(#"<img src="/board/reports/ar/logo.png" alt="The board logo" title="Our logo" width="120" height="60" />"#),
                "\(report)")
        #expect(report.contains(#"<a href="/board/pages/about/"><img src="/board/pages/structure.svg" alt="Structure &amp; groups" width="300" height="150" /></a>"#))
        #expect(report.contains(#"<img src="/board/reports/ar/big.png" alt="Big photo" width="4000" height="3000" />"#))
        for path in ["reports/ar/logo.png", "pages/structure.svg", "meetings/papers/budget-2018-19.pdf"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/\(path)").path), "\(path) copied")
        }
        #expect(meeting.contains(#"<a href="/board/meetings/papers/budget-2018-19.pdf">budget-2018-19.pdf</a> <span class="file-meta">(PDF, 1.2 MB)</span>"#))
        #expect(meeting.contains("Paper 2.1, to follow"))
        #expect(warnings.filter { $0.hasPrefix("content/reports/") } == [
            "content/reports/ar/index.md:10:1: this image has no alt text",
            "content/reports/ar/index.md:10:19: this image is 3 KB, more than image_warn_kb (2 KB) allows",
        ])
    }

    @Test("a missing image or paper file is an error where it is written; an unreadable image is a warning")
    func missingFiles() throws {
        let (root, errors, warnings, _, _) = try Self.build([
            "content/pages/about.md": "---\ntitle: About\n---\n\nAbout the board.\n\n![A chart](chart.png) ![Notes](notes.txt)\n",
            "content/pages/notes.txt": "not an image\n",
            "content/meetings/2018-10-18-tb.md": "---\nboard: TB\ndate: 2018-10-18\nagenda:\n  - {number: \"1\", title: Budget, paper: papers/missing.pdf}\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Set(errors) == [
            "content/meetings/2018-10-18-tb.md:5:5: broken link: paper \"papers/missing.pdf\" does not point to a file in content/",
            "content/pages/about.md:7:1: broken link: \"chart.png\" does not point to a file in content/",
        ], "\(errors)")
        #expect(warnings.contains("content/pages/about.md:7:23: the width and height of this image cannot be read from content/pages/notes.txt"))
    }
}
