import Foundation

/// Sends server-sent events to every open `/__quorum/events` stream: which URLs changed in each rebuild.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    /// A new stream of event texts, ready to write to a response; it ends when the server stops.
    func subscribe() -> (id: UUID, events: AsyncStream<String>) {
        let (events, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(32))
        let id = UUID()
        lock.withLock {
            if closed { continuation.finish() } else { streams[id] = continuation }
        }
        return (id, events)
    }

    /// Forgets a stream whose connection has gone.
    func unsubscribe(_ id: UUID) {
        lock.withLock { streams.removeValue(forKey: id) }?.finish()
    }

    /// How many browsers are listening.
    var listeners: Int { lock.withLock { streams.count } }

    /// Sends `event` with `data` to every stream.
    func send(_ event: String, data: String) {
        broadcast("event: \(event)\ndata: \(data)\n\n")
    }

    /// A comment line: browsers ignore it, and a write to a closed connection ends its stream.
    func heartbeat() {
        broadcast(": ping\n\n")
    }

    /// Ends every stream, so the server can stop without waiting for browsers to leave.
    func close() {
        let all = lock.withLock {
            closed = true
            defer { streams = [:] }
            return Array(streams.values)
        }
        for stream in all { stream.finish() }
    }

    private func broadcast(_ text: String) {
        let all = lock.withLock { Array(streams.values) }
        for stream in all { stream.yield(text) }
    }
}
