import QuorumDiagnostics

/// Everything read from `content/`: registries, pages and the data files that sit beside them.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var members: [Member]
    public var glossary: Glossary
    /// Pages that will be published, sorted by source path.
    public var pages: [Page]
    /// Paths of data files under `content/data/`, relative to the site root.
    public var dataFiles: [String]
    /// Every file under `content/`, relative to the site root, sorted.
    public var allFiles: [String]
    /// How many pages were left out as drafts or not yet due.
    public var skippedDrafts: Int
    public var skippedScheduled: Int
}
