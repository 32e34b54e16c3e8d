import QuorumDiagnostics

/// One content file after its front matter has been read: everything but the rendered body.
public struct Page: Sendable, Equatable {
    /// The path as authors see it, e.g. `content/meetings/2018-10-18-sscb.md`.
    public var sourcePath: String
    public var section: Section
    public var kind: PageKind
    /// The URL path, e.g. `/meetings/2018-10-18-sscb/`.
    public var url: String
    public var title: String
    public var date: DayDate?
    public var summary: String?
    public var tags: [String]
    public var draft: Bool
    public var publish: DayDate?
    /// The Markdown after the front matter, and the file line it starts on.
    public var body: String
    public var bodyFirstLine: Int

    public var meeting: Meeting?
    public var bulletin: Bulletin?
    public var report: Report?
    public var chapter: Chapter?
    public var cover: CoverReport?

    /// A theme template to render this page with instead of its type's own (`layout: accessibility-statement`).
    public var layout: String?
    /// Whether the build makes a PDF of this page when its kind has one (`pdf: false` leaves it out).
    public var pdf = true

    /// The folder of a multi-chapter report this page belongs to (`annual-report-2017-18`), if any.
    public var reportFolder: String?

    /// Where the front matter starts, for diagnostics about the page as a whole.
    public var location: SourceLocation { SourceLocation(file: sourcePath, line: 1, column: 1) }

    /// Creates a value from its parts.
    public init(sourcePath: String, section: Section, kind: PageKind, url: String, title: String, date: DayDate? = nil, summary: String? = nil, tags: [String] = [], draft: Bool = false, publish: DayDate? = nil, body: String = "", bodyFirstLine: Int = 1, meeting: Meeting? = nil, bulletin: Bulletin? = nil, report: Report? = nil, chapter: Chapter? = nil, cover: CoverReport? = nil, reportFolder: String? = nil) {
        self.sourcePath = sourcePath
        self.section = section
        self.kind = kind
        self.url = url
        self.title = title
        self.date = date
        self.summary = summary
        self.tags = tags
        self.draft = draft
        self.publish = publish
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.meeting = meeting
        self.bulletin = bulletin
        self.report = report
        self.chapter = chapter
        self.cover = cover
        self.reportFolder = reportFolder
    }
}
