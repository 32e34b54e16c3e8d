import Foundation
import QuorumBuild
import QuorumContent

/// A site in a temporary folder with a copy of the default theme, so tests can edit files freely.
struct TestSite: Sendable {
    /// Which site to start from.
    enum Start {
        /// `SmallSite`: a dozen files, quick to build.
        case small
        /// The repository's sample site in `content/`.
        case sample
        /// No content: the test writes its own.
        case empty
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = DayDate(year: 2026, month: 11, day: 22)!

    /// The temporary folder: `site/content` and `theme/`.
    let root: URL
    var source: URL { root.appendingPathComponent("site") }
    var theme: URL { root.appendingPathComponent("theme") }

    /// Writes the site and copies the default theme into a new temporary folder.
    init(_ start: Start = .small) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-preview-\(UUID().uuidString)")
        let files = FileManager.default
        try files.createDirectory(at: source, withIntermediateDirectories: true)
        try files.copyItem(at: TestSite.repository.appendingPathComponent("templates"), to: theme)
        switch start {
        case .small:
            for (path, text) in SmallSite.files { try write(path, text) }
        case .sample:
            try files.copyItem(at: TestSite.repository.appendingPathComponent("content"), to: source.appendingPathComponent("content"))
        case .empty:
            break
        }
    }

    func options(drafts: Bool = true, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(source: source, output: root.appendingPathComponent("public"), themeFolders: [theme],
                     includeDrafts: drafts, baseURL: baseURL, today: TestSite.today, write: false)
    }

    func url(_ path: String) -> URL {
        path.hasPrefix("theme/") ? root.appendingPathComponent(path) : source.appendingPathComponent(path)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Writes `text` to `path` (`content/...` in the site, or `theme/...`); returns the absolute path.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Writes `bytes` to `path` in the site.
    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Replaces the first `old` in `path` with `new`; returns the absolute path.
    @discardableResult
    func edit(_ path: String, replacing old: String, with new: String) throws -> String {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw TestSiteError.missing(old, path) }
        return try write(path, text.replacingCharacters(in: range, with: new))
    }

    @discardableResult
    func remove(_ path: String) throws -> String {
        try FileManager.default.removeItem(at: url(path))
        return url(path).path
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

    func delete() {
        try? FileManager.default.removeItem(at: root)
    }
}

enum TestSiteError: Error {
    case missing(String, String)
}
