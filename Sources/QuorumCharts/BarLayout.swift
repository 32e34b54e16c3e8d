/// Where everything of a bar chart goes, for the vertical or the horizontal orientation.
struct BarLayout {
    let horizontal: Bool
    let height: Double
    let plot: PlotArea
    let axis: ValueAxis
    /// Maps values onto the value direction (y up for vertical, x right for horizontal).
    let value: LinearScale
    /// Category bands along the category direction.
    let bands: BandScale
    /// Bars within a band, for grouped bars.
    let slotBands: BandScale?
    let categoryLines: [[String]]
    /// Category names shortened with an ellipsis (horizontal layout), given whole in a `<title>`.
    let categoryTruncated: [Bool]
    /// The right edge of the category label column (horizontal layout).
    let categoryLabelX: Double
    /// The baseline of the first line of category labels (vertical layout).
    let categoryLabelY: Double
    let showEndLabels: Bool
    let legend: Legend?
    let legendY: Double
    /// Baselines of the axis titles, when there are titles.
    let categoryTitle: (x: Double, y: Double, anchor: TextAnchor)?
    let valueTitle: (x: Double, y: Double, anchor: TextAnchor)?

    /// The vertical layout, or nil when a category label cannot wrap into 3 lines under its bar.
    init?(vertical bars: BarChart) {
        let chart = bars.chart
        let width = chart.width, edge = ChartStyle.edge, lh = ChartStyle.lineHeight, fs = ChartStyle.fontSize
        let axis = ValueAxis(low: bars.low, high: bars.high, format: bars.axisFormat)
        let legend = bars.legend(width: width - 2 * edge)
        var top = edge + chart.headingHeight + (legend?.height ?? 0)
        let legendY = edge + chart.headingHeight
        var valueTitle: (x: Double, y: Double, anchor: TextAnchor)?
        if chart.yLabel != nil {
            valueTitle = (edge, top + fs * 0.8, .start)
            top += lh + 4
        }
        let left = edge + axis.labelWidth + ChartStyle.gap
        let plotWidth = width - left - edge
        let bands = BandScale(count: chart.categories.count, range: (left, left + plotWidth),
                              paddingInner: bars.mode == .grouped ? 0.25 : 0.3, paddingOuter: 0.15)
        var lines: [[String]] = []
        for (index, category) in chart.categories.enumerated() {
            let bold = chart.highlightCategory == index
            guard let wrapped = TextMetrics.wrap(category, maxWidth: bands.step - 6, fontSize: fs, maxLines: 3, bold: bold) else {
                return nil
            }
            lines.append(wrapped)
        }
        let slotBands = bars.mode == .grouped
            ? BandScale(count: bars.slots, range: (0, bands.bandwidth), paddingInner: 0.1, paddingOuter: 0) : nil
        let room = (slotBands?.step ?? bands.step) - 3
        let showEndLabels = bars.endLabels.allSatisfy { TextMetrics.width($0.label, fontSize: fs, bold: bars.mode == .stacked) <= room }
        top += showEndLabels ? lh : ChartStyle.gap
        let negativeRoom = showEndLabels && bars.endLabels.contains { $0.to < 0 } ? lh : 0
        let plot = PlotArea(x: left, y: top, width: plotWidth, height: chart.plotHeight)
        let labelTop = plot.maxY + negativeRoom + ChartStyle.gap + fs * 0.8
        let maxLines = Double(lines.map(\.count).max() ?? 1)
        var bottom = labelTop + (maxLines - 1) * lh
        var categoryTitle: (x: Double, y: Double, anchor: TextAnchor)?
        if chart.xLabel != nil {
            categoryTitle = (plot.x + plot.width / 2, bottom + lh + 4, .middle)
            bottom += lh + 4
        }
        self.horizontal = false
        self.categoryLabelX = 0
        self.categoryLabelY = labelTop
        self.height = (bottom + edge + 4).rounded(.up)
        self.plot = plot
        self.axis = axis
        self.value = axis.scale((plot.maxY, plot.minY))
        self.bands = bands
        self.slotBands = slotBands
        self.categoryLines = lines
        self.categoryTruncated = lines.map { _ in false }
        self.showEndLabels = showEndLabels
        self.legend = legend
        self.legendY = legendY
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
    }

