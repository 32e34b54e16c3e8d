import Foundation
import Testing
import QuorumBuild
import QuorumDiagnostics
import QuorumOutput

/// The in-memory session must give exactly what a full build gives, however it got there.
@Suite struct SiteSessionTests {
    @Test("a session's first build has the bytes quorum build writes, and no reload script")
    func firstBuildMatchesSiteBuilder() throws {
        let site = try TestSite(.sample)
        defer { site.delete() }
        var session = SiteSession(site.options(drafts: false))
        let update = session.build()
        #expect(!update.failed, "\(update.diagnostics.map(\.message))")

        var options = site.options(drafts: false)
        options.write = true
        let report = SiteBuilder.build(options)
        #expect(report.wrote)
        let written = Self.files(under: options.output)
        #expect(Set(written.keys) == Set(session.outputs.keys).union(session.staticFiles.keys))
        for (path, text) in session.outputs {
            #expect(written[path] == Data(text.utf8), "\(path) differs from quorum build's")
        }
        #expect(report.diagnostics == update.diagnostics)
        #expect(!written.values.contains { String(decoding: $0, as: UTF8.self).contains("__quorum") })
    }

    /// One edit of the site, applied to the files, then checked against a fresh build.
    struct Step: CustomStringConvertible, Sendable {
        var description: String
        var apply: @Sendable (TestSite) throws -> [String]
        /// Outputs this step must report as changed.
        var expectChanged: [String] = []
        /// Whether the step leaves the site with an error.
        var fails = false
        /// At most this many outputs may be rendered again (a body edit must not render the whole site).
        var maxOutputs: Int?
        /// A diagnostic message the step must bring.
        var expectMessage: String?
    }

