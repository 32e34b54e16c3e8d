/// A chart to draw as accessible, standalone SVG.
///
/// ```swift
/// let data = ChartData(categories: ["Neglect", "Emotional abuse"],
///                      series: [ChartSeries(name: "Children", values: [224, 181])])
/// let chart = Chart(kind: .bar, title: "Child protection plans by category", data: data, id: "chart-1")
/// let svg = try chart.render()   // <svg ... role="img" aria-labelledby="chart-1-title chart-1-desc">
/// let alt = chart.summary        // "Bar chart: Neglect is the largest at 224 ..."
/// ```
///
/// The SVG has no fixed size (a 640-wide `viewBox`, `width="100%"`), sets colours inline so it also
/// works in email, and gives marks classes (`mark series-0`) for a site stylesheet. Same chart, same bytes.
public struct Chart: Sendable {
    /// What kind of chart to draw.
    public var kind: ChartKind
    /// The chart's name: the SVG `<title>`; the page shows it as the figure caption.
    public var title: String
    /// The categories and series.
    public var data: ChartData
    /// How values are written in labels, ticks and the description.
    public var format: NumberFormat
    /// "#rrggbb" colours replacing the palette, one a series (one a slice for pie and donut).
    public var colours: [String]?
    /// Category order for bars and pies (line, area and sparkline keep time order).
    public var sort: ChartSort
    /// A category or series name to emphasise; the others are drawn in a lighter tone.
    public var highlight: String?
    /// A prefix for element ids, unique within the page (e.g. "chart-3"); must be a valid XML id.
    public var id: String
    /// A title for the category axis.
    public var xLabel: String?
    /// A title for the value axis (defaults to the unit of a rate, e.g. "per 10,000").
    public var yLabel: String?

    /// Creates a chart; without a format, one is chosen to suit the values (whole numbers or up to 2 decimals).
    public init(kind: ChartKind, title: String, data: ChartData, format: NumberFormat? = nil,
                colours: [String]? = nil, sort: ChartSort = .none, highlight: String? = nil,
                id: String = "chart", xLabel: String? = nil, yLabel: String? = nil) {
        self.kind = kind
        self.title = title
        self.data = data
        self.format = format ?? NumberFormat.fitting(data.series.flatMap(\.values))
        self.colours = colours
        self.sort = sort
        self.highlight = highlight
        self.id = id
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The SVG, or an error that says what in the data or options is wrong.
    public func render() throws(ChartError) -> String {
        let prepared = try PreparedChart(self)
        switch kind {
        case .bar, .hbar, .groupedBar, .stackedBar, .stackedBar100:
            return BarChart(prepared).render()
        case .line, .area:
            return LineChart(prepared).render()
        case .pie, .donut:
            return PieChart(prepared).render()
        case .sparkline:
            return Sparkline(prepared).render()
        }
    }

    /// The chart's message in words (the SVG `<desc>`): largest and smallest, or each series' trend.
    public var summary: String {
        ChartDescription(chart: self).text
    }
}
