import QuorumCharts
import QuorumContent
import QuorumMarkdown

/// Renders a data set as an accessible HTML table: caption, column and row headers, numbers right-aligned.
public enum DataTableHTML {
    /// The table, its source line and its notes; `id` must be unique on the page.
    public static func render(_ table: DataTable, caption: String, id: String) -> String {
        let escape = HTMLEscaping.escape
        let formats = table.columns.map { column -> NumberFormat? in
            column.isNumeric ? (NumberFormat(column.format) ?? NumberFormat.fitting(tableValues(table, column))) : nil
        }
        let rowHeader = table.columns.first.map { !$0.isNumeric } ?? false
        var html = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
        html += "<table class=\"data-table\" id=\"\(id)\">\n<caption id=\"\(id)-caption\">\(escape(caption))</caption>\n<thead>\n<tr>"
        for (index, column) in table.columns.enumerated() {
            let label = header(column.label, unit: column.unit)
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
        html += notes(table)
        return html
    }

    /// A column header with its unit in brackets, unless the label already shows the unit:
    /// "Share of all (%)" with unit "%" and "Notifications" with unit "notifications" stay as written.
    static func header(_ label: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty, !shows(label, unit) else { return label }
        return "\(label) (\(unit))"
    }

    /// Whether `unit` appears in `label` as a whole word or symbol, ignoring case.
    private static func shows(_ label: String, _ unit: String) -> Bool {
        let text = label.lowercased(), needle = unit.lowercased()
        var searchStart = text.startIndex
        while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            // A letter or digit next to a word unit means it is part of another word ("per cent" in "percentage").
            let wordUnit = needle.first?.isLetter ?? false
            let clear = !wordUnit || (!(before?.isLetter ?? false) && !(after?.isLetter ?? false))
            if clear { return true }
            searchStart = range.upperBound
        }
        return false
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
