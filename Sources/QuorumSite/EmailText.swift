/// The plain-text part of a multipart email: the edition's HTML as readable text, with headings
/// underlined, list items as "- ", table rows as "cell | cell", links as "text (URL)" and images as their alt text.
enum EmailText {
    private static let blocks: Set<String> = ["p", "div", "figure", "figcaption", "caption", "table",
                                              "ul", "ol", "blockquote", "pre", "details", "summary", "header", "footer", "main", "section", "br"]
    private static let skipped: Set<String> = ["svg", "style", "script", "head", "title"]

    /// `html` as text, lines wrapped by the reader's mail client; paragraphs apart by a blank line.
    static func text(_ html: String) -> String {
        var lines: [String] = []
        var line = ""
        var skipping = 0
        var linkTarget: String?
        var linkText = ""
        var cells: [String]?
        var underline: Character?
        var preformatted = false

        func flush() {
            let trimmed = line.trimmingSpaces
            if !trimmed.isEmpty {
                lines.append(trimmed)
                if let mark = underline { lines.append(String(repeating: mark, count: min(trimmed.count, 72))) }
            }
            line = ""
        }
        func paragraph() {
            flush()
            if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
        }
        func append(_ text: String) {
            if linkTarget != nil {
                linkText += text
            } else {
                line += preformatted ? text : Self.collapse(text, after: line)
            }
        }

        // Tags are found by bytes: `<` and `>` are ASCII, and searching Characters (grapheme breaking at every
        // step) was most of an email edition's cost. In the HTML Quorum writes, text never holds a bare `<`.
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let lt = rest.utf8.firstIndex(of: UInt8(ascii: "<")) else {
                if skipping == 0 { append(decode(rest)) }
                break
            }
            if skipping == 0, lt > rest.startIndex { append(decode(rest[..<lt])) }
            guard let gt = rest.utf8[lt...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = rest[rest.utf8.index(after: lt)..<gt]
            rest = rest[rest.utf8.index(after: gt)...]
            let closing = tag.utf8.first == UInt8(ascii: "/")
            let name = Self.tagName(tag)
            if skipped.contains(name) {
                if !tag.hasSuffix("/") { skipping += closing ? -1 : 1 }
                continue
            }
            guard skipping == 0 else { continue }
            switch (name, closing) {
            case ("h1", false), ("h2", false), ("h3", false), ("h4", false):
                paragraph()
                underline = name == "h1" ? "=" : name == "h2" ? "-" : nil
            case ("h1", true), ("h2", true), ("h3", true), ("h4", true):
                flush()
                underline = nil
                lines.append("")
            case ("li", false):
                flush()
                line = "- "
            case ("li", true):
                flush()
            case ("tr", false):
                flush()
                cells = []
            case ("th", true), ("td", true):
                cells?.append(line.trimmingSpaces)
                line = ""
            case ("tr", true):
                if let row = cells { lines.append(row.joined(separator: " | ")) }
                cells = nil
            case ("a", false):
                linkTarget = attribute("href", in: tag)
                linkText = ""
            case ("a", true):
                if let target = linkTarget {
                    let text = linkText.trimmingSpaces
                    let shown = target.hasPrefix("mailto:") ? String(target.dropFirst(7)) : target
                    line += Self.collapse(text, after: line) + (text == shown || text.isEmpty ? (text.isEmpty ? shown : "") : " (\(shown))")
                }
                linkTarget = nil
            case ("img", _):
                if let alt = attribute("alt", in: tag) { flush(); line = "[Chart: " + alt + "]"; paragraph() }
            case ("pre", _):
                paragraph()
                preformatted = !closing
            default:
                if blocks.contains(name) { paragraph() }
            }
        }
        paragraph()
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The element name of a tag's text (`/TD class="x"` → `td`): its ASCII letters and digits after any `/`.
    private static func tagName(_ tag: Substring) -> String {
        var name: [UInt8] = []
        for byte in tag.utf8.drop(while: { $0 == UInt8(ascii: "/") }) {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): name.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): name.append(byte + 32)
            default: return String(decoding: name, as: UTF8.self)
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Runs of white space as one space, none at the start of a line.
    private static func collapse(_ text: String, after line: String) -> String {
        var space = !line.isEmpty && line.last == " "
        if line.isEmpty || line == "- " { space = true }
        // ASCII text (nearly all of it) by bytes: its white space is exactly tab to carriage return and space,
        // and walking Characters with Unicode properties was a tenth of a build's CPU.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if !space { bytes.append(0x20) }
                    space = true
                } else {
                    bytes.append(byte)
                    space = false
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        for character in text {
            if character.isWhitespace {
                if !space { out.append(" ") }
                space = true
            } else {
                out.append(character)
                space = false
            }
        }
        return out
    }

    /// The decoded value of `name="..."` in a tag.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.byteRange(of: " " + name + "=\"") else { return nil }
        return decode(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Character references back to characters.
    static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = after[after.index(after: amp)..<semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
            if let value = named[String(name)] {
                out += value
            } else if name.hasPrefix("#"), let code = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                      let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += after[...semi]
            }
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
