import Foundation

/// One object on the context stack, sorted by kind once when it is pushed, so a name lookup is a
/// dictionary read and never a protocol-conformance cast.
struct ContextFrame {
    /// A String-keyed dictionary's contents: names are its keys. Nil for anything else.
    let dictionary: [String: Any]?
    /// The object as pushed, for `{{.}}`.
    let value: Any
    /// Neither a dictionary nor text, a number, a Boolean or an array: named children come from Mirror.
    let isReflected: Bool

    private init(dictionary: [String: Any]?, value: Any, isReflected: Bool) {
        self.dictionary = dictionary
        self.value = value
        self.isReflected = isReflected
    }

    init(dictionary: [String: Any], value: Any) {
        self.init(dictionary: dictionary, value: value, isReflected: false)
    }

    /// Text, a number, a Boolean or an array: nothing inside has a name (Mirror shows no labels).
    init(plain value: Any) {
        self.init(dictionary: nil, value: value, isReflected: false)
    }

    init(_ value: Any) {
        if let dictionary = value as? [String: Any] {
            self.init(dictionary: dictionary, value: value)
        } else if value is String || value is Bool || value is Int || value is Double || value is [Any] {
            self.init(plain: value)
        } else {
            self.init(dictionary: nil, value: value, isReflected: true)
        }
    }

    /// The child called `name`, if this object has one. A key holding `NSNull` or a nil Optional counts as found;
    /// one holding empty text does not when `hidingEmptyText` (see `EmptyText`).
    @inline(__always)
    func child(named name: String, hidingEmptyText: Bool) -> Any? {
        if isReflected { return Self.reflectedChild(named: name, of: value) }
        guard let found = dictionary?[name] else { return nil }
        return hidingEmptyText ? EmptyText.visible(found) : found
    }

    /// The child called `name` of a value reached through a dotted name.
    static func child(named name: String, of value: Any, hidingEmptyText: Bool) -> Any? {
        if let dictionary = value as? [String: Any] {
            guard let found = dictionary[name] else { return nil }
            return hidingEmptyText ? EmptyText.visible(found) : found
        }
        return ContextFrame(value).child(named: name, hidingEmptyText: hidingEmptyText)
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
    /// Whether a name whose value is empty text counts as missing (Quorum's themes; see `EmptyText`).
    private let hidingEmptyText: Bool

    init(root: [String: Any], hidingEmptyText: Bool) {
        self.hidingEmptyText = hidingEmptyText
        frames.reserveCapacity(8)
        frames.append(ContextFrame(dictionary: root, value: root))
    }

    mutating func push(_ frame: ContextFrame) { frames.append(frame) }

    mutating func pop() { frames.removeLast() }

    /// The value `path` names, or nil when nothing has that name.
    func lookup(_ path: VariablePath) -> Any? {
        guard let first = path.names.first else { return frames.last?.value }
        // Frames are read in place through a pointer: a subscript would copy the whole frame it reads.
        let hiding = hidingEmptyText
        let found: Any? = frames.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            var index = buffer.count - 1
            let lowest = path.currentObjectOnly ? index : 0
            while index >= lowest {
                if let value = (base + index).pointee.child(named: first, hidingEmptyText: hiding) { return value }
                index -= 1
            }
            return nil
        }
        guard path.names.count > 1, var value = found else { return found }
        var index = 1
        while index < path.names.count {
            guard let next = ContextFrame.child(named: path.names[index], of: value, hidingEmptyText: hiding) else { return nil }
            value = next
            index += 1
        }
        return value
    }
}
