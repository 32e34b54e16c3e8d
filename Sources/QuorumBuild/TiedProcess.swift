import Foundation
import CChildProcess

/// Runs an external program (Pagefind, rsvg-convert) as a child tied to this process: a build killed
/// mid-way takes its children with it, so none is left writing into the staging folder.
enum TiedProcess {
    /// Runs `program` (looked up on PATH) with `arguments`, output discarded; returns its exit status, or -1.
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        let pid = quorum_spawn_tied(&argv)
        guard pid > 0 else { return -1 }
        return quorum_wait(pid)
    }
}

/// Messages gathered from parallel work; the first in time is reported.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ message: String) { lock.lock(); items.append(message); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return items.first }
}
