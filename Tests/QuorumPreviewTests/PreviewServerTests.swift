import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HummingbirdTesting
import QuorumPreview
import Testing

/// `quorum serve` over real HTTP: a server on a free port of 127.0.0.1 serving a temporary copy of a small site.
@Suite struct PreviewServerTests {
    /// Files a board might put beside its pages, and links that lead out of the site.
    static func addFiles(_ site: TestSite) throws {
        let folder = "content/reports/annual-2017-18/"
        try site.write(folder + "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>")
        try site.write(folder + "photo.png", "\u{89}PNG\r\n")
        try site.write(folder + "photo.jpg", "JFIF")
        try site.write(folder + "paper.pdf", "%PDF-1.4\n")
        try site.write("content/pages/draft-note.md", "---\ntitle: A note in draft\ndraft: true\n---\n\nNot yet agreed.\n")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/reports/secret.txt").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: site.url("content/reports/outside").path, withDestinationPath: "/etc")
    }

    static let types: [(path: String, status: Int, type: String)] = [
        ("/", 200, "text/html; charset=utf-8"),
        ("/meetings/", 200, "text/html; charset=utf-8"),
        ("/meetings/index.html", 200, "text/html; charset=utf-8"),
        ("/meetings/2018-10-18-tsb/", 200, "text/html; charset=utf-8"),
        ("/assets/quorum.css", 200, "text/css; charset=utf-8"),
        ("/__quorum/reload.js", 200, "text/javascript; charset=utf-8"),
        ("/meetings/meetings.ics", 200, "text/calendar; charset=utf-8"),
        ("/atom.xml", 200, "application/xml; charset=utf-8"),
        ("/feed.json", 200, "application/json; charset=utf-8"),
        ("/sitemap.xml", 200, "application/xml; charset=utf-8"),
        ("/robots.txt", 200, "text/plain; charset=utf-8"),
        ("/reports/annual-2017-18/logo.svg", 200, "image/svg+xml; charset=utf-8"),
        ("/reports/annual-2017-18/photo.png", 200, "image/png"),
        ("/reports/annual-2017-18/photo.jpg", 200, "image/jpeg"),
        ("/reports/annual-2017-18/paper.pdf", 200, "application/pdf"),
        ("/no-such-page/", 404, "text/html; charset=utf-8"),
    ]

    @Test("pages, folders and files come with their status and content type")
    func contentTypes() async throws {
        try await PreviewHarness.run(prepare: Self.addFiles) { server in
            for (path, status, type) in Self.types {
                let response = try await server.get(path)
                #expect(response.status.code == status, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
            }
        }
    }

    @Test("HTML gets the reload script and drafts their banner; a missing page gets the site's 404 page; a folder without its slash is redirected")
    func pagesAndRedirects() async throws {
        try await PreviewHarness.run(prepare: Self.addFiles) { server in
            let home = try await server.text("/")
            #expect(home.contains("<script src=\"/__quorum/reload.js\" data-generation=\"1\"></script>\n</body>"))
            let draft = try await server.text("/pages/draft-note/"), about = try await server.text("/pages/about/")
            #expect(draft.contains("class=\"draft-banner\""))
            #expect(!about.contains("class=\"draft-banner\""))

            let missing = try await server.get("/meetings/no-such-meeting/")
            #expect(missing.status == .notFound)
            #expect(String(buffer: missing.body).contains("__quorum/reload.js"))
            #expect(String(buffer: missing.body) .contains("<title>Page not found"))

            let redirect = try await server.get("/meetings")
            #expect(redirect.status == .movedPermanently)
            #expect(redirect.headers[.location] == "/meetings/")
            let withQuery = try await server.get("/reports/annual-2017-18?x=1")
            #expect(withQuery.headers[.location] == "/reports/annual-2017-18/?x=1")
        }
    }

    @Test("paths that climb out of the site, encoded or not, and symlinks that lead out get 400 or 404")
    func traversal() async throws {
        try await PreviewHarness.run(prepare: Self.addFiles) { server in
            let attempts = [
                "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/meetings/..%2f..%2fetc%2fpasswd",
                "/assets%2fquorum.css", "/..%5c..%5cetc%5cpasswd", "//etc/passwd", "/./index.html", "/etc/passwd",
                "/%00", "/index.html%00.css", "/reports/secret.txt", "/reports/outside/passwd", "/%ZZ",
            ]
            for path in attempts {
                let response = try await server.get(path)
                #expect([.badRequest, .notFound].contains(response.status), "\(path): \(response.status)")
                #expect(!String(buffer: response.body).contains("root:"), "\(path)")
            }
            // A raw backslash is sent on a connection of its own: an HTTP parser may close the connection over it.
            let status = try RawRequest.status(port: server.port, path: "/..\\..\\etc\\passwd")
            #expect(status == 400 || status == 404, "backslash: \(status)")
        }
    }

