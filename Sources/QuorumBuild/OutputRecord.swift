import QuorumTemplates

/// What one template page read when it was last rendered: a digest of its whole context (every field of every
/// page, member, data set and setting it shows, and which pages its list holds) and the templates and partials
/// it used. The same record means the same bytes, so `serve` renders again only the pages whose record changed.
struct OutputRecord: Sendable {
    /// Nil when the context held a value `ContextDigest` does not know: such a page is rendered every time.
    var context: ContextDigest?
    var templates: Set<String>
}

/// Which template pages a render may leave as they are, from what each read when it was last rendered.
struct RenderSelection: Sendable {
    /// The records of the last render, by output path.
    var records: [String: OutputRecord]
    /// Templates changed, added or removed since then, by name.
    var changedTemplates: Set<String>
    /// Whether the graph was assembled again, so that any context may differ and each one is built and compared.
    var contextsMayDiffer: Bool

    /// Whether a page with record `old` would render as before: it used no changed template, and its context is
    /// the same (`context`, its digest now; nil when not built yet, which only the unchanged graph allows).
    func keeps(_ old: OutputRecord, context: ContextDigest?) -> Bool {
        guard old.templates.isDisjoint(with: changedTemplates) else { return false }
        guard contextsMayDiffer else { return true }
        guard let context, let was = old.context else { return false }
        return context == was
    }
}
