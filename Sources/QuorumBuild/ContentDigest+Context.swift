import Foundation
import QuorumOutput

extension ContentDigest {
    /// Adds a template context (dictionaries, arrays, text, numbers, Booleans), keys sorted, each value tagged with
    /// its kind, so two contexts digest alike only when a template sees the same in both. Returns false on a value
    /// of any other type: its digest would not say what a template sees, so the caller must not rely on it.
    mutating func update(context value: Any) -> Bool {
        switch value {
        case let text as String:
            update(field: "s")
            update(field: text)
        case let flag as Bool:
            update(field: flag ? "t" : "f")
        case let number as Int:
            update(field: "i\(number)")
        case let number as Double:
            update(field: "d\(number.bitPattern)")
        case let dictionary as [String: Any]:
            update(field: "{\(dictionary.count)")
            for key in dictionary.keys.sorted() {
                update(field: key)
                guard let child = dictionary[key], update(context: child) else { return false }
            }
        case let items as [Any]:
            update(field: "[\(items.count)")
            for item in items {
                guard update(context: item) else { return false }
            }
        case is NSNull:
            update(field: "n")
        default:
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return false }
            guard let wrapped = mirror.children.first?.value else { update(field: "n"); return true }
            return update(context: wrapped)
        }
        return true
    }
}
