/// A heading of a rendered page, for its table of contents and for checking `#anchor` links.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int
}

/// The result of rendering one Markdown text.
public struct RenderedMarkdown: Sendable {
    /// The HTML fragment.
    public var html: String
    /// Every heading in document order, with its id.
    public var headings: [Heading]
    /// The plain text of the first paragraph, for summaries.
    public var firstParagraph: String
    /// The count of words in the text, for reading times and sanity checks.
    public var wordCount: Int
}
