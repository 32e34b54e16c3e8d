/// The kinds of chart the module draws; raw values are the names used in `chart` blocks.
public enum ChartKind: String, Sendable, CaseIterable {
    /// Vertical bars (drawn horizontally when the category labels cannot fit under them).
    case bar
    /// Horizontal bars, for long category names or many categories.
    case hbar
    /// Bars for each series side by side within each category.
    case groupedBar = "grouped-bar"
    /// Series stacked on each other, with the total at the end of each stack.
    case stackedBar = "stacked-bar"
    /// Series stacked as shares of each category's total, on a 0 to 100% axis.
    case stackedBar100 = "stacked-bar-100"
    /// Lines over a sequence (usually time), one a series, with markers and end labels.
    case line
    /// Filled areas over a sequence: stacked for several series, a single wash for one.
    case area
    /// Slices of one series' total, labelled with values and shares.
    case pie
    /// A pie with a hole that shows the total.
    case donut
    /// A word-sized line of one series with no axes.
    case sparkline

    /// The words that open the chart's description, e.g. "Bar chart".
    public var displayName: String {
        switch self {
        case .bar: "Bar chart"
        case .hbar: "Horizontal bar chart"
        case .groupedBar: "Grouped bar chart"
        case .stackedBar: "Stacked bar chart"
        case .stackedBar100: "100% stacked bar chart"
        case .line: "Line chart"
        case .area: "Area chart"
        case .pie: "Pie chart"
        case .donut: "Donut chart"
        case .sparkline: "Sparkline"
        }
    }

    /// Whether the categories are a sequence (time), so the chart keeps their order and describes trends.
    var isSequence: Bool {
        self == .line || self == .area || self == .sparkline
    }
}
