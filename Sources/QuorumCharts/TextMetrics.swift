/// Estimates text widths for Arial/Helvetica, and wraps labels to a width, so labels never overlap.
///
/// Widths are Helvetica's AFM advance widths (thousandths of an em), which Arial shares; an unknown
/// character counts as a wide 0.6 em (CJK as 1 em), and a 4% margin covers the sans-serif fallbacks.
enum TextMetrics {
    /// Advance widths for U+0020 to U+007E.
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       // p to ~
    ]
    private static let safety = 1.04
    private static let boldFactor = 1.08

    /// The estimated width of `text` at `fontSize`.
    static func width(_ text: some StringProtocol, fontSize: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value <= 0x7E {
                thousandths += Int(ascii[Int(value - 0x20)])
            } else if value == 0xA3 || value == 0x20AC {
                thousandths += 556  // £ and €, as wide as a digit
            } else if value >= 0x1100 && (value <= 0x115F || (value >= 0x2E80 && value <= 0xFFDC)) {
                thousandths += 1000
            } else {
                thousandths += 600
            }
        }
        return Double(thousandths) / 1000 * fontSize * safety * (bold ? boldFactor : 1)
    }

    /// Splits `text` into lines no wider than `maxWidth`, breaking at spaces; nil if a word is too wide
    /// or more than `maxLines` lines are needed.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int, bold: Bool = false) -> [String]? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return [""] }
        let space = width(" ", fontSize: fontSize, bold: bold)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        for word in words {
            let wordWidth = width(word, fontSize: fontSize, bold: bold)
            if wordWidth > maxWidth { return nil }
            if current.isEmpty {
                current = String(word)
                currentWidth = wordWidth
            } else if currentWidth + space + wordWidth <= maxWidth {
                current += " " + word
                currentWidth += space + wordWidth
            } else {
                lines.append(current)
                current = String(word)
                currentWidth = wordWidth
            }
        }
        lines.append(current)
        return lines.count <= maxLines ? lines : nil
    }

    /// Wraps `text` to `maxWidth` whatever it takes: a word that is too wide is split between characters.
    static func wrapAlways(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
        var pieces: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if width(word, fontSize: fontSize, bold: bold) <= maxWidth {
                pieces.append(String(word))
                continue
            }
            var chunk = ""
            for character in word {
                if !chunk.isEmpty && width(chunk + String(character), fontSize: fontSize, bold: bold) > maxWidth {
                    pieces.append(chunk)
                    chunk = ""
                }
                chunk.append(character)
            }
            if !chunk.isEmpty { pieces.append(chunk) }
        }
        return wrap(pieces.joined(separator: " "), maxWidth: max(maxWidth, widest(pieces, fontSize: fontSize, bold: bold)),
                    fontSize: fontSize, maxLines: Int.max, bold: bold) ?? [text]
    }

    /// The width of the widest of `lines`.
    static func widest(_ lines: [String], fontSize: Double, bold: Bool = false) -> Double {
        lines.reduce(0) { max($0, width($1, fontSize: fontSize, bold: bold)) }
    }

    /// Wraps `text` into at most `maxLines` lines of `maxWidth`; what does not fit ends the last line
    /// with an ellipsis, and `truncated` says so (the caller then gives the full text in a `<title>`).
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int,
                    bold: Bool = false) -> (lines: [String], truncated: Bool) {
        let lines = wrapAlways(text, maxWidth: maxWidth, fontSize: fontSize, bold: bold)
        guard lines.count > maxLines, maxLines > 0 else { return (lines, false) }
        var kept = Array(lines.prefix(maxLines - 1))
        var last = lines[(maxLines - 1)...].joined(separator: " ")
        while !last.isEmpty && width(last + "\u{2026}", fontSize: fontSize, bold: bold) > maxWidth {
            last.removeLast()
        }
        while last.last == " " { last.removeLast() }
        kept.append(last + "\u{2026}")
        return (kept, true)
    }
}
