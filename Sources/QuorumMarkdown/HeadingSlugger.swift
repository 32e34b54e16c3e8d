/// Makes heading ids as GitHub does: lower case, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats.
public struct HeadingSlugger: Sendable {
    private var seen: [String: Int] = [:]

    /// Creates a slugger with no ids taken.
    public init() {}

    /// The GitHub slug of `text`, without the repeat suffix.
    public static func slug(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || scalar == "_" || p.isAlphabetic || p.numericType != nil
                        || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
                        || p.generalCategory == .connectorPunctuation {
                out.unicodeScalars.append(scalar)
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
