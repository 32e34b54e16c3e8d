/// One piece of a parsed template, ready to render without looking at the source again.
///
/// Each case holds at most one reference (parts live in final classes), so copying a node while
/// rendering is a single retain, not an outlined copy of several fields.
enum TemplateNode: Sendable {
    /// Literal text (adjacent text is merged into one node).
    case text(String)
    /// Merged text whose pieces met after a "\n": an indented partial or block indents there.
    case lines(Lines)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(VariablePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(Section)
    /// `{{^name}}…{{/name}}`.
    case invertedSection(Section)
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with its block overrides.
    case partial(PartialReference)
    /// `{{$name}}default{{/name}}`: an override from an inheriting template, or the default.
    case block(Block)
    /// `{{%CONTENT_TYPE: TEXT}}` turns escaping off for the rest of the template; `HTML` turns it on.
    case setEscaping(Bool)

    final class Lines: Sendable {
        let text: String
        /// UTF-8 offsets where the merged pieces met after a "\n".
        let indentAt: [Int]

        init(_ text: String, indentAt: [Int]) {
            self.text = text
            self.indentAt = indentAt
        }
    }

    final class Section: Sendable {
        let path: VariablePath
        let nodes: [TemplateNode]

        init(_ path: VariablePath, _ nodes: [TemplateNode]) {
            self.path = path
            self.nodes = nodes
        }
    }

    final class Block: Sendable {
        let name: String
        let defaultNodes: [TemplateNode]
        /// The whitespace before the tag, added to the indentation of what fills the block.
        let indentation: String

        init(name: String, defaultNodes: [TemplateNode], indentation: String) {
            self.name = name
            self.defaultNodes = defaultNodes
            self.indentation = indentation
        }
    }
}

/// A variable name split once at parse time: `page.title` is `["page", "title"]`.
final class VariablePath: Sendable {
    /// The names to follow; empty for `{{.}}`, which is the current object.
    let names: [String]
    /// A leading dot (`{{.title}}`) looks only in the current object, not up the context stack.
    let currentObjectOnly: Bool

    init(_ name: String) {
        if name == "." {
            names = []
            currentObjectOnly = true
        } else {
            // Empty parts are dropped, as swift-mustache's split does: `a..b` is `a.b`, `..` is `.`.
            names = name.split(separator: ".").map(String.init)
            currentObjectOnly = name.first == "."
        }
    }
}

/// Which template a partial or parent tag renders, and what it passes on.
final class PartialReference: Sendable {
    enum Name: Sendable {
        /// `{{> list-item}}`: a name written in the template.
        case fixed(String)
        /// `{{>*name}}`: the name is the value of a variable.
        case dynamic(VariablePath)
    }

    let name: Name
    /// The whitespace before a standalone tag, added to every line of the partial after the first.
    let indentation: String?
    /// Block overrides of a `{{<parent}}` tag; nil for a plain `{{>partial}}`.
    let overrides: [String: [TemplateNode]]?

    init(name: Name, indentation: String?, overrides: [String: [TemplateNode]]?) {
        self.name = name
        self.indentation = indentation
        self.overrides = overrides
    }
}
