import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A server-sent event as the browser's EventSource would see it.
struct ServerEvent: Sendable {
    var name: String
    var data: String
}

/// Reads `/__quorum/events` over a plain socket on a thread of its own, as a browser would.
/// (HummingbirdTesting's client waits for a whole response, and an event stream never ends.)
final class EventStreamClient: @unchecked Sendable {
    private let socket: Int32
    private let lock = NSLock()
    private var received: [ServerEvent] = []
    private var raw: [UInt8] = []
    private var headerDone = false

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw EventStreamError.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            throw EventStreamError.connect
        }
        let request = "GET /__quorum/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        let thread = Thread { [self] in readLoop() }
        thread.start()
    }

    /// Every event received so far.
    var events: [ServerEvent] { lock.withLock { received } }

    /// Waits (polling) for the first event named `name` after the first `skip` events that matches `test`.
    func next(_ name: String, after skip: Int = 0, timeout: Duration = .seconds(180),
              where test: @Sendable (String) -> Bool = { _ in true }) async throws -> ServerEvent {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let event = events.dropFirst(skip).first(where: { $0.name == name && test($0.data) }) { return event }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw EventStreamError.timeout(name, events.map { "\($0.name): \($0.data)" })
    }

    func close() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            lock.withLock {
                raw += buffer[0..<count]
                parse()
            }
        }
        Glibc.close(socket)
    }

    /// Takes the response headers, then chunked body parts; each part Hummingbird writes is one event.
    private func parse() {
        if !headerDone {
            guard let end = find([13, 10, 13, 10]) else { return }
            raw.removeFirst(end + 4)
            headerDone = true
        }
        while let lineEnd = find([13, 10]) {
            guard let size = Int(String(decoding: raw[0..<lineEnd], as: UTF8.self), radix: 16) else { return }
            guard raw.count >= lineEnd + 2 + size + 2 else { return }
            let chunk = String(decoding: raw[(lineEnd + 2)..<(lineEnd + 2 + size)], as: UTF8.self)
            raw.removeFirst(lineEnd + 2 + size + 2)
            for block in chunk.components(separatedBy: "\n\n") where !block.isEmpty {
                var name = "message", data: [String] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !data.isEmpty { received.append(ServerEvent(name: name, data: data.joined(separator: "\n"))) }
            }
        }
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard raw.count >= pattern.count else { return nil }
        for index in 0...(raw.count - pattern.count) where raw[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}

enum EventStreamError: Error {
    case socket, connect
    case timeout(String, [String])
}
