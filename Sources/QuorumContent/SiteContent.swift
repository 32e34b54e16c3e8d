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

    /// Creates a value from its parts.
    public init(config: SiteConfig, members: [Member], glossary: Glossary, pages: [Page], dataFiles: [String], allFiles: [String], skippedDrafts: Int, skippedScheduled: Int) {
        self.config = config
        self.members = members
        self.glossary = glossary
        self.pages = pages
        self.dataFiles = dataFiles
        self.allFiles = allFiles
        self.skippedDrafts = skippedDrafts
        self.skippedScheduled = skippedScheduled
    }
}
