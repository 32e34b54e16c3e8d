import Foundation
@testable import QuorumBuild
import QuorumContent
import Testing

/// The search index: one Pagefind bundle a part, merged in the browser; an edit re-indexes only its own part.
@Suite struct SearchIndexTests {
    private static let site: [String: String] = BuildFailureTests.goodSite.merging([
        "content/meetings/2016-10-20-tb.md": "---\nboard: TB\ndate: 2016-10-20\ntime: \"10:00\"\nchair: AB\n---\n\n## 1. Welcome\n\nThe zebra item.\n",
        "content/bulletins/2018-11-tusk-1.md": "---\ntitle: TUSK 1\ndate: 2018-11-01\nissue: 1\nmonth: \"2018-11\"\n---\n\n## Item\n\nQuagga.\n",
    ]) { $1 }

    private func build(_ root: URL, _ output: URL) -> BuildReport {
        SiteBuilder.build(BuildOptions(source: root, output: output, themeFolders: [SampleSite.theme], today: SampleSite.today,
                                       searchIndex: true, force: true))
    }

    @Test("each part gets a bundle, the start script merges them, and only publications carry data-pagefind-body")
    func bundles() throws {
        try #require(SearchIndexer.isAvailable, "Pagefind must be installed (scripts/setup installs pagefind-bin)")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        let report = build(root, output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        let parts = ["meetings-2016-17-to-2018-19", "bulletins-2018-19", "pages-undated"]
        #expect(report.searchParts?.indexed == 3 && report.searchParts?.total == 3)
        for part in parts {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/\(part)/pagefind-entry.json").path), "\(part)")
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind-ui.js").path))
        let start = SampleSite.read(output.appendingPathComponent("pagefind/quorum-search.js"))
        #expect(start.contains("bundlePath: \"/pagefind/meetings-2016-17-to-2018-19/\""))
        #expect(start.contains("mergeIndex: [{ bundlePath: \"/pagefind/bulletins-2018-19/\" }, { bundlePath: \"/pagefind/pages-undated/\" }]"))
        #expect(SampleSite.read(output.appendingPathComponent("meetings/2016-10-20-tb/index.html")).contains("data-pagefind-body"))
        #expect(!SampleSite.read(output.appendingPathComponent("meetings/index.html")).contains("data-pagefind-body"))
        #expect(!SampleSite.read(output.appendingPathComponent("index.html")).contains("data-pagefind-body"))
        #expect(SampleSite.read(output.appendingPathComponent("index.html")).contains("<script src=\"/pagefind/quorum-search.js\"></script>"))
    }

    @Test("an edit re-indexes its own part only, and the cached parts give the bytes a fresh build gives")
    func incremental() throws {
        try #require(SearchIndexer.isAvailable, "Pagefind must be installed (scripts/setup installs pagefind-bin)")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site, under: root)
        let output = root.appendingPathComponent("public")
        #expect(build(root, output).searchParts?.indexed == 3)
        #expect(build(root, output).searchParts?.indexed == 0)
        try SampleSite.write(["content/bulletins/2018-11-tusk-1.md":
            "---\ntitle: TUSK 1\ndate: 2018-11-01\nissue: 1\nmonth: \"2018-11\"\n---\n\n## Item\n\nOkapi.\n"], under: root)
        let edited = build(root, output)
        #expect(edited.searchParts?.indexed == 1 && edited.searchParts?.total == 3)
        // Only the used parts stay in the cache.
        let cached = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".public.cache/search").path)
        #expect(cached.count == 3)

        let fresh = root.appendingPathComponent("fresh")
        let clean = build(root, fresh)
        #expect(clean.searchParts?.indexed == 3)
        #expect(SampleSite.snapshot(output) == SampleSite.snapshot(fresh))
    }

    @Test("bundle paths are written as script strings that cannot end the script")
    func startScript() {
        let script = SearchIndexer.startScript(["/a\"b/", "/</script>/"])
        #expect(script.contains("bundlePath: \"/a\\\"b/\""))
        #expect(script.contains("{ bundlePath: \"/\\u003c/script>/\" }"))
        #expect(!script.contains("</script>"))
    }
}
