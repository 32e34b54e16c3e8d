import QuorumContent
import QuorumMarkdown

/// A page with its Markdown turned into HTML.
public struct RenderedPage: Sendable {
    public var page: Page
    public var html: String
    public var headings: [Heading]
    /// The front matter summary, or the first paragraph shortened.
    public var summary: String
    public var wordCount: Int
    /// Files made with the page, such as the CSV of each data table (paths in the output folder).
    public var downloads: [SiteFile] = []

    /// Pairs a page with its rendered body.
    public init(page: Page, rendered: RenderedMarkdown) {
        self.page = page
        self.html = rendered.html
        self.headings = rendered.headings
        self.summary = page.summary ?? RenderedPage.shorten(rendered.firstParagraph, to: 240)
        self.wordCount = rendered.wordCount
    }

    /// Cuts text at a word boundary and adds an ellipsis when it is longer than `limit` characters.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}

import Foundation
