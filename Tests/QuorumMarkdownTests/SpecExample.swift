import Foundation
import Testing

/// One example of the CommonMark spec, as in `Fixtures/spec-0.30.json`.
struct SpecExample: Decodable, Sendable, CustomTestStringConvertible {
    let markdown: String
    let html: String
    let example: Int
    let start_line: Int
    let end_line: Int
    let section: String

    /// "Example 42 (lines 100-104) Tabs", as cmark's spec_tests.py reports it.
    var testDescription: String { "Example \(example) (lines \(start_line)-\(end_line)) \(section)" }

    static func load(_ name: String) -> [SpecExample] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url),
              let examples = try? JSONDecoder().decode([SpecExample].self, from: data) else { return [] }
        return examples
    }
}


/// Normalises HTML as the spec runner does for comparison: whitespace between tags and at the ends.
enum SpecNormaliser {
    static func normalise(_ html: String) -> String {
        var out = ""
        var pendingSpace = false
        var inPre = 0
        var i = html.startIndex
        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                let rest = html[i...]
                if rest.hasPrefix("<pre") { inPre += 1 }
                if rest.hasPrefix("</pre") { inPre = max(0, inPre - 1) }
                // Whitespace right before or after a tag is not significant outside <pre>.
                pendingSpace = false
                if inPre == 0 { while out.last?.isWhitespace == true { out.removeLast() } }
                guard let close = rest.firstIndex(of: ">") else { out += rest; break }
                out += html[i...close]
                i = html.index(after: close)
                if inPre == 0 { while i < html.endIndex, html[i].isWhitespace { i = html.index(after: i) } }
                continue
            }
            if inPre == 0 && c.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(c)
            }
            i = html.index(after: i)
        }
        return out
    }
}
