import QuorumDiagnostics

/// A content file cut into its YAML front matter and Markdown body, with the line each starts on.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    public var yamlFirstLine: Int
    public var body: String
    public var bodyFirstLine: Int
}

/// Finds the front matter between the first two `---` lines of a content file.
public enum FrontMatterSplitter {
    /// Splits `text` (already without a BOM and with `\n` line ends).
    public static func split(_ text: String, file: String) throws(DiagnosticError) -> FrontMatterSplit {
        let hint = "start the file with a line `---`, then `title: ...` and the other fields, then a line `---`"
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("--- \n") else {
            throw DiagnosticError(.error("missing front matter", at: SourceLocation(file: file, line: 1, column: 1), hint: hint))
        }
        var lineNumber = 1
        var index = text.startIndex
        // Skip the opening line.
        if let newline = text[index...].firstIndex(of: "\n") { index = text.index(after: newline) } else { index = text.endIndex }
        let yamlStart = index
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            if line == "---" || line == "..." || line.hasPrefix("--- ") && line.allSatisfy({ $0 == "-" || $0 == " " }) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return FrontMatterSplit(
                    yaml: String(text[yamlStart..<index]), yamlFirstLine: 2,
                    body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        throw DiagnosticError(.error("front matter is not closed", at: SourceLocation(file: file, line: 1, column: 1),
                                     hint: "add a line `---` after the last front matter field"))
    }

    /// The text of a file as the loader works with it: UTF-8, no byte order mark, `\n` line ends.
    public static func normalise(_ data: [UInt8]) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
