import Foundation

/// A request's path, decoded and checked: only plain names, so it can never climb out of the site.
struct RequestPath: Equatable {
    /// Decoded segments, none empty, `.` or `..`, none holding `/`, `\` or NUL.
    var segments: [String]
    /// Whether the path ended in `/` (a folder).
    var isFolder: Bool

    /// Parses the raw, still percent-encoded path of a request; nil for anything that is not a plain path
    /// (`/../`, `%2e%2e`, an encoded `/` or `\`, a backslash, `//`, NUL): the server answers 400.
    init?(raw: String) {
        guard raw.hasPrefix("/"), !raw.contains("\\") else { return nil }
        var pieces = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        isFolder = pieces.last?.isEmpty ?? true
        if isFolder { pieces = pieces.dropLast() }
        var segments: [String] = []
        for piece in pieces {
            guard !piece.isEmpty, let name = String(piece).removingPercentEncoding, !name.isEmpty,
                  name != ".", name != "..", !name.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else { return nil }
            segments.append(name)
        }
        self.segments = segments
    }

    /// The path below `base` (segments of the site's base path), or nil when it is outside it.
    func relative(to base: [String]) -> RequestPath? {
        guard segments.starts(with: base) else { return nil }
        return RequestPath(segments: Array(segments.dropFirst(base.count)), isFolder: isFolder || segments.count == base.count)
    }

    private init(segments: [String], isFolder: Bool) {
        self.segments = segments
        self.isFolder = isFolder
    }

    /// The output path: `meetings/x` or `meetings/x/` → `meetings/x/index.html` for a folder, else as it is.
    var file: String {
        let joined = segments.joined(separator: "/")
        if isFolder { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined
    }
}
