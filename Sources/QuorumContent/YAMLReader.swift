import QuorumDiagnostics
import Yams

/// Reads typed values out of YAML nodes, recording a located diagnostic for each value of the wrong kind.
final class YAMLReader {
    let file: String
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// `firstLine` is the file line where the YAML text starts (2 for front matter after `---`).
    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: firstLine) }
        return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
    }

    func error(_ message: String, at node: Node?, hint: String? = nil) {
        diagnostics.append(.error(message, at: node.map(location) ?? SourceLocation(file: file, line: firstLine), hint: hint))
    }

    func warning(_ message: String, at node: Node?, hint: String? = nil) {
        diagnostics.append(.warning(message, at: node.map(location) ?? SourceLocation(file: file, line: firstLine), hint: hint))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The keys and values of a mapping, in file order; nil (and an error) for anything else.
    func map(_ node: Node?, _ what: String) -> YAMLMap? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping of keys to values, not \(kind(of: node))", at: node,
                  hint: "write one `key: value` per line")
            return nil
        }
        var entries: [YAMLMap.Entry] = []
        entries.reserveCapacity(mapping.count)
        // By index: iterating a Yams mapping first copies all its pairs into a new array.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            guard case .scalar(let scalar) = key else {
                error("a key in \(what) must be plain text", at: key)
                continue
            }
            entries.append(YAMLMap.Entry(key: scalar.string, keyNode: key, value: value))
        }
        return YAMLMap(node: node, entries: entries, reader: self)
    }

    func string(_ node: Node, _ field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be text, not \(kind(of: node))", at: node)
            return nil
        }
        return scalar.string
    }

    func int(_ node: Node, _ field: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingSpaces) else {
            error("\(field) must be a whole number", at: node)
            return nil
        }
        return value
    }

    func double(_ node: Node, _ field: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingSpaces),
              value.isFinite else {
            error("\(field) must be a number", at: node)
            return nil
        }
        return value
    }

    func bool(_ node: Node, _ field: String) -> Bool? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be true or false", at: node)
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("\(field) must be true or false, not \"\(scalar.string)\"", at: node)
            return nil
        }
    }

    func date(_ node: Node, _ field: String) -> DayDate? {
        guard case .scalar(let scalar) = node else {
            error("\(field) must be a date such as 2018-10-18", at: node)
            return nil
        }
        guard let date = DayDate(parsing: scalar.string.trimmingSpaces) else {
            error("\(field) \"\(scalar.string)\" is not a date", at: node,
                  hint: "write dates as YYYY-MM-DD, e.g. 2018-10-18, and check the day exists in that month")
            return nil
        }
        return date
    }

    /// A list of items; a single value is accepted as a one-item list.
    func list(_ node: Node, _ field: String) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar) where scalar.isNull: return []
        case .scalar: return [node]
        default:
            error("\(field) must be a list", at: node, hint: "write a list as [a, b] or one `- item` per line")
            return []
        }
    }

    func stringList(_ node: Node, _ field: String) -> [String] {
        list(node, field).compactMap { string($0, field) }
    }

    func kind(of node: Node) -> String {
        switch node {
        case .scalar(let s): return "the value \"\(s.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

/// A YAML mapping with its keys in file order and typed accessors that report where a value is wrong.
struct YAMLMap {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let node: Node
    let entries: [Entry]
    let reader: YAMLReader

    subscript(key: String) -> Node? {
        // By index, so only the matching value is copied, not every entry on the way.
        for index in entries.indices where entries[index].key == key { return entries[index].value }
        return nil
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// The value of `key` unless it is missing or null: one scan of the entries for each accessor.
    private func value(_ key: String) -> Node? {
        guard let node = self[key] else { return nil }
        if case .scalar(let s) = node, s.isNull { return nil }
        return node
    }

    func string(_ key: String) -> String? {
        value(key).flatMap { reader.string($0, key) }
    }

    func requiredString(_ key: String, _ what: String) -> String? {
        guard let value = string(key), !value.isEmpty else {
            if !has(key) { reader.error("\(what) needs `\(key)`", at: node, hint: "add a line `\(key): ...`") }
            return nil
        }
        return value
    }

    func int(_ key: String) -> Int? { value(key).flatMap { reader.int($0, key) } }
    func double(_ key: String) -> Double? { value(key).flatMap { reader.double($0, key) } }
    func bool(_ key: String) -> Bool? { value(key).flatMap { reader.bool($0, key) } }
    func date(_ key: String) -> DayDate? { value(key).flatMap { reader.date($0, key) } }
    func list(_ key: String) -> [Node] { value(key).map { reader.list($0, key) } ?? [] }
    func stringList(_ key: String) -> [String] { value(key).map { reader.stringList($0, key) } ?? [] }

    func location(_ key: String) -> SourceLocation {
        reader.location(self[key] ?? node)
    }

    /// Warns about keys that are not in `known`, suggesting the nearest known key.
    func warnUnknownKeys(_ known: Set<String>, in what: String) {
        for entry in entries where !known.contains(entry.key) {
            var hint = "known keys for \(what): \(known.sorted().joined(separator: ", "))"
            if let suggestion = Suggestion.nearest(to: entry.key, in: known) {
                hint = "did you mean `\(suggestion)`? " + hint
            }
            reader.warning("unknown key `\(entry.key)` in \(what)", at: entry.keyNode, hint: hint)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        // ASCII whitespace is tab to carriage return and space (a CRLF goes as one Character or two bytes alike),
        // so ASCII text trims on bytes without a Unicode property lookup per Character.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = utf8
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            var start = bytes.startIndex, end = bytes.endIndex
            while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
            while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
            return String(self[start..<end])
        }
        return unicodeTrimmingSpaces
    }

    /// `trimmingSpaces` by Characters, for text that is not all ASCII.
    var unicodeTrimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

extension Node.Scalar {
    /// A plain empty, `~` or `null` value: YAML's way of writing nothing.
    var isNull: Bool {
        guard style == .plain else { return false }
        switch string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
