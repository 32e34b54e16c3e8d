import Foundation
import QuorumBlocks
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// What `renderChangedOutputs` did: the paths whose text changed or that went, the template pages rendered, how
/// many outputs were rendered, and how many template pages' contexts were built.
struct RenderedChange {
    var changed: [String]
    var rendered: [String]
    var count: Int
    var contexts: Int
}

/// The stages of a session, each keeping its results (and problems) per file so one file's can be replaced.
extension SiteSession {
    mutating func readEverything() {
        let log = DiagnosticLog()
        contentFolder = loader.contentFolder(log: log)
        rendered = [:]
        headingIDs = [:]
        crossPageProblems = []
        outputProblems = [:]
        graph = nil
        graphProblems = []
        guard let folder = contentFolder else {
            registryProblems = log.diagnostics
            files = []
            pageFiles = [:]
            content = makeContent()
            return
        }
        readRegistries()
        files = Set(loader.listContentFiles(in: folder))
        let markdown = files.filter { $0.hasSuffix(".md") && !$0.hasPrefix("content/data/") }.sorted()
        let loader = self.loader, config = registries.config
        let read = ConcurrentMap.map(markdown) { SiteSession.read($0, loader, config) }
        pageFiles = Dictionary(uniqueKeysWithValues: zip(markdown, read))
        content = makeContent()
        assets = ContentAssets(content, root: options.source)
        let dataLog = DiagnosticLog()
        catalog = DataCatalog.load(root: options.source, files: content.dataFiles, log: dataLog)
        dataProblems = dataLog.diagnostics
        loadTheme()
    }

