import Foundation
import Testing
@testable import QuorumOutput

@Suite struct FolderRemovalTests {
    @Test("a deep tree goes, and a symbolic link inside it is removed without touching what it points to")
    func removesTreeNotLinkTargets() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-removal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let tree = root.appendingPathComponent("old-site")
        let keep = root.appendingPathComponent("keep")
        try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: keep.appendingPathComponent("file.txt"))
        var deep = tree
        for level in 0..<30 {
            deep = deep.appendingPathComponent("level-\(level)")
            try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: deep.appendingPathComponent("index.html"))
        }
        for index in 0..<200 { try Data("y".utf8).write(to: tree.appendingPathComponent("page-\(index).html")) }
        try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("link-to-folder"), withDestinationURL: keep)
        try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("link-to-file"),
                                                   withDestinationURL: keep.appendingPathComponent("file.txt"))

        #expect(FolderRemoval.remove(tree.path))
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(FileManager.default.contents(atPath: keep.appendingPathComponent("file.txt").path) == Data("precious".utf8))
    }

    @Test("a missing path counts as removed; a plain file is removed")
    func missingAndFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-removal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FolderRemoval.remove(root.appendingPathComponent("nothing-here").path))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let file = root.appendingPathComponent("a.txt")
        try Data("a".utf8).write(to: file)
        #expect(FolderRemoval.remove(file.path))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
