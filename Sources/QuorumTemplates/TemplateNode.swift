/// One piece of a parsed template, ready to render without looking at the source again.
enum TemplateNode: Sendable {
    /// Literal text.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(VariablePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(VariablePath, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(VariablePath, [TemplateNode])
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with its block overrides.
    case partial(PartialReference)
    /// `{{$name}}default{{/name}}`: an override from an inheriting template, or the default.
    case block(name: String, defaultNodes: [TemplateNode], indentation: String)
    /// `{{%CONTENT_TYPE: TEXT}}` turns escaping off for the rest of the template; `HTML` turns it on.
    case setEscaping(Bool)
}

/// A variable name split once at parse time: `page.title` is `["page", "title"]`.
struct VariablePath: Sendable {
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
struct PartialReference: Sendable {
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
}
