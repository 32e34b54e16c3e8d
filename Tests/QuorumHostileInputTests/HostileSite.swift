import Foundation
import QuorumBuild
import QuorumContent
import QuorumDiagnostics

/// Sites written into temporary folders, built with the default theme, and what the builds said.
enum HostileSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("templates")
    static let today = DayDate(year: 2026, month: 11, day: 22)!

    /// The registries every test site starts from: one board, two members, a glossary.
    static let registries: [String: String] = [
        "content/site.yaml": "title: Test Board\nbase_url: https://example.org/\nboards:\n  - {name: Test Board, code: TB}\n",
        "content/members.yaml": "- {initials: AB, name: Ann Bell, role: Chair}\n- {initials: CD, name: Carl Dee, role: Member}\n",
        "content/glossary.yaml": "LADO: Local Authority Designated Officer\n",
    ]

    /// Writes `files` (text) and `bytes` (raw) under a fresh temporary folder, runs `body`, then removes the folder.
    static func with<T>(_ files: [String: String], bytes: [String: [UInt8]] = [:], _ body: (URL) throws -> T) throws -> T {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files { try write(Array(text.utf8), to: path, under: root) }
        for (path, data) in bytes { try write(data, to: path, under: root) }
        return try body(root)
    }

    static func write(_ data: [UInt8], to path: String, under root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }

    /// Builds the site at `root` into `root/public` (or only checks it).
    static func build(_ root: URL, write: Bool = true) -> BuildReport {
        SiteBuilder.build(BuildOptions(source: root, output: root.appendingPathComponent("public"), themeFolders: [theme],
                                       today: today, write: write))
    }

    /// The errors of a build as `path:line:column: message`, in the order reported.
    static func errors(_ report: BuildReport) -> [String] {
        lines(report.diagnostics.filter { $0.severity == .error })
    }

    /// Diagnostics as `path:line:column: message`.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location?.description ?? "-"): \($0.message)" }
    }

    /// The text of an output file, or "" when it was not written.
    static func output(_ root: URL, _ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent("public").appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Every file the build wrote, relative to `public/`.
    static func outputFiles(_ root: URL) -> [String] {
        let base = root.appendingPathComponent("public").standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
