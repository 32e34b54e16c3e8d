import QuorumCharts
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

/// A chart block drawn as a figure: caption, SVG, and the same data as a table in a `<details>`.
public enum ChartFigure {
    /// The figure's HTML, or diagnostics that say what in the block is wrong.
    public static func render(_ block: ChartBlock, id: String) -> Result<String, DiagnosticError> {
        var warnings: [Diagnostic] = []
        return render(block, id: id, warnings: &warnings)
    }

    /// The figure's HTML; warnings (slices grouped as Other without `other_after:`) are added to `warnings`.
    public static func render(_ block: ChartBlock, id: String, warnings: inout [Diagnostic]) -> Result<String, DiagnosticError> {
        guard let kind = ChartKind(rawValue: block.type) else {
            let kinds = ChartKind.allCases.map(\.rawValue)
            let hint = Suggestion.nearest(to: block.type, in: kinds).map { "did you mean \($0)? " } ?? ""
            return .failure(DiagnosticError(.error("unknown chart type \"\(block.type)\"", at: block.typeLocation,
                                                   hint: hint + "chart types: \(kinds.joined(separator: ", "))")))
        }
        let table = block.data
        let categories = table.values(block.x).map(\.text)
        let series = block.y.map { ChartSeries(name: table.columns[$0].label, values: table.values($0).map(\.number)) }
        if let highlight = block.highlight, !categories.contains(highlight), !series.contains(where: { $0.name == highlight }) {
            return .failure(DiagnosticError(.error("highlight \"\(highlight)\" is not a category or series of the chart",
                                                   at: block.highlightLocation ?? block.location,
                                                   hint: "name one of: \((categories + series.map(\.name)).prefix(12).joined(separator: ", "))")))
        }
        let title = block.title ?? table.title ?? table.columns[block.y[0]].label
        let chart = Chart(kind: kind, title: title, data: ChartData(categories: categories, series: series),
                          format: NumberFormat(table.columns[block.y[0]].format), colours: block.colours,
                          sort: block.sort.flatMap(ChartSort.init(rawValue:)) ?? .none, highlight: block.highlight, id: id,
                          xLabel: nil, yLabel: nil, otherAfter: block.groupingOff ? nil : block.otherAfter ?? 5)
        let svgs: [String]
        do throws(ChartError) {
            svgs = try chart.panels()
        } catch {
            return .failure(DiagnosticError(.error(error.message, at: block.coloursLocation ?? block.location, hint: error.hint)))
        }
        if let note = chart.groupingNote, block.otherAfter == nil {
            warnings.append(.warning(note, at: block.typeLocation,
                                     hint: "the table under the chart lists every value; write `other_after: \(5)` to keep this grouping without a warning, another number to keep more or fewer, or `other_after: none` to refuse grouping"))
        }
        var shown = table
        let used = Set([block.x] + block.y)
        shown.columns = table.columns.enumerated().filter { used.contains($0.offset) }.map(\.element)
        shown.rows = table.rows.map { row in row.enumerated().filter { used.contains($0.offset) }.map(\.element) }
        var html = "<figure class=\"chart\" id=\"\(id)\" aria-labelledby=\"\(id)-caption\">\n"
        html += "<figcaption id=\"\(id)-caption\">\(HTMLEscaping.escape(title))</figcaption>\n"
        if svgs.count > 1 {
            // Small multiples: a grid of panels the stylesheet reflows to one column on a phone.
            html += "<div class=\"chart-panels\">\n" + svgs.joined() + "</div>\n"
        } else {
            html += svgs.joined()
        }
        html += "<details class=\"chart-data\">\n<summary>Show the data for this chart</summary>\n"
        html += DataTableHTML.render(shown, caption: title, id: "\(id)-data")
        html += "</details>\n</figure>\n"
        return .success(html)
    }
}
