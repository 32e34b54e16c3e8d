import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// A site kept up to date for `quorum serve`: the first build reads everything, then each change re-reads,
/// re-renders and re-templates only what it touches. The generated files are held in memory, or written to a
/// `LiveFolder` (the server's), never to the output folder.
///
///     var session = SiteSession(options)
///     _ = session.build()
///     let update = session.update(["/site/content/meetings/2018-10-18-sscb.md"])
///     update.changedPaths   // ["meetings/2018-10-18-sscb/index.html", ...]
///
/// A Markdown-only edit renders that page's body again and only the outputs that show it: its page, the
/// lists that show its summary, its email edition (its feeds wait for `renderPendingFeeds()`). A data set
/// re-renders the pages whose blocks name it. A title or summary edit (`SiteGraph.patchable`) puts the page into
/// the graph in place and builds again only the contexts and generated files whose records say they read it.
/// Other front matter, `members.yaml`, or a page appearing or going assemble the graph again, then render only
/// the template pages whose `OutputRecord` (what each read) changed, with the feeds, sitemap and calendar and
/// the email editions of the pages edited. A template edit renders only the pages that used that template or a
/// partial it includes. site.yaml and glossary.yaml render everything.
public struct SiteSession: Sendable {
    public let options: BuildOptions
    /// Generated files (HTML pages, feeds, sitemap) by path in the output folder.
    public internal(set) var outputs: OutputFiles
    /// Files served as they are (theme assets; images and PDFs beside pages) by path in the output folder.
    public internal(set) var staticFiles: [String: URL] = [:]

    let loader: ContentLoader
    let themeFolders: [URL]
    var contentFolder: URL?
    var registries = Registries(config: SiteConfig(), members: [], glossary: Glossary([]))
    var registryProblems: [Diagnostic] = []
    /// Every file under `content/`, relative to the site root.
    var files: Set<String> = []
    var pageFiles: [String: PageFile] = [:]
    var content = SiteContent(config: SiteConfig(), members: [], glossary: Glossary([]), pages: [], dataFiles: [],
                              allFiles: [], skippedDrafts: 0, skippedScheduled: 0)
    var catalog = DataCatalog(tables: [:])
    var dataProblems: [Diagnostic] = []
    var assets = ContentAssets()
    var theme: Theme?
    var themeProblems: [Diagnostic] = []
    /// Published pages through the Markdown stage, by source path.
    var rendered: [String: PageRendering] = [:]
    /// Each rendered page's heading ids, for `#anchor` links from other pages.
    var headingIDs: [String: Set<String>] = [:]
    var crossPageProblems: [Diagnostic] = []
    var graph: SiteGraph?
    var graphProblems: [Diagnostic] = []
    var outputProblems: [String: [Diagnostic]] = [:]
    /// Set when outputs could not be rendered (no theme): the next rebuild renders them all.
    var outputsStale = true
    /// Pages whose feeds an update left for `renderPendingFeeds()`, by source path.
    var feedsPending: Set<String> = []
    /// What each template page read when it was last rendered, by output path.
    var records: [String: OutputRecord] = [:]
    /// The theme the outputs were last rendered with, to tell which templates an edit changed.
    var renderedTheme: Theme?
    /// What each generated-file job read and made, by `SiteGraph.key(of:)`.
    var jobRecords: [String: SiteFileRecord] = [:]
    /// The numbers the records name pages by.
    var pageIDs = PageIDs()

    /// A session for `options`; nothing is read until `build()`. With a `folder`, the generated files are written
    /// there as they change, and only their sizes are held in memory.
    public init(_ options: BuildOptions, folder: LiveFolder? = nil) {
        self.options = options
        self.outputs = OutputFiles(folder: folder)
        self.loader = ContentLoader(root: options.source, includeDrafts: options.includeDrafts, today: options.today)
        self.themeFolders = options.themeFolders + [options.source.appendingPathComponent("templates")]
    }

    /// The folders whose files the site is built from: `content/` and the theme folders, symlinks resolved.
    public var watchedFolders: [URL] {
        [options.source.appendingPathComponent("content")].map { $0.resolvingSymlinksInPath() } + resolvedThemeFolders
    }

