import Foundation

/// Renders parsed templates into one String, with the semantics of swift-mustache 2.1.1:
/// what is truthy, how values print, how sections push objects, how partials and blocks indent.
struct TemplateRenderer {
    /// What a template passes to what it renders inside it.
    struct Scope {
        /// Added after each line break of this template's output (from standalone partials and blocks).
        var indentation = ""
        /// Block overrides from `{{<parent}}` tags; the outermost template's override wins.
        var overrides: [String: [TemplateNode]]?
    }

    /// A partial that includes itself would otherwise recurse until the stack overflows.
    static let maximumDepth = 100

    private let templates: [String: [TemplateNode]]
    private var stack: ContextStack
    private var depth = 0
    /// Whether `{{name}}` escapes HTML. `{{%CONTENT_TYPE: TEXT}}` turns it off for the rest of its node
    /// list (and what that renders, but partials), so each node list restores it when it ends.
    private var escapesHTML = true
    /// The page, appended to as it renders (a String, so it never needs UTF-8 validation afterwards).
    private(set) var output = ""
    /// Set when partials or blocks nested deeper than `maximumDepth`: the template it stopped at.
    private(set) var runaway: String?
    /// The names of the partials and parents this render asked for, found or not (a template added under a
    /// missing name changes the output too).
    private(set) var included: Set<String> = []

