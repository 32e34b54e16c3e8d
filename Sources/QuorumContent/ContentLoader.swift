import Foundation
import QuorumDiagnostics
import Yams

/// Reads a site's `content/` folder: site.yaml, members.yaml, glossary.yaml and every page.
public struct ContentLoader: Sendable {
    /// The folder that holds `content/` (and optionally `templates/`).
    public var root: URL
    public var includeDrafts: Bool
    /// Pages whose `publish` date is after this day are left out.
    public var today: DayDate

    /// Creates a loader for the site at `root`.
    public init(root: URL, includeDrafts: Bool = false, today: DayDate) {
        self.root = root
        self.includeDrafts = includeDrafts
        self.today = today
    }

    /// Loads the site; every problem found is in the log, and pages with errors are left out.
    public func load(log: DiagnosticLog) -> SiteContent {
        let contentDir = root.appendingPathComponent("content").resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(.error("no content folder at \(contentDir.path)", hint: "run quorum in the folder that holds content/, or pass --source"))
            return SiteContent(config: SiteConfig(), members: [], glossary: Glossary([]), pages: [], dataFiles: [],
                               allFiles: [], skippedDrafts: 0, skippedScheduled: 0)
        }
        let config = readConfig(log: log)
        let members = readRegistry("content/members.yaml", log: log) { Member.readAll($0, reader: $1) } ?? []
        let glossary = readRegistry("content/glossary.yaml", log: log) { node, reader in
            Glossary.read(node.flatMap { reader.map($0, "glossary.yaml") }, reader: reader)
        } ?? Glossary([])

        let files = ContentLoader.listFiles(under: contentDir, relativeTo: contentDir.deletingLastPathComponent())
        let markdown = files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("content/data/") }
        let dataFiles = files.filter { $0.hasPrefix("content/data/") }
        let reader = PageReader(config: config)
        let results = ConcurrentMap.map(markdown) { path -> (Page?, [Diagnostic]) in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                return (nil, [.error("cannot read this file", at: SourceLocation(file: path))])
            }
            return reader.read(path: path, text: FrontMatterSplitter.normalise(Array(data)))
        }
        var pages: [Page] = []
        var drafts = 0, scheduled = 0
        for (page, diagnostics) in results {
            log.add(contentsOf: diagnostics)
            guard let page, !diagnostics.contains(where: { $0.severity == .error }) else { continue }
            if page.draft && !includeDrafts { drafts += 1; continue }
            if let publish = page.publish, publish > today, !includeDrafts { scheduled += 1; continue }
            pages.append(page)
        }
        return SiteContent(config: config, members: members, glossary: glossary, pages: pages, dataFiles: dataFiles,
                           allFiles: files, skippedDrafts: drafts, skippedScheduled: scheduled)
    }

    func readConfig(log: DiagnosticLog) -> SiteConfig {
        let config: SiteConfig? = readRegistry("content/site.yaml", log: log) { node, reader in
            SiteConfig.read(node.flatMap { reader.map($0, "site.yaml") }, reader: reader)
        }
        if config == nil {
            log.add(.warning("no content/site.yaml; using default settings", at: SourceLocation(file: "content/site.yaml"),
                             hint: "create content/site.yaml with at least `title:` and `base_url:`"))
        }
        return config ?? SiteConfig()
    }

    /// Reads an optional YAML registry; nil when the file does not exist.
    func readRegistry<T>(_ path: String, log: DiagnosticLog, _ read: (Node?, YAMLReader) -> T) -> T? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
        let reader = YAMLReader(file: path, firstLine: 1)
        do {
            let node = try YAMLDocument.parse(FrontMatterSplitter.normalise(Array(data)), file: path)
            let value = read(node, reader)
            log.add(contentsOf: reader.diagnostics)
            return value
        } catch {
            log.add(contentsOf: error.diagnostics)
            return read(nil, reader)
        }
    }

    /// Every file under `folder`, as paths relative to `base`, sorted; hidden files are skipped.
    static func listFiles(under folder: URL, relativeTo base: URL) -> [String] {
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
}
