import Testing
@testable import QuorumTemplates

/// What templates render to: whitespace, sections, partials, inheritance, escaping.
@Suite struct TemplateRenderingTests {
    func render(_ template: String, _ context: [String: Any] = [:], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library.emptyTextIsMissing = true
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(template, named: "main")
        return try library.render("main", context)
    }

    // MARK: Whitespace

    @Test("a tag alone on its line takes the whole line with it")
    func standaloneLines() throws {
        #expect(try render("a\n{{#yes}}\nb\n{{/yes}}\nc\n", ["yes": true]) == "a\nb\nc\n")
        #expect(try render("a\n  {{#yes}}  \n  b\n\t{{/yes}}\nc", ["yes": true]) == "a\n  b\nc")
        #expect(try render("a\n  {{! a note }}\nb") == "a\nb")
        #expect(try render("a\n{{^no}}\nb\n{{/no}}\n", ["no": false]) == "a\nb\n")
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", ["yes": true]) == "a\r\nb\r\n")
        #expect(try render("a\n{{! the last line }}") == "a\n")
    }

    @Test("a tag with other text on its line leaves the line alone")
    func inlineTags() throws {
        #expect(try render("a {{#yes}}b{{/yes}} c\n", ["yes": true]) == "a b c\n")
        #expect(try render("  {{#yes}}x{{/yes}}\n", ["yes": true]) == "  x\n")
        #expect(try render("x {{! inline }} y\n") == "x  y\n")
    }

    // MARK: Values and sections

    @Test("values print as swift-mustache prints them")
    func values() throws {
        let context: [String: Any] = ["n": 42, "minus": -3, "d": 2.5, "whole": 3.0, "t": true, "f": false, "s": "text"]
        #expect(try render("{{n}} {{minus}} {{d}} {{whole}} {{t}} {{f}} {{s}} [{{missing}}]", context) == "42 -3 2.5 3.0 true false text []")
    }

    @Test("false, nil, empty arrays and empty text under a name are falsey; 0 and non-empty text are truthy")
    func truthiness() throws {
        let context: [String: Any] = ["empty": "", "zero": 0, "no": false, "none": [String](), "some": ["a", "b"], "text": "t"]
        let template = "{{#empty}}E{{/empty}}{{#zero}}Z{{/zero}}{{#no}}N{{/no}}{{#none}}X{{/none}}{{#missing}}M{{/missing}}{{#text}}T{{/text}}|"
            + "{{^empty}}e{{/empty}}{{^zero}}z{{/zero}}{{^no}}n{{/no}}{{^none}}x{{/none}}{{^missing}}m{{/missing}}{{^some}}s{{/some}}"
        #expect(try render(template, context) == "ZT|enxm")
    }

