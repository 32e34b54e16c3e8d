import QuorumContent
import QuorumDiagnostics
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

    func renderAll() -> [RenderedFile] {
        let graph = self.graph, theme = self.theme, log = self.log
        let files = ConcurrentMap.map(graph.outputs) { output -> RenderedFile? in
            do throws(DiagnosticError) {
                let html = try theme.render(output.template, graph.context(for: output))
                return RenderedFile(path: output.outputPath, text: html)
            } catch {
                log.add(contentsOf: error.diagnostics)
                return nil
            }
        }
        return files.compactMap { $0 }
    }
}