    init(templates: [String: [TemplateNode]], context: [String: Any], capacity: Int, hidingEmptyText: Bool) {
        self.templates = templates
        self.stack = ContextStack(root: context, hidingEmptyText: hidingEmptyText)
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode], _ scope: Scope) {
        let escaping = escapesHTML
        defer { escapesHTML = escaping }
        if scope.indentation.isEmpty {
            for node in nodes { render(node, scope) }
            return
        }
        // swift-mustache indents a node's output when this template's output so far ends with "\n" and the
        // node writes something: write the indentation first and take it back if the node wrote nothing.
        let start = output.utf8.count
        let width = scope.indentation.utf8.count
        for node in nodes {
            guard endsWithLineFeed(since: start) else {
                render(node, scope)
                continue
            }
            output.append(scope.indentation)
            let mark = output.utf8.count
            render(node, scope)
            if output.utf8.count == mark {
                output.removeSubrange(output.utf8.index(output.utf8.startIndex, offsetBy: mark - width)...)
            }
        }
    }

    /// Whether the output since `start` (a UTF-8 offset) ends with a "\n" Character, not "\r\n".
    private func endsWithLineFeed(since start: Int) -> Bool {
        let utf8 = output.utf8
        let count = utf8.count
        guard count > start, let last = utf8.last, last == 0x0A else { return false }
        return count - 1 == start || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != 0x0D
    }

    private mutating func render(_ node: TemplateNode, _ scope: Scope) {
        switch node {
        case .text(let text):
            output.append(text)
        case .lines(let lines):
            if scope.indentation.isEmpty {
                output.append(lines.text)
            } else {
                appendIndented(lines.text, at: lines.indentAt, scope.indentation)
            }
        case .variable(let path, let escaped):
            if let value = stack.lookup(path) { append(value, escaped: escaped && escapesHTML) }
        case .section(let section):
            renderSection(stack.lookup(section.path), section.nodes, scope)
        case .invertedSection(let section):
            renderInvertedSection(stack.lookup(section.path), section.nodes, scope)
        case .partial(let reference):
            renderPartial(reference, scope)
        case .block(let block):
            var inner = scope
            if !block.indentation.isEmpty { inner.indentation += block.indentation }
            enter(block.name) { renderer in renderer.render(scope.overrides?[block.name] ?? block.defaultNodes, inner) }
        case .setEscaping(let escapes):
            escapesHTML = escapes
        }
    }

    /// Merged text in an indented template: the indentation goes where its pieces met after a line break.
    @inline(never)
    private mutating func appendIndented(_ text: String, at offsets: [Int], _ indentation: String) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            output.append(contentsOf: text[start..<end])
            output.append(indentation)
            start = end
        }
        output.append(contentsOf: text[start...])
    }

    // MARK: Values

    /// Appends a value as `{{name}}` shows it: text as it is, numbers and Booleans by `String(describing:)`.
    private mutating func append(_ value: Any, escaped: Bool) {
        if let text = value as? String {
            append(text, escaped: escaped)
        } else if let number = value as? Int {
            output.append(String(number))
        } else if let flag = value as? Bool {
            output.append(flag ? "true" : "false")
        } else if let number = value as? Double {
            output.append(number.description)
        } else if value is NSNull {
            return
        } else {
            append(String(describing: (value as? OptionalValue)?.wrappedAny ?? value), escaped: escaped)
        }
    }

    @inline(__always)
    private mutating func append(_ text: String, escaped: Bool) {
        if escaped { HTMLEscape.append(text, to: &output) } else { output.append(text) }
    }

    // MARK: Sections

    /// `{{#name}}`: once per item of an array, once for `true`, never for false, nil or an empty array,
    /// and once with the value pushed for anything else (including "" and 0).
    private mutating func renderSection(_ value: Any?, _ nodes: [TemplateNode], _ scope: Scope) {
        guard let value else { return }
        // The common types are told apart by their exact type first: a failed `as?` is a runtime call each.
        let type = type(of: value)
        if type == [[String: Any]].self, let rows = value as? [[String: Any]] {
            for row in rows { renderPushing(ContextFrame(dictionary: row, value: row), nodes, scope) }
        } else if type == Bool.self, let flag = value as? Bool {
            if flag { render(nodes, scope) }
        } else if type == String.self {
            renderPushing(ContextFrame(plain: value), nodes, scope)
        } else if type == [String: Any].self, let dictionary = value as? [String: Any] {
            renderPushing(ContextFrame(dictionary: dictionary, value: value), nodes, scope)
        } else {
            renderOtherSection(value, nodes, scope)
        }
    }

    /// Sections over anything else, in swift-mustache's order: a sequence, a Boolean, then any other value.
    private mutating func renderOtherSection(_ value: Any, _ nodes: [TemplateNode], _ scope: Scope) {
        if let rows = value as? [[String: Any]] {
            for row in rows { renderPushing(ContextFrame(dictionary: row, value: row), nodes, scope) }
        } else if let flag = value as? Bool {
            if flag { render(nodes, scope) }
        } else if let dictionary = value as? [String: Any] {
            renderPushing(ContextFrame(dictionary: dictionary, value: value), nodes, scope)
        } else if value is String || value is Int || value is Double {
            renderPushing(ContextFrame(plain: value), nodes, scope)
        } else if let items = value as? [Any] {
            for item in items { renderPushing(ContextFrame(item), nodes, scope) }
        } else if value is NSNull {
            return
        } else if let sequence = value as? OtherSequence {
            for item in sequence.sectionItems { renderPushing(ContextFrame(item), nodes, scope) }
        } else {
            renderPushing(ContextFrame(value), nodes, scope)
        }
    }

    /// `{{^name}}`: only for nil, false and an empty array (which is pushed, as swift-mustache does).
    private mutating func renderInvertedSection(_ value: Any?, _ nodes: [TemplateNode], _ scope: Scope) {
        guard let value else { return render(nodes, scope) }
        let type = type(of: value)
        if type == Bool.self, let flag = value as? Bool {
            if !flag { render(nodes, scope) }
        } else if type == String.self || type == [String: Any].self {
            return
        } else if let flag = value as? Bool {
            if !flag { render(nodes, scope) }
        } else if let rows = value as? [[String: Any]] {
            if rows.isEmpty { renderPushing(ContextFrame(plain: value), nodes, scope) }
        } else if value is String || value is Int || value is Double || value is [String: Any] {
            return
        } else if let items = value as? [Any] {
            if items.isEmpty { renderPushing(ContextFrame(plain: value), nodes, scope) }
        } else if value is NSNull {
            render(nodes, scope)
        } else if let sequence = value as? OtherSequence {
            if sequence.sectionItems.isEmpty { renderPushing(ContextFrame(plain: value), nodes, scope) }
        }
    }

    private mutating func renderPushing(_ frame: ContextFrame, _ nodes: [TemplateNode], _ scope: Scope) {
        stack.push(frame)
        render(nodes, scope)
        stack.pop()
    }

    // MARK: Partials

    /// `{{>name}}` and `{{<name}}`: the named template with this context, its indentation added to ours,
    /// its overrides under ours, escaping back on. A missing template renders nothing.
    private mutating func renderPartial(_ reference: PartialReference, _ scope: Scope) {
        let name: String
        switch reference.name {
        case .fixed(let fixed): name = fixed
        case .dynamic(let path):
            guard let dynamic = stack.lookup(path) as? String else { return }
            name = dynamic
        }
        included.insert(name)
        guard let nodes = templates[name] else { return }
        var inner = scope
        if let indentation = reference.indentation, !indentation.isEmpty { inner.indentation += indentation }
        if let overrides = reference.overrides {
            inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
        }
        let escaping = escapesHTML
        escapesHTML = true
        enter(name) { renderer in renderer.render(nodes, inner) }
        escapesHTML = escaping
    }

    /// Runs `body` one partial or block deeper. Past `maximumDepth` it records a runaway, and from then on
    /// renders no partial or block at all, so a partial that includes itself twice cannot take 2^100 steps.
    private mutating func enter(_ name: String, _ body: (inout TemplateRenderer) -> Void) {
        guard runaway == nil else { return }
        guard depth < Self.maximumDepth else {
            runaway = name
            return
        }
        depth += 1
        body(&self)
        depth -= 1
    }
}

/// Sees through an Optional stored in an `Any`, to print it as swift-mustache does (off the hot path).
private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedAny: Any? { self }
}

/// Sequences swift-mustache iterates besides arrays (off the hot path).
private protocol OtherSequence {
    var sectionItems: [Any] { get }
}

extension Set: OtherSequence {
    fileprivate var sectionItems: [Any] { map { $0 } }
}

extension ReversedCollection: OtherSequence {
    fileprivate var sectionItems: [Any] { map { $0 } }
}
