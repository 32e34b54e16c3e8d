import Foundation
import QuorumContent
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and everything under them with inotify, and reports changed paths in batches.
///
/// A batch is sent once no event has arrived for `quiet`, so an editor's save (write a temporary file and
/// rename it over the old one; or truncate and write) or a burst of saves becomes one batch. It waits longer
/// while a save looks unfinished, so a half-written or briefly missing file is never reported:
///
/// - a file written to and not yet closed holds the batch for up to `quiet` × 50 after the last event (a log
///   file kept open must not stop the preview);
/// - a file moved away or deleted and not yet back (vim renames the page to `page.md~` before writing it
///   again; some tools delete, then create), or a burst of more than 10 files (a `git checkout`), waits `quiet` × 5.
///
/// Editors' hidden and scratch files (`.page.md.swp`, `4913`, `page.md~`) never hold a batch. A batch is sent at
/// the latest 2 s after its first event (or `quiet` × 100, if longer), so a long copy still shows progress.
/// The thread blocks in `poll` between events, so an idle watcher uses no CPU.
public final class FileWatcher: Sendable {
    /// Sorted absolute paths of files and folders created, changed, moved or deleted.
    public let changes: AsyncStream<[String]>
    private let continuation: AsyncStream<[String]>.Continuation
    private let stopSignal: StopSignal

    /// Starts watching `folders` (those that exist) and their subfolders, hidden ones excepted.
    public init(folders: [URL], quiet: Duration = .milliseconds(20)) throws(FileWatcherError) {
        let (changes, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .unbounded)
        self.changes = changes
        self.continuation = continuation
        #if os(Linux)
        let inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw FileWatcherError("inotify_init1 failed: \(String(cString: strerror(errno)))") }
        // A socket pair rather than a pipe: a stop sent after the thread has gone fails with EPIPE, not SIGPIPE.
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            close(inotify)
            throw FileWatcherError("socketpair failed: \(String(cString: strerror(errno)))")
        }
        stopSignal = StopSignal(fds[1])
        var loop = WatchLoop(inotify: inotify, stop: fds[0], quiet: quiet, continuation: continuation)
        loop.roots = folders.map(\.path)
        for folder in folders {
            do throws(FileWatcherError) { try loop.addTree(folder.path) } catch {
                close(inotify)
                close(fds[0])
                throw error
            }
        }
        let thread = Thread { [loop] in
            var loop = loop
            loop.run()
        }
        thread.name = "quorum-watcher"
        thread.start()
        continuation.onTermination = { [stopSignal] _ in stopSignal.send() }
        #else
        throw FileWatcherError("watching files needs Linux inotify")
        #endif
    }

    /// Stops watching and ends `changes`.
    public func stop() {
        stopSignal.send()
    }

    deinit {
        stopSignal.send()
    }
}

/// The sending end of the watcher's stop socket, closed once nothing can send to it any more.
private final class StopSignal: Sendable {
    private let socket: Int32

    init(_ socket: Int32) { self.socket = socket }

    deinit { close(socket) }

    func send() {
        var byte: UInt8 = 1
        _ = Glibc.send(socket, &byte, 1, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
    }
}

/// Why a watch could not start.
public struct FileWatcherError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

#if os(Linux)
/// The watching thread's state: the watch descriptors and the changes not yet sent.
private struct WatchLoop: @unchecked Sendable {
    let inotify: Int32
    let stop: Int32
    let quiet: Duration
    let continuation: AsyncStream<[String]>.Continuation
    var folders: [Int32: String] = [:]
    /// The folders asked for, reported when the kernel's queue overflowed and events were lost.
    var roots: [String] = []
    var pending: Set<String> = []
    /// Files written to (IN_MODIFY) and not yet closed, moved or deleted: a save still under way.
    var writing: Set<String> = []
    /// Files moved away or deleted and not created again since: perhaps a save still under way.
    var missing: Set<String> = []
    var firstEvent: ContinuousClock.Instant?
    var lastEvent: ContinuousClock.Instant?

    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO
                             | IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR)

    init(inotify: Int32, stop: Int32, quiet: Duration, continuation: AsyncStream<[String]>.Continuation) {
        self.inotify = inotify
        self.stop = stop
        self.quiet = quiet
        self.continuation = continuation
    }

    /// Watches `path` and the folders under it; a folder that does not exist is skipped.
    mutating func addTree(_ path: String) throws(FileWatcherError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        try add(path)
        let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isDirectoryKey],
                                                        options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { try add(url.path) }
        }
    }

    private mutating func add(_ path: String) throws(FileWatcherError) {
        let descriptor = inotify_add_watch(inotify, path, WatchLoop.mask)
        guard descriptor >= 0 else {
            let reason = errno == ENOSPC
                ? "too many folders to watch; raise fs.inotify.max_user_watches (sysctl)"
                : String(cString: strerror(errno))
            throw FileWatcherError("cannot watch \(path): \(reason)")
        }
        folders[descriptor] = path
    }

    mutating func run() {
        defer {
            close(inotify)
            close(stop)
            continuation.finish()
        }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var polls = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&polls, 2, timeout())
            if ready < 0 && errno != EINTR { return }
            if polls[1].revents != 0 { return }
            if polls[0].revents != 0 { readEvents(into: &buffer) }
            flushIfQuiet()
        }
    }

    /// Milliseconds until the pending batch is due, or -1 (wait for ever) when nothing is pending.
    private func timeout() -> Int32 {
        guard let due = due() else { return -1 }
        let left = ContinuousClock.now.duration(to: due)
        let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
        return Int32(max(0, min(milliseconds + 1, 60_000)))
    }

    /// When the pending batch is to be sent: after `quiet` with no event, longer while a file is still being
    /// written, and never later than the longest wait after its first event.
    private func due() -> ContinuousClock.Instant? {
        guard let lastEvent, let firstEvent else { return nil }
        let wait = !writing.isEmpty ? quiet * 50 : !missing.isEmpty || pending.count > 10 ? quiet * 5 : quiet
        let settled = lastEvent + wait
        return min(settled, firstEvent + max(quiet * 100, .seconds(2)))
    }

    private mutating func flushIfQuiet() {
        guard let due = due(), ContinuousClock.now >= due else { return }
        continuation.yield(pending.sorted())
        pending = []
        writing = []
        missing = []
        firstEvent = nil
        lastEvent = nil
    }

    private mutating func readEvents(into buffer: inout [UInt8]) {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                handle(descriptor: descriptor, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
            }
        }
    }

    private mutating func handle(descriptor: Int32, mask: UInt32, name: String) {
        let now = ContinuousClock.now
        if firstEvent == nil { firstEvent = now }
        lastEvent = now
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: report every root, which makes the session read everything again.
            pending.formUnion(roots)
            return
        }
        guard let folder = folders[descriptor] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[descriptor] = nil
            return
        }
        let path = name.isEmpty ? folder : folder + "/" + name
        pending.insert(path)
        if mask & UInt32(IN_ISDIR) == 0, !name.hasPrefix("."), !EditorScratchFile.matches(name) {
            if mask & UInt32(IN_MODIFY) != 0 { writing.insert(path) }
            if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 { writing.remove(path) }
            if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { missing.insert(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { missing.remove(path) }
        }
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !name.hasPrefix(".") {
            // A new folder: watch it too. Files written into it before the watch began are found by the
            // session, which reads a changed folder's files.
            try? addTree(path)
        }
    }
}
#endif