    var resolvedThemeFolders: [URL] { themeFolders.map { $0.resolvingSymlinksInPath().standardizedFileURL } }

    /// The URL path the site lives under, from its base URL (`/board` for https://example.org/board/), or "".
    public var basePath: String { SiteGraph.urlPath(of: registries.config.baseURL) }

    /// Every diagnostic of the site as it now is, ordered as `DiagnosticLog` orders them.
    public var diagnostics: [Diagnostic] {
        let log = DiagnosticLog()
        log.add(contentsOf: registryProblems)
        for file in pageFiles.values where !file.diagnostics.isEmpty { log.add(contentsOf: file.diagnostics) }
        log.add(contentsOf: dataProblems)
        for page in rendered.values where !page.problems.isEmpty { log.add(contentsOf: page.problems) }
        log.add(contentsOf: crossPageProblems)
        log.add(contentsOf: graphProblems)
        log.add(contentsOf: themeProblems)
        for problems in outputProblems.values { log.add(contentsOf: problems) }
        return log.diagnostics
    }

    /// Reads and renders everything.
    public mutating func build() -> SessionUpdate {
        rebuild(changing: [])
    }

    /// Reads and renders everything; `paths` are changed files, so static files among them count as changed.
    private mutating func rebuild(changing paths: Set<String>) -> SessionUpdate {
        let start = DispatchTime.now().uptimeNanoseconds
        outputs.forgetDisplaced()
        let staticBefore = staticFiles
        readEverything()
        renderMarkdown(content.pages.map(\.sourcePath))
        checkAcrossPages()
        if contentFolder != nil { assemble() }
        var update = SessionUpdate(readEverything: true)
        update.changedPaths = Array(Set(renderAllOutputs() + staticChanges(from: staticBefore, paths: paths))).sorted()
        update.pagesRendered = content.pages.count
        update.outputsRendered = outputs.count
        update.renderedPaths = records.keys.sorted()
        update.contextsBuilt = graph?.outputs.count ?? 0
        return finish(update, start: start)
    }

    /// Lets go of what the last update's files held before it (`outputs.displaced`) once it has been served.
    public mutating func forgetDisplaced() {
        outputs.forgetDisplaced()
    }

    /// Whether an update left the feeds for `renderPendingFeeds()`.
    public var hasPendingFeeds: Bool { !feedsPending.isEmpty }

    /// Renders the feeds that Markdown-only updates left for later: a feed holds the full text of fifty
    /// publications, and the page in the browser should not wait for it.
    public mutating func renderPendingFeeds() -> SessionUpdate {
        let start = DispatchTime.now().uptimeNanoseconds
        var update = SessionUpdate()
        outputs.forgetDisplaced()
        guard let graph, !feedsPending.isEmpty else { return finish(update, start: start) }
        var files: [String: String] = [:]
        for path in feedsPending {
            guard let index = graph.pageIndex(sourcePath: path) else { continue }
            for file in graph.feedFilesShowing(page: index) { files[file.path] = file.text }
        }
        feedsPending = []
        update.changedPaths = store(files).sorted()
        update.outputsRendered = files.count
        return finish(update, start: start)
    }

