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
    }

    public var content: Content
    /// The URL path, e.g. `/meetings/`.
    public var url: String
    public var template: String

    /// The file to write, relative to the output folder: `/meetings/` → `meetings/index.html`.
    public var outputPath: String {
        if url == "/404.html" { return "404.html" }
        let trimmed = url.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "index.html" : trimmed + "/index.html"
    }
}
