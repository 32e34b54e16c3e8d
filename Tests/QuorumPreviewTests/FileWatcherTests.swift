import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumPreview
import Testing

/// Collects a watcher's batches as they arrive.
final class BatchCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [[String]] = []
    private var task: Task<Void, Never>?

    init(_ watcher: FileWatcher) {
        task = Task { [weak self] in
            for await batch in watcher.changes { self?.lock.withLock { self?.received.append(batch) } }
        }
    }

    var batches: [[String]] { lock.withLock { received } }

    /// Polls until a batch after the first `skip` holds `path`, for at most 3 minutes.
    func waitFor(_ path: String, after skip: Int = 0) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(180)
        while ContinuousClock.now < deadline {
            if batches.dropFirst(skip).contains(where: { $0.contains(path) }) { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return false
    }
}

/// The inotify watcher: what editors do to files arrives as paths, in batches.
@Suite struct FileWatcherTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("content"), withIntermediateDirectories: true)
        return url
    }

    @Test("a save by rename, a file in a new folder and a deletion each arrive as changed paths")
    func reportsEditorSaves() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let watcher = try FileWatcher(folders: [content])
        defer { watcher.stop() }
        let collector = BatchCollector(watcher)

        // An editor's atomic save: write a temporary file, then rename it over the page.
        let page = content.appendingPathComponent("page.md")
        let temporary = content.appendingPathComponent(".page.md.swp")
        try Data("one".utf8).write(to: temporary)
        #expect(rename(temporary.path, page.path) == 0)
        #expect(try await collector.waitFor(page.path))

        // A new folder is watched too: a file written into it later is seen.
        let folder = content.appendingPathComponent("reports/new")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try await collector.waitFor(content.appendingPathComponent("reports").path))
        try await Task.sleep(for: .milliseconds(50))
        let chapter = folder.appendingPathComponent("01.md")
        try Data("chapter".utf8).write(to: chapter)
        #expect(try await collector.waitFor(chapter.path))

        let count = collector.batches.count
        try FileManager.default.removeItem(at: page)
        #expect(try await collector.waitFor(page.path, after: count))
    }

    @Test("writes within the quiet time arrive as one batch")
    func coalescesBursts() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let watcher = try FileWatcher(folders: [content], quiet: .milliseconds(250))
        defer { watcher.stop() }
        let collector = BatchCollector(watcher)
        for index in 1...20 {
            try Data("save \(index)".utf8).write(to: content.appendingPathComponent("page\(index % 3).md"))
        }
        #expect(try await collector.waitFor(content.appendingPathComponent("page0.md").path))
        try await Task.sleep(for: .milliseconds(600))
        #expect(collector.batches.count == 1)
        #expect(collector.batches.first?.count == 3)
    }

    @Test("every editor's save puts the page in one batch (scratch files may come in one of their own)", arguments: EditorSave.allCases)
    func editorSaveIsOneBatch(_ style: EditorSave) async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let page = content.appendingPathComponent("page.md").path
        try Disk.write("old", to: page, sync: false)
        let watcher = try FileWatcher(folders: [content])
        defer { watcher.stop() }
        let collector = BatchCollector(watcher)
        try style.save("new", to: page)
        #expect(try await collector.waitFor(page))
        try await Task.sleep(for: .milliseconds(300))
        // A slow fsync of vim's backup copy may send the probe and the backup first: they rebuild nothing.
        #expect(collector.batches.filter { $0.contains(page) }.count == 1, "\(collector.batches)")
        #expect(try String(contentsOfFile: page, encoding: .utf8) == "new")
    }

    @Test("a file still open after a write holds its batch until it is closed")
    func heldWhileWriting() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let page = content.appendingPathComponent("page.md").path
        // A quiet time of 100 ms (an open file then holds its batch for 5 s), so a busy machine's late wake-ups
        // cannot outlast the hold.
        let watcher = try FileWatcher(folders: [content], quiet: .milliseconds(100))
        defer { watcher.stop() }
        let collector = BatchCollector(watcher)
        let file = try Disk.open(page)
        let opened = ContinuousClock.now
        try Disk.write("---\ntitle: half", into: file)
        try await Task.sleep(for: .milliseconds(200))
        // Unless the machine was so busy that the 200 ms sleep outlasted the 5 s hold itself.
        let held = opened.duration(to: .now) < .seconds(5)
        #expect(!held || collector.batches.isEmpty, "\(collector.batches)")
        try Disk.write(" and the rest\n---\n", into: file)
        close(file)
        #expect(try await collector.waitFor(page))
        #expect(collector.batches.count == 1)
    }

    @Test("a page deleted and created again 50 ms later is one batch, not a deletion and then a new page")
    func deleteThenCreate() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        let page = content.appendingPathComponent("page.md").path
        try Disk.write("old", to: page, sync: false)
        // A quiet time of 100 ms (a missing file then waits 500 ms), so a busy machine cannot stretch 50 ms past it.
        let watcher = try FileWatcher(folders: [content], quiet: .milliseconds(100))
        defer { watcher.stop() }
        let collector = BatchCollector(watcher)
        try Disk.unlink(page)
        let deleted = ContinuousClock.now
        try await Task.sleep(for: .milliseconds(50))
        try Disk.write("new", to: page, sync: false)
        // Unless the machine was so busy that the 50 ms sleep outlasted the 500 ms wait itself.
        let waited = deleted.duration(to: .now) < .milliseconds(500)
        #expect(try await collector.waitFor(page))
        try await Task.sleep(for: .milliseconds(300))
        #expect(!waited || collector.batches.count == 1, "\(collector.batches)")
    }

    @Test("stopping the watcher ends its stream")
    func stops() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try FileWatcher(folders: [root])
        watcher.stop()
        var batches = 0
        for await _ in watcher.changes { batches += 1 }
        #expect(batches == 0)
    }
}
