import QuorumBlocks
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown
import QuorumSite

/// The Markdown stage: every page's body through libcmark with links, abbreviations and blocks, in parallel.
struct PageRenderer {
    let content: SiteContent
    let catalog: DataCatalog
    let assets: ContentAssets
    let log: DiagnosticLog

    func renderAll() -> [RenderedPage] {
        var pages: [RenderedPage] = []
        var checks: [AnchorCheck] = []
        var used: Set<String> = []
        for result in render(content.pages) {
            pages.append(result.page)
            log.add(contentsOf: result.problems)
            checks.append(contentsOf: result.anchorChecks)
            used.formUnion(result.dataUsed)
        }
        var ids: [String: Set<String>] = [:]
        for page in pages { ids[page.page.sourcePath] = Set(page.headings.map(\.id)) }
        log.add(contentsOf: PageRenderer.anchorProblems(checks, headingIDs: ids))
        log.add(contentsOf: PageRenderer.unusedData(in: catalog, used: used))
        return pages
    }

    /// A data file no page shows is a warning: it was probably meant to be shown.
    static func unusedData(in catalog: DataCatalog, used: Set<String>) -> [Diagnostic] {
        catalog.tables.keys.sorted().filter { !used.contains($0) }.map { name in
            .warning("no page shows this data file", at: SourceLocation(file: "content/data/\(name)", line: 1),
                     hint: "show it with a ```table or ```chart block naming `data: \(name)`, or delete it")
        }
    }

    /// Renders `pages` (of `content`) in parallel; each result keeps its own problems, so a caller can replace one page's.
    func render(_ pages: [Page]) -> [PageRendering] {
        let pageURLs = Dictionary(content.pages.map { ($0.sourcePath, $0.url) }, uniquingKeysWith: { a, _ in a })
        let assetFiles = assets.records
        let imageWarnKB = content.config.imageWarnKB
        let glossary = AbbreviationGlossary(
            Dictionary(content.glossary.entries.map { ($0.acronym, $0.expansion) }, uniquingKeysWith: { a, _ in a }))
        let initials = Set(content.members.map(\.initials))
        let options = MarkdownOptions(unsafeHTML: content.config.unsafeHTML)
        let basePath = SiteGraph.urlPath(of: content.config.baseURL)

        let catalog = self.catalog
        return ConcurrentMap.map(pages) { page -> PageRendering in
            let usage = DataUsage()
            let blocks = BlockExpander(catalog: catalog, sourcePath: page.sourcePath, lineOffset: page.bodyFirstLine, usage: usage,
                                       downloadURL: basePath + page.url)
            let links = LinkRewriter(sourcePath: page.sourcePath, lineOffset: page.bodyFirstLine,
                                     pageURLs: pageURLs, assets: assetFiles, imageWarnKB: imageWarnKB)
            let abbreviations = AbbreviationMarker(glossary: glossary, ignoring: initials)
            let hooks = MarkdownHooks(
                codeBlock: { blocks.expand($0) },
                link: { reference in links.rewrite(reference).map { $0.hasPrefix("/") ? basePath + $0 : $0 } },
                text: { abbreviations.segments($0) },
                imageSize: { links.imageSize($0) })
            let rendered = Markdown.render(page.body, options: options, hooks: hooks)
            var result = RenderedPage(page: page, rendered: rendered)
            let folder = page.url.split(separator: "/").joined(separator: "/")
            result.downloads = blocks.downloads.map { SiteFile(path: folder.isEmpty ? $0.name : "\(folder)/\($0.name)", text: $0.text) }
            return PageRendering(page: result,
                                 problems: blocks.problems + links.problems
                                    + abbreviations.unknownAcronyms(in: page.body, file: page.sourcePath, lineOffset: page.bodyFirstLine),
                                 anchorChecks: links.anchorChecks, dataUsed: usage.names)
        }
    }

    /// A `#anchor` must name a heading of its target page; reported with the ids that do exist.
    static func anchorProblems(_ checks: [AnchorCheck], headingIDs ids: [String: Set<String>]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for check in checks {
            guard let known = ids[check.targetPath], !known.contains(check.anchor) else { continue }
            let nearest = Suggestion.nearest(to: check.anchor, in: known)
            let target = check.targetPath == check.fromPath ? "this page" : check.targetPath
            problems.append(.error("broken link: \(target) has no heading with id \"\(check.anchor)\"",
                                   at: SourceLocation(file: check.fromPath, line: check.line, column: check.column),
                                   hint: nearest.map { "did you mean #\($0)? Heading ids are lower case with hyphens for spaces" }
                                        ?? "that page has no headings to link to"))
        }
        return problems
    }
}

/// One page through the Markdown stage, with what it found.
struct PageRendering: Sendable {
    var page: RenderedPage
    /// Broken links and block errors in this page.
    var problems: [Diagnostic]
    /// `#anchor` links to check once every page's headings are known.
    var anchorChecks: [AnchorCheck]
    /// The data files its blocks name (relative to `content/data/`).
    var dataUsed: Set<String>
}
