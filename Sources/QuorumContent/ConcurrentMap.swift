import Foundation

/// Maps an array on all cores, keeping the input order so results stay deterministic.
public enum ConcurrentMap {
    /// Applies `transform` to every element in parallel; the result is in input order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Write-once slots filled from many threads; each index is written by exactly one iteration.
private final class ResultSlots<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [R] { storage.compactMap { $0 } }
}
