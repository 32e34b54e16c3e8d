/// Writes a chart's message in words for its `<desc>`: the chart type, then extremes, shares or trends.
///
/// Works on unchecked data too (`Chart.summary` cannot throw), so every lookup is bounds-safe.
struct ChartDescription {
    let chart: Chart

    var text: String {
        var sentences: [String] = []
        let series = chart.data.series
        switch chart.kind {
        case .bar, .hbar, .groupedBar, .stackedBar:
            if series.count == 1 {
                sentences.append(extremes(of: series[0], subjectFirst: true))
            } else {
                sentences += series.map { extremes(of: $0, subjectFirst: false) }
            }
            if chart.kind == .stackedBar && series.count > 1 {
                sentences.append(totals())
            }
        case .stackedBar100:
            sentences += shares()
        case .line, .area, .sparkline:
            sentences += series.map(trend)
        case .pie, .donut:
            if let first = series.first { sentences.append(slices(of: first)) }
        }
        if let grouping = OtherGrouping(chart) { sentences.append(everyValue(grouping)) }
        if chart.isSmallMultiples {
            sentences.append("It is drawn as \(series.count) small charts, one a series, on one scale.")
        }
        if series.isEmpty { sentences.append("No data.") }
        if let missing = missing() { sentences.append(missing) }
        if let highlight = chart.highlight { sentences.append("\(highlight) is highlighted.") }
        return chart.kind.displayName + ": " + sentences.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func category(_ index: Int) -> String {
        index < chart.data.categories.count ? chart.data.categories[index] : "item \(index + 1)"
    }

    private func present(_ series: ChartSeries) -> [(index: Int, value: Double)] {
        series.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
    }

    /// "Neglect is the largest at 224 and Sexual abuse the smallest at 9."
    private func extremes(of series: ChartSeries, subjectFirst: Bool) -> String {
        let values = present(series)
        let prefix = subjectFirst ? "" : series.name + ": "
        guard let largest = values.max(by: { $0.value < $1.value }),
              let smallest = values.min(by: { $0.value < $1.value }) else {
            return prefix + "no values."
        }
        let f = chart.format
        if values.count == 1 {
            return prefix + "\(category(largest.index)) is \(f.string(largest.value))."
        }
        if largest.value == smallest.value {
            return prefix + "all \(values.count) values are \(f.string(largest.value))."
        }
        if subjectFirst {
            return "\(category(largest.index)) is the largest at \(f.string(largest.value)) and \(category(smallest.index)) the smallest at \(f.string(smallest.value))."
        }
        return prefix + "largest \(category(largest.index)) at \(f.string(largest.value)), smallest \(category(smallest.index)) at \(f.string(smallest.value))."
    }

    /// The largest and smallest stack totals.
    private func totals() -> String {
        let sums = chart.data.categories.indices.map { index in
            chart.data.series.reduce(0.0) { $0 + (index < $1.values.count ? $1.values[index] ?? 0 : 0) }
        }
        return extremes(of: ChartSeries(name: "Totals", values: sums), subjectFirst: false)
    }

    /// Each series' share of its category: where it is largest and smallest.
    private func shares() -> [String] {
        let percent = NumberFormat(.percent(decimals: nil))
        let totals = chart.data.categories.indices.map { index in
            chart.data.series.reduce(0.0) { $0 + (index < $1.values.count ? $1.values[index] ?? 0 : 0) }
        }
        return chart.data.series.map { series in
            let values = present(series).compactMap { item -> (index: Int, value: Double)? in
                let total = item.index < totals.count ? totals[item.index] : 0
                return total > 0 ? (item.index, item.value / total * 100) : nil
            }
            guard let largest = values.max(by: { $0.value < $1.value }),
                  let smallest = values.min(by: { $0.value < $1.value }) else {
                return "\(series.name): no values."
            }
            if values.count == 1 || largest.value == smallest.value {
                return "\(series.name) is \(percent.string(largest.value)) of the total."
            }
            return "\(series.name) is largest in \(category(largest.index)) at \(percent.string(largest.value)) of the total and smallest in \(category(smallest.index)) at \(percent.string(smallest.value))."
        }
    }

    /// "Somerset rose from 41.2 in 2014 to 45.6 in 2018."
    private func trend(_ series: ChartSeries) -> String {
        let values = present(series)
        let f = chart.format
        guard let first = values.first, let last = values.last else { return "\(series.name) has no values." }
        if values.count == 1 {
            return "\(series.name) was \(f.string(first.value)) in \(category(first.index)), its only value."
        }
        let from = f.string(first.value), to = f.string(last.value)
        if from == to {
            return "\(series.name) was \(from) in both \(category(first.index)) and \(category(last.index))."
        }
        let verb = last.value > first.value ? "rose" : "fell"
        return "\(series.name) \(verb) from \(from) in \(category(first.index)) to \(to) in \(category(last.index))."
    }

    /// "Neglect is the largest share at 224 (52.3%) and Sexual abuse the smallest at 9 (2.1%), of 428."
    private func slices(of series: ChartSeries) -> String {
        let values = present(series)
        let total = values.reduce(0) { $0 + max($1.value, 0) }
        let f = chart.format
        let percent = NumberFormat(.percent(decimals: 1))
        func share(_ value: Double) -> String { total > 0 ? " (\(percent.string(value / total * 100)))" : "" }
        guard let largest = values.max(by: { $0.value < $1.value }),
              let smallest = values.min(by: { $0.value < $1.value }) else { return "no values." }
        let largestText = "\(category(largest.index)) is the largest share at \(f.string(largest.value))\(share(largest.value))"
        if values.count == 1 || largest.value == smallest.value {
            return largestText + ", of a total of \(f.string(total))."
        }
        return largestText + " and \(category(smallest.index)) the smallest at \(f.string(smallest.value))\(share(smallest.value)), of a total of \(f.string(total))."
    }

    /// "No value (missing or suppressed) for Physical abuse." or "... for England in 2016 and 2017."
    private func missing() -> String? {
        let series = chart.data.series
        var parts: [String] = []
        for item in series {
            let gaps = item.values.indices.filter { item.values[$0] == nil }.map(category)
            guard !gaps.isEmpty, gaps.count < item.values.count else { continue }
            let list = Self.list(gaps)
            if series.count == 1 {
                parts.append(list)
            } else {
                parts.append("\(item.name) \(chart.kind.isSequence ? "in" : "for") \(list)")
            }
        }
        guard !parts.isEmpty else { return nil }
        return "No value (missing or suppressed) for " + parts.joined(separator: "; ") + "."
    }

    /// Every value of a grouped chart, since the drawing shows only the grouped total of the smallest parts.
    private func everyValue(_ grouping: OtherGrouping) -> String {
        let f = chart.format, data = chart.data
        func value(_ v: Double?) -> String { v.map(f.string) ?? "no value" }
        let total = grouping.grouped.reduce(0.0) { total, index in
            total + (grouping.slices ? data.series[0].values[index] ?? 0 : data.series[index].values.reduce(0) { $0 + ($1 ?? 0) })
        }
        let drawn = "the smallest \(grouping.grouped.count) are drawn together as \(grouping.name), \(f.string(total))."
        if grouping.slices {
            let items = data.categories.indices.map { "\(category($0)) \(value(data.series[0].values[$0]))" }
            return "Every value: " + Self.list(items) + "; " + drawn
        }
        let items = data.series.map { item in
            item.name + ": " + item.values.indices.map { "\(category($0)) \(value(item.values[$0]))" }.joined(separator: ", ")
        }
        return "Every value: " + items.joined(separator: "; ") + "; of the series, " + drawn
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
