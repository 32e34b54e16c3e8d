import Testing
@testable import QuorumSite
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

/// `PageReads` sees every read of a page through the graph, and only while it records on this thread;
/// `SiteGraph.patchable` lets only title and summary edits skip assembly.
@Suite struct PageReadsTests {
    let helper = SiteGraphTests()

    func graph() -> SiteGraph {
        let pages = [
            helper.page("content/bulletins/b1.md", .bulletin, .bulletins, title: "B1", date: "2018-07-19", url: "/bulletins/b1/"),
            helper.page("content/bulletins/b2.md", .bulletin, .bulletins, title: "B2", date: "2018-08-19", url: "/bulletins/b2/"),
            helper.page("content/newsletters/n1.md", .newsletter, .newsletters, title: "N1", date: "2018-09-01", url: "/newsletters/n1/"),
            helper.page("content/pages/about.md", .page, .pages, title: "About", url: "/pages/about/"),
        ]
        return SiteGraph(content: helper.content(pages), pages: pages, log: DiagnosticLog())
    }

    @Test("a recording notes the pages read through the subscript and by iteration, on its own copy only")
    func recordsReads() {
        let graph = graph()
        let (title, read) = graph.recordingReads { $0.pages[2].page.title + $0.pages[0].page.title }
        #expect(title == "N1B1")
        #expect(read == [0, 2])
        let (_, all) = graph.recordingReads { $0.pages.map(\.page.url) }
        #expect(all == [0, 1, 2, 3])
        let (_, none) = graph.recordingReads { $0.pages.count }
        #expect(none.isEmpty)
        // Reads of the graph itself go nowhere; a recording inside another keeps its own.
        let (inner, outer) = graph.recordingReads { copy in
            _ = copy.pages[1]
            _ = graph.pages[0]
            return copy.recordingReads { $0.pages[3].page.title }.1
        }
        #expect(inner == [3])
        #expect(outer == [1])
    }

    @Test("a context reads the pages it shows: a page itself and the nav's About page; a list its items")
    func contextReads() throws {
        let graph = graph()
        func reads(_ url: String) throws -> [Int32] {
            let output = try #require(graph.outputs.first { $0.url == url })
            return graph.recordingReads { $0.context(for: output) }.1
        }
        #expect(try reads("/bulletins/b1/") == [0, 3])
        #expect(try reads("/bulletins/") == [0, 1, 3])
        #expect(try reads("/newsletters/n1/") == [2, 3])
    }

    @Test("a feed reads the pages it lists, and the sitemap none: they choose and date pages by fields only assembly changes")
    func generatedFileReads() {
        let graph = graph()
        #expect(graph.recordingReads { $0.siteFiles(for: .feeds(.bulletins)) }.1 == [0, 1])
        #expect(graph.recordingReads { $0.siteFiles(for: .feeds(.newsletters)) }.1 == [2])
        #expect(graph.recordingReads { $0.siteFiles(for: .sitemap) }.1.isEmpty)
        #expect(graph.recordingReads { $0.siteFiles(for: .sitemap) }.0.first?.text.contains("<lastmod>2018-09-01</lastmod>") == true)
    }

    @Test("a page set finds its members whatever order they came in")
    func pageSet() {
        let set = PageSet([9, 2, 40, 7])
        #expect(set.intersects([7]))
        #expect(set.intersects([1, 40]))
        #expect(!set.intersects([1, 8, 41]))
        #expect(!PageSet([]).intersects([0]))
    }

    @Test("only title and summary edits are patched in place, and titles of pages listed by title are not")
    func patchable() {
        let page = graph().pages[0].page
        var edited = page
        edited.title = "Retitled"
        edited.summary = "A new summary."
        edited.body = "Another body."
        #expect(SiteGraph.patchable(from: page, to: edited))
        var dated = page
        dated.date = DayDate(parsing: "2018-07-20")
        #expect(!SiteGraph.patchable(from: page, to: dated))
        var tagged = page
        tagged.tags = ["neglect"]
        #expect(!SiteGraph.patchable(from: page, to: tagged))
        var drafted = page
        drafted.draft = true
        #expect(!SiteGraph.patchable(from: page, to: drafted))
        let about = graph().pages[3].page
        var renamed = about
        renamed.title = "Zebra"
        #expect(!SiteGraph.patchable(from: about, to: renamed))
        var summarised = about
        summarised.summary = "Who we are."
        #expect(SiteGraph.patchable(from: about, to: summarised))
    }
}
