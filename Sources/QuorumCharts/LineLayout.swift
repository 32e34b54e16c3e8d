/// Where everything of a line or area chart goes: plot, axis, x labels, end labels or key.
struct LineLayout {
    let height: Double
    let plot: PlotArea
    let axis: ValueAxis
    let value: LinearScale
    let points: BandScale
    /// Category labels as wrapped lines, nil where thinned out to avoid overlap.
    let categoryLines: [[String]?]
    let categoryLabelY: Double
    /// End labels: lines of text and the centre y of each, one per series (empty with a key).
    let endLabels: [(lines: [String], y: Double)]
    let endLabelX: Double
    let legend: Legend?
    let categoryTitle: (x: Double, y: Double)?
    let valueTitle: (x: Double, y: Double)?

    private static let labelColumn = 170.0

    init(_ lines: LineChart) {
        let chart = lines.chart
        let width = chart.width, edge = ChartStyle.edge, lh = ChartStyle.lineHeight, fs = ChartStyle.fontSize
        let axis = ValueAxis(low: lines.low, high: lines.high, format: chart.format)

        // End labels need a column at the right; names too long for it move into a key.
        var wrapped: [[String]] = []
        var fits = true
        for index in chart.series.indices {
            let bold = chart.highlightSeries == index
            guard let text = TextMetrics.wrap(lines.endLabel(index), maxWidth: Self.labelColumn - 16, fontSize: fs,
                                              maxLines: 2, bold: bold) else {
                fits = false
                break
            }
            wrapped.append(text)
        }
        var legend: Legend?
        if !fits {
            wrapped = []
            legend = Legend(items: chart.series.indices.map { index in
                Legend.Item(label: chart.series[index].name,
                            swatch: Self.swatch(lines, index), bold: chart.highlightSeries == index)
            }, width: width - 2 * edge)
        }
        var top = edge + chart.headingHeight + (legend?.height ?? 0)
        var valueTitle: (x: Double, y: Double)?
        if chart.yLabel != nil {
            valueTitle = (edge, top + fs * 0.8)
            top += lh + 4
        }
        top += lh / 2
        let left = edge + axis.labelWidth + ChartStyle.gap
        let columnWidth = wrapped.isEmpty ? 0 : wrapped.enumerated().map { index, text in
            TextMetrics.widest(text, fontSize: fs, bold: chart.highlightSeries == index) + 16
        }.max() ?? 0
        let lastCategoryHalf = TextMetrics.width(chart.categories.last ?? "", fontSize: fs) / 2
        let right = edge + max(columnWidth + ChartStyle.gap, wrapped.isEmpty ? lastCategoryHalf : 0)
        let plot = PlotArea(x: left, y: top, width: width - left - right, height: chart.plotHeight)
        let points = BandScale.point(count: chart.categories.count, range: (plot.minX, plot.maxX),
                                     padding: chart.kind == .area ? 0 : 0.25)
        let value = axis.scale((plot.maxY, plot.minY))

        let categoryLines = Self.thinnedLabels(chart.categories, step: points.step)
        let labelY = plot.maxY + 2 * ChartStyle.gap + fs * 0.8
        let maxLines = Double(categoryLines.compactMap { $0?.count }.max() ?? 1)
        var bottom = labelY + (maxLines - 1) * lh
        var categoryTitle: (x: Double, y: Double)?
        if chart.xLabel != nil {
            categoryTitle = (plot.x + plot.width / 2, bottom + lh + 4)
            bottom += lh + 4
        }

        var endLabels: [(lines: [String], y: Double)] = []
        if !wrapped.isEmpty {
            let ideal = chart.series.indices.map { index -> Double in
                guard let last = lines.lastPresent(index), let end = lines.tops[index][last] else { return value(0) }
                if lines.stacked {
                    let below = index > 0 ? lines.tops[index - 1][last] ?? 0 : 0
                    return value((end + below) / 2)
                }
                return value(end)
            }
            let heights = wrapped.map { Double($0.count) * lh }
            if let placed = LabelDodger.place(ideal: ideal, heights: heights, low: edge, high: labelY - fs) {
                endLabels = zip(wrapped, placed).map { ($0, $1) }
            }
        }

        self.height = (bottom + edge + 4).rounded(.up)
        self.plot = plot
        self.axis = axis
        self.value = value
        self.points = points
        self.categoryLines = categoryLines
        self.categoryLabelY = labelY
        self.endLabels = endLabels
        // Several labels line up in a column; a single value sits beside its own last point.
        if chart.series.count == 1, let last = lines.lastPresent(0) {
            self.endLabelX = points.centre(last) + ChartStyle.gap + 2
        } else {
            self.endLabelX = plot.maxX + ChartStyle.gap
        }
        self.legend = legend
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
    }

    /// The key swatch for series `index`: a line sample with its dash and marker, or a box for areas.
    static func swatch(_ lines: LineChart, _ index: Int) -> Legend.Swatch {
        let colour = lines.colour(index)
        if lines.stacked {
            return .box(fill: HatchPattern.fill(chart: lines.chart, index: index, colour: colour), stroke: colour)
        }
        return .line(colour: colour, style: LineSeriesStyle(index: index))
    }

    /// Labels centred on their points, wrapped into 2 lines; when they still collide, every 2nd
    /// (then 4th ...) label is shown, as Vega's "parity" overlap removal does.
    private static func thinnedLabels(_ categories: [String], step: Double) -> [[String]?] {
        let fs = ChartStyle.fontSize
        var every = 1
        while every < max(categories.count, 1) {
            let room = step * Double(every) - 8
            var lines: [[String]?] = []
            var fits = true
            for (index, category) in categories.enumerated() {
                guard index % every == 0 else {
                    lines.append(nil)
                    continue
                }
                guard let wrapped = TextMetrics.wrap(category, maxWidth: room, fontSize: fs, maxLines: 2) else {
                    fits = false
                    break
                }
                lines.append(wrapped)
            }
            if fits { return lines }
            every *= 2
        }
        return categories.enumerated().map { index, category in
            index == 0 ? TextMetrics.wrapAlways(category, maxWidth: max(step, 60), fontSize: fs) : nil
        }
    }
}
