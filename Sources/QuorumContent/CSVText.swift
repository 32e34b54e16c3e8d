/// Writes RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends.
public enum CSVText {
    /// The rows as one CSV file, header first.
    public static func write(_ rows: [[String]]) -> String {
        var text = ""
        for row in rows {
            for (position, value) in row.enumerated() {
                if position > 0 { text += "," }
                text += field(value)
            }
            text += "\r\n"
        }
        return text
    }

    /// One field; text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
    public static func field(_ value: String, isText: Bool = true) -> String {
        var text = value
        if isText, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n", and must be quoted too.
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
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
