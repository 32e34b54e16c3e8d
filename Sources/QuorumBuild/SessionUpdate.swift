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
