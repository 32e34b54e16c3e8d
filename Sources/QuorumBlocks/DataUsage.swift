import Foundation

/// Which data files blocks have used, so a build can point out the ones nothing shows.
public final class DataUsage: @unchecked Sendable {
    private let lock = NSLock()
    private var used: Set<String> = []

    /// Creates an empty record.
    public init() {}

    /// Records that a block used the data file `name` (relative to content/data/).
    public func record(_ name: String) {
        lock.lock()
        used.insert(name)
        lock.unlock()
    }

    /// The names recorded so far.
    public var names: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return used
    }
}