    @Test("a saved edit sends a reload event with the page's URL, and the page then has the new text")
    func saveReloads() async throws {
        try await PreviewHarness.run { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            _ = try await events.next("hello")
            try server.site.edit("content/bulletins/2018-11-tusk-42.md", replacing: "Schools have a part to play.",
                                 with: "Schools have a bigger part to play.")
            let reload = try await events.next("reload")
            #expect(reload.data.contains("\"/bulletins/2018-11-tusk-42/\""))
            #expect(reload.data.contains("\"all\":false"))
            #expect(!reload.data.contains("\"/meetings/\""))
            #expect(try await server.text("/bulletins/2018-11-tusk-42/").contains("Schools have a bigger part to play."))

            try server.site.write("theme/assets/quorum.css", try server.site.read("theme/assets/quorum.css") + "\n.edited { color: red }\n")
            let css = try await events.next("reload", after: 2) { $0.contains("/assets/quorum.css") }
            #expect(!css.data.contains("\"all\":true"))
            #expect(try await server.text("/assets/quorum.css").contains(".edited { color: red }"))
        }
    }

    @Test("a broken save shows the error, escaped, with its source lines on every page; the next good save clears it")
    func errorPageAndRecovery() async throws {
        try await PreviewHarness.run { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            _ = try await events.next("hello")
            let meeting = "content/meetings/2018-10-18-tsb.md"
            try server.site.edit(meeting, replacing: "chair: SH", with: "chair: \"<b>XY</b>\"")
            _ = try await events.next("reload") { $0.contains("\"all\":true") }

            let page = try await server.text("/meetings/2018-10-18-tsb/")
            #expect(page.contains("id=\"quorum-errors\""))
            #expect(page.contains("content/meetings/2018-10-18-tsb.md:7:8: error: unknown member initials"))
            #expect(page.contains("unknown member initials &quot;&lt;b&gt;XY&lt;/b&gt;&quot;"))
            #expect(page.contains("&gt;  7 | chair: &quot;&lt;b&gt;XY&lt;/b&gt;&quot;"))
            #expect(page.contains("\n   6 | venue: &quot;County Hall, Taunton&quot;\n"))
            #expect(page.contains("\n   8 | status: approved minutes\n"))
            #expect(page.contains("\n     |        ^\n"))
            #expect(!page.contains("<b>XY</b>"))
            // Other pages are still the last good build, under the same panel.
            let other = try await server.text("/bulletins/")
            #expect(other.contains("id=\"quorum-errors\""))
            #expect(other.contains("TUSK learning bulletins"))
            #expect(try await server.get("/assets/quorum.css").status == .ok)

            try server.site.edit(meeting, replacing: "chair: \"<b>XY</b>\"", with: "chair: SH")
            _ = try await events.next("reload", after: 2) { $0.contains("\"all\":true") }
            let mended = try await server.text("/meetings/2018-10-18-tsb/")
            #expect(!mended.contains("quorum-errors"))
        }
    }

