import QuorumDiagnostics
import Yams

/// What a `NAME.meta.yaml` sidecar (or a block's own options) says about a data set.
public struct DataSidecar: Sendable {
    /// One column's settings under `columns:`.
    public struct ColumnSettings: Sendable {
        public var label: String?
        public var unit: String?
        public var format: ColumnFormat?
        public var location: SourceLocation
    }

    public var title: String?
    public var source: String?
    public var units: String?
    public var notes: [String] = []
    public var columns: [String: ColumnSettings] = [:]
    public var columnOrder: [String] = []

    static let keys: Set<String> = ["title", "source", "units", "notes", "columns"]
    static let columnKeys: Set<String> = ["label", "unit", "format", "decimals", "per", "negative"]

    /// Reads the sidecar keys of `map`; other keys are the caller's to check.
    static func read(_ map: YAMLMap, reader: YAMLReader) -> DataSidecar {
        var sidecar = DataSidecar(title: map.string("title"), source: map.string("source"), units: map.string("units"),
                                  notes: map.stringList("notes"))
        guard let columns = map["columns"].flatMap({ map.has("columns") ? reader.map($0, "columns") : nil }) else { return sidecar }
        for entry in columns.entries {
            guard let settings = reader.map(entry.value, "column \"\(entry.key)\"") else { continue }
            settings.warnUnknownKeys(columnKeys, in: "column \"\(entry.key)\"")
            var format: ColumnFormat?
            if let name = settings.string("format") {
                if let kind = ColumnFormat.Kind(rawValue: name) {
                    format = ColumnFormat(kind: kind, decimals: settings.int("decimals"), per: settings.int("per"))
                    if kind == .rate && format?.per == nil {
                        reader.error("a rate needs `per`", at: settings["format"], hint: "add `per: 10000` for a rate per 10,000")
                    }
                } else {
                    reader.error("unknown format \"\(name)\" for column \"\(entry.key)\"", at: settings["format"],
                                 hint: "use one of: \(ColumnFormat.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if let negative = settings.string("negative") {
                switch negative {
                case "brackets": format = (format ?? ColumnFormat(kind: .number)).with(brackets: true)
                case "minus": break
                default: reader.error("negative must be brackets or minus", at: settings["negative"])
                }
            }
            if format == nil, settings.has("decimals") { format = ColumnFormat(kind: .number, decimals: settings.int("decimals")) }
            sidecar.columns[entry.key] = ColumnSettings(label: settings.string("label"), unit: settings.string("unit"),
                                                         format: format, location: reader.location(entry.keyNode))
            sidecar.columnOrder.append(entry.key)
        }
        return sidecar
    }
}

extension ColumnFormat {
    func with(brackets: Bool) -> ColumnFormat {
        var copy = self
        copy.negativeInBrackets = brackets
        return copy
    }
}
