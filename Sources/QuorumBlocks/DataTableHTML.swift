import QuorumCharts
import QuorumContent
import QuorumMarkdown

/// Renders a data set as an accessible HTML table: caption, column and row headers, numbers right-aligned.
public enum DataTableHTML {
    /// The table, its source line and its notes; `id` must be unique on the page. `download` is the URL of its CSV.
    public static func render(_ table: DataTable, caption: String, id: String, download: String? = nil) -> String {
        let escape = HTMLEscaping.escape
        let formats = table.columns.map { column -> NumberFormat? in
            column.isNumeric ? (NumberFormat(column.format) ?? NumberFormat.fitting(tableValues(table, column))) : nil
        }
        let rowHeader = table.columns.first.map { !$0.isNumeric } ?? false
        var html = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
        html += "<table class=\"data-table\" id=\"\(id)\">\n<caption id=\"\(id)-caption\">\(escape(caption))</caption>\n<thead>\n<tr>"
        for (index, column) in table.columns.enumerated() {
            let label = column.unit.map { "\(column.label) (\($0))" } ?? column.label
            html += "<th scope=\"col\"\(formats[index] != nil ? " class=\"num\"" : "")>\(escape(label))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let text = display(cell, format: formats[index])
                if index == 0 && rowHeader {
                    html += "<th scope=\"row\">\(text)</th>"
                } else {
                    html += formats[index] != nil ? "<td class=\"num\">\(text)</td>" : "<td>\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if let download {
            html += "<p class=\"data-download\"><a href=\"\(escape(download))\" download>Download this data (CSV)"
                + "<span class=\"visually-hidden\">: \(escape(caption))</span></a></p>\n"
        }
        html += notes(table)
        return html
    }

    /// The source and notes under a table or chart, with the meaning of each suppression marker used.
    static func notes(_ table: DataTable) -> String {
        var html = ""
        if let source = table.sourceNote { html += "<p class=\"data-source\">Source: \(HTMLEscaping.escape(source))</p>\n" }
        let notes = table.notes + table.markersUsed.map { "\($0.rawValue) \($0.meaning)" }
        if !notes.isEmpty {
            html += "<ul class=\"data-notes\">\n" + notes.map { "<li>\(HTMLEscaping.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }

    static func display(_ cell: DataCell, format: NumberFormat?) -> String {
        switch cell {
        case .number(let value): return HTMLEscaping.escape(format?.string(value) ?? cell.text)
        case .text(let text): return HTMLEscaping.escape(text)
        case .suppressed(let marker): return "<abbr title=\"\(marker.meaning)\">\(marker.rawValue)</abbr>"
        case .empty: return ""
        }
    }

    static func tableValues(_ table: DataTable, _ column: DataColumn) -> [Double?] {
        guard let index = table.columnIndex(column.key) else { return [] }
        return table.values(index).map(\.number)
    }
}