    @Test("the site is kept in .public.cache/serve-PID, not in memory; a broken save's pages keep their last good version")
    func previewFolderAndLastGood() async throws {
        try await PreviewHarness.run { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            _ = try await events.next("hello")
            let folder = server.site.root.appendingPathComponent(".public.cache/serve-\(getpid())")
            let page = "meetings/2018-10-18-tsb/index.html"
            let onDisk = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            #expect(onDisk.contains("Test Safeguarding Board: 18 October 2018"))
            #expect(try await server.text("/meetings/2018-10-18-tsb/").contains(onDisk.prefix(200)))

            // One save renames the meeting (which shows on its page, the list and the home page) and breaks it.
            let meeting = "content/meetings/2018-10-18-tsb.md"
            try server.site.edit(meeting, replacing: "title: \"Test Safeguarding Board: 18 October 2018\"\nboard: TSB\ndate: 2018-10-18\ntime: \"09:30\"\nvenue: \"County Hall, Taunton\"\nchair: SH",
                                 with: "title: \"Renamed board meeting\"\nboard: TSB\ndate: 2018-10-18\ntime: \"09:30\"\nvenue: \"County Hall, Taunton\"\nchair: XY")
            _ = try await events.next("reload") { $0.contains("\"all\":true") }
            let broken = try String(contentsOf: folder.appendingPathComponent("meetings/index.html"), encoding: .utf8)
            #expect(broken.contains("Renamed board meeting"), "the folder holds what the session made")
            for path in ["/meetings/2018-10-18-tsb/", "/meetings/", "/"] {
                let shown = try await server.text(path)
                #expect(shown.contains("id=\"quorum-errors\""), "\(path)")
                #expect(!shown.contains("Renamed board meeting"), "\(path) is the last good build")
            }
            #expect(try await server.text("/meetings/2018-10-18-tsb/").contains("Test Safeguarding Board: 18 October 2018"))

            try server.site.edit(meeting, replacing: "chair: XY", with: "chair: SH")
            _ = try await events.next("reload", after: 2) { $0.contains("\"all\":true") }
            for path in ["/meetings/2018-10-18-tsb/", "/meetings/"] {
                let shown = try await server.text(path)
                #expect(!shown.contains("quorum-errors"), "\(path)")
                #expect(shown.contains("Renamed board meeting"), "\(path)")
            }
        }
    }

    @Test("a burst of saves is one rebuild and one reload event")
    func burstIsOneRebuild() async throws {
        // A longer quiet time than the default 20 ms, so a busy test machine cannot split the burst.
        try await PreviewHarness.run(debounce: .milliseconds(500)) { server in
            let events = try EventStreamClient(port: server.port)
            defer { events.close() }
            _ = try await events.next("hello")
            let path = "content/bulletins/2018-11-tusk-42.md"
            let original = try server.site.read(path)
            for save in 1...10 {
                try server.site.write(path, original.replacingOccurrences(of: "Schools have a part", with: "Schools have part \(save)"))
            }
            let reload = try await events.next("reload")
            #expect(reload.data.contains("/bulletins/2018-11-tusk-42/"))
            #expect(try await server.text("/bulletins/2018-11-tusk-42/").contains("Schools have part 10 to play"))
            try await Task.sleep(for: .milliseconds(900))
            #expect(server.rebuilds.value == 1)
            // One reload event for the page (a second one names only the feeds, rendered after it).
            #expect(events.events.filter { $0.name == "reload" && $0.data.contains("/bulletins/2018-11-tusk-42/") }.count == 1)
        }
    }

    @Test("a site with a base path is served under it; the root redirects there")
    func basePath() async throws {
        try await PreviewHarness.run(baseURL: "http://127.0.0.1/board/") { server in
            let root = try await server.get("/")
            #expect(root.status == .movedPermanently)
            #expect(root.headers[.location] == "/board/")
            #expect(try await server.get("/board/meetings/").status == .ok)
            #expect(try await server.text("/board/").contains("href=\"/board/meetings/\""))
            #expect(try await server.get("/meetings/").status == .notFound)
        }
    }

    @Test("--no-drafts leaves drafts out")
    func noDrafts() async throws {
        try await PreviewHarness.run(drafts: false, prepare: Self.addFiles) { server in
            let draft = try await server.get("/pages/draft-note/")
            #expect(draft.status == .notFound)
        }
    }

    @Test("a port in use is a clear error naming the port, from the server and from quorum serve")
    func portInUse() async throws {
        try await PreviewHarness.run { server in
            let second = try PreviewServer(PreviewOptions(build: server.site.options(), port: server.port))
            do throws(PreviewError) {
                try await second.run()
                Issue.record("a second server started on port \(server.port)")
            } catch {
                #expect(error.description == "port \(server.port) is in use")
                #expect(error.hint == "pass --port \(server.port + 1) or stop the other server")
            }

            let quorum = try #require(TestSite.executable, "the quorum program is built beside the tests")
            let process = Process()
            process.executableURL = quorum
            process.arguments = ["serve", "--source", server.site.source.path, "--theme", server.site.theme.path,
                                 "--port", String(server.port)]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = Pipe()
            try process.run()
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 1)
            #expect(stderr.hasSuffix("error: port \(server.port) is in use\n  hint: pass --port \(server.port + 1) or stop the other server\n"))
            #expect(!stderr.contains("Fatal error"))
        }
    }
}

/// One request on a connection of its own, for paths an HTTP client would refuse or clean up.
enum RawRequest {
    static func status(port: Int, path: String) throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 180, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw EventStreamError.connect }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        let head = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        // "HTTP/1.1 400 Bad Request"
        return head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