    /// The horizontal layout: category labels wrap in a column at the left, values run to the right.
    init(horizontal bars: BarChart) {
        let chart = bars.chart
        let width = chart.width, edge = ChartStyle.edge, lh = ChartStyle.lineHeight, fs = ChartStyle.fontSize
        let legend = bars.legend(width: width - 2 * edge)
        var top = edge + chart.headingHeight + (legend?.height ?? 0)
        var categoryTitle: (x: Double, y: Double, anchor: TextAnchor)?
        if chart.xLabel != nil {
            categoryTitle = (edge, top + fs * 0.8, .start)
            top += lh + 6
        }
        var natural = 0.0
        for (index, category) in chart.categories.enumerated() {
            natural = max(natural, TextMetrics.width(category, fontSize: fs, bold: chart.highlightCategory == index))
        }
        let column = min(natural, width * 0.35)
        // Two lines at most; a longer name ends in an ellipsis and keeps its full text in a <title>.
        let fitted = chart.categories.enumerated().map { index, category in
            TextMetrics.fit(category, maxWidth: column, fontSize: fs, maxLines: 2, bold: chart.highlightCategory == index)
        }
        let lines = fitted.map(\.lines)
        var columnWidth = 0.0
        for (index, wrapped) in lines.enumerated() {
            columnWidth = max(columnWidth, TextMetrics.widest(wrapped, fontSize: fs, bold: chart.highlightCategory == index))
        }
        let bold = bars.mode == .stacked
        let positiveRoom = bars.endLabels.filter { $0.to >= 0 }.map { TextMetrics.width($0.label, fontSize: fs, bold: bold) }.max().map { $0 + ChartStyle.gap } ?? 0
        let negativeRoom = bars.endLabels.filter { $0.to < 0 }.map { TextMetrics.width($0.label, fontSize: fs, bold: bold) }.max().map { $0 + ChartStyle.gap } ?? 0
        let left = edge + columnWidth + 2 * ChartStyle.gap + negativeRoom

        var axis = ValueAxis(low: bars.low, high: bars.high, format: bars.axisFormat)
        var right = edge + max(positiveRoom, TextMetrics.width(axis.labels.last ?? "", fontSize: fs) / 2)
        var plotWidth = width - left - right
        for count in [3, 2] where !axis.horizontalLabelsFit(axis.scale((left, left + plotWidth))) {
            axis = ValueAxis(low: bars.low, high: bars.high, format: bars.axisFormat, count: count)
            right = edge + max(positiveRoom, TextMetrics.width(axis.labels.last ?? "", fontSize: fs) / 2)
            plotWidth = width - left - right
        }

        let thickness = bars.mode == .grouped ? Double(bars.slots) * 15 : 24
        let maxLines = Double(lines.map(\.count).max() ?? 1)
        let step = max(thickness / 0.75, maxLines * lh + 8).rounded(.up)
        let plot = PlotArea(x: left, y: top, width: plotWidth, height: step * Double(chart.categories.count))
        let bands = BandScale(count: chart.categories.count, range: (plot.minY, plot.maxY), paddingInner: 0.25, paddingOuter: 0.125)
        var bottom = plot.maxY + ChartStyle.gap + fs * 0.8
        var valueTitle: (x: Double, y: Double, anchor: TextAnchor)?
        if chart.yLabel != nil {
            valueTitle = (plot.x + plot.width / 2, bottom + lh + 4, .middle)
            bottom += lh + 4
        }
        self.horizontal = true
        self.height = (bottom + edge + 4).rounded(.up)
        self.plot = plot
        self.axis = axis
        self.value = axis.scale((plot.minX, plot.maxX))
        self.bands = bands
        self.slotBands = bars.mode == .grouped
            ? BandScale(count: bars.slots, range: (0, bands.bandwidth), paddingInner: 0.1, paddingOuter: 0) : nil
        self.categoryLines = lines
        self.categoryTruncated = fitted.map(\.truncated)
        self.showEndLabels = true
        self.legend = legend
        self.legendY = edge + chart.headingHeight
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
        self.categoryLabelX = edge + columnWidth
        self.categoryLabelY = 0
    }
}
