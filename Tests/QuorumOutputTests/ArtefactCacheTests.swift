import Foundation
import Testing
@testable import QuorumOutput

@Suite struct ArtefactCacheTests {
    private func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    private func text(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("an artefact stored by one build is linked back by the next, and survives the swap and the spare")
    func storeThenRestore() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let cache = ArtefactCache(beside: public_)
        #expect(cache.folder.lastPathComponent == ".public.cache")

        let first = try StagedOutput(destination: public_)
        try first.write("<p>one</p>", to: "index.html")
        first.removeUnwritten()
        try FileManager.default.createDirectory(at: first.staging.appendingPathComponent("search/part-a"), withIntermediateDirectories: true)
        try Data("index of a".utf8).write(to: first.staging.appendingPathComponent("search/part-a/entry.json"))
        cache.store("search", "key-a", from: first, at: "search/part-a")
        try first.commit()
        cache.prune("search")

        // Two more builds, so that the staging folder starts from a spare that no longer has the part.
        for round in 0..<2 {
            let next = try StagedOutput(destination: public_)
            try next.write("<p>round \(round)</p>", to: "index.html")
            next.removeUnwritten()
            #expect(!FileManager.default.fileExists(atPath: next.staging.appendingPathComponent("search").path))
            let later = ArtefactCache(beside: public_)
            #expect(later.restore("search", "key-a", into: next, at: "search/part-a"))
            #expect(!later.restore("search", "key-b", into: next, at: "search/part-b"))
            try next.commit()
            later.prune("search")
            #expect(text(public_.appendingPathComponent("search/part-a/entry.json")) == "index of a")
        }
    }

    @Test("entries a build did not use are pruned; other kinds are left")
    func prune() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let staged = try StagedOutput(destination: public_)
        try staged.write("a", to: "a.pdf")
        try staged.write("b", to: "b.pdf")
        let cache = ArtefactCache(beside: public_)
        cache.store("pdf", "a", from: staged, at: "a.pdf")
        cache.store("pdf", "b", from: staged, at: "b.pdf")
        cache.store("search", "s", from: staged, at: "a.pdf")
        let next = ArtefactCache(beside: public_)
        #expect(next.restore("pdf", "a", into: staged, at: "a.pdf"))
        next.prune("pdf")
        #expect(next.contains("pdf", "a"))
        #expect(!next.contains("pdf", "b"))
        #expect(next.contains("search", "s"))
        staged.discard()
    }

    @Test("rewriting a file of the staging folder that is linked into the cache leaves the cached bytes alone")
    func sharedFileRewrittenAsNew() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let first = try StagedOutput(destination: public_)
        try first.write("cached bytes", to: "report.pdf")
        let cache = ArtefactCache(beside: public_)
        cache.store("pdf", "k", from: first, at: "report.pdf")
        try first.commit()
        // The next build starts from a spare; make its copy of the file a link into the cache, then write over it.
        let second = try StagedOutput(destination: public_)
        try second.commit()
        let third = try StagedOutput(destination: public_)
        #expect(third.recycled)
        #expect(cache.restore("pdf", "k", into: third, at: "report.pdf"))
        try third.write("other bytes!", to: "report.pdf")
        #expect(text(cache.folder.appendingPathComponent("pdf/k/artefact")) == "cached bytes")
        #expect(text(third.staging.appendingPathComponent("report.pdf")) == "other bytes!")
        third.discard()
    }

    @Test("a path outside the staging folder is refused")
    func unsafePath() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let public_ = root.appendingPathComponent("public")
        let staged = try StagedOutput(destination: public_)
        let cache = ArtefactCache(beside: public_)
        cache.store("pdf", "k", from: staged, at: "../outside")
        #expect(!cache.contains("pdf", "k"))
        #expect(!cache.restore("pdf", "k", into: staged, at: "../outside"))
        staged.discard()
    }
}
