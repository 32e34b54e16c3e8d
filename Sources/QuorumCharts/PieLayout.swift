import Foundation

/// Where a pie's parts go: the circle, and either labels on leader lines or a key.
struct PieLayout {
    struct Label {
        let lines: [String]
        /// Where the text starts (right side) or ends (left side), and the block's vertical centre.
        let x, y: Double
        let right: Bool
        let bold: Bool
        /// The leader line: from the rim, through the elbow, to the text.
        let rim, elbow: (x: Double, y: Double)
    }

    let height: Double
    let centre: (x: Double, y: Double)
    let radius: Double
    let labels: [Label]
    let legend: Legend?
    let legendOrigin: (x: Double, y: Double)

    /// Labels on either side of the pie, or nil when a name or the dodged labels do not fit.
    init?(labelled pie: PieChart) {
        let r = PieChart.radius, fs = ChartStyle.fontSize, lh = ChartStyle.lineHeight, edge = ChartStyle.edge
        let height = 2 * r + 2 * PieChart.verticalRoom
        let centre = (x: ChartStyle.width / 2, y: height / 2)
        let textOffset = r + 30
        let columnWidth = ChartStyle.width / 2 - textOffset - edge
        var labels: [Label] = []
        for right in [true, false] {
            let side = pie.slices.filter { ($0.middle <= Double.pi) == right }
            var texts: [[String]] = []
            for slice in side {
                let bold = pie.chart.highlightCategory == slice.category
                guard let name = TextMetrics.wrap(pie.chart.categories[slice.category], maxWidth: columnWidth,
                                                  fontSize: fs, maxLines: 2, bold: bold),
                      TextMetrics.width(pie.valueText(slice), fontSize: fs) <= columnWidth else { return nil }
                texts.append(name + [pie.valueText(slice)])
            }
            let ideal = side.map { centre.y - cos($0.middle) * (r + 14) }
            guard let ys = LabelDodger.place(ideal: ideal, heights: texts.map { Double($0.count) * lh + 4 },
                                              low: edge, high: height - edge) else { return nil }
            for (index, slice) in side.enumerated() {
                let (sine, cosine) = (sin(slice.middle), cos(slice.middle))
                labels.append(Label(
                    lines: texts[index],
                    x: centre.x + (right ? textOffset : -textOffset),
                    y: ys[index],
                    right: right,
                    bold: pie.chart.highlightCategory == slice.category,
                    rim: (centre.x + sine * (r - 2), centre.y - cosine * (r - 2)),
                    elbow: (centre.x + sine * (r + 12), centre.y - cosine * (r + 12))))
            }
        }
        self.height = height
        self.centre = centre
        self.radius = r
        self.labels = labels
        self.legend = nil
        self.legendOrigin = (0, 0)
    }

    /// The pie at the left and a key of names, values and shares at its right, one slice a row.
    init(keyed pie: PieChart) {
        let r = PieChart.radius, edge = ChartStyle.edge
        let keyX = edge + 2 * r + 48
        let items = pie.slices.map { slice in
            Legend.Item(label: pie.chart.categories[slice.category] + ": " + pie.valueText(slice),
                        swatch: .box(fill: HatchPattern.fill(chart: pie.chart, index: slice.category, colour: pie.colour(slice.category)),
                                     stroke: pie.colour(slice.category)),
                        bold: pie.chart.highlightCategory == slice.category)
        }
        let legend = Legend(items: items, width: ChartStyle.width - keyX - edge, oneItemPerRow: true)
        let height = max(2 * r + 2 * PieChart.verticalRoom, legend.height + 2 * edge).rounded(.up)
        self.height = height
        self.centre = (edge + r + 24, height / 2)
        self.radius = r
        self.labels = []
        self.legend = legend
        self.legendOrigin = (keyX, max(edge, height / 2 - legend.height / 2))
    }
}
