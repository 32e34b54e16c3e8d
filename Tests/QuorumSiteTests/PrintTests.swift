import Testing
@testable import QuorumSite
@testable import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

@Suite struct PrintTests {
    let links = PrintLinks(anchors: ["/board/reports/ar/02-b/": "part-3"],
                           absolute: { "https://example.org/board" + $0.dropFirst("/board".count) })

    @Test("a part's ids and same-page references get its prefix; hatch fills and label lists too")
    func prefixes() {
        let html = ##"<h2 id="intro">Intro</h2><a href="#intro">up</a><figure aria-labelledby="c1 c1-d"><rect fill="url(#hatch-1)"/></figure><td headers="h1 h2">"##
        #expect(links.localise(html, prefix: "part-2") ==
            ##"<h2 id="part-2-intro">Intro</h2><a href="#part-2-intro">up</a><figure aria-labelledby="part-2-c1 part-2-c1-d"><rect fill="url(#part-2-hatch-1)"/></figure><td headers="part-2-h1 part-2-h2">"##)
    }

    @Test("links to a page in the PDF jump inside it; other site links become absolute; others stay")
    func links_() {
        #expect(links.target("/board/reports/ar/02-b/", prefix: "part-1") == "#part-3")
        #expect(links.target("/board/reports/ar/02-b/#money", prefix: "part-1") == "#part-3-money")
        #expect(links.target("/board/meetings/", prefix: "part-1") == "https://example.org/board/meetings/")
        #expect(links.target("https://gov.uk/", prefix: "part-1") == "https://gov.uk/")
        #expect(links.target("//cdn.example/x", prefix: nil) == "//cdn.example/x")
        #expect(links.target("mailto:a@b.org", prefix: nil) == "mailto:a@b.org")
    }

    @Test("sizes read as GOV.UK download links write them")
    func sizes() {
        #expect(FileSize.describe(100) == "1 KB")
        #expect(FileSize.describe(797_426) == "779 KB")
        #expect(FileSize.describe(1_258_291) == "1.2 MB")
        #expect(FileSize.describe(10 * 1024 * 1024) == "10.0 MB")
    }

    func page(_ path: String, _ kind: PageKind, _ section: Section, url: String, pdf: Bool = true, meeting: Meeting? = nil,
              body: String = "Text.\n") -> RenderedPage {
        var page = Page(sourcePath: path, section: section, kind: kind, url: url, title: "T <&>", date: DayDate(parsing: "2018-10-18"))
        page.pdf = pdf
        page.meeting = meeting
        return RenderedPage(page: page, rendered: Markdown.render(body))
    }

    @Test("reports, bulletins and meetings get PDFs; `pdf: false` and other pages do not; an agenda has no minutes PDF")
    func documents() {
        let location = SourceLocation(file: "content/meetings/a.md", line: 1, column: 1)
        let agenda = Meeting(board: "SSCB", boardLocation: location, present: [], apologies: [], inAttendance: [],
                             agenda: [], actions: [], status: .agenda)
        var held = agenda
        held.status = .approvedMinutes
        let pages = [
            page("content/reports/x.md", .report, .reports, url: "/reports/x/"),
            page("content/bulletins/b.md", .bulletin, .bulletins, url: "/bulletins/b/", pdf: false),
            page("content/meetings/a.md", .meeting, .meetings, url: "/meetings/a/", meeting: agenda, body: ""),
            page("content/meetings/m.md", .meeting, .meetings, url: "/meetings/m/", meeting: held),
            page("content/pages/p.md", .page, .pages, url: "/pages/p/"),
        ]
        let content = SiteContent(config: SiteConfig(), members: [], glossary: Glossary([]), pages: pages.map(\.page),
                                  dataFiles: [], allFiles: [], skippedDrafts: 0, skippedScheduled: 0)
        var graph = SiteGraph(content: content, pages: pages, log: DiagnosticLog())
        #expect(graph.printDocuments().map(\.path) == ["reports/x/x.pdf", "meetings/a/a-agenda-pack.pdf",
                                                        "meetings/m/m-agenda-pack.pdf", "meetings/m/m-minutes.pdf"])
        #expect(graph.printDocuments().map(\.template) == ["print-report", "print-agenda-pack", "print-agenda-pack", "print-minutes"])
        graph.pdfSizes = ["reports/x/x.pdf": 2048]
        let links = graph.pdfLinks(graph.pageIndex(sourcePath: "content/reports/x.md")!)
        #expect(links.first?["url"] as? String == "/reports/x/x.pdf")
        #expect(links.first?["size"] as? String == "2 KB")
        #expect(links.first?["text"] as? String == "Download T <&>")  // escaped by the template, like every value
    }
}
