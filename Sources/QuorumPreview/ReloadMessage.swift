import Foundation

/// What a browser needs to know after a rebuild: which URLs changed, or that every page should reload.
struct ReloadMessage: Encodable {
    /// URL paths (`/meetings/2018-10-18-sscb/`, `/assets/quorum.css`) whose files changed.
    var paths: [String]
    /// Reload whatever page is open: an error appeared or went.
    var all: Bool
    /// The build the change belongs to; a page compares it with the build it was served from.
    var generation: Int

    /// The URL path of an output path: `meetings/x/index.html` → `/meetings/x/`.
    static func url(of outputPath: String, basePath: String) -> String {
        if outputPath == "index.html" { return basePath + "/" }
        if outputPath.hasSuffix("/index.html") { return basePath + "/" + outputPath.dropLast("index.html".count) }
        return basePath + "/" + outputPath
    }

    /// The message as JSON for an event's `data:` line.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"all\":true,\"paths\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }
}