    static let steps: [Step] = [
        Step(description: "a paragraph deep in a bulletin", apply: { site in
            [try site.edit("content/bulletins/2018-11-tusk-42.md", replacing: "Schools have a part to play.", with: "Schools have a large part to play.")]
        }, expectChanged: ["bulletins/2018-11-tusk-42/index.html", "bulletins/2018-11-tusk-42/email.html"], maxOutputs: 14),
        Step(description: "the first paragraph of a bulletin with no summary, which lists show", apply: { site in
            [try site.edit("content/bulletins/2018-12-tusk-43.md", replacing: "Neglect is still recognised", with: "Neglect is often recognised")]
        }, expectChanged: ["bulletins/2018-12-tusk-43/index.html", "bulletins/index.html", "index.html", "tags/neglect/index.html"], maxOutputs: 20),
        Step(description: "a section introduction", apply: { site in
            [try site.edit("content/bulletins/_index.md", replacing: "Please share each issue", with: "Please do share each issue")]
        }, expectChanged: ["bulletins/index.html"], maxOutputs: 4),
        Step(description: "a chapter with no summary, which the report's contents show", apply: { site in
            [try site.edit("content/reports/annual-2017-18/01-foreword.md", replacing: "This year the Board focused", with: "This year the Board looked hard")]
        }, expectChanged: ["reports/annual-2017-18/index.html"], maxOutputs: 14),
        Step(description: "a heading other pages link to by its id", apply: { site in
            [try site.edit("content/reports/annual-2017-18/02-neglect.md", replacing: "## What we found", with: "## Findings")]
        }, fails: true),
        Step(description: "the heading put back", apply: { site in
            [try site.edit("content/reports/annual-2017-18/02-neglect.md", replacing: "## Findings", with: "## What we found")]
        }),
        Step(description: "a title in front matter", apply: { site in
            [try site.edit("content/meetings/2018-10-18-tsb.md", replacing: "title: \"Test Safeguarding Board: 18 October 2018\"",
                           with: "title: \"TSB: 18 October 2018\"")]
        }, expectChanged: ["meetings/index.html", "meetings/2018-10-18-tsb/index.html", "data/meetings.json", "meetings/meetings.ics"]),
        // The open data and the calendar read meetings only: a newsletter's title leaves them as they were, unmade.
        Step(description: "a newsletter's title in front matter", apply: { site in
            [try site.edit("content/newsletters/2018-11-autumn.md", replacing: "title: Autumn newsletter", with: "title: Autumn news")]
        }, expectChanged: ["newsletters/2018-11-autumn/index.html"], maxOutputs: 18),
        Step(description: "the newsletter's title back", apply: { site in
            [try site.edit("content/newsletters/2018-11-autumn.md", replacing: "title: Autumn news\n", with: "title: Autumn newsletter\n")]
        }),
        Step(description: "a new page, and a link to it", apply: { site in
            [try site.write("content/newsletters/2019-01-winter.md", "---\ntitle: Winter newsletter\ndate: 2019-01-10\n---\n\nSee [the autumn](2018-11-autumn.md).\n"),
             try site.edit("content/newsletters/2018-11-autumn.md", replacing: "News from the Board.", with: "News from the Board; see [winter](2019-01-winter.md).")]
        }, expectChanged: ["newsletters/2019-01-winter/index.html", "newsletters/2018-11-autumn/index.html"]),
        Step(description: "the new page deleted, so the link to it breaks", apply: { site in
            [try site.remove("content/newsletters/2019-01-winter.md")]
        }, fails: true),
        Step(description: "the page back", apply: { site in
            [try site.write("content/newsletters/2019-01-winter.md", "---\ntitle: Winter newsletter\ndate: 2019-01-10\n---\n\nBack again.\n")]
        }),
        Step(description: "a link to an image that is not there yet", apply: { site in
            [try site.edit("content/pages/about.md", replacing: "The Board brings agencies together.", with: "![The Board](board.png)")]
        }, fails: true),
        Step(description: "the image added", apply: { site in
            [try site.write("content/pages/board.png", "\u{89}PNG")]
        }, expectChanged: ["pages/board.png", "pages/about/index.html"]),
        Step(description: "a figure in a data set a chart draws", apply: { site in
            [try site.edit("content/data/cp-rate.csv", replacing: "Somerset,37.7", with: "Somerset,38.7")]
        }, expectChanged: ["reports/annual-2017-18/02-neglect/index.html"]),
        Step(description: "a data set's sidecar", apply: { site in
            [try site.edit("content/data/cp-rate.meta.yaml", replacing: "source: LA return", with: "source: Local authority return")]
        }, expectChanged: ["reports/annual-2017-18/02-neglect/index.html"]),
        Step(description: "the only chart of a data set removed, so no page shows it", apply: { site in
            [try site.edit("content/reports/annual-2017-18/02-neglect.md", replacing: "```chart", with: "```text")]
        }, expectChanged: ["reports/annual-2017-18/02-neglect/index.html"], expectMessage: "no page shows this data file"),
        Step(description: "the chart back", apply: { site in
            [try site.edit("content/reports/annual-2017-18/02-neglect.md", replacing: "```text", with: "```chart")]
        }),
        Step(description: "a data set deleted", apply: { site in
            [try site.remove("content/data/cp-rate.csv")]
        }, fails: true),
        Step(description: "the data set back", apply: { site in
            [try site.write("content/data/cp-rate.csv", "area,rate\nSomerset,37.7\nEngland,43.3\n")]
        }),
        Step(description: "broken front matter", apply: { site in
            [try site.edit("content/bulletins/2018-11-tusk-42.md", replacing: "issue: 42", with: "issue: [42")]
        }, fails: true),
        Step(description: "front matter mended", apply: { site in
            [try site.edit("content/bulletins/2018-11-tusk-42.md", replacing: "issue: [42", with: "issue: 42")]
        }),
        Step(description: "a page made a draft", apply: { site in
            [try site.edit("content/newsletters/2018-11-autumn.md", replacing: "title: Autumn newsletter", with: "title: Autumn newsletter\ndraft: true")]
        }, expectChanged: ["newsletters/2018-11-autumn/index.html"]),
        Step(description: "a member renamed", apply: { site in
            [try site.edit("content/members.yaml", replacing: "name: Sally Halls", with: "name: Sally Hall")]
        }, expectChanged: ["members/index.html"]),
        Step(description: "an acronym in the glossary", apply: { site in
            [try site.edit("content/glossary.yaml", replacing: "LADO: Local Authority Designated Officer", with: "LADO: Local authority designated officer")]
        }, expectChanged: ["meetings/2018-10-18-tsb/index.html"]),
        Step(description: "a template", apply: { site in
            [try site.edit("theme/base.mustache", replacing: "<a class=\"skip-link\"", with: "<a class=\"skip-link skip\"")]
        }, expectChanged: ["index.html", "404.html"]),
        Step(description: "a template with a syntax error", apply: { site in
            [try site.edit("theme/base.mustache", replacing: "{{/nav}}", with: "{{/navigation}}")]
        }, fails: true),
        Step(description: "the template mended", apply: { site in
            [try site.edit("theme/base.mustache", replacing: "{{/navigation}}", with: "{{/nav}}")]
        }),
        Step(description: "the stylesheet", apply: { site in
            [try site.write("theme/assets/quorum.css", try site.read("theme/assets/quorum.css") + "\n/* edited */\n")]
        }, expectChanged: ["assets/quorum.css"], maxOutputs: 0),
        Step(description: "a new report folder with two files", apply: { site in
            let folder = site.source.appendingPathComponent("content/reports/review-2019")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try site.write("content/reports/review-2019/index.md", "---\ntitle: Review 2019\nyear: \"2019/20\"\nchapters: [01-one.md]\n---\n\nA review.\n")
            try site.write("content/reports/review-2019/01-one.md", "---\ntitle: Chapter one\n---\n\nThe first chapter.\n")
            return [folder.path]
        }, expectChanged: ["reports/review-2019/index.html", "reports/review-2019/01-one/index.html"]),
        Step(description: "the report folder deleted", apply: { site in
            [try site.remove("content/reports/review-2019")]
        }),
        Step(description: "the image a page shows made a PNG the size of which can be read", apply: { site in
            try site.writeBytes("content/pages/board.png", ImageBytes.png(120, 60))
            return [site.url("content/pages/board.png").path]
        }, expectChanged: ["pages/about/index.html", "pages/board.png"]),
        Step(description: "the image replaced by a larger one, so the page's img gets its new size", apply: { site in
            try site.writeBytes("content/pages/board.png", ImageBytes.png(240, 120))
            return [site.url("content/pages/board.png").path]
        }, expectChanged: ["pages/about/index.html", "pages/board.png"]),
        Step(description: "one item a page", apply: { site in
            [try site.edit("content/site.yaml", replacing: "reporting_year_start: 4", with: "reporting_year_start: 4\npage_size: 1")]
        }, expectChanged: ["bulletins/index.html", "bulletins/page/2/index.html"]),
        Step(description: "with one item a page, the first paragraph of a bulletin with no summary", apply: { site in
            [try site.edit("content/bulletins/2018-12-tusk-43.md", replacing: "Neglect is often recognised", with: "Neglect is sometimes recognised")]
        }, expectChanged: ["bulletins/2018-12-tusk-43/index.html", "bulletins/index.html"], maxOutputs: 20),
    ]

