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
    /// How many slices (pie, donut) or series (stacked bars) are drawn before the rest are grouped as
    /// "Other (N more)"; nil turns grouping off, and a chart with too many parts is then an error.
    public var otherAfter: Int?

    // Set only for the panels of small multiples.
    var canvasWidth = ChartStyle.width
    var plotHeight = ChartStyle.plotHeight
    var heading: String?
    var valueDomain: (low: Double, high: Double)?
    /// The description of the chart as the author gave it, kept when its data is regrouped.
    var summaryOverride: String?

    /// Creates a chart; without a format, one is chosen to suit the values (whole numbers or up to 2 decimals).
    public init(kind: ChartKind, title: String, data: ChartData, format: NumberFormat? = nil,
                colours: [String]? = nil, sort: ChartSort = .none, highlight: String? = nil,
                id: String = "chart", xLabel: String? = nil, yLabel: String? = nil, otherAfter: Int? = 5) {
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
        self.otherAfter = otherAfter
    }

    /// The SVG, or an error that says what in the data or options is wrong; small multiples come as
    /// one SVG with the panels in a two-column grid (for images and print; pages use `panels()`).
    public func render() throws(ChartError) -> String {
        if isSmallMultiples { return try SmallMultiples(self).combined() }
        return try drawing(OtherGrouping(self)?.applied(to: self) ?? self)
    }

    /// The SVGs to show on a page: one, or one a series for small multiples (laid out by the page so
    /// the grid can reflow on narrow screens).
    public func panels() throws(ChartError) -> [String] {
        if isSmallMultiples { return try SmallMultiples(self).panels() }
        return [try render()]
    }

    /// Whether the chart is drawn as small multiples: a line, area or bar chart with more series than
    /// colours can tell apart gets one small chart a series, all on one value scale.
    public var isSmallMultiples: Bool {
        SmallMultiples.applies(to: self)
    }

    /// What grouping into "Other" did to the chart, in a sentence; nil when every part is drawn.
    public var groupingNote: String? {
        OtherGrouping(self)?.note(for: self)
    }

    func drawing(_ chart: Chart) throws(ChartError) -> String {
        let prepared = try PreparedChart(chart)
        switch chart.kind {
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
        summaryOverride ?? ChartDescription(chart: self).text
    }
}
