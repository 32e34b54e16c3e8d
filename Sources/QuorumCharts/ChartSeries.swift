/// One named series of values, one value a category; `nil` is a missing or suppressed value.
public struct ChartSeries: Sendable, Equatable {
    /// The series name, shown in labels, the key and the description.
    public var name: String
    /// The values in category order; `nil` marks a gap (missing, `[c]`, `[x]` or `[z]`).
    public var values: [Double?]

    /// Creates a series from its name and values.
    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}
