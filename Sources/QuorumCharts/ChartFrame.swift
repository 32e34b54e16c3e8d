/// Writes the parts every chart shares: the `<svg>` root with its accessible name, `<title>`, `<desc>`.
enum ChartFrame {
    /// Starts the SVG document; `extraClass` is added after `chart chart-KIND` (e.g. "chart-horizontal").
    static func open(_ chart: PreparedChart, width: Double, height: Double, extraClass: String? = nil) -> SVGWriter {
        var w = SVGWriter(capacity: 8192)
        let titleID = chart.elementID("title"), descID = chart.elementID("desc")
        w.start("svg")
        w.attribute("xmlns", "http://www.w3.org/2000/svg")
        w.attribute("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))")
        w.attribute("width", "100%")
        w.attribute("preserveAspectRatio", "xMidYMid meet")
        w.attribute("role", "img")
        w.attribute("aria-labelledby", titleID + " " + descID)
        w.attribute("class", "chart chart-" + chart.kind.rawValue + (extraClass.map { " " + $0 } ?? ""))
        w.attribute("font-family", ChartStyle.fontFamily)
        w.attribute("font-size", ChartStyle.fontSize)
        w.attribute("fill", Palette.text)
        w.end()
        w.start("title")
        w.attribute("id", titleID)
        w.end()
        w.text(chart.title)
        w.finishInline("title")
        w.start("desc")
        w.attribute("id", descID)
        w.end()
        w.text(chart.summary)
        w.finishInline("desc")
        return w
    }

    /// Closes the SVG document and returns its text.
    static func close(_ w: inout SVGWriter) -> String {
        w.finish("svg")
        w.raw("\n")
        return w.output
    }
}
