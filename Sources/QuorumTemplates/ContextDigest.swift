import Foundation

/// A digest of everything a template context holds (text, numbers, flags, nested objects and lists), so a
/// rebuild can tell whether an output would render differently without rendering it: the same template and
/// the same digest give the same page. Two contexts whose dictionaries list the same entries in another order
/// have the same digest. Digests come from `Hasher`, so they are comparable within one process only.
public struct ContextDigest: Hashable, Sendable {
    private let value: Int

    /// The digest of `context`, or nil when it holds a value of a kind this digest does not know (such a
    /// context must be rendered every time).
    public init?(_ context: [String: Any]) {
        guard let value = ContextDigest.digest(dictionary: context) else { return nil }
        self.value = value
    }

    /// A dictionary's entries are combined by addition, which does not depend on the order they come in.
    private static func digest(dictionary: [String: Any]) -> Int? {
        var sum = dictionary.count
        for (key, value) in dictionary {
            var hasher = Hasher()
            combine(key, into: &hasher)
            guard combine(value: value, into: &hasher) else { return nil }
            sum &+= hasher.finalize()
        }
        return sum
    }

    /// Adds `value`, tagged with its kind; false for a kind this digest does not know.
    private static func combine(value: Any, into hasher: inout Hasher) -> Bool {
        if let text = value as? String {
            hasher.combine(0 as UInt8)
            combine(text, into: &hasher)
        } else if let dictionary = value as? [String: Any] {
            guard let digest = digest(dictionary: dictionary) else { return false }
            hasher.combine(1 as UInt8)
            hasher.combine(digest)
        } else if let list = value as? [Any] {
            hasher.combine(2 as UInt8)
            hasher.combine(list.count)
            for item in list {
                guard combine(value: item, into: &hasher) else { return false }
            }
        } else if let flag = value as? Bool {
            hasher.combine(3 as UInt8)
            hasher.combine(flag)
        } else if let number = value as? Int {
            hasher.combine(4 as UInt8)
            hasher.combine(number)
        } else if let number = value as? Double {
            hasher.combine(5 as UInt8)
            hasher.combine(number.bitPattern)
        } else if value is NSNull || (value as? PossiblyAbsent)?.holdsNothing == true {
            hasher.combine(6 as UInt8)
        } else {
            return false
        }
        return true
    }

    /// Text by its UTF-8 bytes: String's own hash treats canonically equivalent text as equal, a page does not.
    private static func combine(_ text: String, into hasher: inout Hasher) {
        var text = text
        hasher.combine(text.utf8.count)
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// An Optional stored in an `Any`: one holding nothing is a context key whose value is nil. (One holding a
/// value is unwrapped by the casts above.)
private protocol PossiblyAbsent {
    var holdsNothing: Bool { get }
}

extension Optional: PossiblyAbsent {
    fileprivate var holdsNothing: Bool { self == nil }
}
