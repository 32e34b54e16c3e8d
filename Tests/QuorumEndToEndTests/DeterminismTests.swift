import Foundation
import Testing

@Suite struct DeterminismTests {
    @Test("two builds of the sample site into different folders are byte-identical")
    func sameBytes() throws {
        let a = try SampleSite.temporaryFolder(), b = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(SampleSite.build(SampleSite.repository, into: a.appendingPathComponent("public")).wrote)
        #expect(SampleSite.build(SampleSite.repository, into: b.appendingPathComponent("public")).wrote)
        let first = SampleSite.snapshot(a.appendingPathComponent("public"))
        let second = SampleSite.snapshot(b.appendingPathComponent("public"))
        #expect(first.count > 40)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes {
            Issue.record("\(path) differs between builds")
        }
    }
}
