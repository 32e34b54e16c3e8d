/// Line and area charts over a sequence of categories (usually time), with several series.
///
/// Lines differ by colour, dash and marker shape and are named by labels at their right-hand end
/// (a key above the chart instead when the names are too long). Missing values leave gaps.
/// Areas with several series are stacked (parts of a whole over time); one series is a single
/// lightly filled area under its line.
struct LineChart {
    let chart: PreparedChart
    /// Whether areas are stacked (an area chart with more than one series).
    let stacked: Bool
    /// Per series, the value drawn at each category (cumulative for stacked areas; nil for a gap).
    let tops: [[Double?]]
    let low: Double
    let high: Double

    init(_ chart: PreparedChart) {
        self.chart = chart
        stacked = chart.kind == .area && chart.series.count > 1
        var tops: [[Double?]] = []
        if stacked {
            // A stack is defined only where every series has a value.
            var running = Array(repeating: 0.0, count: chart.categories.count)
            let complete = chart.categories.indices.map { index in chart.series.allSatisfy { $0.values[index] != nil } }
            for series in chart.series {
                tops.append(series.values.indices.map { index in
                    guard complete[index], let value = series.values[index] else { return nil }
                    running[index] += value
                    return running[index]
                })
            }
        } else {
            tops = chart.series.map(\.values)
        }
        let present = tops.flatMap { $0.compactMap { $0 } }
        self.tops = tops
        low = min(0, present.min() ?? 0, chart.valueDomain?.low ?? 0)
        high = max(0, present.max() ?? 0, chart.valueDomain?.high ?? 0)
    }

    func render() -> String {
        draw(LineLayout(self))
    }

    /// The colour of series `index`, muted when another series is highlighted.
    func colour(_ index: Int) -> String {
        if let highlighted = chart.highlightSeries, highlighted != index, !stacked {
            return Palette.muted
        }
        return chart.colours[index]
    }

    /// The index of the last category where series `index` has a value.
    func lastPresent(_ index: Int) -> Int? {
        tops[index].lastIndex { $0 != nil }
    }

    /// The text at the end of each series: its name, or for one series its last value.
    func endLabel(_ index: Int) -> String {
        if chart.series.count == 1 {
            return lastPresent(index).flatMap { tops[index][$0] }.map(chart.format.shortString) ?? ""
        }
        return chart.series[index].name
    }
}
