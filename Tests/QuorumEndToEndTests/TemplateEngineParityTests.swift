import Foundation
import Mustache
import QuorumContent
import QuorumDiagnostics
import QuorumSite
import QuorumTemplates
import Testing
@testable import QuorumBuild

/// Quorum's Mustache engine replaced swift-mustache: every page of the sample site, and every scaffold,
/// must come out of both with the same bytes.
@Suite struct TemplateEngineParityTests {
    static let folders = [SampleSite.theme, SampleSite.repository.appendingPathComponent("templates")]

    /// swift-mustache's library from the same folders, loaded the way `Theme` loads them.
    static func mustacheLibrary() throws -> MustacheLibrary {
        var sources: [String: String] = [:]
        for folder in folders.map({ $0.resolvingSymlinksInPath() }) {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in enumerator where url.pathExtension == "mustache" {
                let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
                sources[String(relative.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        return library
    }

    @Test("every output page of the sample site renders to swift-mustache's bytes", arguments: [false, true])
    func everyPage(drafts: Bool) throws {
        let output = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var session = SiteSession(BuildOptions(source: SampleSite.repository, output: output, themeFolders: [SampleSite.theme],
                                               includeDrafts: drafts, today: SampleSite.today))
        let update = session.build()
        #expect(!update.failed, "\(update.diagnostics.map(\.message))")
        var graph = try #require(session.graph)
        let theme = try Theme(folders: Self.folders)
        let library = try Self.mustacheLibrary()
        #expect(graph.outputs.count > 50)
        for search in [false, true] {
            graph.searchEnabled = search
            for page in graph.outputs {
                let context = graph.context(for: page)
                let ours = try theme.render(page.template, context)
                let theirs = try #require(library.render(EmptyText.removed(from: context), withTemplate: page.template))
                let same = ours == theirs
                #expect(same, "\(page.outputPath) (\(page.template), search \(search)): \(Self.firstDifference(ours, theirs))")
            }
        }
    }

    @Test("every scaffold renders to swift-mustache's bytes")
    func scaffolds() throws {
        let content = ContentLoader(root: SampleSite.repository, includeDrafts: true, today: SampleSite.today).load(log: DiagnosticLog())
        let scaffolder = Scaffolder(source: SampleSite.repository, themeFolders: [SampleSite.theme], today: SampleSite.today)
        let theme = try Theme(folders: Self.folders)
        let library = try Self.mustacheLibrary()
        let board = try #require(content.config.boards.first?.code)
        for kind in Scaffolder.Kind.allCases {
            let (_, context) = try scaffolder.plan(kind, content: content, date: kind == .bulletin ? "2031-05" : "2031-05-14",
                                                  board: board, title: nil)
            let name = "scaffolds/\(kind.rawValue).md"
            let ours = try theme.render(name, context), theirs = library.render(EmptyText.removed(from: context), withTemplate: name)
            #expect(ours == theirs, "\(name)")
        }
    }

    /// Where two texts first differ, with a little of each, for a failure message short enough to read.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        var index = 0
        while index < min(a.count, b.count), a[index] == b[index] { index += 1 }
        if index == a.count && index == b.count { return "same" }
        let start = max(0, index - 60)
        func excerpt(_ bytes: [UInt8]) -> String { String(decoding: bytes[start..<min(bytes.count, index + 60)], as: UTF8.self).debugDescription }
        return "byte \(index): ours \(excerpt(a)) theirs \(excerpt(b))"
    }
}
