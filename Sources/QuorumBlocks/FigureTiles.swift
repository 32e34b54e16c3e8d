import QuorumCharts
import QuorumContent
import QuorumMarkdown

/// Key-figure tiles: a large number, what it counts, and where it comes from.
public enum FigureTiles {
    /// The tiles as an HTML list.
    public static func render(_ figures: [KeyFigure]) -> String {
        var html = "<ul class=\"tiles\">\n"
        for figure in figures {
            html += "<li class=\"tile\"><span class=\"tile__value\">\(HTMLEscaping.escape(value(figure)))</span> "
            html += "<span class=\"tile__label\">\(HTMLEscaping.escape(figure.label))</span>"
            if let source = figure.source {
                html += " <span class=\"tile__source\">Source: \(HTMLEscaping.escape(source))</span>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// The value as shown: numbers in the figure's format (or grouped as written), text as it is.
    public static func value(_ figure: KeyFigure) -> String {
        guard let number = figure.number else { return figure.text }
        let kind = figure.format.flatMap(ColumnFormat.Kind.init(rawValue:))
        if let kind, let format = NumberFormat(ColumnFormat(kind: kind, per: kind == .rate ? 10000 : nil)) {
            return format.string(number)
        }
        return NumberFormat.fitting([number]).string(number)
    }
}
