/// Bar charts: vertical, horizontal, grouped, stacked and 100% stacked, on a band scale and a nice value axis.
///
/// Vertical charts switch to the horizontal layout when a category label cannot wrap into 3 lines
/// under its bar; value labels are shown where they fit, and a key appears only for several series.
struct BarChart {
    enum Mode { case single, grouped, stacked, percent }

    let chart: PreparedChart
    let mode: Mode
    let segments: [BarSegment]
    /// Labels at the outer end of each bar (single and grouped) or stack (stacked totals).
    let endLabels: [BarSegment]
    let low: Double
    let high: Double
    let axisFormat: NumberFormat

    init(_ chart: PreparedChart) {
        self.chart = chart
        let several = chart.series.count > 1
        switch chart.kind {
        case .stackedBar100: mode = .percent
        case .stackedBar where several: mode = .stacked
        default: mode = several ? .grouped : .single
        }
        var segments: [BarSegment] = []
        var endLabels: [BarSegment] = []
        var low = 0.0, high = 0.0
        let shareFormat = NumberFormat(.percent(decimals: 1))
        for category in chart.categories.indices {
            var positive = 0.0, negative = 0.0, sum = 0.0, count = 0
            let total = chart.series.reduce(0.0) { $0 + max($1.values[category] ?? 0, 0) }
            for (index, series) in chart.series.enumerated() {
                guard let value = series.values[category] else { continue }
                let label = chart.format.shortString(value)
                switch mode {
                case .single, .grouped:
                    let segment = BarSegment(category: category, series: index, slot: mode == .grouped ? index : 0,
                                             from: 0, to: value, label: label)
                    segments.append(segment)
                    endLabels.append(segment)
                    low = min(low, value)
                    high = max(high, value)
                case .stacked:
                    let from = value >= 0 ? positive : negative
                    if value >= 0 { positive += value } else { negative += value }
                    segments.append(BarSegment(category: category, series: index, slot: 0, from: from, to: from + value, label: label))
                case .percent:
                    let share = total > 0 ? value / total * 100 : 0
                    segments.append(BarSegment(category: category, series: index, slot: 0, from: positive, to: positive + share,
                                               label: shareFormat.string(share)))
                    positive += share
                }
                sum += value
                count += 1
            }
            if mode == .stacked && count > 0 {
                let end = positive > 0 || negative == 0 ? positive : negative
                endLabels.append(BarSegment(category: category, series: -1, slot: 0, from: 0, to: end,
                                            label: chart.format.shortString(sum)))
                low = min(low, negative)
                high = max(high, positive)
            }
        }
        if mode == .percent {
            low = 0
            high = 100
        } else if let shared = chart.valueDomain {
            low = min(low, shared.low)
            high = max(high, shared.high)
        }
        self.segments = segments
        self.endLabels = endLabels
        self.low = low
        self.high = high
        self.axisFormat = mode == .percent ? NumberFormat(.percent(decimals: nil)) : chart.format
    }

    /// The SVG: vertical where the labels fit (and the kind is not `hbar`), otherwise horizontal.
    func render() -> String {
        if chart.kind != .hbar, let layout = BarLayout(vertical: self) {
            return draw(layout)
        }
        return draw(BarLayout(horizontal: self))
    }

    /// How many bars sit side by side in a category's band.
    var slots: Int { mode == .grouped ? chart.series.count : 1 }

    /// The fill of a segment: the series colour or pattern, or the highlight scheme for one series.
    func fill(_ segment: BarSegment) -> String {
        let colour = chart.colours[segment.series]
        if mode == .single, let highlighted = chart.highlightCategory, segment.category != highlighted {
            return chart.customColours && chart.colours.count > 1 ? chart.colours[1] : Palette.muted
        }
        return HatchPattern.fill(chart: chart, index: segment.series, colour: colour)
    }

    /// The key, for several series: swatches as drawn, in series order.
    func legend(width: Double) -> Legend? {
        guard chart.series.count > 1 else { return nil }
        let items = chart.series.enumerated().map { index, series in
            Legend.Item(label: series.name,
                        swatch: .box(fill: HatchPattern.fill(chart: chart, index: index, colour: chart.colours[index]),
                                     stroke: chart.colours[index]),
                        bold: chart.highlightSeries == index)
        }
        return Legend(items: items, width: width)
    }
}
