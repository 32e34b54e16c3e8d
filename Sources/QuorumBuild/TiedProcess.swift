import Foundation
import CChildProcess

/// Runs an external program (Pagefind, rsvg-convert, the PDF driver) as a child tied to this process: a build
/// killed mid-way takes its children with it, so none is left writing into the staging folder.
struct TiedProcess {
    let pid: pid_t

    /// Starts `program` (looked up on PATH) with `arguments`, output discarded; nil when it cannot be started.
    init?(_ program: String, _ arguments: [String]) {
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        let pid = quorum_spawn_tied(&argv)
        guard pid > 0 else { return nil }
        self.pid = pid
    }

    /// Waits for it to end; returns its exit status, or 128 + the signal that killed it.
    func wait() -> Int32 { quorum_wait(pid) }

    /// Runs `program` with `arguments` to the end; returns its exit status, or -1.
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        TiedProcess(program, arguments)?.wait() ?? -1
    }
}

/// Messages gathered from parallel work; the first in time is reported.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ message: String) { lock.lock(); items.append(message); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return items.first }
}
