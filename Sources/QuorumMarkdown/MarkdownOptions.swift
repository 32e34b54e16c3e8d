/// How Markdown is parsed and rendered.
public struct MarkdownOptions: Sendable, Hashable {
    /// Curly quotes, en and em dashes, ellipses (cmark's CMARK_OPT_SMART).
    public var smartPunctuation: Bool
    /// Keeps raw HTML and dangerous URLs; off by default, so authors cannot inject markup.
    public var unsafeHTML: Bool
    /// Gives each heading a GitHub-style `id` so it can be linked and listed in a table of contents.
    public var headingIDs: Bool

    /// Creates options; the defaults are the site defaults (smart, safe, heading ids).
    public init(smartPunctuation: Bool = true, unsafeHTML: Bool = false, headingIDs: Bool = true) {
        self.smartPunctuation = smartPunctuation
        self.unsafeHTML = unsafeHTML
        self.headingIDs = headingIDs
    }
}
