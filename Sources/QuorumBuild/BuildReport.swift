import QuorumDiagnostics

/// What a build did: counts, time per stage and every diagnostic.
public struct BuildReport: Sendable {
    public var pages: Int = 0
    public var files: Int = 0
    public var skippedDrafts: Int = 0
    public var skippedScheduled: Int = 0
    public var diagnostics: [Diagnostic] = []
    /// Seconds per stage, in pipeline order.
    public var stages: [(name: String, seconds: Double)] = []
    /// Whether the output folder was replaced.
    public var wrote = false
    /// Whether the build stopped early because nothing changed since the last one.
    public var upToDate = false
    /// Things worth saying that are neither errors nor warnings ("search index skipped").
    public var notes: [String] = []
    /// Search parts Pagefind indexed this build, of all the site has (the rest came from the cache).
    public var searchParts: (indexed: Int, total: Int)?
    /// PDFs WeasyPrint made this build, those linked back from the cache because their input had not changed, and
    /// the print documents made to tell (none for a PDF whose print context, templates and engine are unchanged).
    public var pdfs: (made: Int, kept: Int, printed: Int)?

    /// Whether any error was found.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}
