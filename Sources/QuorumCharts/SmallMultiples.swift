/// A line, area or bar chart with more series than colours can tell apart, drawn as one small chart a
/// series: each panel named above its plot, every panel on the same value scale and category order.
///
/// A page lays the panels out as a grid that reflows on narrow screens; `combined()` puts them in one
/// SVG, two to a row, for images and print.
struct SmallMultiples {
    let chart: Chart
    /// One single-series chart a series, ready to draw.
    let charts: [Chart]

    /// A panel's canvas: two fit side by side in the 640 of an ordinary chart.
    static let panelWidth = 316.0
    static let panelPlotHeight = 150.0
    static let columns = 2

    static func applies(to chart: Chart) -> Bool {
        let kinds: Set<ChartKind> = [.line, .area, .bar, .hbar, .groupedBar]
        return kinds.contains(chart.kind) && chart.data.series.count > Palette.standard.count
    }

    init(_ chart: Chart) throws(ChartError) {
        self.chart = chart
        let data = chart.data
        guard !data.categories.isEmpty else { throw .noCategories }
        for series in data.series {
            guard series.values.count == data.categories.count else {
                throw .lengthMismatch(series: series.name, count: series.values.count, categories: data.categories.count)
            }
        }
        if let colours = chart.colours, colours.count < data.series.count {
            throw .tooFewColours(given: colours.count, needed: data.series.count)
        }
        let highlightedSeries = chart.highlight.flatMap { name in data.series.firstIndex { $0.name == name } }
        if let highlight = chart.highlight, highlightedSeries == nil, !data.categories.contains(highlight) {
            throw .unknownHighlight(highlight)
        }
        // Every panel shares the first series' order, so a category sits in the same place in each.
        let order = PreparedChart.order(data, sort: chart.kind.isSequence ? .none : chart.sort)
        let present = data.series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        let domain = (low: min(0, present.min() ?? 0), high: max(0, present.max() ?? 0))
        let kind: ChartKind = chart.kind == .groupedBar ? .bar : chart.kind
        charts = data.series.enumerated().map { index, series in
            var panel = Chart(kind: kind, title: series.name,
                              data: ChartData(categories: order.map { data.categories[$0] },
                                              series: [ChartSeries(name: series.name, values: order.map { series.values[$0] })]),
                              format: chart.format, colours: chart.colours.map { [$0[index]] },
                              highlight: highlightedSeries == nil ? chart.highlight : nil,
                              id: chart.id + "-panel-\(index + 1)")
            panel.canvasWidth = Self.panelWidth
            panel.plotHeight = Self.panelPlotHeight
            panel.heading = series.name
            panel.valueDomain = domain
            return panel
        }
    }

    /// Each panel's SVG, in series order.
    func panels() throws(ChartError) -> [String] {
        var svgs: [String] = []
        for panel in charts { svgs.append(try chart.drawing(panel)) }
        return svgs
    }

    /// The panels as nested `<svg>`s in one SVG with the chart's title and description.
    func combined() throws(ChartError) -> String {
        let svgs = try panels()
        let gap = ChartStyle.width - Double(Self.columns) * Self.panelWidth
        var rows: [[(body: Substring, height: Double)]] = []
        for (index, svg) in svgs.enumerated() {
            if index % Self.columns == 0 { rows.append([]) }
            rows[rows.count - 1].append(Self.split(svg))
        }
        let height = rows.reduce(0) { $0 + ($1.map(\.height).max() ?? 0) }
        var w = ChartFrame.open(id: chart.id, kind: chart.kind, title: chart.title, summary: chart.summary, heading: nil,
                                width: ChartStyle.width, height: height.rounded(.up), extraClass: "chart-small-multiples")
        var y = 0.0
        for row in rows {
            for (column, panel) in row.enumerated() {
                w.start("svg")
                w.attribute("x", Double(column) * (Self.panelWidth + gap))
                w.attribute("y", y)
                w.attribute("width", Self.panelWidth)
                w.attribute("height", panel.height)
                w.attribute("viewBox", "0 0 \(SVGWriter.number(Self.panelWidth)) \(SVGWriter.number(panel.height))")
                w.end()
                w.raw("\n")
                w.raw(String(panel.body))
            }
            y += row.map(\.height).max() ?? 0
        }
        return ChartFrame.close(&w)
    }

    /// A panel's content without its root element, and its height from the viewBox.
    private static func split(_ svg: String) -> (body: Substring, height: Double) {
        let firstLine = svg.prefix { $0 != "\n" }
        var body = svg.dropFirst(firstLine.count + 1)
        while body.last == "\n" { body = body.dropLast() }
        var height = 0.0
        if let range = firstLine.range(of: "viewBox=\"") {
            let numbers = firstLine[range.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
            height = numbers.count == 4 ? Double(numbers[3]) ?? 0 : 0
        }
        return (body, height)
    }
}
