/// A statistical suppression marker, as GOV.UK and ONS tables write them.
public enum SuppressionMarker: String, Sendable, Hashable, CaseIterable {
    case confidential = "[c]"
    case notAvailable = "[x]"
    case notApplicable = "[z]"

    /// What the marker means, for a table's notes.
    public var meaning: String {
        switch self {
        case .confidential: return "confidential: the figure is withheld so that people cannot be identified"
        case .notAvailable: return "not available"
        case .notApplicable: return "not applicable"
        }
    }
}

/// One value of a data table.
public enum DataCell: Sendable, Hashable {
    case number(Double)
    case text(String)
    case suppressed(SuppressionMarker)
    case empty

    /// Reads a cell as written in a CSV or YAML file.
    public init(parsing raw: String) {
        let text = raw.trimmingSpaces
        if text.isEmpty { self = .empty; return }
        if let marker = SuppressionMarker(rawValue: text.lowercased()) { self = .suppressed(marker); return }
        if let number = DataCell.number(text) { self = .number(number); return }
        self = .text(text)
    }

    /// The number, when the cell holds one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The text as written, for text cells and category labels.
    public var text: String {
        switch self {
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let text): return text
        case .suppressed(let marker): return marker.rawValue
        case .empty: return ""
        }
    }

    /// Plain decimal numbers only: no thousands separators, units or exponents, so "2018" stays a year and "1e3" text.
    static func number(_ text: String) -> Double? {
        var digits = 0
        for (offset, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-") where offset == 0: continue
            case UInt8(ascii: "."): continue
            default: return nil
            }
        }
        guard digits > 0, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
