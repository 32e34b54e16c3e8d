/// Empty text under a name counts as no value: `{{#venue}}…{{/venue}}` hides an empty venue, `{{^venue}}` shows,
/// and `{{venue}}` looks further out. Plain Mustache treats "" as true in a section, which would make every
/// optional field of a context need leaving out by hand.
public enum EmptyText {
    /// `value`, or nil when it is empty text.
    @inline(__always)
    static func visible(_ value: Any?) -> Any? {
        guard let value else { return nil }
        if type(of: value) == String.self, let text = value as? String, text.isEmpty { return nil }
        return value
    }

    /// The context with every empty-text value of every dictionary in it removed: what a plain Mustache engine
    /// needs to render a context as Quorum does (the tests compare Quorum's engine with swift-mustache this way).
    public static func removed(from context: [String: Any]) -> [String: Any] {
        var out: [String: Any] = [:]
        for (key, value) in context {
            if let kept = removed(fromValue: value) { out[key] = kept }
        }
        return out
    }

    private static func removed(fromValue value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let nested as [String: Any]: return removed(from: nested)
        case let rows as [[String: Any]]: return rows.map { removed(from: $0) }
        case let items as [Any]: return items.map { item -> Any in
            if let nested = item as? [String: Any] { return removed(from: nested) }
            return item
        }
        default: return value
        }
    }
}
