import Foundation
import QuorumBlocks
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// Builds a site, one pipeline stage a line, and writes it only when no stage found an error.
public enum SiteBuilder {
    /// Runs the whole pipeline.
    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        let log = DiagnosticLog()
        var clock = StageClock()

        var content = ContentLoader(root: options.source, includeDrafts: options.includeDrafts, today: options.today).load(log: log)
        if let baseURL = options.baseURL { content.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        report.skippedDrafts = content.skippedDrafts
        report.skippedScheduled = content.skippedScheduled
        clock.lap("load content", into: &report)

        let catalog = DataCatalog.load(root: options.source, files: content.dataFiles, log: log)
        clock.lap("load data", into: &report)

        let assets = ContentAssets(files: ContentAssets.list(content))
        let rendered = PageRenderer(content: content, catalog: catalog, assets: assets, log: log).renderAll()
        clock.lap("render markdown", into: &report)

        var graph = SiteGraph(content: content, pages: rendered, log: log)
        let search = options.searchIndex && options.write && SearchIndexer.isAvailable
        graph.searchEnabled = search
        if options.searchIndex && options.write && !search {
            report.notes.append("search index skipped: Pagefind is not installed (pip install pagefind-bin)")
        }
        BoardChecks(graph: graph, log: log).run()
        clock.lap("assemble site", into: &report)

        let theme: Theme
        do throws(DiagnosticError) {
            theme = try Theme(folders: options.themeFolders + [options.source.appendingPathComponent("templates")])
        } catch {
            log.add(contentsOf: error.diagnostics)
            report.diagnostics = log.diagnostics
            return report
        }
        let files = OutputRenderer(graph: graph, theme: theme, log: log).renderAll()
            + graph.siteFiles().map { RenderedFile(path: $0.path, text: $0.text) }
        report.pages = rendered.count
        report.files = files.count + theme.assets.count + assets.files.count
        clock.lap("render templates", into: &report)

        guard !log.hasErrors, options.write else {
            report.diagnostics = log.diagnostics
            return report
        }
        do throws(DiagnosticError) {
            let staged = try StagedOutput(destination: options.output)
            do throws(DiagnosticError) {
                try write(files, theme: theme, assets: assets, source: options.source, to: staged)
                if search, let problem = SearchIndexer.index(staged.staging) {
                    throw DiagnosticError(.error(problem, hint: "run the build again with --no-search to publish without search"))
                }
                try staged.commit()
                report.wrote = true
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            log.add(contentsOf: error.diagnostics)
        }
        clock.lap("write output", into: &report)
        report.diagnostics = log.diagnostics
        return report
    }

    private static func write(_ files: [RenderedFile], theme: Theme, assets: ContentAssets, source: URL,
                              to staged: StagedOutput) throws(DiagnosticError) {
        let failures = DiagnosticLog()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do throws(DiagnosticError) { try staged.write(files[index].text, to: files[index].path) } catch { failures.add(contentsOf: error.diagnostics) }
        }
        if failures.hasErrors { throw DiagnosticError(failures.diagnostics) }
        for (path, url) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try staged.copy(url, to: path)
        }
        for file in assets.files {
            try staged.copy(source.appendingPathComponent(file), to: String(file.dropFirst("content/".count)))
        }
    }
}

/// Measures each stage's wall time.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ name: String, into report: inout BuildReport) {
        let now = DispatchTime.now().uptimeNanoseconds
        report.stages.append((name, Double(now - last) / 1e9))
        last = now
    }
}
