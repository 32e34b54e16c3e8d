/// A file of the site that is not rendered from a template: a feed, the sitemap, the calendar.
public struct SiteFile: Sendable {
    /// The path inside the output folder.
    public var path: String
    public var text: String

    /// Creates a file at `path` (inside the output folder) with `text`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
