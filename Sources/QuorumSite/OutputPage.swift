import QuorumContent

/// One HTML file the site will have, and which template renders it.
public struct OutputPage: Sendable {
    /// What the file shows.
    public enum Content: Sendable {
        case page(Int)
        case section(Section)
        case home
        case notFound
        case tags
        case tag(String)
        case archives
        case archive(ReportingYear)
        case glossary
        case actions
        case attendance
        case attendanceSheet(Int)
        case members
        case member(Int)
        case board(String)
        /// The accessibility statement Quorum writes from site.yaml when no page holds it.
        case statement
        case decisions
        case forwardPlan
    }

    public var content: Content
    /// The URL path, e.g. `/meetings/`.
    public let url: String
    public var template: String
    /// Which page of a long list this is; nil for outputs that are not lists.
    public var pagination: Pagination?

    /// An output; a page of a list has its `pagination`, and its URL is the pagination's.
    public init(content: Content, url: String, template: String, pagination: Pagination? = nil) {
        self.content = content
        self.url = url
        self.template = template
        self.pagination = pagination
        self.outputPath = OutputPage.outputPath(of: url)
    }

    /// The file to write, relative to the output folder: `/meetings/` → `meetings/index.html`. Kept, not worked
    /// out at each use: `serve` looks up 25,000 records by it after every edit.
    public let outputPath: String

    private static func outputPath(of url: String) -> String {
        if url == "/404.html" { return "404.html" }
        let trimmed = url.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
    }
}
