/// What a relative link in a content file points at, once resolved.
public enum LinkTarget: Sendable, Hashable {
    /// Another page, by its source path, with an optional `#anchor` to check against its headings.
    case page(sourcePath: String, url: String, anchor: String?)
    /// A file copied beside the pages (an image, a PDF).
    case asset(url: String)
}

/// A link that must be checked once every page's headings are known.
public struct AnchorCheck: Sendable, Hashable {
    public var fromPath: String
    public var targetPath: String
    public var anchor: String
    public var line: Int
    public var column: Int
}
