/// Writes the parts every chart shares: the `<svg>` root with its accessible name, `<title>`, `<desc>`.
enum ChartFrame {
    /// Starts the SVG document; `extraClass` is added after `chart chart-KIND` (e.g. "chart-horizontal").
    static func open(_ chart: PreparedChart, width: Double, height: Double, extraClass: String? = nil) -> SVGWriter {
        open(id: chart.id, kind: chart.kind, title: chart.title, summary: chart.summary, heading: chart.heading,
             width: width, height: height, extraClass: extraClass)
    }

    /// Starts the SVG document from its parts (small multiples frame panels that are drawn separately).
    static func open(id: String, kind: ChartKind, title: String, summary: String, heading: String?,
                     width: Double, height: Double, extraClass: String?) -> SVGWriter {
        var w = SVGWriter(capacity: 8192)
        let titleID = id + "-title", descID = id + "-desc"
        w.start("svg")
        w.attribute("xmlns", "http://www.w3.org/2000/svg")
        w.attribute("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))")
        w.attribute("width", "100%")
        w.attribute("preserveAspectRatio", "xMidYMid meet")
        w.attribute("role", "img")
        w.attribute("aria-labelledby", titleID + " " + descID)
        w.attribute("class", "chart chart-" + kind.rawValue + (extraClass.map { " " + $0 } ?? ""))
        w.attribute("font-family", ChartStyle.fontFamily)
        w.attribute("font-size", ChartStyle.fontSize)
        w.attribute("fill", Palette.text)
        w.end()
        w.start("title")
        w.attribute("id", titleID)
        w.end()
        w.text(title)
        w.finishInline("title")
        w.start("desc")
        w.attribute("id", descID)
        w.end()
        w.text(summary)
        w.finishInline("desc")
        if let heading {
            let room = width - 2 * ChartStyle.edge
            let line = TextMetrics.fit(heading, maxWidth: room, fontSize: ChartStyle.fontSize, maxLines: 1, bold: true)
            w.textBlock(line.lines, x: ChartStyle.edge, y: ChartStyle.edge + ChartStyle.fontSize * 0.8,
                        lineHeight: ChartStyle.lineHeight, bold: true, className: "panel-heading",
                        fullText: line.truncated ? heading : nil)
        }
        return w
    }

    /// Closes the SVG document and returns its text.
    static func close(_ w: inout SVGWriter) -> String {
        w.finish("svg")
        w.raw("\n")
        return w.output
    }
}
