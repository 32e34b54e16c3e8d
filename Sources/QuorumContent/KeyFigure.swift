import QuorumDiagnostics
import Yams

/// A headline number with its label and source, shown as a tile.
public struct KeyFigure: Sendable, Hashable {
    /// The number, when the value is numeric.
    public var number: Double?
    /// The value as written, for values that are not plain numbers ("1 in 5").
    public var text: String
    public var label: String
    public var source: String?
    public var format: String?
    public var location: SourceLocation

    static let keys: Set<String> = ["value", "label", "source", "format"]
    static let formats: Set<String> = ["integer", "number", "percent", "currency", "rate"]

    static func readAll(_ node: Node?, reader: YAMLReader, what: String) -> [KeyFigure] {
        guard let node else { return [] }
        return reader.list(node, what).compactMap { item in
            guard let map = reader.map(item, "a key figure") else { return nil }
            map.warnUnknownKeys(keys, in: "a key figure")
            guard let value = map.requiredString("value", "a key figure"),
                  let label = map.requiredString("label", "a key figure") else { return nil }
            let format = map.string("format")
            if let format, !formats.contains(format) {
                reader.error("key figure format \"\(format)\" is not known", at: map["format"],
                             hint: "use one of: \(formats.sorted().joined(separator: ", "))")
            }
            return KeyFigure(number: Double(value.trimmingSpaces), text: value, label: label,
                             source: map.string("source"), format: format, location: reader.location(item))
        }
    }

    /// Creates a value from its parts.
    public init(number: Double?, text: String, label: String, source: String?, format: String?, location: SourceLocation) {
        self.number = number
        self.text = text
        self.label = label
        self.source = source
        self.format = format
        self.location = location
    }
}
