import Foundation
import QuorumBuild

/// What the server serves: the last build without errors, and the errors of the latest build if it failed.
final class PreviewSite: @unchecked Sendable {
    /// One consistent view of the site for a request.
    struct Snapshot: Sendable {
        /// Generated files by output path.
        var outputs: [String: String] = [:]
        /// Files served from disk by output path.
        var staticFiles: [String: URL] = [:]
        /// URL path prefix from the base URL, without a trailing slash.
        var basePath = ""
        /// The error panel shown on every page while the latest build has errors.
        var errorPanel: String?
        /// Counts builds, good or bad; pages carry it so the reload script can tell a stale page.
        var generation = 0
    }

    private let lock = NSLock()
    private var current = Snapshot()
    /// Folders that static files may be read from; a symlink that leads out of them is not served.
    let roots: [String]

    init(roots: [URL]) {
        self.roots = roots.map { $0.resolvingSymlinksInPath().path }
    }

    var snapshot: Snapshot { lock.withLock { current } }

    /// Takes a build: a good one replaces what is served; a failed one keeps it and shows `errorPanel` on every page.
    /// Returns what the browsers must reload.
    func publish(_ update: SessionUpdate, of session: SiteSession, errorPanel: String?) -> ReloadMessage {
        lock.withLock {
            let hadError = current.errorPanel != nil
            if let errorPanel {
                current.generation += 1
                current.errorPanel = errorPanel
                return ReloadMessage(paths: [], all: true, generation: current.generation)
            }
            if hadError || current.generation == 0 {
                current.outputs = session.outputs
            } else {
                // Only the changed files: sharing the session's dictionary would make its next change copy all of it.
                for path in update.changedPaths { current.outputs[path] = session.outputs[path] }
            }
            current.staticFiles = session.staticFiles
            current.basePath = session.basePath
            current.errorPanel = nil
            let paths = update.changedPaths.map { ReloadMessage.url(of: $0, basePath: current.basePath) }
            // A save that changed nothing leaves pages current: no new generation, so none reloads.
            if hadError || !paths.isEmpty { current.generation += 1 }
            return ReloadMessage(paths: paths, all: hadError, generation: current.generation)
        }
    }

    /// Whether `url` (a static file) really lies inside one of the site's folders once symlinks are followed.
    func isInside(_ url: URL) -> Bool {
        let real = url.resolvingSymlinksInPath().path
        return roots.contains { real.hasPrefix($0 + "/") }
    }
}
