import Foundation
import Testing
import QuorumTemplates
import QuorumDiagnostics

@Suite struct ThemeTests {
    func theme(_ folders: [[String: String]]) throws -> (Theme, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-theme-\(UUID().uuidString)")
        var urls: [URL] = []
        for (index, files) in folders.enumerated() {
            let folder = root.appendingPathComponent("t\(index)")
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            urls.append(folder)
        }
        return (try Theme(folders: urls), root)
    }

    @Test("a site's template replaces the default theme's template of the same name")
    func override() throws {
        let (theme, root) = try theme([
            ["base.mustache": "<main>{{$main}}default{{/main}}</main>", "page.mustache": "{{<base}}{{$main}}{{title}}{{/main}}{{/base}}",
             "assets/quorum.css": "a{}"],
            ["page.mustache": "{{<base}}{{$main}}<h1>{{title}}</h1>{{/main}}{{/base}}"],
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try theme.render("page", ["title": "Minutes & actions"]) == "<main><h1>Minutes &amp; actions</h1></main>")
        #expect(theme.assets.keys.sorted() == ["assets/quorum.css"])
    }

    @Test("a template syntax error names the template file and line")
    func syntaxError() throws {
        #expect {
            _ = try theme([["page.mustache": "line one\n{{#open}}never closed\n"]])
        } throws: { error in
            guard let d = (error as? DiagnosticError)?.diagnostics.first else { return false }
            return d.location?.file.hasSuffix("page.mustache") == true && d.message.hasPrefix("template error")
        }
    }

    @Test("a syntax error is located at file:line:column with a hint")
    func syntaxErrorLocation() throws {
        do {
            _ = try theme([["meeting.mustache": "<h1>{{title}}</h1>\n<ul>\n  {{#items}}<li>{{name}}</li>\n</ul>\n"]])
            Issue.record("the theme loaded")
        } catch let error as DiagnosticError {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message == "template error: {{#items}} is never closed")
            #expect(diagnostic.location?.file.hasSuffix("t0/meeting.mustache") == true)
            #expect(diagnostic.location?.line == 3)
            #expect(diagnostic.location?.column == 3)
            #expect(diagnostic.hint == "add {{/items}} where the section ends")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a site's partial replaces the theme's inside the theme's own templates")
    func partialOverride() throws {
        let (theme, root) = try theme([
            ["list.mustache": "<ul>\n{{#items}}\n  {{>partials/item}}\n{{/items}}\n</ul>\n", "partials/item.mustache": "<li>{{.}}</li>\n"],
            ["partials/item.mustache": "<li class=\"site\">{{.}}</li>\n"],
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(theme.templateNames == ["list", "partials/item"])
        #expect(try theme.render("list", ["items": ["a", "b"]]) == "<ul>\n  <li class=\"site\">a</li>\n  <li class=\"site\">b</li>\n</ul>\n")
    }

    @Test("asking for a template the theme lacks is an error, not a blank page")
    func missing() throws {
        let (theme, root) = try theme([["page.mustache": "x"]])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: DiagnosticError.self) { try theme.render("meeting", [:]) }
    }
}