    @Test("empty text under a name counts as missing: the lookup goes on outwards, a dotted name finds nothing")
    func emptyTextIsMissing() throws {
        let context: [String: Any] = ["role": "Chair", "rows": [["name": "A", "role": ""], ["name": "B", "role": "Clerk"]],
                                      "page": ["venue": ""]]
        #expect(try render("{{#rows}}{{name}}:{{role}};{{/rows}}", context) == "A:Chair;B:Clerk;")
        #expect(try render("[{{page.venue}}]{{#page.venue}}at {{.}}{{/page.venue}}{{^page.venue}}no venue{{/page.venue}}", context)
                == "[]no venue")
        // Empty text as a list item is still an item.
        #expect(try render("{{#words}}({{.}}){{/words}}", ["words": ["a", "", "b"]]) == "(a)()(b)")
        // What a plain Mustache engine needs to do the same.
        let removed = EmptyText.removed(from: context)
        #expect((removed["rows"] as? [[String: Any]])?.first?["role"] == nil)
        #expect((removed["page"] as? [String: Any])?["venue"] == nil && removed["role"] as? String == "Chair")
    }

    @Test("a section over a list renders once per item, with the item on top of the stack")
    func lists() throws {
        let context: [String: Any] = [
            "title": "Root", "items": [["title": "One"], ["url": "/two/"]], "words": ["a", "b & c"],
        ]
        #expect(try render("{{#items}}[{{title}}{{url}}]{{/items}}", context) == "[One][Root/two/]")
        #expect(try render("{{#words}}<{{.}}>{{/words}}", context) == "<a><b &amp; c>")
    }

    @Test("a section over a dictionary or text pushes it; over true it pushes nothing")
    func pushes() throws {
        let context: [String: Any] = ["page": ["title": "Page"], "title": "Root", "s": "text", "yes": true]
        #expect(try render("{{#page}}{{title}}{{/page}} {{#s}}{{.}}/{{title}}{{/s}} {{#yes}}{{title}}{{/yes}}", context) == "Page text/Root Root")
    }

    @Test("a dotted name looks up its first part through the stack and the rest only inside it")
    func dottedNames() throws {
        let context: [String: Any] = ["page": ["title": "Outer"], "items": [["page": ["url": "/inner/"]]]]
        #expect(try render("{{page.title}}|{{#items}}{{page.url}},{{page.title}}{{/items}}", context) == "Outer|/inner/,")
        #expect(try render("{{#items}}{{.page.url}}{{/items}}|{{.page.title}}", context) == "/inner/|Outer")
    }

    // MARK: Partials

    @Test("a standalone partial indents every line of its output after the first")
    func partialIndentation() throws {
        let partials = ["p": "one\ntwo\n"]
        #expect(try render("<ul>\n  {{>p}}\n</ul>\n", partials: partials) == "<ul>\n  one\n  two\n</ul>\n")
        #expect(try render("<ul> {{>p}}</ul>\n", partials: partials) == "<ul> one\ntwo\n</ul>\n")
    }

    @Test("indentation adds up through nested partials")
    func nestedIndentation() throws {
        let partials = ["outer": "a\n  {{>inner}}\nb\n", "inner": "x\ny\n"]
        #expect(try render("  {{>outer}}\n", partials: partials) == "  a\n    x\n    y\n  b\n")
    }

    @Test("inside an indented partial, the lines of a list's later items are not indented (as swift-mustache does)")
    func indentationInsideSections() throws {
        let partials = ["p": "{{#words}}\n<li>{{.}}</li>\n{{/words}}\n"]
        #expect(try render("<ul>\n  {{>p}}\n</ul>", ["words": ["a", "b"]], partials: partials) == "<ul>\n  <li>a</li>\n<li>b</li>\n</ul>")
    }

    @Test("a missing partial renders nothing; a dynamic partial takes its name from the context")
    func missingAndDynamic() throws {
        #expect(try render("[{{>nowhere}}]") == "[]")
        #expect(try render("{{>*which}}", ["which": "b", "v": 1], partials: ["b": "B{{v}}"]) == "B1")
    }

    @Test("a partial that includes itself without end is an error, not a crash")
    func runaway() throws {
        var library = TemplateLibrary()
        try library.register("{{>loop}}{{>loop}}", named: "loop")
        #expect(throws: TemplateLibrary.RenderFailure.self) { try library.render("loop", [:]) }
    }

    // MARK: Inheritance

    static let base = "<main>\n{{$content}}default\n{{/content}}</main>\n"

    @Test("a child's block replaces the parent's; a block it leaves out keeps the default")
    func overrides() throws {
        let child = "{{<base}}\n{{$content}}\n<p>{{x}}</p>\n{{/content}}\n{{/base}}\n"
        #expect(try render(child, ["x": "a&b"], partials: ["base": Self.base]) == "<main>\n<p>a&amp;b</p>\n</main>\n")
        #expect(try render("{{<base}}{{/base}}", partials: ["base": Self.base]) == "<main>\ndefault\n</main>\n")
    }

    @Test("the outermost template's override wins over a middle one's")
    func outermostWins() throws {
        let partials = ["blocks": "[{{$a}}A{{/a}}|{{$b}}B{{/b}}]", "middle": "{{<blocks}}{{$a}}middle{{/a}}{{$b}}middle{{/b}}{{/blocks}}"]
        #expect(try render("{{<middle}}{{$a}}outer{{/a}}{{/middle}}", partials: partials) == "[outer|middle]")
    }

    @Test("an override takes the indentation of the block it fills, less its own first line's")
    func blockIndentation() throws {
        let partials = ["page": "<body>\n  {{$main}}\n  {{/main}}\n</body>\n"]
        let flat = "{{<page}}\n{{$main}}\n<p>one</p>\n<p>two</p>\n{{/main}}\n{{/page}}\n"
        #expect(try render(flat, partials: partials) == "<body>\n  <p>one</p>\n  <p>two</p>\n</body>\n")
        let indented = "{{<page}}\n  {{$main}}\n    <p>one</p>\n      <p>two</p>\n  {{/main}}\n{{/page}}\n"
        #expect(try render(indented, partials: partials) == "<body>\n  <p>one</p>\n    <p>two</p>\n</body>\n")
    }

    // MARK: Escaping

    @Test("{{name}} escapes & < > \" ' and {{{name}}} / {{&name}} do not")
    func escaping() throws {
        let context: [String: Any] = ["x": "<a href=\"x\">'&'</a>"]
        #expect(try render("{{x}}", context) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(try render("{{{x}}}|{{& x}}", context) == "<a href=\"x\">'&'</a>|<a href=\"x\">'&'</a>")
    }

    @Test("a special character joined to a combining mark is one Character and is left as it is")
    func graphemeClusters() throws {
        #expect(try render("{{x}}", ["x": "a&\u{301}b<é"]) == "a&\u{301}b&lt;é")
        #expect(try render("{{x}}", ["x": "\u{600}& é&"]) == "\u{600}& é&amp;")
        #expect(try render("{{x}}", ["x": "Café & naïve 👩🏽‍💻 <3"]) == "Café &amp; naïve 👩🏽‍💻 &lt;3")
    }

    @Test("{{%CONTENT_TYPE: TEXT}} stops escaping for the rest of the template, not in its partials")
    func contentType() throws {
        let rendered = try render("{{x}}|{{%CONTENT_TYPE: TEXT}}{{x}}|{{>p}}", ["x": "<"], partials: ["p": "{{x}}"])
        #expect(rendered == "&lt;|<|&lt;")
    }

    @Test("set-delimiter tags change the delimiters for the rest of the section")
    func delimiters() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "X"]) == "X {{x}} X")
    }
}
