import Testing
import QuorumBlocks
import QuorumMarkdown
import QuorumContent

@Suite struct LinkRewriterTests {
    let rewriter = LinkRewriter(sourcePath: "content/reports/ar/02-summary.md", lineOffset: 5,
                                pageURLs: ["content/reports/ar/08-neglect.md": "/reports/ar/08-neglect/",
                                           "content/meetings/2018-10-18-sscb.md": "/meetings/2018-10-18-sscb/"],
                                assets: ["content/reports/ar/chart.png": AssetFile(url: "/reports/ar/chart.png", bytes: 2048,
                                                                                   imageSize: ImageSize(width: 640, height: 480), fileExtension: "png")])

    func link(_ url: String) -> LinkReference { LinkReference(url: url, line: 2, column: 4, isImage: false) }

    @Test("relative .md links become URLs, keeping the anchor, which is queued for checking")
    func rewrites() {
        #expect(rewriter.rewrite(link("08-neglect.md#what-we-did")) == "/reports/ar/08-neglect/#what-we-did")
        #expect(rewriter.rewrite(link("../../meetings/2018-10-18-sscb.md")) == "/meetings/2018-10-18-sscb/")
        #expect(rewriter.rewrite(link("chart.png")) == "/reports/ar/chart.png")
        #expect(rewriter.anchorChecks.map(\.anchor) == ["what-we-did"])
    }

    @Test("external, absolute and mail links are left alone")
    func external() {
        for url in ["https://example.org/a.md", "mailto:a@example.org", "/somewhere/", "tel:01823000000"] {
            #expect(rewriter.rewrite(link(url)) == nil)
        }
        #expect(rewriter.problems.isEmpty)
    }

    @Test("a link to a missing file is an error at the file line of the link")
    func broken() {
        #expect(rewriter.rewrite(link("09-missing.md")) == nil)
        #expect(rewriter.problems.map { "\($0.location?.description ?? ""): \($0.message)" }
                == ["content/reports/ar/02-summary.md:6:4: broken link: \"09-missing.md\" does not point to a file in content/"])
    }

    @Test("a link cannot climb out of the site")
    func climbing() {
        #expect(ContentPath.resolve("../../../../etc/passwd", from: "content/a/b.md") == nil)
    }
}

@Suite struct AbbreviationMarkerTests {
    @Test("only the first use of each acronym, or its plural, is marked")
    func firstUse() {
        let marker = AbbreviationMarker(glossary: ["EHA": "early help assessment", "LADO": "Local Authority Designated Officer"])
        let first = marker.segments("Two EHAs and the LADO; another EHA.")
        #expect(first == [.text("Two "), .wrapped("EHAs", open: "<abbr title=\"early help assessment\">", close: "</abbr>"),
                          .text(" and the "), .wrapped("LADO", open: "<abbr title=\"Local Authority Designated Officer\">", close: "</abbr>"),
                          .text("; another EHA.")])
        #expect(marker.segments("The LADO again.") == nil)
    }

    @Test("acronyms inside longer words are not matched, and expansions are escaped")
    func boundaries() {
        let marker = AbbreviationMarker(glossary: ["CP": "child protection <plan>"])
        #expect(marker.segments("CPR and SCP") == nil)
        #expect(marker.segments("a CP plan") == [.text("a "), .wrapped("CP", open: "<abbr title=\"child protection &lt;plan&gt;\">", close: "</abbr>"), .text(" plan")])
    }
}

@Suite struct AuthorWarningTests {
    @Test("an image without alt text is a warning at its line")
    func imageWithoutAlt() {
        let rewriter = LinkRewriter(sourcePath: "content/pages/a.md", lineOffset: 4, pageURLs: [:],
                                    assets: ["content/pages/p.png": AssetFile(url: "/pages/p.png", bytes: 10, imageSize: nil, fileExtension: "png")])
        _ = Markdown.render("Text\n\n![](p.png) and ![A chart](p.png)\n", hooks: MarkdownHooks(link: { rewriter.rewrite($0) }))
        #expect(rewriter.problems.map { "\($0.severity) \($0.location?.line ?? 0): \($0.message)" } == ["warning 6: this image has no alt text"])
    }

    @Test("capitalised words the glossary lacks are warned about once, at their first line; initials and Roman numerals are not")
    func unknownAcronyms() {
        let marker = AbbreviationMarker(glossary: ["LADO": "Local Authority Designated Officer"], ignoring: ["SH"])
        let body = "The LADO met.\nSH asked the NHS trust\nabout NHS plans and part II of TA1 2DP.\n"
        _ = Markdown.render(body, hooks: MarkdownHooks(text: { marker.segments($0) }))
        let warnings = marker.unknownAcronyms(in: body, file: "content/pages/a.md", lineOffset: 5)
        #expect(warnings.map { "\($0.location?.line ?? 0): \($0.message)" } == ["6: \"NHS\" looks like an abbreviation but is not in glossary.yaml"])
    }

    @Test("data usage records the file a block names")
    func usage() {
        #expect(BlockReader.dataName("type: bar\ndata: \"cp-rate.csv\"\nx: year\n") == "cp-rate.csv")
        #expect(BlockReader.dataName("caption: A\n---\ndata: not-an-option\n") == nil)
    }
}
