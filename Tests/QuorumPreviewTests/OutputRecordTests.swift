import Foundation
import Testing
import QuorumBuild

/// Each kind of edit renders again exactly the template pages that read what it changed. The expected sets are
/// worked out from what each page shows (SmallSite's files; which templates include which partials), not
/// copied from a run; `SiteSessionTests` and `DependencyDifferentialTests` check that the bytes are right.
@Suite struct OutputRecordTests {
    struct Edit: Sendable, CustomStringConvertible {
        var description: String
        var path: String
        var old: String
        var new: String
        var rendered: Set<String>
    }

    static let edits: [Edit] = [
        // The bulletin has a summary in its front matter, so no list shows its body.
        Edit(description: "a body edit", path: "content/bulletins/2018-11-tusk-42.md",
             old: "Schools have a part to play.", new: "Schools have a large part to play.",
             rendered: ["bulletins/2018-11-tusk-42/index.html"]),
        // The newsletter is listed in its section, on the home page and in its reporting year's archive; it has no tags.
        Edit(description: "a title", path: "content/newsletters/2018-11-autumn.md",
             old: "title: Autumn newsletter", new: "title: Autumn news",
             rendered: ["newsletters/2018-11-autumn/index.html", "newsletters/index.html", "index.html", "archive/2018-19/index.html"]),
        // A date shows on the page and list entries; it moves the newsletter from the 2018/19 archive to 2017/18,
        // which changes the counts on the archive index.
        Edit(description: "a date", path: "content/newsletters/2018-11-autumn.md",
             old: "date: 2018-11-15", new: "date: 2018-03-10",
             rendered: ["newsletters/2018-11-autumn/index.html", "newsletters/index.html", "index.html",
                        "archive/2018-19/index.html", "archive/2017-18/index.html", "archive/index.html"]),
        // Tags show on the page; the bulletin leaves one tag's list and joins another's, and both counts change.
        Edit(description: "tags", path: "content/bulletins/2018-11-tusk-42.md",
             old: "tags: [TUSK, county lines]", new: "tags: [TUSK, neglect]",
             rendered: ["bulletins/2018-11-tusk-42/index.html", "tags/county-lines/index.html", "tags/neglect/index.html",
                        "tags/index.html"]),
        // Only bulletins render with bulletin.mustache.
        Edit(description: "a template one kind of page uses", path: "theme/bulletin.mustache",
             old: "</article>", new: "</article><!-- edited -->",
             rendered: ["bulletins/2018-11-tusk-42/index.html", "bulletins/2018-12-tusk-43/index.html"]),
        // list-item is included by home, list (tags, archive years), meetings (the meetings list, boards) and
        // section (section lists), for each list that has items; not by the tags or archive indexes.
        Edit(description: "a partial", path: "theme/list-item.mustache",
             old: "</h3>", new: "</h3><!-- edited -->",
             rendered: ["index.html", "bulletins/index.html", "newsletters/index.html", "reports/index.html", "pages/index.html",
                        "meetings/index.html", "meetings/boards/tsb/index.html", "tags/annual-report/index.html",
                        "tags/county-lines/index.html", "tags/neglect/index.html", "tags/tusk/index.html",
                        "archive/2017-18/index.html", "archive/2018-19/index.html"]),
    ]

    @Test("each kind of edit renders exactly the pages that read what it changed", arguments: edits)
    func editRendersExpectedPages(_ edit: Edit) throws {
        let site = try TestSite()
        defer { site.delete() }
        var session = SiteSession(site.options())
        _ = session.build()
        let update = session.update([try site.edit(edit.path, replacing: edit.old, with: edit.new)])
        #expect(!update.failed, "\(update.diagnostics.map(\.message))")
        #expect(Set(update.renderedPaths) == edit.rendered,
                "extra \(Set(update.renderedPaths).subtracting(edit.rendered).sorted()), missing \(edit.rendered.subtracting(update.renderedPaths).sorted())")
        _ = session.renderPendingFeeds()
        var fresh = SiteSession(site.options())
        _ = fresh.build()
        #expect(session.outputs.keys.filter { session.outputs[$0] != fresh.outputs[$0] }.isEmpty)
    }

    @Test("a title or summary edit builds only the contexts that read the page; a date edit builds every one")
    func titleEditBuildsReadersOnly() throws {
        let site = try TestSite()
        defer { site.delete() }
        var session = SiteSession(site.options())
        let first = session.build()
        let retitled = session.update([try site.edit("content/newsletters/2018-11-autumn.md",
                                                     replacing: "title: Autumn newsletter", with: "title: Autumn news")])
        // The newsletter's own page, its section's list, the home page and its year's archive read it; nothing else does.
        #expect(retitled.contextsBuilt == 4, "\(retitled.renderedPaths)")
        let summarised = session.update([try site.edit("content/newsletters/2018-11-autumn.md",
                                                       replacing: "News from the autumn.", with: "Leaves.")])
        #expect(!summarised.failed, "\(summarised.diagnostics.map(\.message))")
        #expect(summarised.contextsBuilt == 4)
        #expect(Set(summarised.renderedPaths) == ["newsletters/2018-11-autumn/index.html", "newsletters/index.html", "index.html",
                                                  "archive/2018-19/index.html"])
        let dated = session.update([try site.edit("content/newsletters/2018-11-autumn.md", replacing: "date: 2018-11-15", with: "date: 2018-11-16")])
        #expect(first.contextsBuilt > 30)
        #expect(dated.contextsBuilt == first.contextsBuilt)
        var fresh = SiteSession(site.options())
        _ = fresh.build()
        #expect(session.outputs.keys.filter { session.outputs[$0] != fresh.outputs[$0] }.isEmpty)
    }
}

