/// Renders CommonMark to HTML through libcmark, with the caller's extensions applied to the AST.
///
///     let page = Markdown.render("# Minutes\n\nAgreed.", options: MarkdownOptions())
///     page.html        // <h1 id="minutes">Minutes</h1>\n<p>Agreed.</p>\n
///     page.headings    // [Heading(level: 1, text: "Minutes", id: "minutes", line: 1)]
public enum Markdown {
    /// Parses `source`, applies `hooks` and heading ids, and renders HTML.
    public static func render(_ source: String, options: MarkdownOptions = MarkdownOptions(),
                              hooks: MarkdownHooks = MarkdownHooks()) -> RenderedMarkdown {
        CmarkDocument(source, options: options).render(hooks: hooks, headingIDs: options.headingIDs)
    }
}
