/// The site's one slugger. Heading ids are made as GitHub does: lower case, punctuation dropped, spaces to
/// hyphens, `-1`, `-2` for repeats. URL segments (tags, `quorum new`'s folders) use the same letters with
/// any run of spaces and punctuation as one hyphen.
public struct HeadingSlugger: Sendable {
    private var seen: [String: Int] = [:]

    /// Creates a slugger with no ids taken.
    public init() {}

    /// The GitHub slug of `text`, without the repeat suffix.
    public static func slug(_ text: String) -> String {
        // In ASCII the kept scalars are exactly letters, digits, `-` and `_` (the only ASCII connector
        // punctuation); looking up Unicode properties for each of them was most of the cost.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return unicodeSlug(text)
    }

    /// `slug` by Unicode properties, for text that is not all ASCII.
    static func unicodeSlug(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || isKept(scalar) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Letters, digits, combining marks and connector punctuation (`_`): what a GitHub slug keeps besides `-`.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark || p.generalCategory == .connectorPunctuation
    }

    /// A URL path segment for `text`: `"Cymraeg & accents"` → `cymraeg-accents`, `"Annual report 2017/18"` →
    /// `annual-report-2017-18`. Apostrophes go (`children's` → `childrens`), as in a heading id; any other run of
    /// spaces and punctuation becomes one hyphen, and none is left at either end.
    public static func urlSlug(_ text: String) -> String {
        var out = ""
        var separated = false
        for scalar in text.lowercased().unicodeScalars where scalar != "'" && scalar != "\u{2019}" {
            if isKept(scalar) && scalar.properties.generalCategory != .connectorPunctuation {
                if separated && !out.isEmpty { out.append("-") }
                separated = false
                out.unicodeScalars.append(scalar)
            } else {
                separated = true
            }
        }
        return out
    }

    /// The next unique id for `text` on this page.
    public mutating func id(for text: String) -> String {
        var base = HeadingSlugger.slug(text)
        if base.isEmpty { base = "section" }
        guard let count = seen[base] else {
            seen[base] = 0
            return base
        }
        var n = count + 1
        var candidate = "\(base)-\(n)"
        while seen[candidate] != nil {
            n += 1
            candidate = "\(base)-\(n)"
        }
        seen[base] = n
        seen[candidate] = 0
        return candidate
    }
}
