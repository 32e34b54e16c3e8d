import Foundation
import Hummingbird
import HummingbirdTesting
import QuorumBuild
import QuorumPreview
import Testing

/// Counts rebuilds from the server's callback, and keeps what each one saw.
final class RebuildCounter: @unchecked Sendable {
    /// One rebuild: the changed paths the watcher reported, whether it failed, how long it took.
    struct Rebuild: Sendable {
        var paths: [String]
        var failed: Bool
        var seconds: Double
    }

    private let lock = NSLock()
    private var seen: [Rebuild] = []
    var value: Int { lock.withLock { seen.count } }
    var all: [Rebuild] { lock.withLock { seen } }
    func record(_ update: SessionUpdate, _ paths: [String]) {
        lock.withLock { seen.append(Rebuild(paths: paths, failed: update.failed, seconds: update.seconds)) }
    }
}

/// A preview server on a temporary copy of the sample site, listening on a free port of 127.0.0.1 for one test.
struct PreviewHarness: Sendable {
    let site: TestSite
    let client: any TestClientProtocol
    let port: Int
    let rebuilds: RebuildCounter

    /// Builds the copy (after `prepare` has edited it), serves it live and runs `test`.
    static func run(debounce: Duration = .milliseconds(20), drafts: Bool = true, baseURL: String? = nil,
                    prepare: (TestSite) throws -> Void = { _ in },
                    _ test: @Sendable (PreviewHarness) async throws -> Void) async throws {
        let site = try TestSite()
        defer { site.delete() }
        try prepare(site)
        let server = try PreviewServer(PreviewOptions(build: site.options(drafts: drafts, baseURL: baseURL),
                                                      host: "127.0.0.1", port: 0, debounce: debounce))
        let first = server.build()
        #expect(!first.failed, "\(first.diagnostics.map(\.message))")
        let rebuilds = RebuildCounter()
        try await server.application(onRebuild: { update, paths in rebuilds.record(update, paths) }).test(.live) { client in
            let port = try #require(client.port)
            try await test(PreviewHarness(site: site, client: client, port: port, rebuilds: rebuilds))
        }
    }

    /// GET `path` exactly as written (no normalisation of `..` or percent escapes).
    func get(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: path, method: .get)
    }

    /// The body of `path` as text.
    func text(_ path: String) async throws -> String {
        String(buffer: try await get(path).body)
    }

    /// Polls until `condition` holds, for at most `timeout`.
    func eventually(timeout: Duration = .seconds(180), _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}
