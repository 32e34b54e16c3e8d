import QuorumBlocks
import QuorumMarkdown
import Testing

/// cmark's pathological inputs (test/pathological_tests.py) and deep nesting, through Quorum's hooks.
///
/// Each runs through the same Markdown pipeline as the fuzzer, with blocks, links and abbreviations on.
@Suite struct PathologicalMarkdownTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var input: String
        /// Text the output must contain.
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nested strong emphasis", input: String(repeating: "*a **a ", count: 32_500) + "b"
                + String(repeating: " a** a*", count: 32_500), expected: "<em>a <strong>a"),
        Case(name: "many emphasis closers with no openers", input: String(repeating: "a_ ", count: 65_000), expected: "a_ a_"),
        Case(name: "many emphasis openers with no closers", input: String(repeating: "_a ", count: 65_000), expected: "_a _a"),
        Case(name: "many link closers with no openers", input: String(repeating: "a]", count: 65_000), expected: "a]a]"),
        Case(name: "many link openers with no closers", input: String(repeating: "[a", count: 65_000), expected: "[a[a"),
        Case(name: "mismatched openers and closers", input: String(repeating: "*a_ ", count: 50_000), expected: "*a_ *a_"),
        Case(name: "nested brackets", input: String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000),
             expected: "[[[a]]]"),
        Case(name: "nested block quotes, 50,000 deep", input: String(repeating: "> ", count: 50_000) + "a",
             expected: "<blockquote>\n<p>a</p>"),
        Case(name: "nested lists, 1,000 deep", input: (0..<1_000).map { String(repeating: "  ", count: $0) + "* a\n" }.joined(),
             expected: "<ul>\n<li>a\n<ul>"),
        Case(name: "nested lists on one line, 10,000 deep", input: String(repeating: "- ", count: 10_000) + "a",
             expected: "<ul>\n<li>\n<ul>\n<li>"),
        Case(name: "nested ordered lists and quotes on one line, 10,000 deep", input: String(repeating: "1. > ", count: 10_000) + "a",
             expected: "<ol>\n<li>\n<blockquote>\n<ol>"),
        Case(name: "backticks", input: (1...5_000).map { "e" + String(repeating: "`", count: $0) }.joined(), expected: "e`"),
        Case(name: "unclosed links", input: String(repeating: "[a](<b", count: 30_000), expected: "[a](&lt;b"),
        Case(name: "many link reference definitions", input: (0..<20_000).map { "[a\($0)]: /u\($0)\n" }.joined() + "[a19999]",
             expected: "<a href=\"/u19999\">a19999</a>"),
        Case(name: "100,000 relative links", input: String(repeating: "[m](../../meetings/2018-10-18-sscb.md) ", count: 100_000),
             expected: "<a href=\"/board/meetings/2018-10-18-sscb/\">m</a>"),
        Case(name: "100,000 acronyms", input: String(repeating: "LADO EHAs A&E ", count: 100_000),
             expected: "<abbr title=\"accident &amp; emergency\">A&amp;E</abbr>"),
        Case(name: "a 1 MB word", input: String(repeating: "LADOs", count: 200_000), expected: "LADOsLADOs"),
        Case(name: "10,000 chart blocks that each fail", input: String(repeating: "```chart\ntype: pie\n```\n", count: 10_000),
             expected: "<p class=\"block-error\">This chart could not be shown.</p>"),
        Case(name: "a table block of 10,000 inline rows",
             input: "```table\ncaption: Rows\n---\na,b\n" + (0..<10_000).map { "r\($0),\($0)\n" }.joined() + "```\n",
             expected: "<tr><th scope=\"row\">r9999</th><td class=\"num\">9,999</td></tr>"),
    ]

    @Test("pathological Markdown renders in under 10 s", arguments: cases)
    func pathological(_ c: Case) {
        let (html, _) = Limits.within(10, c.name) { FuzzDrivers.markdown(Array(c.input.utf8)) }
        let found = html.contains(c.expected)
        #expect(found, "\(c.name): the output does not contain \(c.expected)")
        #expect(HTMLInvariants.violations(in: html).prefix(3) == [])
    }
}
