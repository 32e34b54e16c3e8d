import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// An output file's path and text.
struct RenderedFile: Sendable {
    var path: String
    var text: String
}

/// The template stage: output pages through their Mustache templates and the other generated files (feeds,
/// sitemap, calendar, email editions), in parallel. The build and `serve` render through this one loop and
/// differ only in what they do with each file.
struct OutputRenderer {
    let graph: SiteGraph
    let theme: Theme

    /// Renders `outputs` and the files of `jobs` on all cores, handing each file to `deliver` as soon as it is made
    /// (the build writes it at once, so the whole site is never held in memory; `serve` keeps it). An output
    /// whose template or write fails gives `failed` its output path and diagnostics. Returns the files delivered.
    @discardableResult
    func render(_ outputs: [OutputPage], jobs: [SiteFileJob] = [],
                deliver: @Sendable (RenderedFile) throws(DiagnosticError) -> Void,
                failed: @Sendable (_ outputPath: String, [Diagnostic]) -> Void) -> Int {
        let graph = self.graph, theme = self.theme
        let made = FileCounter()
        DispatchQueue.concurrentPerform(iterations: outputs.count + jobs.count) { index in
            if index < outputs.count {
                let page = outputs[index]
                do throws(DiagnosticError) {
                    try deliver(RenderedFile(path: page.outputPath, text: try theme.render(page.template, graph.context(for: page))))
                    made.add(1)
                } catch {
                    failed(page.outputPath, error.diagnostics)
                }
            } else {
                for file in graph.siteFiles(for: jobs[index - outputs.count]) {
                    do throws(DiagnosticError) {
                        try deliver(RenderedFile(path: file.path, text: file.text))
                        made.add(1)
                    } catch {
                        failed(file.path, error.diagnostics)
                    }
                }
            }
        }
        return made.total
    }
}

/// Rendered files and the problems of those that failed, gathered from the threads of the render loop (for `serve`).
final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: String] = [:]
    private var failures: [String: [Diagnostic]] = [:]

    func keep(_ file: RenderedFile) {
        lock.withLock { texts[file.path] = file.text }
    }

    func fail(_ path: String, _ diagnostics: [Diagnostic]) {
        lock.withLock { failures[path] = diagnostics }
    }

    var files: [String: String] { lock.withLock { texts } }
    var problems: [String: [Diagnostic]] { lock.withLock { failures } }
}

/// A count shared by the threads of a parallel loop.
private final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ files: Int) {
        lock.withLock { count += files }
    }

    var total: Int { lock.withLock { count } }
}