    mutating func readRegistries() {
        let log = DiagnosticLog()
        registries = loader.readRegistries(log: log)
        if let baseURL = options.baseURL { registries.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        registryProblems = log.diagnostics
    }

    mutating func loadTheme() {
        do throws(DiagnosticError) {
            theme = try Theme(folders: themeFolders)
            themeProblems = []
        } catch {
            theme = nil
            themeProblems = error.diagnostics
        }
    }

    /// A page file as the session keeps it: its front matter as a SHA-256, which is all the comparison with the
    /// next save needs (a file that does not parse is its whole text).
    static func read(_ path: String, _ loader: ContentLoader, _ config: SiteConfig) -> PageFile {
        var file = loader.readPageFile(path, config: config)
        file.frontMatter = ContentDigest.hex(of: file.frontMatter.utf8)
        return file
    }

    /// Reads changed Markdown files; a page whose front matter is unchanged needs only its body rendered again.
    mutating func readPages(_ paths: Set<String>, into plan: inout RebuildPlan) {
        let config = registries.config
        for path in paths.sorted() {
            let old = pageFiles[path]
            let new = files.contains(path) ? SiteSession.read(path, loader, config) : nil
            pageFiles[path] = new
            let was = old?.page, now = new?.page
            guard was != nil || now != nil else { continue }
            if now != nil { plan.markdown.insert(path) }
            if was != nil && now != nil && old?.frontMatter == new?.frontMatter { continue }
            if let was, let now, SiteGraph.patchable(from: was, to: now) {
                plan.patched = true
                continue
            }
            plan.assemble = true
            if was == nil { plan.linkTargetsChanged = true }
            if let was, now == nil {
                plan.linkTargetsChanged = true
                plan.removedURLs.append(was.url)
                rendered[path] = nil
                headingIDs[path] = nil
            }
        }
    }

    /// The content as `ContentLoader.load` would return it, from the files read so far.
    func makeContent() -> SiteContent {
        let sorted = files.sorted()
        let leftOut = pageFiles.values.compactMap(\.leftOut)
        return SiteContent(
            config: registries.config, members: registries.members, glossary: registries.glossary,
            pages: sorted.compactMap { pageFiles[$0]?.page }, dataFiles: sorted.filter { $0.hasPrefix("content/data/") },
            allFiles: sorted, skippedDrafts: leftOut.filter { $0 == .draft }.count,
            skippedScheduled: leftOut.filter { $0 == .scheduled }.count)
    }

    /// Puts a page whose body alone changed in place, without sorting every page again.
    mutating func replaceBody(of path: String) {
        guard let page = pageFiles[path]?.page, let index = graph?.pageIndex(sourcePath: path),
              index < content.pages.count, content.pages[index].sourcePath == path else {
            content = makeContent()
            return
        }
        content.pages[index] = page
    }

    mutating func reloadAssets(into plan: inout RebuildPlan) {
        let before = assets.records
        assets = ContentAssets(content, root: options.source)
        guard before != assets.records else { return }
        // A file that went, or whose size changed (an agenda shows a paper's, an image tag its width and height).
        plan.linkTargetsChanged = true
        plan.assemble = true
        plan.removedURLs += before.compactMap { path, old in assets.records[path] == old ? nil : old.url }
    }

    /// Loads the data sets again; pages whose blocks may name a changed file are rendered again.
    mutating func reloadData(_ paths: Set<String>, into plan: inout RebuildPlan) {
        let tablesBefore = Set(catalog.tables.keys)
        let log = DiagnosticLog()
        catalog = DataCatalog.load(root: options.source, files: content.dataFiles, log: log)
        dataProblems = log.diagnostics
        if Set(catalog.tables.keys) != tablesBefore { plan.linkTargetsChanged = true }
        // Pages whose blocks name a changed file (`data: cp-rate.csv`); a sidecar changes the file of its stem.
        let stems = Set(paths.map(SiteSession.dataStem))
        for (path, page) in rendered where page.dataUsed.contains(where: { stems.contains(SiteSession.dataStem($0)) }) {
            plan.markdown.insert(path)
        }
    }

    static func dataStem(_ path: String) -> String {
        let name = String(path.split(separator: "/").last ?? "")
        for suffix in [".meta.yaml", ".csv", ".yaml", ".yml", ".json"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// Pages that may now resolve a link or block differently: those with problems (a link that was broken
    /// may now work) and those that link to a page or asset that went.
    func pagesLinkingToChangedTargets(_ removedURLs: [String]) -> Set<String> {
        let basePath = SiteGraph.urlPath(of: registries.config.baseURL)
        let links = removedURLs.map { basePath + $0 }
        var paths: Set<String> = []
        for (path, page) in rendered where !page.problems.isEmpty || links.contains(where: { page.page.html.contains($0) }) {
            paths.insert(path)
        }
        return paths
    }

    /// Renders the Markdown of `paths`, then lets go of it: a page's HTML is what the outputs show, and a 10,000-page
    /// site's Markdown is about 100 MB. A page rendered again for another reason (a data set or link target changed)
    /// has its Markdown read back from its file (so does a page with no body at all, which costs one read).
    mutating func renderMarkdown(_ paths: [String]) {
        var pages: [Page] = []
        for path in paths {
            guard var page = pageFiles[path]?.page else { continue }
            if page.body.isEmpty { page.body = readBody(of: path) }
            pages.append(page)
        }
        guard !pages.isEmpty else { return }
        // The renderer holds `content`: it must be gone before `content.pages` is changed below, or that copies every page.
        let results = PageRenderer(content: content, catalog: catalog, assets: assets, log: DiagnosticLog()).render(pages)
        for var result in results {
            let path = result.page.page.sourcePath
            result.page.page.body = ""
            rendered[path] = result
            headingIDs[path] = Set(result.page.headings.map(\.id))
            pageFiles[path]?.page?.body = ""
        }
        let done = Set(pages.map(\.sourcePath))
        for index in content.pages.indices where done.contains(content.pages[index].sourcePath) {
            content.pages[index].body = ""
        }
    }

    /// The Markdown of the page at `path` as its file now holds it ("" when it can no longer be read: the watcher
    /// will report the change, and the page is read again then).
    func readBody(of path: String) -> String {
        loader.readPageFile(path, config: registries.config).page?.body ?? ""
    }

    /// Problems that span pages: `#anchor` links to another page's headings, data files no page shows.
    mutating func checkAcrossPages() {
        var checks: [AnchorCheck] = []
        var used: Set<String> = []
        for page in rendered.values {
            if !page.anchorChecks.isEmpty { checks += page.anchorChecks }
            used.formUnion(page.dataUsed)
        }
        crossPageProblems = PageRenderer.anchorProblems(checks, headingIDs: headingIDs)
            + PageRenderer.unusedData(in: catalog, used: used)
    }

    mutating func assemble() {
        let log = DiagnosticLog()
        let graph = SiteGraph(content: content, pages: content.pages.compactMap { rendered[$0.sourcePath]?.page },
                              assets: assets.records, log: log)
        BoardChecks(graph: graph, log: log).run()
        pageIDs.assign(graph)
        self.graph = graph
        graphProblems = log.diagnostics
    }

    /// Renders every output and generated file; returns the paths whose text changed.
    mutating func renderAllOutputs() -> [String] {
        guard let graph, let theme else {
            outputsStale = true
            return []
        }
        let rendered = RenderedFiles()
        OutputRenderer(graph: graph, theme: theme).render(graph.outputs, jobs: graph.siteFileJobs, recording: pageIDs,
                                                          deliver: rendered.keep, failed: rendered.fail, recorded: rendered.note)
        let next = rendered.files
        outputProblems = rendered.problems
        records = rendered.records
        let changed = outputs.remove(outputs.keys.filter { next[$0] == nil }) + store(next)
        outputs.folder?.removeUnwritten(keeping: Set(outputs.keys))
        jobRecords = rendered.jobRecords
        renderedTheme = theme
        outputsStale = false
        feedsPending = []
        return changed
    }

    /// Renders the template pages whose record shows they would render differently after `change`, and the
    /// generated files it may have changed. Returns the paths whose text changed or that went, the template pages
    /// rendered, and how many outputs were rendered.
    mutating func renderChangedOutputs(_ change: OutputChange) -> RenderedChange {
        guard let graph, let theme, let renderedTheme, !outputsStale else {
            let changed = renderAllOutputs()
            return RenderedChange(changed: changed, rendered: records.keys.sorted(), count: outputs.count, contexts: graph?.outputs.count ?? 0)
        }
        var selection = RenderSelection(records: records, changedTemplates: theme.changedTemplates(since: renderedTheme),
                                        contextsMayDiffer: true)
        var jobs: [SiteFileJob] = []
        // Jobs whose files stand as they are, by key.
        var kept: Set<String> = []
        switch change {
        case .templates:
            selection.contextsMayDiffer = false
        case .pages(let changed):
            selection.changedPages = changed
            // Feeds that body edits left for later read their pages, so they run now with the edited ones.
            let pending = feedsPending.compactMap(pageIDs.id(of:))
            for job in graph.siteFileJobs {
                let key = graph.key(of: job)
                if let pages = jobRecords[key]?.pages, !pages.intersects(changed), !pages.intersects(pending) {
                    kept.insert(key)
                } else {
                    jobs.append(job)
                }
            }
        case .graph(let editedPages, let everySiteFile, let keepMeetingFiles):
            for job in graph.siteFileJobs {
                let key = graph.key(of: job)
                if !everySiteFile, let index = job.page, !editedPages.contains(graph.pages[index].page.sourcePath), jobRecords[key] != nil {
                    kept.insert(key)
                } else if keepMeetingFiles, job.readsMeetingsOnly, jobRecords[key] != nil {
                    kept.insert(key)
                } else {
                    jobs.append(job)
                }
            }
        }
        let rendered = RenderedFiles()
        OutputRenderer(graph: graph, theme: theme).render(graph.outputs, jobs: jobs, recording: pageIDs, selection: selection,
                                                          deliver: rendered.keep, failed: rendered.fail, recorded: rendered.note)
        // Let go of the selection's hold on the records, or merging into them below copies all 25,000.
        selection.records = [:]
        let files = rendered.files, problems = rendered.problems, made = rendered.records
        // What a full build would hold now: every template page, and the generated files made or kept.
        var gone = Set(problems.keys)
        switch change {
        case .templates: break
        case .pages:
            // The template pages are the same ones; of the generated files, those a job made before and not now went.
            var next = rendered.jobRecords
            let made = Set(next.values.flatMap(\.paths))
            for (key, record) in jobRecords {
                if kept.contains(key) { next[key] = record } else { gone.formUnion(record.paths.filter { !made.contains($0) }) }
            }
            jobRecords = next
            for path in gone { outputProblems[path] = nil }
            feedsPending = []
        case .graph:
            var present = Set(graph.outputs.map(\.outputPath)).union(files.keys)
            var next = rendered.jobRecords
            for key in kept {
                next[key] = jobRecords[key]
                present.formUnion(jobRecords[key]?.paths ?? [])
            }
            jobRecords = next
            gone.formUnion(outputs.keys.filter { !present.contains($0) })
            for path in outputProblems.keys where !present.contains(path) { outputProblems[path] = nil }
            for path in records.keys where !present.contains(path) { records[path] = nil }
            feedsPending = []
        }
        for path in files.keys { outputProblems[path] = nil }
        outputProblems.merge(problems) { _, new in new }
        records.merge(rendered.unchangedRecords) { _, new in new }
        records.merge(made) { _, new in new }
        for path in problems.keys { records[path] = nil }
        let changed = outputs.remove(gone) + store(files)
        self.renderedTheme = theme
        let templatePages = problems.isEmpty ? [] : Set(graph.outputs.map(\.outputPath))
        let failedPages = problems.keys.filter(templatePages.contains)
        return RenderedChange(changed: changed, rendered: Set(made.keys).union(failedPages).sorted(), count: files.count + problems.count,
                              contexts: made.count + rendered.unchangedRecords.count + failedPages.count)
    }

    /// Puts pages whose title, summary or body changed into the graph in place (`SiteGraph.patchable`), then renders
    /// what read them.
    mutating func renderPatched(_ paths: [String]) -> RenderedChange {
        placeRendered(paths)
        return renderChangedOutputs(.pages(paths.compactMap(pageIDs.id(of:))))
    }

    /// Puts the pages at `paths`, rendered again, into the graph in place; returns the CSV downloads they no
    /// longer make (a table taken out of a page takes its CSV with it).
    @discardableResult
    mutating func placeRendered(_ paths: [String]) -> Set<String> {
        guard var graph else { return [] }
        self.graph = nil  // so the pages array has one owner and is changed in place, not copied
        defer { self.graph = graph }
        var goneDownloads: Set<String> = []
        for path in paths {
            guard let index = graph.pageIndex(sourcePath: path), let page = rendered[path]?.page else { continue }
            goneDownloads.formUnion(Set(graph.pages[index].downloads.map(\.path)).subtracting(page.downloads.map(\.path)))
            graph.pages[index] = page
        }
        return goneDownloads
    }

    /// Puts re-rendered pages into the graph and renders only the outputs and files that show them;
    /// returns the paths whose text changed and how many outputs were rendered.
    mutating func renderOutputs(showing paths: [String], oldSummaries: [String: String?]) -> ([String], [String], Int) {
        guard graph != nil, let theme, !paths.isEmpty else { return ([], [], 0) }
        let goneDownloads = placeRendered(paths)
        guard let graph else { return ([], [], 0) }
        var indexes: Set<Int> = []
        var files: [String: String] = [:]
        var ownJobs: [SiteFileJob] = []
        for path in paths {
            guard let index = graph.pageIndex(sourcePath: path) else { continue }
            let summaryChanged = oldSummaries[path].map { $0 != graph.pages[index].summary } ?? true
            indexes.formUnion(graph.outputsShowing(page: index, summaryChanged: summaryChanged))
            for file in graph.sharedFilesShowing(page: index, summaryChanged: summaryChanged) { files[file.path] = file.text }
            if graph.pages[index].downloads.isEmpty { jobRecords[graph.key(of: .downloads(index))] = nil }
            ownJobs += graph.jobs(ofPage: index)
        }
        feedsPending.formUnion(paths)
        let selected = indexes.sorted().map { graph.outputs[$0] }
        // The page's own files (email edition, downloads) through the jobs that make them in a full render.
        let rendered = RenderedFiles()
        OutputRenderer(graph: graph, theme: theme).render(selected, jobs: ownJobs, recording: pageIDs, deliver: rendered.keep,
                                                          failed: rendered.fail, recorded: rendered.note)
        let problems = rendered.problems
        for output in selected {
            outputProblems[output.outputPath] = problems[output.outputPath]
            records[output.outputPath] = rendered.records[output.outputPath]
        }
        jobRecords.merge(rendered.jobRecords) { _, new in new }
        files.merge(rendered.files) { _, page in page }
        let changed = outputs.remove(goneDownloads.sorted()) + store(files)
        return (changed, selected.map(\.outputPath), files.count)
    }

    /// Refreshes the static files; returns those added, removed, moved, or among the changed absolute `paths`.
    mutating func staticChanges(from before: [String: URL], paths: Set<String>) -> [String] {
        var files = theme?.assets ?? [:]
        for file in assets.files { files[String(file.dropFirst("content/".count))] = options.source.appendingPathComponent(file) }
        staticFiles = files
        var changed = files.compactMap { path, url in before[path] != url || paths.contains(url.path) ? path : nil }
        changed += before.keys.filter { files[$0] == nil }
        return changed
    }
}
