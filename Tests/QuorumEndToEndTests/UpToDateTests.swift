import Foundation
import QuorumBuild
import Testing

/// A second build with nothing changed stops at once; any change to what a build reads makes a full build.
@Suite struct UpToDateTests {
    /// The good site with one warning, built once into `public/`.
    private func builtSite() throws -> (root: URL, output: URL) {
        let root = try SampleSite.temporaryFolder()
        var site = BuildFailureTests.goodSite
        site["content/data/unused.csv"] = "year,count\n2018,4\n"
        try SampleSite.write(site, under: root)
        let output = root.appendingPathComponent("public")
        let first = SampleSite.build(root, into: output, force: false)
        #expect(first.wrote && !first.upToDate)
        return (root, output)
    }

    private func inode(_ url: URL) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test("an unchanged site is up to date: nothing is written and the last build's warnings are shown again")
    func unchangedSite() throws {
        let (root, output) = try builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = (inode(output), SampleSite.snapshot(output))
        let second = SampleSite.build(root, into: output, force: false)
        #expect(second.upToDate)
        #expect(!second.wrote)
        #expect(second.pages > 0 && second.files > 0)
        #expect(second.diagnostics.map(\.message) == ["no page shows this data file"])
        #expect(inode(output) == before.0)
        #expect(SampleSite.snapshot(output) == before.1)
    }

    @Test("editing a page, adding a file, a site template or deleting the output makes a full build")
    func changesRebuild() throws {
        let (root, output) = try builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let changes: [(String, () throws -> Void)] = [
            ("edit", { try SampleSite.write(["content/pages/about.md": "---\ntitle: About us\n---\n\nAbout the board.\n"], under: root) }),
            ("new file", { try SampleSite.write(["content/pages/new.md": "---\ntitle: New\n---\n\nNew.\n"], under: root) }),
            ("template", { try SampleSite.write(["templates/partials/footer-extra.mustache": "<p>extra</p>\n"], under: root) }),
            ("delete output", { try FileManager.default.removeItem(at: output) }),
        ]
        for (name, change) in changes {
            try change()
            let report = SampleSite.build(root, into: output, force: false)
            #expect(report.wrote && !report.upToDate, "\(name) did not rebuild")
            #expect(SampleSite.build(root, into: output, force: false).upToDate, "\(name): the build after it was not up to date")
        }
        let edited = SampleSite.read(output.appendingPathComponent("pages/about/index.html"))
        #expect(edited.contains("About us"))
    }

    @Test("--force builds an unchanged site")
    func force() throws {
        let (root, output) = try builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let forced = SampleSite.build(root, into: output, force: true)
        #expect(forced.wrote && !forced.upToDate)
    }

    @Test("under --strict a warning fails the build and leaves the output as it was")
    func strictKeepsOutput() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(BuildFailureTests.goodSite, under: root)
        let output = root.appendingPathComponent("public")
        #expect(SampleSite.build(root, into: output).wrote)
        let before = SampleSite.snapshot(output)
        try SampleSite.write(["content/data/unused.csv": "year,count\n2018,4\n"], under: root)
        let report = SiteBuilder.build(BuildOptions(source: root, output: output, themeFolders: [SampleSite.theme],
                                                    today: SampleSite.today, warningsAreErrors: true))
        #expect(!report.wrote)
        #expect(SampleSite.snapshot(output) == before)
    }
}
