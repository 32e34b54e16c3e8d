import Foundation

/// The watcher's batches, gathered while a rebuild runs: the next rebuild takes every path that arrived
/// meanwhile at once, so saves made during a rebuild are neither lost nor rebuilt one batch at a time.
final class ChangeInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var finished = false
    private let (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))

    /// Adds a batch from the watcher.
    func add(_ batch: [String]) {
        lock.withLock { paths.formUnion(batch) }
        signal.yield()
    }

    /// No more batches will come (the watcher stopped).
    func finish() {
        lock.withLock { finished = true }
        signal.finish()
    }

    /// Every path added since the last call, sorted, waiting until there is one; nil once finished and empty.
    func next() async -> [String]? {
        var iterator = signals.makeAsyncIterator()
        while true {
            let taken: [String]? = lock.withLock {
                guard !paths.isEmpty else { return nil }
                defer { paths = [] }
                return paths.sorted()
            }
            if let taken { return taken }
            if lock.withLock({ finished }) { return nil }
            guard await iterator.next() != nil else {
                return lock.withLock { paths.isEmpty ? nil : paths.sorted() }
            }
        }
    }
}
