import QuorumSite
import QuorumTemplates

/// What one template page read when it was last rendered: a digest of its whole context (every field of every
/// page, member, data set and setting it shows, and which pages its list holds), the templates and partials
/// it used, and which pages its context read. The same record means the same bytes, so `serve` renders again
/// only the pages whose record changed, and after an edit that leaves the graph's structure as it was
/// (`SiteGraph.patchable`) builds the contexts only of the pages that read an edited page.
struct OutputRecord: Sendable {
    /// Nil when the context held a value `ContextDigest` does not know: such a page is rendered every time.
    var context: ContextDigest?
    var templates: Set<String>
    /// The pages the context read, by `PageIDs` number; nil when not recorded.
    var pages: PageSet? = nil
}

/// What one generated-file job (`SiteFileJob`: a feed, the sitemap, an email edition) read and made.
struct SiteFileRecord: Sendable {
    /// The pages it read, by `PageIDs` number; nil when its files were made without recording (run it again
    /// after any edit that leaves the structure as it was).
    var pages: PageSet?
    /// The files it made, by path in the output folder.
    var paths: [String]
}

/// Which template pages a render may leave as they are, from what each read when it was last rendered.
struct RenderSelection: Sendable {
    /// The records of the last render, by output path.
    var records: [String: OutputRecord]
    /// Templates changed, added or removed since then, by name.
    var changedTemplates: Set<String>
    /// Whether the graph changed, so that a context may differ: it is built and compared, unless `changedPages` rules it out.
    var contextsMayDiffer: Bool
    /// The pages that changed (by `PageIDs` number) when the graph's structure did not: a context that read none
    /// of them is as it was.
    var changedPages: [Int32]? = nil

    /// Whether a page with record `old` would render as before: it used no changed template, and its context is
    /// the same (`context`, its digest now; nil when not built yet).
    func keeps(_ old: OutputRecord, context: ContextDigest?) -> Bool {
        guard old.templates.isDisjoint(with: changedTemplates) else { return false }
        guard contextsMayDiffer else { return true }
        if let context { return old.context == context }
        // Without a context: only a record that knows every page its context read (and a context made of plain
        // values, which the digest vouches for) shows it read none of the changed pages.
        guard let changedPages, old.context != nil, let pages = old.pages else { return false }
        return !pages.intersects(changedPages)
    }
}

/// Numbers for the graph's pages that stay when pages are added or removed (their indexes in the graph shift),
/// so the pages a record names are the same pages after any number of edits.
struct PageIDs: Sendable {
    private var bySource: [String: Int32] = [:]
    /// Each graph page's number, by index.
    private var byIndex: [Int32] = []

    /// Numbers the pages of `graph`, keeping the number of every page seen before.
    mutating func assign(_ graph: SiteGraph) {
        byIndex = graph.pages.map { rendered in
            let path = rendered.page.sourcePath
            if let id = bySource[path] { return id }
            let id = Int32(bySource.count)
            bySource[path] = id
            return id
        }
    }

    /// The numbers of the pages at graph `indexes`.
    func set(of indexes: [Int32]) -> PageSet {
        PageSet(indexes.map { byIndex[Int($0)] })
    }

    /// The number of the page with source path `path`, if it was ever in a graph.
    func id(of path: String) -> Int32? {
        bySource[path]
    }
}
