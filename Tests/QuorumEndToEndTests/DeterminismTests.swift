import Foundation
import Testing

@Suite struct DeterminismTests {
    /// A copy of the sample site whose files are created in the given order.
    func copySite(reversed: Bool) throws -> URL {
        let root = try SampleSite.temporaryFolder()
        let source = SampleSite.repository.appendingPathComponent("content")
        var files: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: source.path) {
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: source.appendingPathComponent(path).path, isDirectory: &isDirectory),
                   !isDirectory.boolValue { files.append(path) }
            }
        }
        files.sort()
        if reversed { files.reverse() }
        for path in files {
            let target = root.appendingPathComponent("content").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
        }
        return root
    }

    @Test("two builds of the sample site, copied in opposite file orders into different folders, are byte-identical")
    func sameBytes() throws {
        let a = try copySite(reversed: false), b = try copySite(reversed: true)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(SampleSite.build(a, into: a.appendingPathComponent("public")).wrote)
        #expect(SampleSite.build(b, into: b.appendingPathComponent("public")).wrote)
        let first = SampleSite.snapshot(a.appendingPathComponent("public"))
        let second = SampleSite.snapshot(b.appendingPathComponent("public"))
        #expect(first.count > 100)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes {
            Issue.record("\(path) differs between builds")
        }
    }
}
