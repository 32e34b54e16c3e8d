import Foundation
import QuorumBuild
import QuorumContent

/// The repository's own sample site and theme, and helpers to build sites in temporary folders.
enum SampleSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("templates")
    static let today = DayDate(year: 2026, month: 11, day: 22)!

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Builds the site at `source` into `output` with the default theme.
    /// Builds `source` into `output`; `force` skips the check for an unchanged site, so every call really builds.
    static func build(_ source: URL, into output: URL, drafts: Bool = false, force: Bool = true) -> BuildReport {
        SiteBuilder.build(BuildOptions(source: source, output: output, themeFolders: [theme], includeDrafts: drafts, today: today,
                                       force: force, chartImages: true))
    }

    /// Writes `files` (path → text) under `root`.
    static func write(_ files: [String: String], under root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// Every file under `root` with its bytes, by relative path.
    static func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return files }
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// The `quorum` program built beside the tests.
    static var executable: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("quorum")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
