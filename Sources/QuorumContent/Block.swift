import QuorumDiagnostics

/// A ```table block: a data set shown as an HTML table.
public struct TableBlock: Sendable {
    public var caption: String?
    public var data: DataTable
    public var location: SourceLocation
}

/// A ```chart block: which data, which columns, and how to draw them.
public struct ChartBlock: Sendable {
    public var type: String
    public var title: String?
    public var data: DataTable
    /// Column indexes into `data`.
    public var x: Int
    public var y: [Int]
    public var colours: [String]?
    public var sort: String?
    public var highlight: String?
    public var location: SourceLocation
    /// Where `type:` was written, for an unknown type.
    public var typeLocation: SourceLocation
    public var highlightLocation: SourceLocation?
    public var coloursLocation: SourceLocation?
    /// `other_after:` as written: a number of parts to keep, or nil when not given.
    public var otherAfter: Int?
    /// Whether `other_after: none` turned grouping into "Other" off.
    public var groupingOff: Bool = false

    /// Creates a value from its parts.
    public init(type: String, title: String?, data: DataTable, x: Int, y: [Int], colours: [String]?, sort: String?, highlight: String?, location: SourceLocation, typeLocation: SourceLocation, highlightLocation: SourceLocation? = nil, coloursLocation: SourceLocation? = nil) {
        self.type = type
        self.title = title
        self.data = data
        self.x = x
        self.y = y
        self.colours = colours
        self.sort = sort
        self.highlight = highlight
        self.location = location
        self.typeLocation = typeLocation
        self.highlightLocation = highlightLocation
        self.coloursLocation = coloursLocation
    }
}

/// A fenced block Quorum expands: a table, a chart or key-figure tiles.
public enum Block: Sendable {
    case table(TableBlock)
    case chart(ChartBlock)
    case figures([KeyFigure])
}
