/// Parsed templates by name. Partials and parents are found by name as they render, so a site's
/// `list-item` replaces the theme's everywhere it is used.
struct TemplateLibrary: Sendable {
    /// Why a render gave no page.
    enum RenderFailure: Error {
        /// No template has this name.
        case missing(String)
        /// Partials or blocks nested past `TemplateRenderer.maximumDepth`, ending at this template.
        case runaway(String)
    }

    private(set) var templates: [String: [TemplateNode]] = [:]
    /// Whether a name whose value is empty text counts as missing, as Quorum's themes expect (see `EmptyText`);
    /// off, rendering follows swift-mustache, which the differential tests compare against.
    var emptyTextIsMissing = false
    private let sizeHints = OutputSizeHints()

    /// Parses `source` and keeps it under `name`, replacing any template of that name.
    mutating func register(_ source: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(source)
    }

    /// Renders the template called `name` with `context` as the root of the context stack.
    func render(_ name: String, _ context: [String: Any]) throws(RenderFailure) -> String {
        var used: Set<String> = []
        return try render(name, context, used: &used)
    }

    /// Renders as `render(_:_:)` does and adds to `used` the names of the template and every partial it asked for.
    func render(_ name: String, _ context: [String: Any], used: inout Set<String>) throws(RenderFailure) -> String {
        used.insert(name)
        guard let nodes = templates[name] else { throw .missing(name) }
        var renderer = TemplateRenderer(templates: templates, context: context, capacity: sizeHints.capacity(for: name),
                                        hidingEmptyText: emptyTextIsMissing)
        renderer.render(nodes, TemplateRenderer.Scope())
        used.formUnion(renderer.included)
        if let runaway = renderer.runaway { throw .runaway(runaway) }
        sizeHints.record(renderer.output.utf8.count, for: name)
        return renderer.output
    }
}
