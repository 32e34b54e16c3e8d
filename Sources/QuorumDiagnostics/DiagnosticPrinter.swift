import Foundation

/// Turns diagnostics into text for a terminal or JSON lines for editors; the one place that formats them.
public struct DiagnosticPrinter: Sendable {
    /// How diagnostics are printed.
    public enum Format: Sendable { case text, json }

    public var format: Format
    /// Reads a file's text so a text diagnostic can quote the offending line; nil skips the quote.
    public var sourceText: (@Sendable (String) -> String?)?

    /// Creates a printer.
    public init(format: Format = .text, sourceText: (@Sendable (String) -> String?)? = nil) {
        self.format = format
        self.sourceText = sourceText
    }

    /// One diagnostic, as the lines to print (no trailing newline).
    public func render(_ diagnostic: Diagnostic) -> String {
        switch format {
        case .json: return json(diagnostic)
        case .text: return text(diagnostic)
        }
    }

    /// The closing count line: "2 errors, 1 warning".
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let e = errors == 1 ? "1 error" : "\(errors) errors"
        let w = warnings == 1 ? "1 warning" : "\(warnings) warnings"
        return "\(e), \(w)"
    }

    private func text(_ d: Diagnostic) -> String {
        var head = ""
        if let location = d.location { head = "\(location): " }
        var lines = ["\(head)\(d.severity.rawValue): \(d.message)"]
        if let location = d.location, location.line > 0,
           let source = sourceText?(location.file) {
            let fileLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if location.line <= fileLines.count {
                let line = String(fileLines[location.line - 1]).replacingOccurrences(of: "\r", with: "")
                lines.append("    \(line)")
                if location.column > 0 {
                    let pad = String(line.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " })
                    lines.append("    \(pad)^")
                }
            }
        }
        if let hint = d.hint { lines.append("  hint: \(hint)") }
        return lines.joined(separator: "\n")
    }

    private func json(_ d: Diagnostic) -> String {
        struct Line: Encodable {
            var severity: String
            var file: String?
            var line: Int?
            var column: Int?
            var message: String
            var hint: String?
        }
        let value = Line(
            severity: d.severity.rawValue, file: d.location?.file,
            line: d.location.map(\.line), column: d.location.map(\.column),
            message: d.message, hint: d.hint)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
