import Testing
@testable import QuorumMarkdown

@Suite struct HeadingIDHTMLTests {
    static let documents = [
        "# Minutes\n\nText.\n\n## 3. Matters *arising*\n",
        "#\n\n## \n\n### ###\n",
        "# A `code` and [link](x.md) and ![alt *em*](i.png) &amp; &copy; <b>raw</b>\n",
        "Setext\nheading over\ntwo lines\n===\n\nAnd *another*\n---\n",
        "> # In a quote\n> ## Two\n>\n> Para\n",
        "- # In a list\n- ## Item two\n\n1. ### Ordered\n   text\n",
        "- a\n\n  # Loose list heading\n\n- b\n",
        "Para\n# Straight after\nPara after\n",
        "# Trailing hashes ##\n## Escaped \\# hash\n",
        "# Hard  \nbreak? no\n\n# Ends with space   \n",
        "```\n# not a heading\n```\n\n    # indented code\n\n# Real\n",
        "# Same\n# Same\n# Same\n",
        "# Émotional “quotes” -- dash...\n",
        "<div>\n# inside html block\n</div>\n\n# after\n",
        "# a\n## b\n### c\n#### d\n##### e\n###### f\n",
        "# [link *with* `code`](https://example.org \"title\")\n",
        "",
    ]

    /// Headings with ids must be the headings without ids with only the open tag changed, whatever they hold.
    @Test("an id changes only the heading's open tag, wherever the heading is and whatever it holds")
    func onlyTheOpenTagChanges() {
        for unsafe in [false, true] {
            for source in Self.documents {
                let options = MarkdownOptions(unsafeHTML: unsafe)
                let with = Markdown.render(source, options: options)
                var plain = Markdown.render(source, options: MarkdownOptions(unsafeHTML: unsafe, headingIDs: false)).html
                for heading in with.headings {
                    let open = "<h\(heading.level)>"
                    guard let range = plain.firstRange(of: open) else {
                        Issue.record("no \(open) left in \(source.debugDescription)")
                        break
                    }
                    plain.replaceSubrange(range, with: "<h\(heading.level) id=\"\(heading.id)\">")
                }
                #expect(with.html == plain, "\(source.debugDescription)")
            }
        }
    }
}
