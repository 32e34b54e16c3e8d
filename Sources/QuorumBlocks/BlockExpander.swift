import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

/// Expands one page's ```table, ```chart and ```figures blocks into HTML, numbering them so ids stay unique.
public final class BlockExpander: @unchecked Sendable {
    private let reader: BlockReader
    private let sourcePath: String
    private let lineOffset: Int
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var diagnostics: [Diagnostic] = []

    private let usage: DataUsage?

    /// Creates an expander for the page at `sourcePath`, whose body starts on file line `lineOffset`;
    /// data files its blocks use are recorded in `usage`.
    public init(catalog: DataCatalog, sourcePath: String, lineOffset: Int, usage: DataUsage? = nil) {
        self.reader = BlockReader(catalog: catalog)
        self.usage = usage
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
    }

    /// The code block hook: HTML for Quorum's blocks, nil for ordinary code.
    public func expand(_ block: CodeBlock) -> String? {
        let name = block.info.split(separator: " ").first.map(String.init) ?? ""
        guard BlockReader.names.contains(name) else { return nil }
        let fenceLine = block.line + lineOffset - 1
        let (parsed, problems) = reader.read(name: name, body: block.literal, file: sourcePath, fenceLine: fenceLine)
        record(problems)
        if let usage, let name = BlockReader.dataName(block.literal) { usage.record(name) }
        guard let parsed, !problems.contains(where: { $0.severity == .error }) else {
            return "<p class=\"block-error\">This \(name) could not be shown.</p>"
        }
        switch parsed {
        case .table(let table):
            return DataTableHTML.render(table.data, caption: table.caption ?? "", id: nextID("table"))
        case .figures(let figures):
            return FigureTiles.render(figures)
        case .chart(let chart):
            var warnings: [Diagnostic] = []
            let figure = ChartFigure.render(chart, id: nextID("chart"), warnings: &warnings)
            record(warnings)
            switch figure {
            case .success(let html): return html
            case .failure(let error):
                record(error.diagnostics)
                return "<p class=\"block-error\">This chart could not be shown.</p>"
            }
        }
    }

    /// Problems found in this page's blocks.
    public var problems: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return diagnostics
    }

    private func nextID(_ kind: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        counts[kind, default: 0] += 1
        return "\(kind)-\(counts[kind] ?? 1)"
    }

    private func record(_ found: [Diagnostic]) {
        lock.lock()
        diagnostics += found
        lock.unlock()
    }
}
