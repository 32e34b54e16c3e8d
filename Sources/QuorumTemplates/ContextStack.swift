import Foundation

/// One object on the context stack, sorted by kind once when it is pushed, so a name lookup is a
/// dictionary read and never a protocol-conformance cast.
enum ContextFrame {
    /// A String-keyed dictionary: names are its keys. `original` is the value as pushed, for `{{.}}`.
    case dictionary([String: Any], original: Any)
    /// Text, a number, a Boolean or an array: nothing inside has a name (Mirror shows no labels).
    case plain(Any)
    /// Anything else: named children are found through Mirror, as swift-mustache finds them.
    case reflected(Any)

    init(_ value: Any) {
        if let dictionary = value as? [String: Any] {
            self = .dictionary(dictionary, original: value)
        } else if value is String || value is Bool || value is Int || value is Double || value is [Any] {
            self = .plain(value)
        } else {
            self = .reflected(value)
        }
    }

    /// The object itself, as `{{.}}` shows it.
    var value: Any {
        switch self {
        case .dictionary(_, let original): return original
        case .plain(let value), .reflected(let value): return value
        }
    }

    /// The child called `name`, if this object has one. A key holding `NSNull` or a nil Optional counts as found.
    func child(named name: String) -> Any? {
        switch self {
        case .dictionary(let dictionary, _): return dictionary[name]
        case .plain: return nil
        case .reflected(let object): return Self.reflectedChild(named: name, of: object)
        }
    }

    /// The child called `name` of a value reached through a dotted name.
    static func child(named name: String, of value: Any) -> Any? {
        if let dictionary = value as? [String: Any] { return dictionary[name] }
        return ContextFrame(value).child(named: name)
    }

    /// A stored property by label, an Optional one unwrapped: swift-mustache's lookup for non-dictionaries.
    private static func reflectedChild(named name: String, of object: Any) -> Any? {
        if object is NSNull { return nil }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: match.value)
        guard mirror.displayStyle == .optional else { return match.value }
        return mirror.children.first?.value
    }
}

/// The objects a template can see, innermost last. A name is looked for from the innermost object
/// outwards; the rest of a dotted name only inside what its first part found.
struct ContextStack {
    private var frames: [ContextFrame] = []

    init(root: [String: Any]) {
        frames.reserveCapacity(8)
        frames.append(.dictionary(root, original: root))
    }

    mutating func push(_ frame: ContextFrame) { frames.append(frame) }

    mutating func pop() { frames.removeLast() }

    /// The value `path` names, or nil when nothing has that name.
    func lookup(_ path: VariablePath) -> Any? {
        guard let top = frames.last else { return nil }
        guard let first = path.names.first else { return top.value }
        var found: Any?
        if path.currentObjectOnly {
            found = top.child(named: first)
        } else {
            var index = frames.count - 1
            while index >= 0 {
                if let value = frames[index].child(named: first) {
                    found = value
                    break
                }
                index -= 1
            }
        }
        guard var value = found else { return nil }
        var index = 1
        while index < path.names.count {
            guard let next = ContextFrame.child(named: path.names[index], of: value) else { return nil }
            value = next
            index += 1
        }
        return value
    }
}
