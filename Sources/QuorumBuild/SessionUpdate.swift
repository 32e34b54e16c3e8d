import QuorumDiagnostics

/// What one build or rebuild of a `SiteSession` did.
public struct SessionUpdate: Sendable {
    /// Output paths (`meetings/x/index.html`, `assets/quorum.css`) whose bytes changed, appeared or went, sorted.
    public var changedPaths: [String] = []
    /// Every diagnostic of the site as it now is, not only of this change.
    public var diagnostics: [Diagnostic] = []
    /// Pages whose Markdown was rendered again.
    public var pagesRendered = 0
    /// Outputs (template pages and generated files) rendered again.
    public var outputsRendered = 0
    /// The template pages rendered again (whether or not their bytes changed), by output path, sorted.
    public var renderedPaths: [String] = []
    /// Template pages whose context was built to be compared with its record or rendered: every page after an
    /// edit that assembles the graph again, only the readers of the edited pages after a title or summary edit.
    public var contextsBuilt = 0
    /// Whether everything was read again (site.yaml or glossary.yaml changed, or the first build).
    public var readEverything = false
    /// False when none of the changed paths is a source of the site (only hidden files or editors' scratch
    /// files changed), so nothing was done.
    public var sourcesChanged = true
    /// Wall time of the rebuild.
    public var seconds: Double = 0

    /// Whether any error was found.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}

/// What an update changed of what the outputs read, for `SiteSession.renderChangedOutputs`.
enum OutputChange {
    /// Templates only: the graph is as it was.
    case templates
    /// Pages put into the graph in place (by `PageIDs` number), the structure as it was: the template pages and
    /// generated files whose records say they read one of them.
    case pages([Int32])
    /// The graph assembled again: every context is built and compared with its record; the generated files are
    /// all made again, but (unless `everySiteFile`) the email editions and downloads of pages not in
    /// `editedPages` and (with `keepMeetingFiles`) the files that read meetings only stand.
    case graph(editedPages: Set<String>, everySiteFile: Bool, keepMeetingFiles: Bool)
}
