import Foundation
import QuorumBuild
import QuorumDiagnostics
import ServiceLifecycle

/// Rebuilds the site after each batch of file changes, publishes it and tells the browsers what changed.
struct Rebuilder: Service {
    let live: LiveSession
    let watcher: FileWatcher
    let site: PreviewSite
    let events: ReloadEvents
    let strict: Bool
    let onRebuild: @Sendable (SessionUpdate, _ changed: [String]) -> Void

    /// Browsers' event streams get a comment this often, so a closed connection is noticed and dropped.
    static let heartbeat = Duration.seconds(15)

    func run() async throws {
        let events = self.events, watcher = self.watcher
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while (try? await Task.sleep(for: Rebuilder.heartbeat)) != nil { events.heartbeat() }
                }
                let inbox = ChangeInbox()
                group.addTask {
                    for await batch in watcher.changes { inbox.add(batch) }
                    inbox.finish()
                }
                while let batch = await inbox.next() {
                    let update = await live.run { $0.update(batch) }
                    // Only editors' scratch files or hidden files changed: nothing to rebuild or reload.
                    guard update.sourcesChanged else { continue }
                    let failed = Rebuilder.publish(update, of: live.session, to: site, events: events, strict: strict)
                    live.session.forgetDisplaced()
                    onRebuild(update, batch)
                    guard live.session.hasPendingFeeds else { continue }
                    // After the reload event: the page in the browser does not wait for the feeds.
                    let feeds = await live.run { $0.renderPendingFeeds() }
                    if failed {
                        site.hold(feeds, of: live.session)
                    } else {
                        Rebuilder.publish(feeds, of: live.session, to: site, events: events, strict: strict)
                    }
                    live.session.forgetDisplaced()
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            watcher.stop()
            events.close()
        }
    }

    /// Serves a build, or its errors over the last good one, and sends the browsers a reload event; true when it failed.
    @discardableResult
    static func publish(_ update: SessionUpdate, of session: SiteSession, to site: PreviewSite, events: ReloadEvents,
                        strict: Bool) -> Bool {
        var panel: String?
        let failed = update.failed || (strict && !update.diagnostics.isEmpty)
        if failed {
            let shown = strict ? update.diagnostics.map { var d = $0; d.severity = .error; return d } : update.diagnostics
            panel = ErrorPanel(diagnostics: shown, source: session.options.source).overlay
        }
        let message = site.publish(update, of: session, errorPanel: panel)
        if message.all || !message.paths.isEmpty { events.send("reload", data: message.json) }
        return failed
    }
}
