import Foundation
import QuorumDiagnostics
import Testing

/// Where the accessibility statement comes from when no page holds it, and what happens with none at all.
@Suite struct StatementPageTests {
    static let site = "title: Test Board\nbase_url: https://example.org/\nboards:\n  - {name: Test Board, code: TB}\n"
    static let about = "---\ntitle: About\n---\n\nWho we are.\n"

    func build(_ files: [String: String], _ body: (URL, [Diagnostic]) throws -> Void) throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(files, under: root)
        let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
        try body(root.appendingPathComponent("public"), report.diagnostics)
    }

    @Test("accessibility: in site.yaml and no statement page: Quorum writes /accessibility/ with every model section, linked from the footer")
    func writtenFromSiteYAML() throws {
        let yaml = Self.site + """
            contact: {email: board@example.org, phone: "01000 000000"}
            accessibility:
              compliance: partial
              non_accessible: ["Old PDFs are not tagged."]
              contact: {email: "access@example.org"}
              response_days: 1
              alternative_formats: large print or braille
              improvements:
                - {fix: "Tag the old PDFs.", by: 2027-03-31}
                - {fix: "Caption the videos."}
              enforcement: ecni
              prepared: 2026-01-05

            """
        try build(["content/site.yaml": yaml, "content/pages/about.md": Self.about]) { output, diagnostics in
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
            let html = SampleSite.read(output.appendingPathComponent("accessibility/index.html"))
            #expect(html.contains("<h1>Accessibility statement for Test Board</h1>"))
            #expect(html.contains("<title>Accessibility statement – Test Board</title>"))
            #expect(html.contains("<p>This website is run by Test Board. We want as many people as possible to be able to use this website."))
            #expect(StatementTests.headings(html) == StatementTests.modelHeadings)
            #expect(html.contains("such as large print or braille:"))
            #expect(html.contains("<li>email <a href=\"mailto:access@example.org\">access@example.org</a></li>"))
            #expect(html.contains("<li>call 01000 000000</li>"), "the phone falls back to the site's contact")
            #expect(html.contains("get back to you in 1 working day."))
            #expect(html.contains("<li>Tag the old PDFs. (by <time datetime=\"2027-03-31\">31 March 2027</time>)</li>"))
            #expect(html.contains("<li>Caption the videos.</li>"))
            #expect(html.contains("Equality Commission for Northern Ireland (ECNI) is responsible"))
            #expect(!html.contains("Equality Advisory and Support Service"))
            let about = SampleSite.read(output.appendingPathComponent("pages/about/index.html"))
            #expect(about.contains("<ul class=\"site-footer__links\">\n<li><a href=\"/accessibility/\">Accessibility statement</a></li>\n</ul>"))
            #expect(SampleSite.read(output.appendingPathComponent("sitemap.xml")).contains("<loc>https://example.org/accessibility/</loc>"))
        }
    }

    @Test("a fully compliant site's statement leaves out the non-accessible content, as the model does")
    func fullyCompliant() throws {
        let yaml = Self.site + "accessibility:\n  compliance: full\n"
        try build(["content/site.yaml": yaml, "content/pages/about.md": Self.about]) { output, _ in
            let headings = StatementTests.headings(SampleSite.read(output.appendingPathComponent("accessibility/index.html")))
            #expect(headings == StatementTests.modelHeadings.filter {
                !["h2 Non-accessible content", "h3 Non-compliance with the accessibility regulations", "h3 Disproportionate burden",
                  "h3 Content that’s not within the scope of the accessibility regulations"].contains($0)
            })
        }
    }

    @Test("neither accessibility: nor a statement page: a warning, no /accessibility/, and no empty list in the footer")
    func missing() throws {
        try build(["content/site.yaml": Self.site, "content/pages/about.md": Self.about]) { output, diagnostics in
            #expect(diagnostics.map { "\($0.location?.description ?? "-"): \($0.severity): \($0.message)" }
                    == ["content/site.yaml: warning: the site has no accessibility statement"])
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("accessibility").path))
            let about = SampleSite.read(output.appendingPathComponent("pages/about/index.html"))
            #expect(!about.contains("site-footer__links"))
            #expect(!about.contains("<ul>\n</ul>"))
        }
    }

    @Test("a page with layout: accessibility-statement is the statement: nothing is written at /accessibility/")
    func pageOfItsOwn() throws {
        let page = "---\ntitle: Accessibility\nlayout: accessibility-statement\n---\n\nOur own words.\n"
        try build(["content/site.yaml": Self.site + "accessibility:\n  compliance: partial\n",
                   "content/pages/access.md": page]) { output, diagnostics in
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("accessibility").path))
            let html = SampleSite.read(output.appendingPathComponent("pages/access/index.html"))
            #expect(html.contains("<p>Our own words.</p>"))
            #expect(!html.contains("This website is run by"))
            #expect(html.contains("<li><a href=\"/pages/access/\">Accessibility</a></li>"))
        }
    }

    @Test("bad accessibility values are errors at their line; an unknown key is a warning")
    func badValues() throws {
        let yaml = Self.site + "accessibility:\n  response_days: 0\n  enforcement: ehrc\n  improvements:\n    - {by: 2027-01-01}\n  contacts: x\n"
        try build(["content/site.yaml": yaml]) { _, diagnostics in
            let lines = diagnostics.map { "\($0.location?.description ?? "-"): \($0.severity): \($0.message)" }
            #expect(lines.contains("content/site.yaml:6:18: error: accessibility response_days must be a whole number of working days, 1 or more"))
            #expect(lines.contains("content/site.yaml:7:16: error: accessibility enforcement must be eass or ecni"))
            #expect(lines.contains { $0.hasPrefix("content/site.yaml:9:7: error: an improvement needs `fix`") })
            #expect(lines.contains("content/site.yaml:10:3: warning: unknown key `contacts` in accessibility"))
        }
    }
}
