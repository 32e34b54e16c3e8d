/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends.
public enum CSVText {
    /// The rows as one CSV file, header first.
    public static func write(_ rows: [[String]]) -> String {
        rows.map { $0.map { field($0) }.joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field; text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
    public static func field(_ value: String, isText: Bool = true) -> String {
        var text = value
        if isText, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = "\""
        for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
        return quoted + "\""
    }
}

extension DataTable {
    /// The table as CSV: column labels (with units) then the cells as the data file has them.
    public var csv: String {
        let header = columns.map { column in column.unit.map { "\(column.label) (\($0))" } ?? column.label }
        var text = header.map { CSVText.field($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            text += row.map { cell in
                if case .number = cell { return CSVText.field(cell.text, isText: false) }
                return CSVText.field(cell.text)
            }.joined(separator: ",") + "\r\n"
        }
        return text
    }
}
