import Testing
import QuorumMarkdown

/// Every spec example goes through the module's whole pipeline (walk, hooks, render) with hooks
/// that change nothing, so any difference is the module's fault, not an extension's.
@Suite struct CommonMarkSpecTests {
    static let spec = SpecExample.load("spec-0.30.json")
    static let smart = SpecExample.load("smart-punct-0.30.json")

    static let neutralHooks = MarkdownHooks(
        codeBlock: { _ in nil },
        link: { _ in nil },
        text: { [.text($0)] })

    @Test("the fixtures hold all 652 spec examples and 16 smart punctuation examples")
    func fixtureCounts() {
        #expect(Self.spec.count == 652)
        #expect(Self.smart.count == 16)
    }

    @Test("CommonMark 0.30 spec example", arguments: spec)
    func specExample(_ example: SpecExample) {
        let options = MarkdownOptions(smartPunctuation: false, unsafeHTML: true, headingIDs: false)
        let html = Markdown.render(example.markdown, options: options, hooks: Self.neutralHooks).html
        #expect(SpecNormaliser.normalise(html) == SpecNormaliser.normalise(example.html),
                "\(example.testDescription)")
    }

    @Test("smart punctuation example", arguments: smart)
    func smartExample(_ example: SpecExample) {
        let options = MarkdownOptions(smartPunctuation: true, unsafeHTML: true, headingIDs: false)
        let html = Markdown.render(example.markdown, options: options, hooks: Self.neutralHooks).html
        #expect(SpecNormaliser.normalise(html) == SpecNormaliser.normalise(example.html),
                "\(example.testDescription)")
    }
}