    /// Brings the site up to date with the files at `paths` (absolute; files or folders, created, changed or removed).
    public mutating func update(_ paths: [String]) -> SessionUpdate {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let folder = contentFolder, graph != nil else { return rebuild(changing: Set(paths)) }
        let changes = SourceChanges(paths: paths, contentFolder: folder, themeFolders: resolvedThemeFolders, knownFiles: files)
        if changes.everything { return rebuild(changing: Set(paths)) }
        outputs.forgetDisplaced()
        var update = SessionUpdate()
        guard !changes.isEmpty else {
            update.sourcesChanged = false
            return finish(update, start: start)
        }
        let staticBefore = staticFiles
        var plan = RebuildPlan(renderAllOutputs: outputsStale)

        if !changes.themeFiles.isEmpty { loadTheme() }
        if changes.members {
            readRegistries()
            plan.assemble = true
        }
        let contentFiles = changes.pages.union(changes.data).union(changes.others)
        for path in contentFiles {
            if SiteSession.isFile(options.source.appendingPathComponent(path)) { files.insert(path) } else { files.remove(path) }
        }
        readPages(changes.pages, into: &plan)
        if !changes.others.isEmpty || !changes.data.isEmpty || plan.assemble {
            content = makeContent()
        } else {
            for path in plan.markdown { replaceBody(of: path) }
        }
        if !changes.others.isEmpty { reloadAssets(into: &plan) }
        if !changes.data.isEmpty { reloadData(changes.data, into: &plan) }
        if plan.linkTargetsChanged { plan.markdown.formUnion(pagesLinkingToChangedTargets(plan.removedURLs)) }

        let targets = plan.markdown.filter { pageFiles[$0]?.page != nil }.sorted()
        // A body edit puts the page into the graph in place, which a template edit in the same batch must not miss.
        if changes.templates && !targets.isEmpty { plan.assemble = true }
        let summaries = Dictionary(uniqueKeysWithValues: targets.map { ($0, rendered[$0]?.page.summary) })
        renderMarkdown(targets)
        checkAcrossPages()

        var changed: [String]
        if plan.renderAllOutputs {
            if plan.assemble { assemble() }
            changed = renderAllOutputs()
            update.outputsRendered = outputs.count
            update.renderedPaths = records.keys.sorted()
            update.contextsBuilt = graph?.outputs.count ?? 0
        } else if plan.assemble || changes.templates {
            // A date edit of a bulletin leaves the open data and the calendar as they were: they read meetings only.
            // Without a new graph no generated file is made, so there is nothing to compare.
            var change = OutputChange.templates
            if plan.assemble {
                let before = graph.map { MeetingReads($0, touching: targets) }
                assemble()
                let after = graph.map { MeetingReads($0, touching: targets) }
                let keep = !changes.members && before.flatMap { old in after.map { old.sameFiles(as: $0) } } == true
                change = .graph(editedPages: Set(targets), everySiteFile: changes.members, keepMeetingFiles: keep)
            }
            let done = renderChangedOutputs(change)
            (changed, update.renderedPaths, update.outputsRendered, update.contextsBuilt) = (done.changed, done.rendered, done.count, done.contexts)
        } else if plan.patched {
            let done = renderPatched(targets)
            (changed, update.renderedPaths, update.outputsRendered, update.contextsBuilt) = (done.changed, done.rendered, done.count, done.contexts)
        } else {
            (changed, update.renderedPaths, update.outputsRendered) = renderOutputs(showing: targets, oldSummaries: summaries)
            update.contextsBuilt = update.renderedPaths.count
        }
        let changedFiles = changes.themeFiles.union(changes.others.map { options.source.appendingPathComponent($0).path })
        changed += staticChanges(from: staticBefore, paths: changedFiles)
        update.changedPaths = Array(Set(changed)).sorted()
        update.pagesRendered = targets.count
        return finish(update, start: start)
    }

    private func finish(_ update: SessionUpdate, start: UInt64) -> SessionUpdate {
        var update = update
        update.diagnostics = diagnostics
        update.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return update
    }

    /// Stores generated files; returns the paths whose bytes changed. A file that cannot be written is a problem
    /// of its path, and its record goes, so the next update makes it again.
    mutating func store(_ files: [String: String]) -> [String] {
        let stored = outputs.store(files)
        for (path, problems) in stored.failed {
            outputProblems[path] = problems
            records[path] = nil
        }
        return stored.changed
    }

    static func isFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

/// What one update must redo, gathered while the changed files are read.
struct RebuildPlan {
    var renderAllOutputs: Bool
    /// Pages whose front matter, presence or registries changed: the graph is assembled again.
    var assemble = false
    /// Pages whose front matter changed only where the graph's structure does not look (`SiteGraph.patchable`):
    /// they are put into the graph in place, unless it is assembled anyway.
    var patched = false
    /// Pages whose Markdown must be rendered again, by source path.
    var markdown: Set<String> = []
    /// A page, asset or data set appeared or went, so links and blocks elsewhere may resolve differently.
    var linkTargetsChanged = false
    /// URL paths of pages and assets that went, and of assets whose size changed.
    var removedURLs: [String] = []
}
