/// A fenced code block as the author wrote it; `line` is 1-based within the Markdown text.
public struct CodeBlock: Sendable, Hashable {
    public var info: String
    public var literal: String
    public var line: Int
    /// The line of the block's first body line (the fence is on `line`).
    public var bodyLine: Int { line + 1 }
}

/// A link or image destination found in the text.
public struct LinkReference: Sendable, Hashable {
    public var url: String
    public var line: Int
    public var column: Int
    public var isImage: Bool
    /// The link's text, or an image's alt text, as plain text.
    public var text: String

    /// Creates a link reference; line and column are 1-based within the Markdown text.
    public init(url: String, line: Int, column: Int, isImage: Bool, text: String = "") {
        self.url = url
        self.line = line
        self.column = column
        self.isImage = isImage
        self.text = text
    }
}

/// A piece of text after a text transform: plain, or wrapped in literal HTML such as `<abbr>`.
public enum InlineSegment: Sendable, Hashable {
    case text(String)
    /// `open` and `close` are emitted as they are: the hook must escape what it puts in them.
    case wrapped(String, open: String, close: String)
}

/// Callbacks that let the caller extend Markdown without this module knowing what the extensions are.
public struct MarkdownHooks: Sendable {
    /// Returns HTML to put in place of a fenced code block, or nil to keep it as code.
    public var codeBlock: (@Sendable (CodeBlock) -> String?)?
    /// Returns a new destination for a link or image, or nil to keep it.
    public var link: (@Sendable (LinkReference) -> String?)?
    /// Splits a text run (outside code, headings and link text) into segments, or nil to keep it.
    public var text: (@Sendable (String) -> [InlineSegment]?)?
    /// Returns an image's width and height for its `<img>`, or nil to leave them out; called with the
    /// destination as written, after `link`.
    public var imageSize: (@Sendable (LinkReference) -> (width: Int, height: Int)?)?

    /// Creates hooks; every hook is optional.
    public init(
        codeBlock: (@Sendable (CodeBlock) -> String?)? = nil,
        link: (@Sendable (LinkReference) -> String?)? = nil,
        text: (@Sendable (String) -> [InlineSegment]?)? = nil,
        imageSize: (@Sendable (LinkReference) -> (width: Int, height: Int)?)? = nil
    ) {
        self.codeBlock = codeBlock
        self.link = link
        self.text = text
        self.imageSize = imageSize
    }
}
