import Testing
@testable import QuorumTemplates

/// Syntax errors: which tag, at which line and column, and a hint.
@Suite struct TemplateParserTests {
    func error(_ source: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test("a section never closed is reported at its opening tag")
    func unclosed() throws {
        let problem = try #require(error("line one\n{{#open}}never closed\n"))
        #expect(problem.message == "{{#open}} is never closed")
        #expect((problem.line, problem.column) == (2, 1))
        #expect(problem.hint.contains("{{/open}}"))
    }

    @Test("a closing tag with no open section is reported where it stands")
    func strayClose() throws {
        let problem = try #require(error("a\nb {{/stray}}"))
        #expect(problem.message == "{{/stray}} closes a section that is not open")
        #expect((problem.line, problem.column) == (2, 3))
    }

    @Test("a closing tag for another section names the one that is open")
    func mismatchedClose() throws {
        let problem = try #require(error("{{#items}}\n  {{#rows}}\n  {{/items}}\n{{/rows}}"))
        #expect(problem.message == "{{/items}} does not match the open section {{#rows}}")
        #expect((problem.line, problem.column) == (3, 3))
    }

    @Test("an unfinished tag is reported at its start")
    func unfinished() throws {
        let problem = try #require(error("Hello {{name\n"))
        #expect(problem.message.hasPrefix("unfinished tag: expected }} after \"name\""))
        #expect((problem.line, problem.column) == (1, 7))
        let triple = try #require(error("x {{{html}}"))
        #expect(triple.message == "{{{html}} is missing its third closing brace")
        #expect((triple.line, triple.column) == (1, 3))
    }

    @Test("an unclosed comment and a malformed set-delimiter tag are errors")
    func commentAndDelimiters() throws {
        let comment = try #require(error("a\n\n  {{! no end"))
        #expect((comment.line, comment.column) == (3, 3))
        #expect(error("{{=<% %>}}") != nil)
        #expect(error("{{= =}}") != nil)
    }

    @Test("transforms like {{f(x)}} are not supported, and say so")
    func transforms() throws {
        let problem = try #require(error("{{uppercased(name)}}"))
        #expect(problem.message.contains("transform"))
        #expect((problem.line, problem.column) == (1, 1))
    }

    @Test("only block overrides may stand directly inside a parent tag")
    func parentBody() throws {
        let problem = try #require(error("{{<base}}\n{{$main}}ok{{/main}}\n{{name}}\n{{/base}}"))
        #expect(problem.message == "{{name}} is inside {{<base}} but outside any {{$block}}")
        #expect((problem.line, problem.column) == (3, 1))
        #expect(error("{{<base}}\ntext and {{! comments }} are fine\n{{/base}}") == nil)
    }

    @Test("lines end at \\n or \\r\\n, and columns count characters, not bytes")
    func lineAndColumn() throws {
        let crlf = try #require(error("one\r\ntwo\r\n  {{/x}}"))
        #expect((crlf.line, crlf.column) == (3, 3))
        let accents = try #require(error("é👩🏽‍💻 {{/x}}"))
        #expect((accents.line, accents.column) == (1, 4))
    }

    @Test("dotted names are split once, at parse time")
    func dottedNames() throws {
        let nodes = try TemplateParser.parse("{{page.title}}{{.}}{{.title}}")
        let paths: [VariablePath] = nodes.compactMap {
            if case .variable(let path, _) = $0 { return path }
            return nil
        }
        #expect(paths.map(\.names) == [["page", "title"], [], ["title"]])
        #expect(paths.map(\.currentObjectOnly) == [false, true, true])
    }
}
