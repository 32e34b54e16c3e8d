/// Why a chart cannot be drawn, with a hint that says what to change.
public struct ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in a sentence.
    public var message: String
    /// What to do about it, in a sentence.
    public var hint: String

    /// Creates an error from a message and a hint.
    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    /// The message and the hint on two lines.
    public var description: String { "\(message)\nhint: \(hint)" }
}

extension ChartError {
    static let noSeries = ChartError(
        message: "The chart has no data series.",
        hint: "Name at least one value column in `y`.")

    static let noCategories = ChartError(
        message: "The chart has no categories.",
        hint: "Give the data at least one row.")

    static func lengthMismatch(series: String, count: Int, categories: Int) -> ChartError {
        ChartError(
            message: "Series \"\(series)\" has \(count) value\(count == 1 ? "" : "s") but there \(categories == 1 ? "is 1 category" : "are \(categories) categories").",
            hint: "Give every series one value a category; leave a missing value empty or write [x].")
    }

    static func notFinite(series: String, category: String) -> ChartError {
        ChartError(
            message: "Series \"\(series)\" has a value for \"\(category)\" that is not a finite number.",
            hint: "Write a number, or leave the cell empty (or [x]) for a missing value.")
    }

    static func tooManySeries(_ count: Int, kind: ChartKind) -> ChartError {
        if kind == .pie || kind == .donut || kind == .sparkline {
            return ChartError(
                message: "A \(kind.rawValue) chart shows one series, but this one has \(count).",
                hint: "Name one value column in `y`, or use a grouped bar or line chart.")
        }
        return ChartError(
            message: "The chart has \(count) series; at most \(Palette.standard.count) can be told apart.",
            hint: "Split the data into several charts, or show it as a table.")
    }

    static func tooManySlices(_ count: Int) -> ChartError {
        ChartError(
            message: "A pie or donut chart can show at most \(Palette.standard.count) slices; this one has \(count).",
            hint: "Group the smallest slices as Other (`other_after:` 5 or fewer), or use a bar chart (`type: hbar`) for many categories.")
    }

    static func negativeInPie(value: String, category: String) -> ChartError {
        ChartError(
            message: "A pie or donut chart cannot show the negative value \(value) for \"\(category)\".",
            hint: "Use a bar chart (`type: bar`) for data with negative values.")
    }

    static let emptyPie = ChartError(
        message: "A pie or donut chart needs at least one value above zero.",
        hint: "Check the data column, or use a table.")

    static func negativeInStack(value: String, category: String, kind: ChartKind) -> ChartError {
        ChartError(
            message: "A \(kind.rawValue) chart cannot show the negative value \(value) for \"\(category)\".",
            hint: "Use a grouped bar or line chart for data with negative values.")
    }

    static func badColour(_ colour: String) -> ChartError {
        ChartError(
            message: "The colour \"\(colour)\" is not a #rrggbb colour.",
            hint: "Write each colour as # and six hex digits, such as #12436d.")
    }

    static func lowContrast(_ colour: String, ratio: Double) -> ChartError {
        let shown = NumberFormat(.number(decimals: 2)).string(ratio)
        return ChartError(
            message: "The colour \(colour) has a contrast of \(shown):1 against white; marks need at least 3:1.",
            hint: "Choose a darker colour (WCAG 1.4.11 non-text contrast), or leave `colours` out to use the standard palette.")
    }

    static func tooFewColours(given: Int, needed: Int) -> ChartError {
        ChartError(
            message: "The chart needs \(needed) colours but \(given) \(given == 1 ? "is" : "are") given.",
            hint: "Give one colour for each \(needed == 1 ? "series" : "series or slice"), or leave `colours` out.")
    }

    static func badID(_ id: String) -> ChartError {
        ChartError(
            message: "The chart id \"\(id)\" is not a valid XML id.",
            hint: "Start the id with a letter and use only letters, digits, '-', '_' and '.'.")
    }

    static func unknownHighlight(_ name: String) -> ChartError {
        ChartError(
            message: "The highlight \"\(name)\" matches no category or series of the chart.",
            hint: "Write the highlight exactly as a category or series name is written in the data.")
    }
}
