import QuorumContent

/// Files beside the pages (images, PDFs) that are copied to the site as they are.
struct ContentAssets: Sendable {
    /// Source paths (`content/reports/a/chart.png`).
    let files: [String]

    /// URL paths by source path.
    var urls: [String: String] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, "/" + $0.dropFirst("content/".count)) })
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
