import Testing
@testable import QuorumMarkdown

@Suite struct HeadingSluggerTests {
    @Test("slug drops punctuation, lowers case and turns spaces into hyphens as GitHub does")
    func githubSlugs() {
        #expect(HeadingSlugger.slug("What we said we’d do") == "what-we-said-wed-do")
        #expect(HeadingSlugger.slug("3. Matters arising") == "3-matters-arising")
        #expect(HeadingSlugger.slug("Priority 1: Early Help") == "priority-1-early-help")
        #expect(HeadingSlugger.slug("Émotional abuse (2018)") == "émotional-abuse-2018")
        #expect(HeadingSlugger.slug("snake_case and-hyphen") == "snake_case-and-hyphen")
    }

    @Test("URL slugs make any run of spaces and punctuation one hyphen, trimmed at both ends")
    func urlSlugs() {
        #expect(HeadingSlugger.urlSlug("Cymraeg & accents") == "cymraeg-accents")
        #expect(HeadingSlugger.slug("Cymraeg & accents") == "cymraeg--accents")  // heading ids stay GitHub's
        #expect(HeadingSlugger.urlSlug("Annual report 2017/18") == "annual-report-2017-18")
        #expect(HeadingSlugger.urlSlug("  Children’s services -- (draft)  ") == "childrens-services-draft")
        #expect(HeadingSlugger.urlSlug("Émotional abuse, café") == "émotional-abuse-café")
        #expect(HeadingSlugger.urlSlug("snake_case") == "snake-case")
        #expect(HeadingSlugger.urlSlug("!!!") == "")
    }

    @Test("repeated headings get -1, -2 suffixes")
    func repeats() {
        var slugger = HeadingSlugger()
        #expect(slugger.id(for: "Impact") == "impact")
        #expect(slugger.id(for: "Impact") == "impact-1")
        #expect(slugger.id(for: "Impact") == "impact-2")
        #expect(slugger.id(for: "Impact 1") == "impact-1-1")
    }

    @Test("a heading with no letters or digits still gets an id")
    func emptySlug() {
        var slugger = HeadingSlugger()
        #expect(slugger.id(for: "!!!") == "section")
        #expect(slugger.id(for: "???") == "section-1")
    }
}

@Suite struct HeadingSluggerASCIITests {
    @Test("the ASCII fast path slugs every ASCII character as the Unicode properties do")
    func everyASCIICharacter() {
        for byte in UInt8(0)..<0x80 {
            let text = "a" + String(UnicodeScalar(byte)) + "Z " + String(UnicodeScalar(byte))
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "\(byte)")
        }
        for text in ["", " ", "What We Said", "3. Matters arising", "A_b-C d\r\ne\tF", "---", "\u{0}\u{7F}x"] {
            #expect(HeadingSlugger.slug(text) == HeadingSlugger.unicodeSlug(text), "\(text.debugDescription)")
        }
    }
}
