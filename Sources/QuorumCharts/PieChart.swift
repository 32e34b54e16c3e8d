import Foundation

/// Pie and donut charts: slices clockwise from 12 o'clock, each named with its value and share.
///
/// Labels sit outside the pie on leader lines, dodged apart on each side; when they cannot all fit,
/// a key beside the pie lists them instead, and the slices are then hatched so colour is not needed.
/// A donut shows the total in its centre.
struct PieChart {
    struct Slice {
        let category: Int
        let value: Double
        /// Angles in radians, clockwise from 12 o'clock.
        let start, end: Double
        var middle: Double { (start + end) / 2 }
    }

    let chart: PreparedChart
    /// Slices with a value above zero, in display order.
    let slices: [Slice]
    let total: Double

    static let radius = 110.0
    /// Room above and below the pie for labels that dodge past its top or bottom.
    static let verticalRoom = 40.0

    init(_ chart: PreparedChart) {
        self.chart = chart
        let values = chart.series[0].values
        let total = values.reduce(0) { $0 + max($1 ?? 0, 0) }
        var angle = 0.0
        var slices: [Slice] = []
        for (index, value) in values.enumerated() {
            guard let value, value > 0, total > 0 else { continue }
            let sweep = value / total * 2 * Double.pi
            slices.append(Slice(category: index, value: value, start: angle, end: angle + sweep))
            angle += sweep
        }
        self.slices = slices
        self.total = total
    }

    func render() -> String {
        draw(PieLayout(labelled: self) ?? PieLayout(keyed: self))
    }

    /// "224 (52.3%)": the value and its share of the total.
    func valueText(_ slice: Slice) -> String {
        let share = NumberFormat(.percent(decimals: 1)).string(slice.value / total * 100)
        return chart.format.string(slice.value) + " (" + share + ")"
    }

    /// The colour of a slice, muted when another category is highlighted.
    func colour(_ category: Int) -> String {
        if let highlighted = chart.highlightCategory, highlighted != category, !chart.customColours {
            return Palette.muted
        }
        return chart.colours[category]
    }
}
