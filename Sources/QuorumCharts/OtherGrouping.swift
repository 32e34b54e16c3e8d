/// The smallest slices of a pie or donut, or the smallest series of a stacked bar chart, drawn as one
/// "Other (N more)" part, as GSS and ONS chart guidance advise, so no chart has more parts than colours.
///
/// The kept slices are sorted largest first with Other last; kept series keep their order, Other on top.
/// The description and the data table still give every value.
struct OtherGrouping {
    /// Indices (categories for slices, series for stacks) kept, in display order.
    let kept: [Int]
    /// Indices drawn together as Other, largest first.
    let grouped: [Int]
    let slices: Bool

    /// The grouping `chart` needs, or nil when it is off or every part can be drawn.
    init?(_ chart: Chart) {
        guard let keep = chart.otherAfter.map({ max($0, 1) }) else { return nil }
        let data = chart.data
        guard data.series.allSatisfy({ $0.values.count == data.categories.count }) else { return nil }
        switch chart.kind {
        case .pie, .donut:
            guard data.series.count == 1, data.categories.count > keep + 1 else { return nil }
            slices = true
            let ranked = Self.ranked(data.series[0].values, first: chart.highlight.flatMap(data.categories.firstIndex(of:)))
            kept = Array(ranked.prefix(keep))
            grouped = Array(ranked.dropFirst(keep))
        case .stackedBar, .stackedBar100:
            guard data.series.count > keep + 1 else { return nil }
            slices = false
            let totals = data.series.map { series -> Double? in series.values.reduce(0.0) { $0 + ($1 ?? 0) } }
            let ranked = Self.ranked(totals, first: chart.highlight.flatMap { name in data.series.firstIndex { $0.name == name } })
            kept = ranked.prefix(keep).sorted()
            grouped = Array(ranked.dropFirst(keep))
        default:
            return nil
        }
    }

    /// "Other (5 more)".
    var name: String { "Other (\(grouped.count) more)" }

    /// `chart` with the grouped parts replaced by their sum, described from the data as given.
    func applied(to chart: Chart) -> Chart {
        var result = chart
        result.summaryOverride = chart.summary
        let data = chart.data
        if slices {
            let values = data.series[0].values
            result.data = ChartData(categories: kept.map { data.categories[$0] } + [name],
                                    series: [ChartSeries(name: data.series[0].name, values: kept.map { values[$0] } + [sum(grouped.map { values[$0] })])])
            // Largest first, Other last, whatever `sort` says.
            result.sort = .none
        } else {
            let other = data.categories.indices.map { category in sum(grouped.map { data.series[$0].values[category] }) }
            result.data = ChartData(categories: data.categories,
                                    series: kept.map { data.series[$0] } + [ChartSeries(name: name, values: other)])
        }
        return result
    }

    /// "10 slices: the largest 5 are drawn and the other 5 grouped as "Other (5 more)"."
    func note(for chart: Chart) -> String {
        let parts = slices ? "slices" : "series"
        let count = kept.count + grouped.count
        return "The \(chart.kind.rawValue) chart has \(count) \(parts); the largest \(kept.count) are drawn and the other \(grouped.count) grouped as \"\(name)\"."
    }

    /// Indices by value, largest first, missing values last, ties in data order; `first` leads.
    private static func ranked(_ values: [Double?], first: Int?) -> [Int] {
        values.indices.sorted { a, b in
            if a == first || b == first { return a == first && b != first }
            switch (values[a], values[b]) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a < b
            }
        }
    }

    private func sum(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +)
    }
}
