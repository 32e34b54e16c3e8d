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
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
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
}
