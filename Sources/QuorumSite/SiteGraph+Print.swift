import QuorumContent

/// The PDFs of reports, cover reports, bulletins and meetings, and the contexts of their print templates.
extension SiteGraph {
    /// Every PDF the site publishes, in page order.
    public func printDocuments() -> [PrintDocument] {
        pages.indices.flatMap(printDocuments(of:))
    }

    /// The PDFs of one page: none for a page with `pdf: false` or of a kind without one.
    public func printDocuments(of index: Int) -> [PrintDocument] {
        let page = pages[index].page
        guard page.pdf else { return [] }
        let folder = page.url.split(separator: "/").joined(separator: "/")
        let name = String(page.url.split(separator: "/").last ?? "document")
        func document(_ kind: PrintDocument.Kind, _ suffix: String = "") -> PrintDocument {
            PrintDocument(kind: kind, page: index, path: "\(folder)/\(name)\(suffix).pdf")
        }
        switch page.kind {
        case .report: return [document(.report)]
        case .coverReport: return [document(.coverReport)]
        case .bulletin: return [document(.bulletin)]
        case .meeting:
            var documents = [document(.agendaPack, "-agenda-pack")]
            if page.meeting?.status != .agenda, !pages[index].html.isEmpty { documents.append(document(.minutes, "-minutes")) }
            return documents
        case .chapter, .newsletter, .page, .sectionIndex: return []
        }
    }

    /// The download links of a page's PDFs, for those the build has made.
    func pdfLinks(_ index: Int) -> [[String: Any]] {
        printDocuments(of: index).compactMap { document in
            guard let size = pdfSizes[document.path] else { return nil }
            let what: String
            switch document.kind {
            case .agendaPack: what = "the agenda pack"
            case .minutes: what = "the minutes"
            case .report, .coverReport, .bulletin: what = pages[index].page.title
            }
            return ["url": link("/" + document.path), "text": "Download \(what)", "size": FileSize.describe(size)]
        }
    }

    /// The context of a PDF's print template: the page's own context and a `print` object.
    public func printContext(for document: PrintDocument) -> [String: Any] {
        printSource(for: document).context()
    }

    /// What a PDF's print template is given, before its parts' links are rewritten for the PDF: cheap to make
    /// (the rewriting is what costs), and with `anchors` and `base` all that decides the print HTML.
    public func printSource(for document: PrintDocument) -> PrintSource {
        let index = document.page
        let page = pages[index].page
        var context = self.context(for: OutputPage(content: .page(index), url: page.url, template: document.template))
        var parts = PrintParts()
        var print: [String: Any] = [
            "title": page.title,
            "board": config.title,
            "web_url": SiteGraph.absolute(printBase, page.url),
            "pdf_url": SiteGraph.absolute(printBase, "/" + document.path),
            "stylesheet": SiteGraph.absolute(printBase, "/assets/quorum-print.css"),
            "date_iso": page.date?.iso ?? "",
            "date_long": page.date?.long ?? "",
        ]
        if let logo = config.logo { print["logo"] = SiteGraph.absolute(printBase, "/" + logo) }
        switch document.kind {
        case .report, .coverReport, .bulletin, .minutes:
            print["parts"] = printParts(of: index, into: &parts)
            print["contents"] = parts.contents
            print["has_contents"] = parts.contents.count > 1
        case .agendaPack:
            var papers: [[String: Any]] = []
            var rows = (context["meeting"] as? [String: Any])?["agenda"] as? [[String: Any]] ?? []
            for (position, item) in (page.meeting?.agenda ?? []).enumerated() {
                guard !item.restricted, let paper = item.paper, let target = resolvePage(paper, from: page.sourcePath) else { continue }
                let anchor = "paper-\(papers.count + 1)"
                rows[position]["paper_anchor"] = anchor
                papers.append(["anchor": anchor, "end_anchor": anchor + "-end", "number": item.number, "title": item.title,
                               "paper_title": pages[target].page.title, "parts": printParts(of: target, into: &parts)])
            }
            print["agenda"] = rows
            print["papers"] = papers
            print["has_papers"] = !papers.isEmpty
        }
        context["print"] = print
        let printBase = self.printBase, basePath = self.basePath
        return PrintSource(raw: context, anchors: parts.anchors, base: printBase, basePath: basePath,
                           links: PrintLinks(anchors: parts.anchors, absolute: { SiteGraph.absolute(printBase, String($0.dropFirst(basePath.count))) }))
    }

    /// The absolute base URL links in PDFs start with; a site without one gets a placeholder host.
    public var printBase: String { config.baseURL.contains("://") ? config.baseURL : "https://site.invalid" + config.baseURL }

    /// The parts a page prints as: a multi-chapter report's introduction, chapters and appendices; otherwise the page.
    func printParts(of index: Int, into parts: inout PrintParts) -> [[String: Any]] {
        var order = [index]
        if let report = reports[index] { order += report.readingOrder }
        let appendicesFrom = reports[index].map { 1 + $0.chapters.count } ?? Int.max
        return order.enumerated().map { position, pageIndex in
            let page = pages[pageIndex].page
            let anchor = parts.add(url: link(page.url))
            var part: [String: Any] = ["anchor": anchor, "title": page.title, "html": pages[pageIndex].html,
                                       "web_url": SiteGraph.absolute(printBase, page.url),
                                       "is_chapter": position > 0, "is_appendix": position >= appendicesFrom,
                                       "first_appendix": position == appendicesFrom]
            if let number = page.chapter?.number { part["number"] = number }
            if position > 0 {
                let label = (page.chapter?.number.map { "\($0). " } ?? "") + page.title
                parts.contents.append(["anchor": anchor, "label": label, "is_appendix": position >= appendicesFrom])
            }
            return part
        }
    }

}

/// A print template's context with its parts' HTML as the site renders it (`html`), and what rewriting
/// that HTML for the PDF depends on.
public struct PrintSource {
    /// The context, each part with its page's HTML under `html`.
    public let raw: [String: Any]
    /// The anchor of each part by its page's URL path: where links inside the PDF jump.
    public let anchors: [String: String]
    /// The absolute base URL and the site's base path, from which links out of the PDF are made.
    public let base: String
    public let basePath: String
    let links: PrintLinks

    /// The context the print template renders: each part's HTML with ids prefixed and links rewritten, as `content`.
    /// Parts are localised once every part is known, so a link to a later chapter jumps inside the PDF too.
    public func context() -> [String: Any] {
        var context = raw
        guard var print = context["print"] as? [String: Any] else { return context }
        print["parts"] = (print["parts"] as? [[String: Any]])?.map(localise)
        print["papers"] = (print["papers"] as? [[String: Any]])?.map { paper -> [String: Any] in
            var paper = paper
            paper["parts"] = (paper["parts"] as? [[String: Any]])?.map(localise)
            return paper
        }
        context["print"] = print
        return context
    }

    private func localise(_ part: [String: Any]) -> [String: Any] {
        var part = part
        part["content"] = links.localise(part["html"] as? String ?? "", prefix: part["anchor"] as? String)
        part["html"] = nil
        return part
    }
}

/// The parts a PDF holds so far: their anchors by page URL, and the entries of its contents page.
struct PrintParts {
    var anchors: [String: String] = [:]
    var contents: [[String: Any]] = []
    private var count = 0

    /// A new part for the page at `url` (with the base path); returns its anchor.
    mutating func add(url: String) -> String {
        count += 1
        let anchor = "part-\(count)"
        if anchors[url] == nil { anchors[url] = anchor }
        return anchor
    }
}