    @Test("every incremental rebuild gives the outputs and diagnostics of a full build, in memory or in a folder",
          arguments: [false, true])
    func incrementalMatchesFull(inFolder: Bool) throws {
        let site = try TestSite()
        defer { site.delete() }
        let folder = inFolder ? try LiveFolder(root: site.root.appendingPathComponent("live")) : nil
        var session = SiteSession(site.options(), folder: folder)
        _ = session.build()
        for step in Self.steps {
            let paths = try step.apply(site)
            var before: [String: String] = [:]
            for (path, text) in session.outputs { before[path] = text }
            var update = session.update(paths)
            var displaced = session.outputs.displaced
            if session.hasPendingFeeds {
                let feeds = session.renderPendingFeeds()
                update.changedPaths += feeds.changedPaths
                displaced.merge(session.outputs.displaced) { first, _ in first }
            }
            // What the changed files held before the update, and only those.
            #expect(Set(displaced.keys) == Set(update.changedPaths.filter { session.outputs.contains($0) || before[$0] != nil }),
                    "\(step)")
            for (path, old) in displaced { #expect(old == before[path], "\(step): \(path)") }
            if let folder {
                let onDisk = Self.files(under: folder.root)
                #expect(Set(onDisk.keys) == Set(session.outputs.keys), "\(step): the folder holds exactly the outputs")
                for (path, text) in session.outputs { #expect(onDisk[path] == Data(text.utf8), "\(step): \(path)") }
            }
            var fresh = SiteSession(site.options())
            let full = fresh.build()
            #expect(update.failed == step.fails, "\(step): \(update.diagnostics.map(\.message))")
            #expect(Self.describe(update.diagnostics) == Self.describe(full.diagnostics), "\(step)")
            if !update.failed {
                #expect(Set(session.outputs.keys) == Set(fresh.outputs.keys), "\(step)")
                let stale = session.outputs.keys.filter { session.outputs[$0] != fresh.outputs[$0] }.sorted()
                #expect(stale.isEmpty, "\(step): stale \(stale)")
                #expect(session.staticFiles == fresh.staticFiles, "\(step)")
            }
            for path in step.expectChanged {
                #expect(update.changedPaths.contains(path), "\(step): \(path) not in \(update.changedPaths)")
            }
            if let message = step.expectMessage {
                #expect(update.diagnostics.contains { $0.message == message }, "\(step)")
            }
            if let most = step.maxOutputs {
                #expect(update.outputsRendered <= most, "\(step): rendered \(update.outputsRendered)")
            }
        }
    }

    @Test("a stopped server's folder is taken over: its first build leaves exactly the site's files, the stale ones gone")
    func stoppedServersFolderIsTakenOver() throws {
        let site = try TestSite()
        defer { site.delete() }
        let cache = site.root.appendingPathComponent(".public.cache")
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
        let stopped = cache.appendingPathComponent("serve-\(dead)"), other = cache.appendingPathComponent("serve-\(dead - 1)")
        for (folder, path, text) in [(stopped, "pages/gone/index.html", "a page deleted since"),
                                     (stopped, "index.html", "an old home page"),
                                     (stopped, "meetings", "a file where the site has a folder"),
                                     (other, "index.html", "a second stopped server")] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let folder = try LiveFolder(beside: site.root.appendingPathComponent("public"))
        #expect(folder.root.lastPathComponent == "serve-\(getpid())")
        var session = SiteSession(site.options(), folder: folder)
        let update = session.build()
        #expect(!update.failed, "\(update.diagnostics.map(\.message))")
        let onDisk = Self.files(under: folder.root)
        #expect(Set(onDisk.keys) == Set(session.outputs.keys))
        var fresh = SiteSession(site.options())
        _ = fresh.build()
        for (path, text) in fresh.outputs { #expect(onDisk[path] == Data(text.utf8), "\(path)") }
        let left = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("serve-") }
        #expect(left == ["serve-\(getpid())"])
    }

    @Test("a change to a hidden editor file rebuilds nothing")
    func hiddenFilesAreIgnored() throws {
        let site = try TestSite()
        defer { site.delete() }
        var session = SiteSession(site.options())
        _ = session.build()
        let update = session.update([try site.write("content/bulletins/.2018-11-tusk-42.md.swp", "swap")])
        #expect(update.changedPaths.isEmpty)
        #expect(update.pagesRendered == 0)
    }

    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location?.description ?? ""): \($0.severity.rawValue): \($0.message) | \($0.hint ?? "")" }
    }

    static func files(under root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }
}

/// Image files built byte by byte: a PNG is its signature and IHDR chunk, which is all Quorum reads.
enum ImageBytes {
    static func png(_ width: Int, _ height: Int) -> [UInt8] {
        func big32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + big32(width) + big32(height) + [8, 6, 0, 0, 0]
    }
}
