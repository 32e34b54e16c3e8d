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
        render(graph.outputs).compactMap { result in
            switch result {
            case .success(let file): return file
            case .failure(let error): log.add(contentsOf: error.diagnostics); return nil
            }
        }
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
