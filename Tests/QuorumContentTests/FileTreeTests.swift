import Foundation
import Testing
@testable import QuorumContent

@Suite struct FileTreeTests {
    /// The listing before readdir: Foundation's enumerator and a resource lookup per file.
    static func foundationListing(under folder: URL, relativeTo base: URL) -> [String] {
        let basePath = base.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(basePath) else { continue }
            paths.append(String(full.dropFirst(basePath.count).drop { $0 == "/" }))
        }
        return paths.sorted()
    }

    @Test("content is listed as Foundation's enumerator listed it: hidden names, symlinks and odd names")
    func sameAsFoundation() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("quorum-filetree-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        func write(_ path: String) throws {
            let url = content.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        for path in ["meetings/a.md", "meetings/b.md", "reports/r/index.md", "reports/r/chart.png", ".hidden.md",
                     ".git/config", "pages/.draft.md", "...dots/f.md", "pages/sp ace/q?x#y%z.md", "pages/é-nfc.md",
                     "pages/e\u{301}-nfd.md", "pages/日本語.md", "pages/colon:name.md", "pages/back\\slash.md",
                     "deep/a/b/c/d/e/f.md", "pages/with%20percent.md"] {
            try write(path)
        }
        try fm.createDirectory(at: content.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("pages/link.md").path, withDestinationPath: "../meetings/a.md")
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("pages/linkdir").path, withDestinationPath: content.appendingPathComponent("meetings").path)
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("pages/loop").path, withDestinationPath: content.path)
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("pages/dangling.md").path, withDestinationPath: "/nonexistent/x")
        #if canImport(Glibc)
        _ = mkfifo(content.appendingPathComponent("pages/fifo").path, 0o600)
        #endif

        let folder = content.resolvingSymlinksInPath()
        let listed = ContentLoader.listFiles(under: folder, relativeTo: folder.deletingLastPathComponent())
        #expect(listed == Self.foundationListing(under: folder, relativeTo: folder.deletingLastPathComponent()))
        #expect(listed.contains("content/deep/a/b/c/d/e/f.md"))
        #expect(!listed.contains { $0.contains("/.") || $0.contains("link") || $0.contains("fifo") })
    }

    @Test("a folder that does not exist lists nothing")
    func missingFolder() {
        let folder = URL(fileURLWithPath: "/nonexistent-quorum-folder/content")
        #expect(ContentLoader.listFiles(under: folder, relativeTo: folder.deletingLastPathComponent()).isEmpty)
    }
}
