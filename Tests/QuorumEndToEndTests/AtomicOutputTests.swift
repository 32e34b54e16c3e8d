import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed at any moment, or one whose writes fail, leaves the previous site exactly as it was.
@Suite struct AtomicOutputTests {
    @Test("killing quorum build at any point leaves public/ as it was, or as the complete new build")
    func killedBuild() throws {
        let executable = try #require(SampleSite.executable, "build the quorum product first")
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let arguments = ["build", "--source", SampleSite.repository.path, "--theme", SampleSite.theme.path, "--quiet", "--force", "--no-pdf"]
        // What a build that runs to the end writes (the command line indexes for search; the old site does not).
        // PDFs are left out: they are written into the same staging folder, and would make each build minutes long.
        let reference = root.appendingPathComponent("reference")
        let finished = Process()
        finished.executableURL = executable
        finished.arguments = arguments + ["--output", reference.path]
        try finished.run()
        finished.waitUntilExit()
        #expect(finished.terminationStatus == 0)
        let complete = SampleSite.snapshot(reference)
        #expect(SampleSite.build(SampleSite.repository, into: output).wrote)
        let before = SampleSite.snapshot(output)
        #expect(before != complete)
        // Kill at many points of a build: while loading, rendering, writing, indexing and swapping.
        for delay in stride(from: 0, through: 1200, by: 40) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments + ["--output", output.path]
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = SampleSite.snapshot(output)
            #expect(after == before || after == complete, "public/ is neither the old site nor the new one after a kill at \(delay) ms")
            if after != before && after != complete { break }
        }
        // The next build cleans up whatever the killed builds left beside public/.
        #expect(SampleSite.build(SampleSite.repository, into: output).wrote)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { !["public", "reference", ".public.build-state.json", ".public.spare", ".public.cache",
                      ".reference.build-state.json", ".reference.cache"].contains($0) }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a write that fails half way leaves public/ as it was and reports the file")
    func failedWrite() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(BuildFailureTests.goodSite, under: root)
        let output = root.appendingPathComponent("public")
        #expect(SampleSite.build(root, into: output).wrote)
        let before = SampleSite.snapshot(output)
        // An asset with the name of a page's folder: the page cannot be written where the file is.
        try SampleSite.write(["content/pages/about": "not a folder"], under: root)
        let report = SampleSite.build(root, into: output)
        #expect(report.failed)
        #expect(!report.wrote)
        #expect(SampleSite.snapshot(output) == before)
    }
}
