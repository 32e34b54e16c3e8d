import Foundation
import QuorumBuild
import QuorumOutput

/// What the server serves: the last build without errors, and the errors of the latest build if it failed.
final class PreviewSite: @unchecked Sendable {
    /// One consistent view of the site for a request.
    struct Snapshot: Sendable {
        /// The folder the session writes its generated files to.
        var folder: LiveFolder?
        /// The generated files in `folder`, by output path.
        var paths: Set<String> = []
        /// While the latest build has errors: the last good build's version of each file it changed (nil: there
        /// was none), served instead of the folder's.
        var held: [String: String?] = [:]
        /// Whether a build without errors was ever published; until then every page is the error panel.
        var hasGoodBuild = false
        /// Files served from disk by output path.
        var staticFiles: [String: URL] = [:]
        /// URL path prefix from the base URL, without a trailing slash.
        var basePath = ""
        /// The error panel shown on every page while the latest build has errors.
        var errorPanel: String?
        /// Counts builds, good or bad; pages carry it so the reload script can tell a stale page.
        var generation = 0

        /// The text of the generated file at `path`, as the last good build made it.
        func text(_ path: String) -> String? {
            if let kept = held[path] { return kept }
            return paths.contains(path) ? folder?.read(path) : nil
        }

        /// Whether the last good build made a file at `path`.
        func has(_ path: String) -> Bool {
            if let kept = held[path] { return kept != nil }
            return paths.contains(path)
        }
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
            follow(update, of: session)
            if let errorPanel {
                keepLastGood(session.outputs)
                current.generation += 1
                current.errorPanel = errorPanel
                return ReloadMessage(paths: [], all: true, generation: current.generation)
            }
            current.held = [:]
            current.hasGoodBuild = true
            current.staticFiles = session.staticFiles
            current.basePath = session.basePath
            current.errorPanel = nil
            let paths = update.changedPaths.map { ReloadMessage.url(of: $0, basePath: current.basePath) }
            // A save that changed nothing leaves pages current: no new generation, so none reloads.
            if hadError || !paths.isEmpty { current.generation += 1 }
            return ReloadMessage(paths: paths, all: hadError, generation: current.generation)
        }
    }

    /// Takes an update made while the latest build has errors that is not to be shown (the feeds of a failed
    /// save): the last good versions of what it changed stay served.
    func hold(_ update: SessionUpdate, of session: SiteSession) {
        lock.withLock {
            follow(update, of: session)
            keepLastGood(session.outputs)
        }
    }

    /// Brings the list of files in the folder up to date with the session's.
    private func follow(_ update: SessionUpdate, of session: SiteSession) {
        current.folder = session.outputs.folder
        if update.readEverything || current.generation == 0 {
            current.paths = Set(session.outputs.keys)
            return
        }
        for path in update.changedPaths {
            if session.outputs.contains(path) { current.paths.insert(path) } else { current.paths.remove(path) }
        }
    }

    /// Keeps the versions a failing update replaced, unless an earlier failing update already kept that path's.
    private func keepLastGood(_ outputs: OutputFiles) {
        guard current.hasGoodBuild else { return }
        for (path, old) in outputs.displaced where current.held.index(forKey: path) == nil { current.held[path] = .some(old) }
    }

    /// Whether `url` (a static file) really lies inside one of the site's folders once symlinks are followed.
    func isInside(_ url: URL) -> Bool {
        let real = url.resolvingSymlinksInPath().path
        return roots.contains { real.hasPrefix($0 + "/") }
    }
}
