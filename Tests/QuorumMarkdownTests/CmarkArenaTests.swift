import CMark
import Testing
@testable import QuorumMarkdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The arena allocator must give exactly the HTML of cmark's own `cmark_markdown_to_html`, which parses with
/// the C heap through `cmark_parse_document` (its end-of-input handling included).
@Suite struct CmarkArenaTests {
    static func cmarkHTML(_ text: String, unsafe: Bool) -> String {
        var flags = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART
        if unsafe { flags |= CMARK_OPT_UNSAFE }
        var text = text
        return text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, flags) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }

    static func arenaHTML(_ text: String, unsafe: Bool) -> String {
        Markdown.render(text, options: MarkdownOptions(unsafeHTML: unsafe, headingIDs: false)).html
    }

    @Test("every spec example renders as cmark renders it on the C heap")
    func specExamples() {
        let examples = SpecExample.load("spec-0.30.json") + SpecExample.load("smart-punct-0.30.json")
        #expect(examples.count > 600)
        for example in examples {
            for unsafe in [false, true] {
                #expect(Self.arenaHTML(example.markdown, unsafe: unsafe) == Self.cmarkHTML(example.markdown, unsafe: unsafe),
                        "example \(example.example)")
            }
        }
    }

    @Test("odd input ends, NULs, CRs, BOMs and long buffers render as on the C heap")
    func oddInputs() {
        var inputs = ["", "a", "# h", "text without newline", "line\r", "line\r\n", "a\0b", "\0", "\u{FEFF}# bom\n",
                      "> quote\n> more", "- a\n- b", "```\ncode", "| a |\n|---|\n| b |", "a  \nb", "[x]: /u\n[x]",
                      String(repeating: "word ", count: 50_000), String(repeating: "> ", count: 100) + "deep",
                      String(repeating: "*a **b** `c` [d](e) ", count: 5_000) + "\n\n" + String(repeating: "# h\n\n", count: 2_000)]
        var state: UInt64 = 2_024
        let pieces = ["a", " ", "\n", "\r", "\r\n", "*", "_", "`", "#", ">", "-", "1.", "[", "]", "(", ")", "<", "&", "\0", "é", "\\", "!", "    "]
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            inputs.append(text)
        }
        for text in inputs {
            #expect(Self.arenaHTML(text, unsafe: false) == Self.cmarkHTML(text, unsafe: false), "\(text.prefix(80).debugDescription)")
        }
    }

    @Test("a hook may render another document inside the first")
    func nestedDocuments() {
        let outer = Markdown.render("# Outer\n\nSome *text* here.\n\n```table\nx\n```\n", hooks: MarkdownHooks(
            codeBlock: { _ in Markdown.render("## Inner *one*\n\n" + String(repeating: "more text ", count: 2_000)).html },
            text: { text in [.wrapped(text, open: "<span>", close: "</span>")] }))
        #expect(outer.html.hasPrefix("<h1 id=\"outer\">Outer</h1>\n<p><span>Some </span><em><span>text</span></em><span> here.</span></p>\n<h2 id=\"inner-one\">"))
        #expect(outer.headings.map(\.id) == ["outer"])
    }
}
