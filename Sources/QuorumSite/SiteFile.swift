/// A file of the site that is not rendered from a template: a feed, the sitemap, the calendar.
public struct SiteFile: Sendable {
    /// The path inside the output folder.
    public var path: String
    public var text: String
}
