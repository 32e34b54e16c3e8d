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

/// The template stage: every output page through its Mustache template, in parallel.
struct OutputRenderer {
    let graph: SiteGraph
    let theme: Theme
    let log: DiagnosticLog

    /// Renders every template page and every other generated file on all cores, writing each to `output` as
    /// soon as it is made, so the whole site is never held in memory; returns the number of files made.
    func renderAll(into output: StagedOutput?) -> Int {
        let graph = self.graph, theme = self.theme, log = self.log
        let outputs = graph.outputs, jobs = graph.siteFileJobs
        let made = FileCounter()
        DispatchQueue.concurrentPerform(iterations: outputs.count + jobs.count) { index in
            do throws(DiagnosticError) {
                if index < outputs.count {
                    let page = outputs[index]
                    let html = try theme.render(page.template, graph.context(for: page))
                    try output?.write(html, to: page.outputPath)
                    made.add(1)
                } else {
                    let files = graph.siteFiles(for: jobs[index - outputs.count])
                    for file in files { try output?.write(file.text, to: file.path) }
                    made.add(files.count)
                }
            } catch {
                log.add(contentsOf: error.diagnostics)
            }
        }
        return made.total
    }

    /// Renders `outputs` in parallel, in order; an output that fails gives its diagnostics instead of a file.
    func render(_ outputs: [OutputPage]) -> [Result<RenderedFile, DiagnosticError>] {
        let graph = self.graph, theme = self.theme
        return ConcurrentMap.map(outputs) { output in
            do throws(DiagnosticError) {
                let html = try theme.render(output.template, graph.context(for: output))
                return .success(RenderedFile(path: output.outputPath, text: html))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// A count shared by the threads of a parallel loop.
private final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ files: Int) {
        lock.lock()
        count += files
        lock.unlock()
    }

    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
