import Foundation
import Testing
@testable import QuorumOutput
import QuorumDiagnostics

@Suite struct StagedOutputTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("nothing reaches the destination until commit, which replaces it whole")
    func commit() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: destination.appendingPathComponent("stale.html"))

        let staged = try StagedOutput(destination: destination)
        try staged.write("<p>new</p>", to: "meetings/index.html")
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("stale.html").path))
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("meetings/index.html").path))
        try staged.commit()
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.contents(atPath: destination.appendingPathComponent("meetings/index.html").path) == Data("<p>new</p>".utf8))
        // The replaced site is kept as the spare the next build starts from.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.spare", "public"])
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent(".public.spare/stale.html").path) == Data("old".utf8))
    }

    @Test("discard leaves the destination as it was")
    func discard() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: destination.appendingPathComponent("index.html"))
        let staged = try StagedOutput(destination: destination)
        try staged.write("new", to: "index.html")
        staged.discard()
        #expect(FileManager.default.contents(atPath: destination.appendingPathComponent("index.html").path) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.spare", "public"])
    }

    @Test("paths that would leave the output folder are refused")
    func unsafePaths() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staged = try StagedOutput(destination: root.appendingPathComponent("public"))
        for path in ["../escape.html", "/etc/passwd", "a//b", "a/../../b", ""] {
            #expect(throws: DiagnosticError.self) { try staged.write("x", to: path) }
        }
        staged.discard()
    }

    @Test("a build from the spare rewrites only changed files, removes what it did not write, and ends equal to a fresh build")
    func recycledSpare() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = root.appendingPathComponent("public")
        let generations: [[String: String]] = [
            ["index.html": "one", "a/index.html": "a", "b/index.html": "b", "b/deep/x.html": "x", "gone/index.html": "g"],
            ["index.html": "one", "a/index.html": "a2", "b/index.html": "b", "gone": "now a file", "c/index.html": "c"],
            ["index.html": "one", "a/index.html": "a2", "b": "a file where a folder was", "gone/index.html": "a folder again"],
            ["index.html": "four", "b/index.html": "b", "gone": "a file again"],
        ]
        var recycledCount = 0
        for (number, files) in generations.enumerated() {
            let staged = try StagedOutput(destination: destination)
            if staged.recycled { recycledCount += 1 }
            // A spare file whose bytes are unchanged keeps its inode: it was not written again.
            let unchanged = staged.staging.appendingPathComponent("index.html")
            let inodeBefore = try? FileManager.default.attributesOfItem(atPath: unchanged.path)[.systemFileNumber] as? NSNumber
            for (path, text) in files.sorted(by: { $0.key < $1.key }) { try staged.write(text, to: path) }
            let inodeAfter = try? FileManager.default.attributesOfItem(atPath: unchanged.path)[.systemFileNumber] as? NSNumber
            if number == 2 { #expect(inodeBefore != nil && inodeBefore == inodeAfter) }
            try FileManager.default.createDirectory(at: staged.staging.appendingPathComponent("pagefind"), withIntermediateDirectories: true)
            staged.removeUnwritten()
            try staged.commit()
            var found: [String: String] = [:]
            let enumerator = FileManager.default.enumerator(atPath: destination.path)
            while let path = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: destination.appendingPathComponent(path).path, isDirectory: &isFolder)
                if !isFolder.boolValue {
                    found[path] = String(decoding: FileManager.default.contents(atPath: destination.appendingPathComponent(path).path) ?? Data(), as: UTF8.self)
                }
            }
            #expect(found == files, "generation \(number)")
        }
        #expect(recycledCount == 2)
    }

    @Test("a staging folder left by a killed build becomes the spare")
    func leftoverBecomesSpare() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let leftover = root.appendingPathComponent(".public.staging-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover.appendingPathComponent("index.html"))
        let staged = try StagedOutput(destination: root.appendingPathComponent("public"))
        #expect(staged.recycled)
        try staged.write("whole", to: "index.html")
        staged.removeUnwritten()
        try staged.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent("public/index.html").path) == Data("whole".utf8))
    }
}
