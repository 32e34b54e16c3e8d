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
        // Nothing read by the last successful build has changed and its output is still there: done.
        let inputs = options.write ? BuildState.inputs(of: options) : ""
        if options.write, !options.force, let saved = BuildState.saved(beside: options.output), saved.inputs == inputs,
           let stamp = BuildState.outputStamp(options.output), saved.output == stamp {
            report.upToDate = true
            StagedOutput.removeLeftovers(beside: options.output.standardizedFileURL)
            report.pages = saved.pages
            report.files = saved.files
            report.diagnostics = saved.warnings
            clock.lap("check for changes", into: &report)
            return report
        }
        /// Errors, or warnings under `--strict`, keep the output as it was.
        func blocked() -> Bool { log.hasErrors || (options.warningsAreErrors && log.hasWarnings) }

        var content = ContentLoader(root: options.source, includeDrafts: options.includeDrafts, today: options.today).load(log: log)
        if let baseURL = options.baseURL { content.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        report.skippedDrafts = content.skippedDrafts
        report.skippedScheduled = content.skippedScheduled
        clock.lap("load content", into: &report)

        let catalog = DataCatalog.load(root: options.source, files: content.dataFiles, log: log)
        clock.lap("load data", into: &report)

        let assets = ContentAssets(content, root: options.source)
        let rendered = PageRenderer(content: content, catalog: catalog, assets: assets, log: log).renderAll()
        clock.lap("render markdown", into: &report)

        var graph = SiteGraph(content: content, pages: rendered, assets: assets.records, log: log)
        let searchParts = options.searchIndex && options.write ? graph.searchParts() : []
        let search = !searchParts.isEmpty && SearchIndexer.isAvailable
        graph.searchEnabled = search
        if !searchParts.isEmpty && !search {
            report.notes.append("search index skipped: Pagefind is not installed (pip install pagefind-bin)")
        }
        let wantImages = options.chartImages && options.write && graph.emailsHaveCharts
        graph.chartImages = wantImages && ChartRasteriser.isAvailable
        if wantImages && !graph.chartImages {
            report.notes.append("email chart images skipped: rsvg-convert is not installed (apt-get install librsvg2-bin); email editions link to each chart instead")
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
        report.pages = rendered.count
        // Pages are written into the staging folder as they are rendered; a build with errors never
        // reaches the swap, so public/ is untouched.
        var staged: StagedOutput?
        if options.write && !blocked() {
            do throws(DiagnosticError) { staged = try StagedOutput(destination: options.output) } catch { log.add(contentsOf: error.diagnostics) }
        }
        // PDFs come before the pages, whose download links give each PDF's size.
        var pdfs: [String: PDFRecord]?
        var pdfEngine: PDFEngine.Installation?
        var pdfStage = "PDFs"
        if options.pdf, options.write, let staged, !blocked(), !graph.printDocuments().isEmpty {
            let saved = BuildState.saved(beside: options.output)
            pdfEngine = PDFEngine.installation(known: saved?.pdfEngine)
            if let installation = pdfEngine {
                let outcome = PDFStage(graph: graph, theme: theme, options: options, log: log)
                    .run(into: staged, installation: installation, cache: ArtefactCache(beside: options.output), previous: saved?.pdfs ?? [:])
                graph.pdfSizes = outcome.sizes
                pdfs = outcome.records
                report.pdfs = (outcome.rendered, outcome.reused, outcome.printed)
                pdfStage = "PDFs \(outcome.rendered) new \(outcome.reused) kept"
            } else {
                report.notes.append("PDFs skipped: WeasyPrint is not installed (pip install weasyprint)")
            }
            clock.lap(pdfStage, into: &report)
        }
        let writer = staged
        let made = OutputRenderer(graph: graph, theme: theme).render(graph.outputs, jobs: graph.siteFileJobs,
                                                                     deliver: { file throws(DiagnosticError) in try writer?.write(file.text, to: file.path) },
                                                                     failed: { _, problems in log.add(contentsOf: problems) })
        report.files = made + theme.assets.count + assets.files.count + (pdfs?.count ?? 0)
        clock.lap("render and write", into: &report)

        guard !blocked(), options.write, let staged else {
            staged?.discard()
            report.diagnostics = log.diagnostics
            return report
        }
        do throws(DiagnosticError) {
            do throws(DiagnosticError) {
                try copyAssets(theme: theme, assets: assets, source: options.source, to: staged)
                staged.removeUnwritten()
                clock.lap("assets", into: &report)
                let cache = ArtefactCache(beside: options.output)
                if graph.chartImages {
                    if let problem = ChartRasteriser.draw(graph.emailChartSVGs, in: staged, cache: cache) {
                        throw DiagnosticError(.error(problem, hint: "check that rsvg-convert runs (apt-get install librsvg2-bin)"))
                    }
                    clock.lap("email chart images", into: &report)
                }
                if search {
                    let (problem, indexed) = SearchIndexer.index(searchParts, in: staged, cache: cache, link: graph.link)
                    if let problem {
                        throw DiagnosticError(.error(problem, hint: "run the build again with --no-search to publish without search"))
                    }
                    report.searchParts = (indexed, searchParts.count)
                    clock.lap("search index", into: &report)
                }
                BuildState.forget(beside: options.output)
                try staged.commit()
                report.wrote = true
                if let stamp = BuildState.outputStamp(options.output) {
                    BuildState(inputs: inputs, output: stamp, pages: report.pages, files: report.files,
                               warnings: log.diagnostics, pdfs: pdfs, pdfEngine: pdfEngine).save(beside: options.output)
                }
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            log.add(contentsOf: error.diagnostics)
        }
        clock.lap("swap", into: &report)
        report.diagnostics = log.diagnostics
        return report
    }

    private static func copyAssets(theme: Theme, assets: ContentAssets, source: URL,
                                   to staged: StagedOutput) throws(DiagnosticError) {
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
