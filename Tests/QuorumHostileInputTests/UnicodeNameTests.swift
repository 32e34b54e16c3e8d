import Foundation
import QuorumContent
import QuorumMarkdown
import Testing

/// File names, links and headings outside ASCII, and file names a URL cannot hold.
@Suite struct UnicodeNameTests {
    static let page = "---\ntitle: Über uns\n---\n"

    @Test("pages named in any script are published at their own name and linked to, written plainly or percent-encoded")
    func unicodeFileNames() throws {
        var files = HostileSite.registries
        for name in ["über-uns", "مرحبا", "日本語", "emoji-🎉", "a b"] { files["content/pages/\(name).md"] = Self.page }
        files["content/pages/links.md"] = "---\ntitle: Links\n---\n\n[a](über-uns.md) [b](%C3%BCber-uns.md) [c](<a b.md>) [d](a%20b.md) [e](日本語.md#top)\n"
        files["content/pages/日本語.md"] = "---\ntitle: 日本語\n---\n\n## Top\n"
        try HostileSite.with(files) { root in
            let report = HostileSite.build(root)
            #expect(HostileSite.errors(report) == [])
            let written = HostileSite.outputFiles(root)
            for name in ["über-uns", "مرحبا", "日本語", "emoji-🎉", "a b"] {
                #expect(written.contains("pages/\(name)/index.html"))
            }
            let links = HostileSite.output(root, "pages/links/index.html")
            #expect(links.contains("<a href=\"/pages/%C3%BCber-uns/\">a</a> <a href=\"/pages/%C3%BCber-uns/\">b</a>"))
            #expect(links.contains("<a href=\"/pages/a%20b/\">c</a> <a href=\"/pages/a%20b/\">d</a>"))
            #expect(links.contains("<a href=\"/pages/%E6%97%A5%E6%9C%AC%E8%AA%9E/#top\">e</a>"))
        }
    }

    @Test("a file name with ?, #, % or a control character is an error: its URL would point somewhere else",
          arguments: [("q?x", "\"?\""), ("h#x", "\"#\""), ("50%", "\"%\""), ("tab\tname", "a control character (U+9)")])
    func namesOutsideURLs(_ name: String, _ described: String) {
        let path = "content/pages/\(name).md"
        let (page, diagnostics) = ContentLoader.readPage(path: path, bytes: Array(Self.page.utf8))
        #expect(page == nil)
        #expect(HostileSite.lines(diagnostics) == ["\(path): the file name has \(described), which cannot be part of a web address"])
    }

    @Test("a folder name is checked too")
    func folderOutsideURLs() {
        let (_, diagnostics) = ContentLoader.readPage(path: "content/reports/2017?18/index.md", bytes: Array("---\ntitle: R\n---\n".utf8))
        #expect(HostileSite.lines(diagnostics) == ["content/reports/2017?18/index.md: the file name has \"?\", which cannot be part of a web address"])
    }

    @Test("heading ids keep letters and marks of every script, and a heading of only symbols gets an id all the same", arguments: [
        ("Ärger über Größe", "ärger-über-größe"), ("עברית", "עברית"), ("e\u{301}te\u{301}", "e\u{301}te\u{301}"),
        ("🎉", "section"), ("日本語 の 見出し", "日本語-の-見出し"), ("\u{130}stanbul", "i\u{307}stanbul"), ("`<script>` and <b>raw</b>", "script-and-raw"),
    ])
    func headingIDs(_ heading: String, _ id: String) {
        let rendered = Markdown.render("## \(heading)\n")
        #expect(rendered.headings.map(\.id) == [id])
    }

    @Test("tags in any script get a page; a tag that is only symbols is listed on its page but gets no tag page")
    func unicodeTags() throws {
        var files = HostileSite.registries
        files["content/pages/a.md"] = "---\ntitle: A\ntags: [\"Über uns\", \"日本語\", \"🎉\"]\n---\n"
        try HostileSite.with(files) { root in
            #expect(HostileSite.errors(HostileSite.build(root)) == [])
            let tagPages = HostileSite.outputFiles(root).filter { $0.hasPrefix("tags/") }
            #expect(tagPages == ["tags/index.html", "tags/über-uns/index.html", "tags/日本語/index.html"])
        }
    }
}
