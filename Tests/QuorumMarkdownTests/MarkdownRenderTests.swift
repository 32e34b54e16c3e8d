import Testing
import QuorumMarkdown

@Suite struct MarkdownRenderTests {
    @Test("headings get GitHub ids and are listed in order")
    func headingIDs() {
        let page = Markdown.render("# Minutes\n\n## 3. Matters arising\n\n## Impact\n\n### Impact\n")
        #expect(page.html == """
            <h1 id="minutes">Minutes</h1>
            <h2 id="3-matters-arising">3. Matters arising</h2>
            <h2 id="impact">Impact</h2>
            <h3 id="impact-1">Impact</h3>

            """)
        #expect(page.headings.map(\.id) == ["minutes", "3-matters-arising", "impact", "impact-1"])
        #expect(page.headings.map(\.level) == [1, 2, 2, 3])
        #expect(page.headings[1].line == 3)
    }

    @Test("inline markup inside a heading is kept and left out of the id")
    func headingInlines() {
        let page = Markdown.render("## The *neglect* strategy’s `GCP2`\n")
        #expect(page.html == "<h2 id=\"the-neglect-strategys-gcp2\">The <em>neglect</em> strategy’s <code>GCP2</code></h2>\n")
    }

    @Test("smart punctuation is on by default")
    func smart() {
        #expect(Markdown.render("\"Don't\" -- wait...").html == "<p>“Don’t” – wait…</p>\n")
    }

    @Test("raw HTML and javascript: links are dropped unless unsafe HTML is allowed")
    func safeByDefault() {
        let source = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>bold</b>\n"
        let safe = Markdown.render(source).html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("javascript:"))
        #expect(!safe.contains("<b>"))
        let unsafe = Markdown.render(source, options: MarkdownOptions(unsafeHTML: true)).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
    }

    @Test("a code block hook replaces the block with its HTML and sees its line")
    func codeBlockHook() {
        let source = "Intro\n\n```chart\ntype: bar\n```\n\n```swift\nlet x = 1\n```\n"
        let page = Markdown.render(source, hooks: MarkdownHooks(codeBlock: { block in
            block.info == "chart" ? "<figure data-line=\"\(block.line)\">\(block.literal.count)</figure>" : nil
        }))
        #expect(page.html == """
            <p>Intro</p>
            <figure data-line="3">10</figure>
            <pre><code class="language-swift">let x = 1
            </code></pre>

            """)
    }

    @Test("a link hook rewrites destinations and reports where each link is")
    func linkHook() {
        let source = "See [the minutes](../meetings/2018-10-18-sscb.md#actions) and\n![chart](img.png).\n"
        let page = Markdown.render(source, hooks: MarkdownHooks(link: { link in
            link.url.hasSuffix("#actions") ? "/meetings/2018-10-18-sscb/#actions" : nil
        }))
        #expect(page.html == "<p>See <a href=\"/meetings/2018-10-18-sscb/#actions\">the minutes</a> and\n<img src=\"img.png\" alt=\"chart\" />.</p>\n")
    }

    @Test("an image size hook adds width and height to cmark's own <img>, inside links too, but not to an image in alt text")
    func imageSizeHook() {
        let source = "[![A \"chart\" & key](<a b.png> \"T\")](x.md) ![outer ![inner](i.png)](o.png) ![none](n.png)\n"
        let page = Markdown.render(source, hooks: MarkdownHooks(
            link: { $0.url == "x.md" ? "/x/" : nil },
            imageSize: { $0.url == "n.png" ? nil : (width: $0.url.count, height: 7) }))
        #expect(page.html == "<p><a href=\"/x/\"><img src=\"a%20b.png\" alt=\"A “chart” &amp; key\" title=\"T\" width=\"7\" height=\"7\" /></a> "
                + "<img src=\"o.png\" alt=\"outer inner\" width=\"5\" height=\"7\" /> <img src=\"n.png\" alt=\"none\" /></p>\n")
    }

    @Test("a text hook can wrap words in literal HTML, but not inside headings, links or code")
    func textHook() {
        let source = "## About LADO\n\nThe LADO and `LADO` and [LADO](x.md).\n"
        let page = Markdown.render(source, hooks: MarkdownHooks(text: { text in
            guard let range = text.range(of: "LADO") else { return nil }
            return [.text(String(text[..<range.lowerBound])),
                    .wrapped("LADO", open: "<abbr title=\"Local Authority Designated Officer\">", close: "</abbr>"),
                    .text(String(text[range.upperBound...]))]
        }))
        #expect(page.html == """
            <h2 id="about-lado">About LADO</h2>
            <p>The <abbr title="Local Authority Designated Officer">LADO</abbr> and <code>LADO</code> and <a href="x.md">LADO</a>.</p>

            """)
    }

    @Test("the first paragraph and word count come back as plain text")
    func summaryText() {
        let page = Markdown.render("# Title\n\nThe board *met* on\n18 October.\n\nMore here.\n")
        #expect(page.firstParagraph == "The board met on 18 October.")
        #expect(page.wordCount == 9)
    }

    @Test("invalid UTF-8 and NUL bytes are replaced, not trusted")
    func invalidInput() {
        let page = Markdown.render("a\u{0}b")
        #expect(page.html == "<p>a\u{FFFD}b</p>\n")
    }
}
