import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import QuorumMarkdown
import Testing

/// Cross-site scripting payloads in every field an author fills, through a whole build, checked in the output text.
///
/// The quick, in-process half of the escaping check; scripts/xss-check loads the same payloads in Chromium.
@Suite struct EscapingTests {
    static let payloads: [String] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/xss-strings.txt")
        return ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }()

    /// A YAML double-quoted scalar.
    static func q(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The site: a page and a meeting a payload, and payloads in the registries, a data set and a chart.
    static func site() -> [String: String] {
        let p = payloads, q = Self.q
        var files: [String: String] = [
            "content/site.yaml": "title: \(q("Board " + p[6]))\nbase_url: https://example.org/\nboards:\n  - {name: \(q(p[7])), code: TB}\n"
                + "contact: {email: \(q(p[1])), phone: \(q(p[2]))}\n",
            "content/members.yaml": p.indices.map { "- {initials: M\($0), name: \(q("Name " + p[$0])), role: \(q(p[$0]))}\n" }.joined(),
            "content/glossary.yaml": "XSS: \(q(p[1]))\n" + p.map { "\(q($0)): \(q("Expansion " + $0))\n" }.joined(),
            "content/data/xss.csv": "label,value\n" + p.enumerated().map { "\"\($1.replacingOccurrences(of: "\"", with: "\"\""))\",\($0)\n" }.joined(),
            "content/data/xss.meta.yaml": "title: \(q(p[10]))\nsource: \(q(p[11]))\nnotes: [\(q(p[12]))]\ncolumns:\n  value: {label: \(q(p[13])), unit: \(q(p[14]))}\n",
            "content/pages/data.md": "---\ntitle: Data\n---\n\n```table\ncaption: \(q(p[15]))\ndata: xss.csv\n```\n\n"
                + "```chart\ntype: bar\ntitle: \(q(p[16]))\ndata: xss.csv\nx: label\ny: [value]\n```\n",
        ]
        for (i, s) in p.enumerated() {
            files["content/pages/p\(i).md"] = "---\ntitle: \(q(s))\nsummary: \(q(s))\ntags: [\(q(s))]\n---\n\n`\(s)` XSS "
                + "[a](javascript:alert(1)) <javascript:alert(1)> ![i](javascript:alert(1)) <b onclick=alert(1)>b</b>\n"
            files["content/meetings/2018-10-\(String(format: "%02d", i + 1))-tb.md"] = """
                ---
                board: TB
                date: 2018-10-\(String(format: "%02d", i + 1))
                venue: \(q(s))
                chair: M\(i)
                present: [M\(i), {name: \(q(s)), role: \(q(s))}]
                agenda:
                  - {number: 1, title: \(q(s)), paper: \(q(s)), purpose: \(q(s))}
                actions:
                  - {id: TB 1819_\(i + 1), item: 1, text: \(q(s)), owner: M\(i), due: 2018-12-01, status: open}
                ---

                ## 1. Welcome

                """
        }
        return files
    }

    @Test("no payload in any field reaches any page, feed or email as markup")
    func noMarkupGetsThrough() throws {
        try HostileSite.with(Self.site()) { root in
            let report = HostileSite.build(root)
            #expect(HostileSite.errors(report) == [])
            let files = HostileSite.outputFiles(root)
            #expect(files.count > 100)
            for path in files where path.hasSuffix(".html") {
                let html = HostileSite.output(root, path)
                #expect(HTMLInvariants.violations(in: html, allowing: HTMLInvariants.pageTags).prefix(3) == [], "\(path)")
            }
            for path in files where path.hasSuffix(".xml") {
                let parser = XMLParser(data: Data(HostileSite.output(root, path).utf8))
                #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
            }
            for path in files where path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(HostileSite.output(root, path).utf8))) != nil, "\(path)")
            }
        }
    }

    @Test("each payload is on its page as escaped text: title, venue, agenda, action, cell, glossary, member")
    func payloadsAreText() throws {
        try HostileSite.with(Self.site()) { root in
            #expect(HostileSite.errors(HostileSite.build(root)) == [])
            let data = HostileSite.output(root, "pages/data/index.html")
            let glossary = HostileSite.output(root, "glossary/index.html")
            let members = HostileSite.output(root, "members/index.html")
            for (i, s) in Self.payloads.enumerated() {
                let text = HTMLEscaping.escape(s)
                // libcmark escapes &, <, > and " in code, and leaves ' as it is.
                let code = text.replacingOccurrences(of: "&#39;", with: "'")
                let page = HostileSite.output(root, "pages/p\(i)/index.html")
                let meeting = HostileSite.output(root, "meetings/2018-10-\(String(format: "%02d", i + 1))-tb/index.html")
                let shown = [
                    ("title", page.contains("<h1>\(text)</h1>")), ("code", page.contains("<code>\(code)</code>")),
                    ("venue", meeting.contains("<dd>\(text)</dd>")), ("agenda and action", meeting.contains("<td data-label=\"Title\">\(text)</td>") && meeting.contains("<td data-label=\"What\">\(text)</td>")),
                    ("table cell", data.contains("<th scope=\"row\">\(text)</th>")),
                    ("glossary", glossary.contains("<dd>Expansion \(text)</dd>")), ("member", members.contains(">Name \(text)</a>")),
                ]
                #expect(shown.filter { !$0.1 }.map(\.0) == [], "payload \(i): \(s)")
            }
        }
    }
}
