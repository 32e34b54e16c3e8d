import QuorumContent
import QuorumDiagnostics

/// The whole site after rendering: pages, sections in order, reports with their chapters, and every output file.
public struct SiteGraph: Sendable {
    public var config: SiteConfig
    public var members: [Member]
    public var glossary: Glossary
    /// Every page, in source path order; reading one is noted by a running `PageReads`.
    public var pages: PageList
    /// URL path prefix from base_url (`/board/` for https://example.org/board/), no trailing slash.
    public var basePath: String
    /// Page indexes per section, in list order.
    public var sections: [Section: [Int]]
    /// Multi-chapter reports by the index of their `index.md` page.
    public var reports: [Int: ReportStructure]
    /// Section introductions from `_index.md`.
    public var sectionIntros: [Section: Int]
    public var outputs: [OutputPage]
    /// Page indexes by source path, so links resolve without a scan.
    public var indexBySource: [String: Int]
    /// Tags by slug: the name as first written and the pages, newest first.
    public var tags: [String: (name: String, pages: [Int])]
    /// Publications by reporting year, newest first.
    public var years: [ReportingYear: [Int]]
    /// Every action in every meeting, in the order the tracker shows them.
    public var actions: [ActionEntry]
    /// Lookups by member, meeting and chapter, built once.
    public var board: BoardIndex
    /// Files beside the pages (images, PDFs) by source path.
    public var assets: [String: AssetFile]
    /// The page that holds the accessibility statement, if one does.
    public var statementPage: Int?
    /// Whether pages get the search box (the build runs Pagefind).
    public var searchEnabled = false
    /// The sizes of the PDFs the build made, by path in the output folder, for the pages' download links.
    public var pdfSizes: [String: Int] = [:]
    /// Whether email editions show charts as PNGs the build draws (rsvg-convert is installed).
    public var chartImages = false

    /// Assembles the graph; problems (a chapter listed but missing) go to `log`.
    public init(content: SiteContent, pages: [RenderedPage], assets: [String: AssetFile] = [:], log: DiagnosticLog) {
        config = content.config
        members = content.members
        glossary = content.glossary
        self.pages = PageList(pages)
        self.assets = assets
        basePath = SiteGraph.urlPath(of: content.config.baseURL)
        sections = [:]
        reports = [:]
        sectionIntros = [:]
        outputs = []
        tags = [:]
        years = [:]
        actions = []
        board = BoardIndex()
        indexBySource = Dictionary(pages.enumerated().map { ($1.page.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        statementPage = SiteGraph.statementPage(in: pages, indexBySource: indexBySource)

        for (index, rendered) in pages.enumerated() {
            let page = rendered.page
            switch page.kind {
            case .sectionIndex: sectionIntros[page.section] = index
            case .chapter: break
            default: sections[page.section, default: []].append(index)
            }
        }
        for section in Section.allCases {
            sections[section] = (sections[section] ?? []).sorted { SiteGraph.listOrder(section, pages[$0].page, pages[$1].page) }
        }
        assembleReports(log: log)
        assembleArchives()
        assembleActions()
        assembleRecord()

        outputs.append(OutputPage(content: .home, url: "/", template: "home"))
        for section in Section.allCases where !(sections[section] ?? []).isEmpty || sectionIntros[section] != nil {
            outputs += pagedOutputs(.section(section), listURL: "/\(section.rawValue)/",
                                    template: section == .meetings ? "meetings" : "section", items: sections[section]?.count ?? 0)
        }
        for (index, rendered) in pages.enumerated() where rendered.page.kind != .sectionIndex {
            outputs.append(OutputPage(content: .page(index), url: rendered.page.url,
                                      template: rendered.page.layout ?? SiteGraph.template(for: rendered.page.kind)))
        }
        outputs.append(OutputPage(content: .notFound, url: "/404.html", template: "404"))
        if statementPage == nil {
            if content.config.accessibility != nil {
                outputs.append(OutputPage(content: .statement, url: SiteGraph.statementURL, template: "accessibility-statement"))
            } else {
                log.add(.warning("the site has no accessibility statement", at: SourceLocation(file: "content/site.yaml"),
                                 hint: "add `accessibility:` to site.yaml (Quorum then writes \(SiteGraph.statementURL)), "
                                     + "or a page with `layout: accessibility-statement`; see docs/content-format.md"))
            }
        }
        outputs += archiveOutputs() + boardOutputs()
    }

    static func template(for kind: PageKind) -> String {
        switch kind {
        case .meeting: return "meeting"
        case .bulletin: return "bulletin"
        case .report: return "report"
        case .coverReport: return "cover-report"
        case .chapter: return "chapter"
        case .newsletter, .sectionIndex: return "page"
        case .page: return "page"
        }
    }

    public static func urlPath(of baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }

    /// Newest first for dated publications, by issue for bulletins, by title for pages.
    static func listOrder(_ section: Section, _ a: Page, _ b: Page) -> Bool {
        switch section {
        case .pages:
            return (a.title.lowercased(), a.sourcePath) < (b.title.lowercased(), b.sourcePath)
        case .bulletins:
            let ia = a.bulletin?.issue ?? 0, ib = b.bulletin?.issue ?? 0
            if ia != ib { return ia > ib }
            return a.sourcePath < b.sourcePath
        default:
            let da = a.date ?? DayDate(year: 1, month: 1, day: 1)!, db = b.date ?? DayDate(year: 1, month: 1, day: 1)!
            if da != db { return da > db }
            return a.sourcePath < b.sourcePath
        }
    }

    /// A site URL with the base path in front: `/meetings/` → `/board/meetings/`.
    public func link(_ url: String) -> String { basePath + url }

    /// The index of the page whose source is `path`.
    public func pageIndex(sourcePath path: String) -> Int? {
        indexBySource[path]
    }
}
