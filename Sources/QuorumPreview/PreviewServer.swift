import CMemory
import Foundation
import Hummingbird
import Logging
import NIOCore
import QuorumBuild
import QuorumDiagnostics
import QuorumOutput

/// `quorum serve`: builds the site into its preview folder, serves it, rebuilds what each save touches and reloads the browser.
///
///     let server = try PreviewServer(PreviewOptions(build: options))
///     let first = server.build()
///     try await server.run(onListening: { port in print("serving on \(port)") })
public struct PreviewServer: Sendable {
    public let options: PreviewOptions
    /// Where the generated files are kept: `.public.cache/serve-PID`, left for the next server to start from.
    public let folder: LiveFolder
    private let live: LiveSession
    private let watcher: FileWatcher
    private let site: PreviewSite
    private let events = ReloadEvents()

    /// Starts watching the site's folders; nothing is built until `build()`.
    public init(_ options: PreviewOptions) throws(PreviewError) {
        // One arena a core rather than glibc's eight: the server lives on, and the first build's free memory
        // scattered over many arenas stayed resident (about 30 MB of 330 at 10,000 pages).
        quorum_limit_arenas(Int32(max(1, ProcessInfo.processInfo.activeProcessorCount)))
        self.options = options
        do throws(DiagnosticError) {
            folder = try LiveFolder(beside: options.build.output)
        } catch {
            throw PreviewError.cannotWrite(error.diagnostics.first?.message ?? "cannot create the preview folder")
        }
        let session = SiteSession(options.build, folder: folder)
        do throws(FileWatcherError) {
            watcher = try FileWatcher(folders: session.watchedFolders, quiet: options.debounce)
        } catch {
            throw PreviewError.cannotWatch(error.description)
        }
        site = PreviewSite(roots: [options.build.source] + session.watchedFolders)
        live = LiveSession(session)
    }

    /// Builds the whole site and serves it; if it has errors, every page shows them until a save mends them.
    public func build() -> SessionUpdate {
        let update = live.session.build()
        Rebuilder.publish(update, of: live.session, to: site, events: events, strict: options.strict)
        live.session.forgetDisplaced()
        LiveSession.returnFreedMemory()
        return update
    }

    /// The URL path the site is served under (`/board` for a base URL of https://example.org/board/), or "".
    public var basePath: String { live.session.basePath }

    /// The server and its rebuilder, ready to run (or to test with HummingbirdTesting).
    /// `onRebuild` hears each rebuild with the changed files; `onListening` hears the port once the server listens.
    public func application(onRebuild: @escaping @Sendable (SessionUpdate, _ changed: [String]) -> Void = { _, _ in },
                            onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let rebuilder = Rebuilder(live: live, watcher: watcher, site: site, events: events, strict: options.strict,
                                  onRebuild: onRebuild)
        var logger = Logger(label: "quorum.serve")
        logger.logLevel = .error
        let port = options.port
        return Application(
            responder: PreviewResponder(site: site, events: events),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil),
            services: [rebuilder],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// Serves until the process is interrupted (Ctrl-C or SIGTERM).
    public func run(onRebuild: @escaping @Sendable (SessionUpdate, _ changed: [String]) -> Void = { _, _ in },
                    onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws(PreviewError) {
        do {
            try await application(onRebuild: onRebuild, onListening: onListening).runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PreviewError.portInUse(host: options.host, port: options.port)
        } catch {
            watcher.stop()
            throw PreviewError.cannotListen(host: options.host, port: options.port, reason: "\(error)")
        }
    }
}

/// How `quorum serve` runs.
public struct PreviewOptions: Sendable {
    /// What to build; `write` is ignored: the site goes to the preview folder, never to the output.
    public var build: BuildOptions
    /// The address to listen on: 127.0.0.1 keeps the preview on this machine.
    public var host: String
    /// The port; 0 lets the system choose one.
    public var port: Int
    /// Quiet time after the last file event before a rebuild, so a burst of saves makes one rebuild.
    public var debounce: Duration
    /// Warnings fail a rebuild, as with `quorum build --strict`.
    public var strict: Bool

    /// Creates options.
    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, debounce: Duration = .milliseconds(20),
                strict: Bool = false) {
        self.build = build
        self.host = host
        self.port = port
        self.debounce = debounce
        self.strict = strict
    }
}

/// Why the preview server could not start.
public enum PreviewError: Error, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    case cannotWatch(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .portInUse(_, let port): return "port \(port) is in use"
        case .cannotListen(let host, let port, let reason): return "cannot listen on \(host):\(port): \(reason)"
        case .cannotWatch(let reason), .cannotWrite(let reason): return reason
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .portInUse(_, let port): return "pass --port \(port == 65535 ? port - 1 : port + 1) or stop the other server"
        case .cannotListen: return "check --host: 127.0.0.1 for this machine only, 0.0.0.0 for every network interface"
        case .cannotWatch: return "quorum serve watches content/ and the theme with inotify"
        case .cannotWrite: return "quorum serve keeps the site it shows in .public.cache/serve-PID/ in the site folder: check that you can write there"
        }
    }
}
