import Foundation
import QuorumContent

/// Files beside the pages (images, PDFs) that are copied to the site as they are.
struct ContentAssets: Sendable {
    /// Source paths (`content/reports/a/chart.png`).
    let files: [String]
    /// Each file's URL, size and, for an image, width and height, by source path.
    let records: [String: AssetFile]

    /// The assets of `content`, read under the site folder `root`.
    init(_ content: SiteContent, root: URL) {
        files = ContentAssets.list(content)
        let read = ConcurrentMap.map(files) { AssetFile.read(root.appendingPathComponent($0), path: $0) }
        records = Dictionary(uniqueKeysWithValues: zip(files, read))
    }

    /// No assets (a session before its first build).
    init() {
        files = []
        records = [:]
    }

    static let ignored: Set<String> = ["content/site.yaml", "content/members.yaml", "content/glossary.yaml"]

    /// The non-Markdown files in the sections.
    static func list(_ content: SiteContent) -> [String] {
        content.allFiles.filter { path in
            !path.hasSuffix(".md") && !path.hasPrefix("content/data/") && !ignored.contains(path)
                && path.split(separator: "/").count > 2
        }
    }
}
