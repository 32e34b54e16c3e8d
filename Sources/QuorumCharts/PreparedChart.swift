/// A chart whose data and options have been checked, sorted and resolved, ready to lay out.
struct PreparedChart {
    let kind: ChartKind
    let id: String
    let title: String
    let summary: String
    let categories: [String]
    let series: [ChartSeries]
    let format: NumberFormat
    /// One colour a series, or one a category for pie and donut; lower-case "#rrggbb".
    let colours: [String]
    /// Whether the caller chose the colours (then highlighting does not recolour).
    let customColours: Bool
    let highlightCategory: Int?
    let highlightSeries: Int?
    let xLabel: String?
    let yLabel: String?
    /// The canvas width in viewBox units (narrower for a small-multiples panel).
    let width: Double
    /// The height of the plotting area of vertical bar, line and area charts.
    let plotHeight: Double
    /// A bold name above the plot: a small-multiples panel's series.
    let heading: String?
    /// A value range the axis must cover, shared by the panels of small multiples.
    let valueDomain: (low: Double, high: Double)?

    /// Checks `chart` and resolves defaults; the first problem found is thrown.
    init(_ chart: Chart) throws(ChartError) {
        try Self.checkID(chart.id)
        let data = chart.data
        guard !data.series.isEmpty else { throw .noSeries }
        guard !data.categories.isEmpty else { throw .noCategories }
        for series in data.series {
            guard series.values.count == data.categories.count else {
                throw .lengthMismatch(series: series.name, count: series.values.count, categories: data.categories.count)
            }
            for (index, value) in series.values.enumerated() where value.map({ !$0.isFinite }) ?? false {
                throw .notFinite(series: series.name, category: data.categories[index])
            }
        }
        let kind = chart.kind
        let oneSeries = kind == .pie || kind == .donut || kind == .sparkline
        if oneSeries && data.series.count > 1 || data.series.count > Palette.standard.count {
            throw .tooManySeries(data.series.count, kind: kind)
        }
        try Self.checkValues(data, kind: kind, format: chart.format)

        let order = Self.order(data, sort: kind.isSequence ? .none : chart.sort)
        let categories = order.map { data.categories[$0] }
        let series = data.series.map { item in ChartSeries(name: item.name, values: order.map { item.values[$0] }) }

        let slices = kind == .pie || kind == .donut
        let needed = slices ? categories.count : series.count
        if let colours = chart.colours {
            guard colours.count >= needed else { throw .tooFewColours(given: colours.count, needed: needed) }
            self.colours = try Self.checkColours(colours)
        } else {
            self.colours = slices ? Palette.standard : Palette.colours(forSeries: series.count)
        }
        customColours = chart.colours != nil

        if let highlight = chart.highlight {
            highlightCategory = categories.firstIndex(of: highlight)
            highlightSeries = highlightCategory == nil ? series.firstIndex { $0.name == highlight } : nil
            guard highlightCategory != nil || highlightSeries != nil else { throw .unknownHighlight(highlight) }
        } else {
            highlightCategory = nil
            highlightSeries = nil
        }

        self.kind = kind
        self.id = chart.id
        self.title = chart.title
        self.summary = chart.summary
        self.categories = categories
        self.series = series
        self.format = chart.format
        self.xLabel = chart.xLabel
        self.yLabel = chart.yLabel ?? chart.format.axisUnit
        self.width = chart.canvasWidth
        self.plotHeight = chart.plotHeight
        self.heading = chart.heading
        self.valueDomain = chart.valueDomain
    }

    /// The room the heading takes above everything else.
    var headingHeight: Double {
        heading == nil ? 0 : ChartStyle.lineHeight + 6
    }

    /// The id of an element inside the chart, e.g. "chart-3-title".
    func elementID(_ suffix: String) -> String {
        id + "-" + suffix
    }

    private static func checkID(_ id: String) throws(ChartError) {
        let scalars = Array(id.unicodeScalars)
        guard let first = scalars.first, first.properties.isAlphabetic || first == "_" else { throw .badID(id) }
        for scalar in scalars.dropFirst() {
            let ok = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
            guard ok else { throw .badID(id) }
        }
    }

    private static func checkValues(_ data: ChartData, kind: ChartKind, format: NumberFormat) throws(ChartError) {
        switch kind {
        case .pie, .donut:
            guard data.categories.count <= Palette.standard.count else { throw .tooManySlices(data.categories.count) }
            for (index, value) in data.series[0].values.enumerated() {
                if let value, value < 0 {
                    throw .negativeInPie(value: format.string(value), category: data.categories[index])
                }
            }
            guard data.series[0].values.contains(where: { ($0 ?? 0) > 0 }) else { throw .emptyPie }
        case .stackedBar100:
            try checkNotNegative(data, kind: kind, format: format)
        case .area where data.series.count > 1:
            try checkNotNegative(data, kind: kind, format: format)
        default:
            break
        }
    }

    /// Stacks of parts (100% bars, stacked areas) cannot hold negative parts.
    private static func checkNotNegative(_ data: ChartData, kind: ChartKind, format: NumberFormat) throws(ChartError) {
        for series in data.series {
            for (index, value) in series.values.enumerated() {
                if let value, value < 0 {
                    throw .negativeInStack(value: format.string(value), category: data.categories[index], kind: kind)
                }
            }
        }
    }

    private static func checkColours(_ colours: [String]) throws(ChartError) -> [String] {
        var checked: [String] = []
        for colour in colours {
            guard let rgb = RGBColour(hex: colour) else { throw .badColour(colour) }
            let ratio = Palette.contrastRatio(rgb.hex, Palette.background)
            guard ratio >= 3 else { throw .lowContrast(rgb.hex, ratio: ratio) }
            checked.append(rgb.hex)
        }
        return checked
    }

    /// Category indices in display order: by the first series, missing values last, ties in data order.
    static func order(_ data: ChartData, sort: ChartSort) -> [Int] {
        let indices = Array(data.categories.indices)
        guard sort != .none else { return indices }
        let values = data.series[0].values
        return indices.sorted { a, b in
            switch (values[a], values[b]) {
            case let (x?, y?) where x != y: sort == .ascending ? x < y : x > y
            case (nil, _?): false
            case (_?, nil): true
            default: a < b
            }
        }
    }
}
