/// How a column's numbers are shown, from a data sidecar or a block's `columns:`.
public struct ColumnFormat: Sendable, Hashable {
    /// The kinds of format an author can name.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case integer, number, percent, currency, rate, text
    }

    public var kind: Kind
    public var decimals: Int?
    /// For rates: "per 10,000" is 10000.
    public var per: Int?
    /// Show negatives in brackets, as accounts do.
    public var negativeInBrackets: Bool

    /// Creates a format.
    public init(kind: Kind, decimals: Int? = nil, per: Int? = nil, negativeInBrackets: Bool = false) {
        self.kind = kind
        self.decimals = decimals
        self.per = per
        self.negativeInBrackets = negativeInBrackets
    }
}

/// A column of a data table: its key in the file, and how to label and show it.
public struct DataColumn: Sendable, Hashable {
    public var key: String
    public var label: String
    public var unit: String?
    public var format: ColumnFormat?
    /// True when every value is a number, a suppression marker or empty.
    public var isNumeric: Bool
}
