import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request from the site the session keeps: pages with the reload script (and the error panel while
/// the latest build has errors), files from the site's folders, the reload script and its event stream.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: PreviewSite
    let events: ReloadEvents

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        guard let path = RequestPath(raw: request.uri.path) else {
            return text(.badRequest, "400 bad request: a path inside the site has plain names only\n", type: "text/plain; charset=utf-8")
        }
        switch path.file {
        case ReloadScript.path: return text(.ok, ReloadScript.source, type: "text/javascript; charset=utf-8")
        case ReloadScript.eventsPath: return eventStream()
        default:
            let response = serve(path, from: site.snapshot, query: request.uri.query)
            return request.method == .head ? Response(status: response.status, headers: response.headers) : response
        }
    }

    private func serve(_ request: RequestPath, from snapshot: PreviewSite.Snapshot, query: String?) -> Response {
        if !snapshot.hasGoodBuild, let panel = snapshot.errorPanel {
            let page = ErrorPanel.page(panel: panel, reloadScript: ReloadScript.tag(generation: snapshot.generation))
            return text(.internalServerError, page, type: "text/html; charset=utf-8")
        }
        let base = snapshot.basePath.split(separator: "/").map(String.init)
        guard let path = request.relative(to: base) else {
            return request.segments.isEmpty ? redirect(to: snapshot.basePath + "/") : notFound(snapshot)
        }
        let file = path.file
        if let page = snapshot.text(file) { return output(page, file: file, status: .ok, snapshot) }
        if let url = snapshot.staticFiles[file] {
            guard site.isInside(url), let data = FileManager.default.contents(atPath: url.path) else { return notFound(snapshot) }
            return Response(status: .ok, headers: headers(type: PreviewResponder.contentType(of: file)),
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        if !path.isFolder, snapshot.has(file + "/index.html") || snapshot.staticFiles[file + "/index.html"] != nil {
            let encoded = path.segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
            return redirect(to: snapshot.basePath + "/" + encoded.joined(separator: "/") + "/" + (query.map { "?" + $0 } ?? ""))
        }
        return notFound(snapshot)
    }

    /// A generated file; HTML gets the reload script, and the error panel while the latest build failed.
    private func output(_ body: String, file: String, status: HTTPResponse.Status, _ snapshot: PreviewSite.Snapshot) -> Response {
        var body = body
        if file.hasSuffix(".html") {
            let script = ReloadScript.tag(generation: snapshot.generation)
            body = ReloadScript.inject(snapshot.errorPanel.map { $0 + "\n" + script } ?? script, into: body)
        }
        return text(status, body, type: PreviewResponder.contentType(of: file))
    }

    /// The site's own 404 page, with status 404.
    private func notFound(_ snapshot: PreviewSite.Snapshot) -> Response {
        guard let page = snapshot.text("404.html") else {
            return text(.notFound, "404 not found\n", type: "text/plain; charset=utf-8")
        }
        return output(page, file: "404.html", status: .notFound, snapshot)
    }

    /// Server-sent events: `hello` with the current build, then `reload` after each rebuild, until the server stops.
    private func eventStream() -> Response {
        let events = self.events
        // Subscribe before reading the generation, so no rebuild falls between the two.
        let (id, stream) = events.subscribe()
        let hello = "retry: 1000\nevent: hello\ndata: {\"generation\":\(site.snapshot.generation)}\n\n"
        var headers = headers(type: "text/event-stream; charset=utf-8")
        headers[.connection] = "keep-alive"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer { events.unsubscribe(id) }
            try await writer.write(ByteBuffer(string: hello))
            // Ends when the server stops, which would otherwise wait for every open browser tab.
            for try await event in stream.cancelOnGracefulShutdown() { try await writer.write(ByteBuffer(string: event)) }
            try await writer.finish(nil)
        })
    }

    private func text(_ status: HTTPResponse.Status, _ body: String, type: String) -> Response {
        Response(status: status, headers: headers(type: type), body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private func redirect(to location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// Nothing is cached: a reload must fetch what the last rebuild made.
    private func headers(type: String) -> HTTPFields {
        [.contentType: type, .cacheControl: "no-store", .xContentTypeOptions: "nosniff"]
    }

    /// The media type for a file name; text types are UTF-8.
    static func contentType(of file: String) -> String {
        let name = file.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."),
              let type = MediaType.getMediaType(forExtension: String(name[name.index(after: dot)...])) else {
            return "application/octet-stream"
        }
        let isText = type.type == .text || ["json", "xml", "javascript", "svg+xml", "manifest+json", "atom+xml"].contains(type.subType)
        return isText ? "\(type); charset=utf-8" : "\(type)"
    }
}
