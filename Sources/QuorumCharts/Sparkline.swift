/// A word-sized line with no axes: one series in a 120 by 30 viewBox, its last value marked with a dot.
///
/// Its scale runs from the series' minimum to its maximum (the shape matters, not zero); missing
/// values leave gaps. It keeps `role="img"`, `<title>` and `<desc>`, which carry the numbers.
struct Sparkline {
    let chart: PreparedChart

    private static let width = 120.0
    private static let height = 30.0
    private static let pad = 3.0

    init(_ chart: PreparedChart) {
        self.chart = chart
    }

    func render() -> String {
        let values = chart.series[0].values
        let present = values.compactMap { $0 }
        let low = present.min() ?? 0, high = present.max() ?? 0
        let y = LinearScale(domain: (low, high), range: (Self.height - Self.pad, Self.pad))
        let x = BandScale.point(count: values.count, range: (Self.pad, Self.width - Self.pad), padding: 0)
        let colour = chart.colours[0]
        var w = ChartFrame.open(chart, width: Self.width, height: Self.height)
        var d = ""
        var previous = false
        for (index, value) in values.enumerated() {
            guard let value else {
                previous = false
                continue
            }
            let next = index + 1 < values.count && values[index + 1] != nil
            // A lone point between gaps has no line; the path still needs it drawn, as a dot below.
            if !previous && !next { previous = false; continue }
            d += previous ? "L" : "M"
            SVGWriter.appendNumber(x.centre(index), to: &d)
            d += " "
            SVGWriter.appendNumber(y(value), to: &d)
            previous = true
        }
        if !d.isEmpty {
            w.start("path")
            w.attribute("class", "mark series-0")
            w.attribute("d", d)
            w.attribute("fill", "none")
            w.attribute("stroke", colour)
            w.attribute("stroke-width", 1.5)
            w.attribute("stroke-linejoin", "round")
            w.attribute("stroke-linecap", "round")
            w.close()
        }
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let isLast = index == values.lastIndex { $0 != nil }
            let isolated = (index == 0 || values[index - 1] == nil) && (index + 1 >= values.count || values[index + 1] == nil)
            guard isLast || isolated else { continue }
            w.start("circle")
            w.attribute("class", isLast ? "marker last" : "marker")
            w.attribute("cx", x.centre(index))
            w.attribute("cy", y(value))
            w.attribute("r", isLast ? 2.5 : 1.5)
            w.attribute("fill", colour)
            w.close()
        }
        return ChartFrame.close(&w)
    }
}
