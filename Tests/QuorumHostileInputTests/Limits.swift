import Foundation
import Testing

/// Time and memory bounds for hostile input, generous enough for a debug build on two busy cores.
enum Limits {
    /// Runs `body`, records an issue if it took longer than `seconds`, and returns its result and the time taken.
    @discardableResult
    static func within<T>(_ seconds: Double, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
                          _ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let taken = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(taken < seconds, "\(what) took \(taken) s; the limit is \(seconds) s", sourceLocation: sourceLocation)
        return (result, taken)
    }

    /// The most memory this process has held so far, in bytes (the peak resident set size).
    static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// Records an issue if the process's peak memory grew by more than `bytes` while `body` ran.
    ///
    /// The peak only rises, so this catches a blow-up in `body` (tests running alongside can only add to it).
    static func growingBy<T>(atMost bytes: Int, _ what: String, sourceLocation: SourceLocation = #_sourceLocation,
                             _ body: () throws -> T) rethrows -> T {
        let before = peakResidentBytes
        let result = try body()
        let grown = peakResidentBytes - before
        #expect(grown <= bytes, "\(what) raised peak memory by \(grown >> 20) MB; the limit is \(bytes >> 20) MB",
                sourceLocation: sourceLocation)
        return result
    }
}
