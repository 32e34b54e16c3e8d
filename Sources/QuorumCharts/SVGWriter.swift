/// Builds SVG text one element at a time: escapes every string, writes coordinates with at most 2 decimals.
///
/// Attributes are written in call order and nothing depends on hashing or time, so the same calls give
/// the same bytes. Each element starts on its own line, which keeps golden-file diffs readable.
struct SVGWriter {
    private(set) var output = ""

    init(capacity: Int = 4096) {
        output.reserveCapacity(capacity)
    }

    /// Opens `<name` on a new line; follow with attributes, then `end()` or `close()`.
    mutating func start(_ name: String) {
        if !output.isEmpty { output += "\n" }
        output += "<"
        output += name
    }

    /// A numeric attribute, e.g. ` x="12.5"`.
    mutating func attribute(_ name: String, _ value: Double) {
        output += " "
        output += name
        output += "=\""
        Self.appendNumber(value, to: &output)
        output += "\""
    }

    /// A text attribute; the value is escaped.
    mutating func attribute(_ name: String, _ value: String) {
        output += " "
        output += name
        output += "=\""
        Self.appendEscaped(value, to: &output)
        output += "\""
    }

    /// Ends the start tag: `>`.
    mutating func end() { output += ">" }

    /// Ends an empty element: `/>`.
    mutating func close() { output += "/>" }

    /// A closing tag `</name>` on a new line.
    mutating func finish(_ name: String) {
        output += "\n</"
        output += name
        output += ">"
    }

    /// A closing tag `</name>` straight after the content.
    mutating func finishInline(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// Escaped character data.
    mutating func text(_ value: String) {
        Self.appendEscaped(value, to: &output)
    }

    /// `<g attributes>` in one call, e.g. for a group of marks sharing a class.
    mutating func group(_ attributes: KeyValuePairs<String, String>) {
        start("g")
        for (name, value) in attributes { attribute(name, value) }
        end()
    }

    /// A whole `<text>` element, wrapped lines as `<tspan>`s one line-height apart; `fullText` adds a `<title>`.
    mutating func textBlock(_ lines: [String], x: Double, y: Double, lineHeight: Double,
                            anchor: TextAnchor = .start, bold: Bool = false, fill: String? = nil,
                            fontSize: Double? = nil, className: String? = nil, fullText: String? = nil) {
        start("text")
        if let className { attribute("class", className) }
        attribute("x", x)
        attribute("y", y)
        if anchor != .start { attribute("text-anchor", anchor.rawValue) }
        if let fontSize { attribute("font-size", fontSize) }
        if bold { attribute("font-weight", "bold") }
        if let fill { attribute("fill", fill) }
        end()
        if let fullText {
            // A shortened label keeps its whole text as a tooltip and for assistive technology.
            output += "<title>"
            text(fullText)
            output += "</title>"
        }
        if lines.count == 1 {
            text(lines[0])
        } else {
            for (index, line) in lines.enumerated() {
                output += "<tspan"
                attribute("x", x)
                if index > 0 { attribute("dy", lineHeight) }
                output += ">"
                text(line)
                output += "</tspan>"
            }
        }
        finishInline("text")
    }

    /// Appends raw, already valid SVG (used only for fixed strings from this module).
    mutating func raw(_ value: String) {
        output += value
    }

    /// Writes a number with at most 2 decimals, trailing zeros dropped and never "-0".
    static func appendNumber(_ value: Double, to output: inout String) {
        guard value.isFinite else {
            output += "0"
            return
        }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else {
            output += String(Int64(value.rounded()))
            return
        }
        var scaled = Int64(hundredths)
        if scaled == 0 {
            output += "0"
            return
        }
        if scaled < 0 {
            output += "-"
            scaled = -scaled
        }
        output += String(scaled / 100)
        let fraction = scaled % 100
        if fraction != 0 {
            output += "."
            if fraction % 10 == 0 {
                output += String(fraction / 10)
            } else {
                if fraction < 10 { output += "0" }
                output += String(fraction)
            }
        }
    }

    /// A number as `appendNumber` writes it.
    static func number(_ value: Double) -> String {
        var text = ""
        appendNumber(value, to: &text)
        return text
    }

    /// Escapes `& < > " '` and drops characters XML 1.0 forbids (C0 controls other than tab, LF, CR).
    static func appendEscaped(_ value: String, to output: inout String) {
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            output += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: break
            case "\u{FFFE}", "\u{FFFF}": break
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}

/// SVG `text-anchor` values.
enum TextAnchor: String {
    case start, middle, end
}
