import Foundation

/// Renders parsed templates into one UTF-8 buffer, with the semantics of swift-mustache 2.1.1:
/// what is truthy, how values print, how sections push objects, how partials and blocks indent.
struct TemplateRenderer {
    /// What a template passes to what it renders inside it.
    struct Scope {
        /// Added after each line break of this template's output (from standalone partials and blocks).
        var indentation: [UInt8] = []
        /// Block overrides from `{{<parent}}` tags; the outermost template's override wins.
        var overrides: [String: [TemplateNode]]?
        /// Whether `{{name}}` escapes HTML (`{{%CONTENT_TYPE: TEXT}}` turns it off).
        var escapesHTML = true
    }

    /// A partial that includes itself would otherwise recurse until the stack overflows.
    static let maximumDepth = 100

    private let templates: [String: [TemplateNode]]
    private var stack: ContextStack
    private var depth = 0
    /// The buffer the page is written into.
    private(set) var output: [UInt8] = []
    /// Set when partials or blocks nested deeper than `maximumDepth`: the template it stopped at.
    private(set) var runaway: String?

    init(templates: [String: [TemplateNode]], context: [String: Any], capacity: Int) {
        self.templates = templates
        self.stack = ContextStack(root: context)
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode], _ scope: Scope) {
        var scope = scope
        if scope.indentation.isEmpty {
            for node in nodes { render(node, &scope) }
            return
        }
        // swift-mustache indents a node's output when this template's output so far ends with "\n" and the
        // node writes something: write the indentation first and take it back if the node wrote nothing.
        let start = output.count
        for node in nodes {
            guard endsWithLineFeed(since: start) else {
                render(node, &scope)
                continue
            }
            output.append(contentsOf: scope.indentation)
            let mark = output.count
            render(node, &scope)
            if output.count == mark { output.removeLast(scope.indentation.count) }
        }
    }

    /// Whether the output since `start` ends with a "\n" Character (a "\r\n" is a different Character).
    private func endsWithLineFeed(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == 0x0A else { return false }
        return count - 1 == start || output[count - 2] != 0x0D
    }

    private mutating func render(_ node: TemplateNode, _ scope: inout Scope) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let path, let escaped):
            if let value = stack.lookup(path) { append(value, escaped: escaped && scope.escapesHTML) }
        case .section(let path, let nodes):
            renderSection(stack.lookup(path), nodes, scope)
        case .invertedSection(let path, let nodes):
            renderInvertedSection(stack.lookup(path), nodes, scope)
        case .partial(let reference):
            renderPartial(reference, scope)
        case .block(let name, let defaultNodes, let indentation):
            var inner = scope
            if !indentation.isEmpty { inner.indentation += indentation }
            enter(name) { renderer in renderer.render(scope.overrides?[name] ?? defaultNodes, inner) }
        case .setEscaping(let escapes):
            scope.escapesHTML = escapes
        }
    }

    // MARK: Values

    /// Appends a value as `{{name}}` shows it: text as it is, numbers and Booleans by `String(describing:)`.
    private mutating func append(_ value: Any, escaped: Bool) {
        if let text = value as? String {
            if escaped { HTMLEscape.append(text, to: &output) } else { HTMLEscape.appendRaw(text, to: &output) }
        } else if let number = value as? Int {
            HTMLEscape.appendRaw(String(number), to: &output)
        } else if let flag = value as? Bool {
            HTMLEscape.appendRaw(flag ? "true" : "false", to: &output)
        } else if let number = value as? Double {
            HTMLEscape.appendRaw(number.description, to: &output)
        } else if value is NSNull {
            return
        } else {
            let text = String(describing: (value as? OptionalValue)?.wrappedAny ?? value)
            if escaped { HTMLEscape.append(text, to: &output) } else { HTMLEscape.appendRaw(text, to: &output) }
        }
    }

    // MARK: Sections

    /// `{{#name}}`: once per item of an array, once for `true`, never for false, nil or an empty array,
    /// and once with the value pushed for anything else (including "" and 0).
    private mutating func renderSection(_ value: Any?, _ nodes: [TemplateNode], _ scope: Scope) {
        guard let value else { return }
        if let rows = value as? [[String: Any]] {
            for row in rows { renderPushing(.dictionary(row, original: row), nodes, scope) }
        } else if let flag = value as? Bool {
            if flag { render(nodes, scope) }
        } else if let dictionary = value as? [String: Any] {
            renderPushing(.dictionary(dictionary, original: value), nodes, scope)
        } else if value is String || value is Int || value is Double {
            renderPushing(.plain(value), nodes, scope)
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
        if let flag = value as? Bool {
            if !flag { render(nodes, scope) }
        } else if let rows = value as? [[String: Any]] {
            if rows.isEmpty { renderPushing(.plain(value), nodes, scope) }
        } else if value is String || value is Int || value is Double || value is [String: Any] {
            return
        } else if let items = value as? [Any] {
            if items.isEmpty { renderPushing(.plain(value), nodes, scope) }
        } else if value is NSNull {
            render(nodes, scope)
        } else if let sequence = value as? OtherSequence {
            if sequence.sectionItems.isEmpty { renderPushing(.plain(value), nodes, scope) }
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
        guard let nodes = templates[name] else { return }
        var inner = Scope(indentation: scope.indentation, overrides: scope.overrides, escapesHTML: true)
        if let indentation = reference.indentation, !indentation.isEmpty { inner.indentation += indentation }
        if let overrides = reference.overrides {
            inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
        }
        enter(name) { renderer in renderer.render(nodes, inner) }
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
