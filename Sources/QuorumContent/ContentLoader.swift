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
        guard let contentDir = contentFolder(log: log) else {
            return SiteContent(config: SiteConfig(), members: [], glossary: Glossary([]), pages: [], dataFiles: [],
                               allFiles: [], skippedDrafts: 0, skippedScheduled: 0)
        }
        var configProblems: [Diagnostic] = []
        let config = readConfig(into: &configProblems)
        log.add(contentsOf: configProblems)
        let files = listContentFiles(in: contentDir)
        let markdown = files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("content/data/") }
        let rootPath = root.path
        // Pages need only site.yaml, so members.yaml and glossary.yaml are read as one more job beside them
        // instead of before them; their problems still go in the log before any page's.
        let jobs = [LoadJob.registries] + markdown.map(LoadJob.page)
        var members: [Member] = [], glossary = Glossary([])
        var pages: [Page] = []
        var drafts = 0, scheduled = 0
        for done in ConcurrentMap.map(jobs, { job -> LoadResult in
            switch job {
            case .registries:
                var problems: [Diagnostic] = []
                let (members, glossary) = readMembersAndGlossary(into: &problems)
                return .registries(members, glossary, problems)
            case .page(let path):
                return .page(readPageFile(path, config: config, rootPath: rootPath))
            }
        }) {
            switch done {
            case .registries(let read, let terms, let problems):
                (members, glossary) = (read, terms)
                log.add(contentsOf: problems)
            case .page(let file):
                log.add(contentsOf: file.diagnostics)
                switch file.leftOut {
                case .draft: drafts += 1
                case .scheduled: scheduled += 1
                case nil: if let page = file.page { pages.append(page) }
                }
            }
        }
        return SiteContent(config: config, members: members, glossary: glossary, pages: pages,
                           dataFiles: files.filter { $0.hasPrefix("content/data/") }, allFiles: files,
                           skippedDrafts: drafts, skippedScheduled: scheduled)
    }

    func readConfig(into problems: inout [Diagnostic]) -> SiteConfig {
        let config: SiteConfig? = readRegistry("content/site.yaml", into: &problems) { node, reader in
            SiteConfig.read(node.flatMap { reader.map($0, "site.yaml") }, reader: reader)
        }
        if config == nil {
            problems.append(.warning("no content/site.yaml; using default settings", at: SourceLocation(file: "content/site.yaml"),
                                     hint: "create content/site.yaml with at least `title:` and `base_url:`"))
        }
        return config ?? SiteConfig()
    }

    func readMembersAndGlossary(into problems: inout [Diagnostic]) -> ([Member], Glossary) {
        let members = readRegistry("content/members.yaml", into: &problems) { Member.readAll($0, reader: $1) } ?? []
        let glossary = readRegistry("content/glossary.yaml", into: &problems) { node, reader in
            Glossary.read(node.flatMap { reader.map($0, "glossary.yaml") }, reader: reader)
        } ?? Glossary([])
        return (members, glossary)
    }

    /// Reads an optional YAML registry, adding its problems in order; nil when the file does not exist.
    func readRegistry<T>(_ path: String, into problems: inout [Diagnostic], _ read: (Node?, YAMLReader) -> T) -> T? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
        let reader = YAMLReader(file: path, firstLine: 1)
        do {
            let node = try YAMLDocument.parse(FrontMatterSplitter.normalise(data), file: path)
            let value = read(node, reader)
            problems += reader.diagnostics
            return value
        } catch {
            problems += error.diagnostics
            return read(nil, reader)
        }
    }

    /// Every file under `folder`, as paths relative to `base`, sorted; hidden files and editors' scratch files are skipped.
    static func listFiles(under folder: URL, relativeTo base: URL) -> [String] {
        let basePath = base.standardizedFileURL.path
        if let fullPaths = FileTree.regularFiles(under: folder.path) {
            return fullPaths.compactMap { full in
                full.hasPrefix(basePath) && !EditorScratchFile.matches(full) ? String(full.dropFirst(basePath.count).drop { $0 == "/" }) : nil
            }.sorted()
        }
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  !EditorScratchFile.matches(url.path) else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(basePath) else { continue }
            paths.append(String(full.dropFirst(basePath.count).drop { $0 == "/" }))
        }
        return paths.sorted()
    }
}

/// One piece of `load`'s parallel work, and what it found.
private enum LoadJob: Sendable {
    case registries
    case page(String)
}

private enum LoadResult: Sendable {
    case registries([Member], Glossary, [Diagnostic])
    case page(PageFile)
}
