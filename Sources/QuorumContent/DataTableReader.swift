import Foundation
import QuorumDiagnostics
import CSV
import Yams

/// Reads data sets from CSV (RFC 4180), YAML and JSON, applying a sidecar's labels and formats.
public enum DataTableReader {
    /// Reads CSV text (with `\n` line ends) that starts on line `firstLine` of `file`.
    public static func csv(_ text: String, file: String, firstLine: Int = 1) -> (DataTable?, [Diagnostic]) {
        guard !text.trimmingSpaces.isEmpty else {
            return (nil, [.error("the data has no header row", at: SourceLocation(file: file, line: firstLine),
                                 hint: "the first line names the columns, e.g. year,Somerset,England")])
        }
        if let unreadable = EncodingCheck.diagnostic(in: text, file: file, firstLine: firstLine) { return (nil, [unreadable]) }
        if let line = unclosedQuoteLine(text) {
            return (nil, [.error("a quoted value is not closed", at: SourceLocation(file: file, line: line + firstLine - 1),
                                 hint: "end a quoted value with \", and write a quote inside one as \"\"")])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false)
        } catch {
            return (nil, [.error("cannot read CSV: \(error)", at: SourceLocation(file: file, line: firstLine))])
        }
        var diagnostics: [Diagnostic] = []
        var header: [String] = []
        var rows: [[DataCell]] = []
        var lines: [Int] = []
        var line = firstLine
        // Each record takes one line plus the line breaks quoted inside it.
        while let fields = reader.next() {
            defer { line += 1 + fields.reduce(0) { $0 + $1.count { $0 == "\n" } } }
            if fields.count == 1 && fields[0].trimmingSpaces.isEmpty { continue }
            if header.isEmpty {
                header = fields.map(\.trimmingSpaces)
                diagnostics += checkHeader(header, file: file, line: line)
                continue
            }
            if fields.count != header.count {
                diagnostics.append(.error("this row has \(fields.count) values but the header has \(header.count) columns",
                                          at: SourceLocation(file: file, line: line, column: 1),
                                          hint: "quote values that contain a comma, e.g. \"Avon and Somerset Police, CID\""))
                continue
            }
            rows.append(fields.map(DataCell.init(parsing:)))
            lines.append(line)
        }
        if let error = reader.error {
            return (nil, [.error("cannot read CSV: \(error)", at: SourceLocation(file: file, line: line))])
        }
        let columns = header.map { DataColumn(key: $0, label: $0, unit: nil, format: nil, isNumeric: false) }
        var table = DataTable(source: file, title: nil, sourceNote: nil, units: nil, notes: [], columns: columns, rows: rows,
                              rowLines: lines)
        classify(&table)
        return (table, diagnostics)
    }

    /// Reads a YAML list of mappings, one mapping a row.
    public static func yaml(_ text: String, file: String) -> (DataTable?, [Diagnostic]) {
        let reader = YAMLReader(file: file, firstLine: 1)
        let root: Node?
        do { root = try YAMLDocument.parse(text, file: file) } catch { return (nil, error.diagnostics) }
        guard let root else { return (nil, [.error("the data file is empty", at: SourceLocation(file: file, line: 1))]) }
        var keys: [String] = []
        var records: [([String: String], Int)] = []
        for item in reader.list(root, "a data file") {
            guard let map = reader.map(item, "a row") else { continue }
            var record: [String: String] = [:]
            for entry in map.entries {
                if !keys.contains(entry.key) { keys.append(entry.key) }
                if case .scalar(let scalar) = entry.value {
                    record[entry.key] = scalar.isNull ? "" : scalar.string
                } else {
                    reader.error("the value of \"\(entry.key)\" must be a single value", at: entry.value)
                }
            }
            records.append((record, reader.location(item).line))
        }
        return (table(keys: keys, records: records, file: file), reader.diagnostics)
    }

    /// Reads a JSON array of objects, one object a row; columns follow the sidecar, then sorted keys.
    public static func json(_ data: Data, file: String, order: [String]) -> (DataTable?, [Diagnostic]) {
        let rows: [[String: JSONScalar]]
        do {
            rows = try JSONDecoder().decode([[String: JSONScalar]].self, from: data)
        } catch {
            return (nil, [.error("cannot read JSON: \(JSONScalar.describe(error))", at: SourceLocation(file: file, line: 1),
                                 hint: "a JSON data file is an array of objects whose values are numbers, text or null")])
        }
        let all = Set(rows.flatMap(\.keys))
        let keys = order.filter(all.contains) + all.subtracting(order).sorted()
        let records = rows.map { row in (row.mapValues(\.text), 1) }
        return (table(keys: keys, records: records, file: file), [])
    }

    private static func table(keys: [String], records: [([String: String], Int)], file: String) -> DataTable {
        let columns = keys.map { DataColumn(key: $0, label: $0, unit: nil, format: nil, isNumeric: false) }
        let rows = records.map { record in keys.map { DataCell(parsing: record.0[$0] ?? "") } }
        var table = DataTable(source: file, title: nil, sourceNote: nil, units: nil, notes: [], columns: columns, rows: rows,
                              rowLines: records.map(\.1))
        classify(&table)
        return table
    }

    private static func checkHeader(_ header: [String], file: String, line: Int) -> [Diagnostic] {
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for (index, name) in header.enumerated() {
            if name.isEmpty {
                diagnostics.append(.error("column \(index + 1) has no name", at: SourceLocation(file: file, line: line),
                                          hint: "give every column a name in the first line"))
            } else if !seen.insert(name).inserted {
                diagnostics.append(.error("column \"\(name)\" is named twice", at: SourceLocation(file: file, line: line),
                                          hint: "give each column its own name"))
            }
        }
        return diagnostics
    }

    /// The line of a quote that opens a value and never closes, if any.
    static func unclosedQuoteLine(_ text: String) -> Int? {
        var inQuotes = false
        var line = 1
        var openedAt = 1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                if inQuotes { openedAt = line }
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return inQuotes ? openedAt : nil
    }

    /// Applies a sidecar to a table: labels, units, formats and notes, and checks the columns it names exist.
    public static func apply(_ sidecar: DataSidecar, to table: inout DataTable, sidecarFile: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        table.title = sidecar.title ?? table.title
        table.sourceNote = sidecar.source ?? table.sourceNote
        table.units = sidecar.units ?? table.units
        table.notes = sidecar.notes
        for key in sidecar.columnOrder where table.columnIndex(key) == nil {
            let location = sidecar.columns[key]?.location ?? SourceLocation(file: sidecarFile, line: 1)
            diagnostics.append(.error("column \"\(key)\" is not in \(table.source)", at: location,
                                      hint: Suggestion.nearest(to: key, in: table.columns.map(\.key)).map { "did you mean \"\($0)\"?" }
                                        ?? "the columns are: \(table.columns.map(\.key).joined(separator: ", "))"))
        }
        for index in table.columns.indices {
            guard let settings = sidecar.columns[table.columns[index].key] else { continue }
            table.columns[index].label = settings.label ?? table.columns[index].label
            table.columns[index].unit = settings.unit
            table.columns[index].format = settings.format
        }
        diagnostics += classify(&table)
        return diagnostics
    }

    /// Marks numeric columns, and reports text in a column whose format says it holds numbers.
    @discardableResult
    public static func classify(_ table: inout DataTable) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for index in table.columns.indices {
            let cells = table.values(index)
            let hasText = cells.contains { if case .text = $0 { return true } else { return false } }
            let hasNumber = cells.contains { $0.number != nil }
            let format = table.columns[index].format
            if let format, format.kind != .text, hasText {
                for (row, cell) in cells.enumerated() {
                    guard case .text(let text) = cell else { continue }
                    diagnostics.append(.error(
                        "\"\(text)\" in column \"\(table.columns[index].key)\" is not a number",
                        at: SourceLocation(file: table.source, line: table.rowLines[row]),
                        hint: "write numbers without commas, % or £ (the column's format adds them), or [c], [x] or [z] for a suppressed value"))
                    break
                }
            }
            table.columns[index].isNumeric = !hasText && hasNumber && format?.kind != .text
        }
        return diagnostics
    }
}

/// A JSON value that can sit in a table cell.
enum JSONScalar: Decodable, Sendable {
    case number(Double), text(String), bool(Bool), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else { self = .text(try container.decode(String.self)) }
    }

    var text: String {
        switch self {
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return ""
        }
    }

    static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
        }
        if case DecodingError.typeMismatch(_, let context) = error { return context.debugDescription }
        return "\(error)"
    }
}
