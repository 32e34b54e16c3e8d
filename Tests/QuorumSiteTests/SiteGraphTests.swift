import Testing
@testable import QuorumSite
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

@Suite struct SiteGraphTests {
    func page(_ path: String, _ kind: PageKind, _ section: Section, title: String, date: String? = nil, url: String,
              report: Report? = nil, folder: String? = nil, chapter: Int? = nil) -> RenderedPage {
        var page = Page(sourcePath: path, section: section, kind: kind, url: url, title: title, date: date.flatMap(DayDate.init(parsing:)),
                        summary: nil, tags: [], draft: false, publish: nil, body: "", bodyFirstLine: 1, reportFolder: folder)
        page.report = report
        if let chapter { page.chapter = Chapter(number: chapter, year: nil) }
        return RenderedPage(page: page, rendered: Markdown.render("Text of \(title).\n"))
    }

    func content(_ pages: [RenderedPage]) -> SiteContent {
        SiteContent(config: SiteConfig(), members: [], glossary: Glossary([]), pages: pages.map(\.page), dataFiles: [], allFiles: [],
                    skippedDrafts: 0, skippedScheduled: 0)
    }

    @Test("sections list dated publications newest first and pages by title")
    func ordering() {
        let pages = [
            page("content/meetings/a.md", .meeting, .meetings, title: "A", date: "2018-07-19", url: "/meetings/a/"),
            page("content/meetings/b.md", .meeting, .meetings, title: "B", date: "2018-10-18", url: "/meetings/b/"),
            page("content/pages/z.md", .page, .pages, title: "Zebra", url: "/pages/z/"),
            page("content/pages/a.md", .page, .pages, title: "about", url: "/pages/a/"),
        ]
        let graph = SiteGraph(content: content(pages), pages: pages, log: DiagnosticLog())
        #expect(graph.sections[.meetings]?.map { graph.pages[$0].page.title } == ["B", "A"])
        #expect(graph.sections[.pages]?.map { graph.pages[$0].page.title } == ["about", "Zebra"])
        #expect(graph.outputs.map(\.outputPath).contains("meetings/b/index.html"))
        #expect(graph.outputs.map(\.outputPath).contains("meetings/index.html"))
    }

    @Test("a report orders its chapters as listed, and a listed file that is missing is an error")
    func reports() {
        let loc = SourceLocation(file: "content/reports/ar/index.md", line: 5, column: 5)
        let report = Report(year: "2017/18", chapters: [FileReference(path: "02-b.md", location: loc), FileReference(path: "01-a.md", location: loc),
                                                        FileReference(path: "03-missing.md", location: loc)],
                            appendices: [], keyFigures: [])
        let pages = [
            page("content/reports/ar/index.md", .report, .reports, title: "AR", url: "/reports/ar/", report: report, folder: "ar"),
            page("content/reports/ar/01-a.md", .chapter, .reports, title: "One", url: "/reports/ar/01-a/", folder: "ar", chapter: 1),
            page("content/reports/ar/02-b.md", .chapter, .reports, title: "Two", url: "/reports/ar/02-b/", folder: "ar", chapter: 2),
        ]
        let log = DiagnosticLog()
        let graph = SiteGraph(content: content(pages), pages: pages, log: log)
        #expect(graph.reports[0]?.chapters == [2, 1])
        #expect(log.diagnostics.map(\.message) == ["report lists \"03-missing.md\", which is not in content/reports/ar/",
                                                  "the site has no accessibility statement"])
        let chapter = graph.chapterContext(2)
        #expect((chapter["next"] as? [String: Any])?["title"] as? String == "One")
        #expect(chapter["previous"] == nil)
    }

    @Test("a base URL with a path prefixes every site link")
    func basePath() {
        #expect(SiteGraph.urlPath(of: "https://example.org/board/") == "/board")
        #expect(SiteGraph.urlPath(of: "https://example.org/") == "")
        #expect(SiteGraph.urlPath(of: "/") == "")
    }
}

@Suite struct SearchPartTests {
    let helper = SiteGraphTests()

    func graph(meetingsPerYear: [Int: Int]) -> SiteGraph {
        var pages: [RenderedPage] = []
        for (year, count) in meetingsPerYear.sorted(by: { $0.key < $1.key }) {
            for number in 0..<count {
                let day = String(format: "%02d", number % 28 + 1)
                pages.append(helper.page("content/meetings/\(year)-05-\(day)-\(number).md", .meeting, .meetings, title: "M\(number)",
                                         date: "\(year)-05-\(day)", url: "/meetings/\(year)-\(number)/"))
            }
        }
        pages.append(helper.page("content/pages/about.md", .page, .pages, title: "About", url: "/pages/about/"))
        return SiteGraph(content: helper.content(pages), pages: pages, log: DiagnosticLog())
    }

    @Test("only publications are searched: lists, tags, archives and the home page are not")
    func searchable() {
        let graph = graph(meetingsPerYear: [2017: 2])
        let searchable = graph.outputs.filter(graph.isSearchable).map(\.outputPath).sorted()
        #expect(searchable == ["meetings/2017-0/index.html", "meetings/2017-1/index.html", "pages/about/index.html"])
        #expect(graph.outputs.count > searchable.count)
        let list = graph.outputs.first { $0.outputPath == "meetings/index.html" }!
        #expect(graph.context(for: list)["searchable"] == nil)
        let meeting = graph.outputs.first { $0.outputPath == "meetings/2017-0/index.html" }!
        #expect(graph.context(for: meeting)["searchable"] as? Bool == true)
    }

    @Test("parts are whole reporting years of one section, joined while they fit the limit")
    func grouping() {
        let graph = graph(meetingsPerYear: [2015: 3, 2016: 2, 2017: 4, 2018: 1])
        let parts = graph.searchParts(limit: 5)
        #expect(parts.map(\.name) == ["meetings-2015-16-to-2016-17", "meetings-2017-18-to-2018-19", "pages-undated"])
        #expect(parts.map(\.paths.count) == [5, 5, 1])
        #expect(Set(parts.flatMap(\.paths)).count == 11)
        // A year larger than the limit is a part of its own, never split.
        let big = graph.searchParts(limit: 2)
        #expect(big.map(\.name) == ["meetings-2015-16", "meetings-2016-17", "meetings-2017-18", "meetings-2018-19", "pages-undated"])
        #expect(graph.searchParts(limit: 1000).map(\.name) == ["meetings-2015-16-to-2018-19", "pages-undated"])
    }

    @Test("a site with no publications has no parts")
    func empty() {
        let pages: [RenderedPage] = []
        let graph = SiteGraph(content: helper.content(pages), pages: pages, log: DiagnosticLog())
        #expect(graph.searchParts().isEmpty)
    }
}
