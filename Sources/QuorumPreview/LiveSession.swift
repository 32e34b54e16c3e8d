import Foundation
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
                continuation.resume(returning: work(&self.session))
            }
            thread.name = "quorum-rebuild"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
