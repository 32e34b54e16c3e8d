import Foundation
import CChildProcess

/// A program the build runs (Pagefind, the PDF driver), tied to the build: a build killed mid-stage takes its
/// children with it, so nothing goes on writing into a staging folder nobody will swap in.
struct ChildProcess {
    let pid: pid_t

    /// Starts `words[0]` (looked up on PATH) with the rest as arguments; nil when it cannot be started.
    init?(_ words: [String]) {
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        let pid = quorum_spawn_tied(&argv)
        guard pid > 0 else { return nil }
        self.pid = pid
    }

    /// Waits for it to end; returns its exit status, or 128 + the signal that killed it.
    func wait() -> Int32 { quorum_wait(pid) }

    /// Runs `words` to the end; -1 when it could not be started.
    static func run(_ words: [String]) -> Int32 {
        ChildProcess(words)?.wait() ?? -1
    }
}
