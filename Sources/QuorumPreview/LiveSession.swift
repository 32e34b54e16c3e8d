import Foundation
import CMemory
import QuorumBuild

/// The server's one site session, kept in a class so that an update changes it in place: a struct held in
/// two places is copied whole on its first change, which for a big site costs more than the rebuild.
/// One task uses it at a time: the first build, then the rebuilder's loop.
final class LiveSession: @unchecked Sendable {
    var session: SiteSession

    init(_ session: SiteSession) {
        self.session = session
    }

    /// Runs `work` on the session on a thread of its own: it may take a while, and the server must keep answering.
    /// Not on a Dispatch queue, whose few workers may all be busy with someone else's long parallel loop.
    func run(_ work: @escaping @Sendable (inout SiteSession) -> SessionUpdate) async -> SessionUpdate {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                let update = work(&self.session)
                // A quick update freed little, which the allocator reuses; trimming costs a few milliseconds.
                if update.seconds > 0.1 { LiveSession.returnFreedMemory() }
                continuation.resume(returning: update)
            }
            thread.name = "quorum-rebuild"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Gives the memory a rebuild freed back to the system: glibc keeps freed pages of its arenas mapped, so the
    /// server would otherwise hold its peak (every context of a full render) for as long as it runs.
    static func returnFreedMemory() {
        _ = quorum_return_freed_memory()
    }
}
