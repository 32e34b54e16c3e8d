import Foundation

/// Path arithmetic for links between content files.
public enum ContentPath {
    /// Resolves `relative` (fragment and query removed, percent-decoded) against the folder of `sourcePath`;
    /// nil when it climbs above the site root.
    public static func resolve(_ relative: String, from sourcePath: String) -> String? {
        // Nearly every link is ASCII without `%`: bytes give the same pieces as Characters there (no combining
        // marks to join a `/` or `#` to), and Foundation's percent decoding, which costs most, has nothing to do.
        if isASCII(relative), isASCII(sourcePath) {
            let path = relative.utf8.prefix { $0 != hash }.prefix { $0 != question }
            if !path.contains(percent) { return resolveASCII(path, from: sourcePath) }
        }
        let withoutFragment = relative.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let path = withoutFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let decoded = path.removingPercentEncoding ?? path
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for piece in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), hash = UInt8(ascii: "#"),
                       question = UInt8(ascii: "?"), percent = UInt8(ascii: "%"), colon = UInt8(ascii: ":")

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `resolve` for an ASCII path with nothing to decode, on bytes: the folder's pieces and the link's are
    /// joined in one buffer, where going up a level cuts back to the last slash.
    private static func resolveASCII(_ path: Substring.UTF8View, from sourcePath: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(sourcePath.utf8.count + path.count)
        // Every piece of the source path but the last (the file name), empty pieces skipped.
        var pending: Range<String.UTF8View.Index>?
        forEachPiece(of: sourcePath.utf8) { piece in
            if let previous = pending { append(sourcePath.utf8[previous], to: &out) }
            pending = piece
        }
        var climbedOut = false
        forEachPiece(of: path) { piece in
            guard !climbedOut else { return }
            let bytes = path[piece]
            if bytes.count == 1 && bytes.first == dot { return }
            if bytes.count == 2 && bytes.allSatisfy({ $0 == dot }) {
                guard !out.isEmpty else { climbedOut = true; return }
                out.removeSubrange((out.lastIndex(of: slash) ?? 0)...)
            } else {
                append(bytes, to: &out)
            }
        }
        return climbedOut ? nil : String(decoding: out, as: UTF8.self)
    }

    private static func append(_ piece: some Collection<UInt8>, to out: inout [UInt8]) {
        if !out.isEmpty { out.append(slash) }
        out.append(contentsOf: piece)
    }

    /// Calls `body` with the range of each non-empty piece between slashes.
    private static func forEachPiece<C: Collection<UInt8>>(of bytes: C, _ body: (Range<C.Index>) -> Void) {
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == slash {
                if start != index { body(start..<index) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { body(start..<bytes.endIndex) }
    }

    /// Whether a URL is a relative reference into the site (not `https:`, `mailto:`, `//host` or `/root`).
    public static func isRelative(_ url: String) -> Bool {
        if url.isEmpty || url.hasPrefix("/") { return false }
        if isASCII(url) {
            // ASCII letters and digits are exactly the ASCII Characters `isLetter` and `isNumber` accept.
            guard let colon = url.utf8.firstIndex(of: colon) else { return true }
            let scheme = url.utf8[..<colon]
            return scheme.isEmpty || !scheme.allSatisfy { byte in
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == dot
            }
        }
        if let colon = url.firstIndex(of: ":") {
            let scheme = url[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                return false
            }
        }
        return true
    }

    /// The `#fragment` of a link, if any.
    public static func fragment(_ url: String) -> String? {
        guard let hash = isASCII(url) ? url.utf8.firstIndex(of: hash) : url.firstIndex(of: "#") else { return nil }
        let fragment = String(url[url.index(after: hash)...])
        return fragment.isEmpty ? nil : fragment
    }
}
