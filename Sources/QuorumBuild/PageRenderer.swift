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
        let pageURLs = Dictionary(content.pages.map { ($0.sourcePath, $0.url) }, uniquingKeysWith: { a, _ in a })
        let assetURLs = assets.urls
        let glossary = Dictionary(content.glossary.entries.map { ($0.acronym, $0.expansion) }, uniquingKeysWith: { a, _ in a })
        let options = MarkdownOptions(unsafeHTML: content.config.unsafeHTML)
        let basePath = SiteGraph.urlPath(of: content.config.baseURL)

        let catalog = self.catalog
        let results = ConcurrentMap.map(content.pages) { page -> (RenderedPage, [Diagnostic], [AnchorCheck]) in
            let blocks = BlockExpander(catalog: catalog, sourcePath: page.sourcePath, lineOffset: page.bodyFirstLine)
            let links = LinkRewriter(sourcePath: page.sourcePath, lineOffset: page.bodyFirstLine,
                                     pageURLs: pageURLs, assetURLs: assetURLs)
            let abbreviations = AbbreviationMarker(glossary: glossary)
            let hooks = MarkdownHooks(
                codeBlock: { blocks.expand($0) },
                link: { reference in links.rewrite(reference).map { $0.hasPrefix("/") ? basePath + $0 : $0 } },
                text: { abbreviations.segments($0) })
            let rendered = Markdown.render(page.body, options: options, hooks: hooks)
            return (RenderedPage(page: page, rendered: rendered), blocks.problems + links.problems, links.anchorChecks)
        }
        var pages: [RenderedPage] = []
        var checks: [AnchorCheck] = []
        for (page, problems, anchors) in results {
            pages.append(page)
            log.add(contentsOf: problems)
            checks.append(contentsOf: anchors)
        }
        checkAnchors(checks, pages: pages)
        return pages
    }

    /// A `#anchor` must name a heading of its target page; reported with the ids that do exist.
    private func checkAnchors(_ checks: [AnchorCheck], pages: [RenderedPage]) {
        var ids: [String: Set<String>] = [:]
        for page in pages { ids[page.page.sourcePath] = Set(page.headings.map(\.id)) }
        for check in checks {
            guard let known = ids[check.targetPath], !known.contains(check.anchor) else { continue }
            let nearest = Suggestion.nearest(to: check.anchor, in: known)
            let target = check.targetPath == check.fromPath ? "this page" : check.targetPath
            log.add(.error("broken link: \(target) has no heading with id \"\(check.anchor)\"",
                           at: SourceLocation(file: check.fromPath, line: check.line, column: check.column),
                           hint: nearest.map { "did you mean #\($0)? Heading ids are lower case with hyphens for spaces" }
                                ?? "that page has no headings to link to"))
        }
    }
}
