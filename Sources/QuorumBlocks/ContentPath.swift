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

    /// `resolve` for an ASCII path with nothing to decode, on bytes.
    private static func resolveASCII(_ path: Substring.UTF8View, from sourcePath: String) -> String? {
        var parts = sourcePath.utf8.split(separator: slash).dropLast()
        for piece in path.split(separator: slash) {
            if piece.count == 1 && piece.first == dot { continue }
            if piece.count == 2 && piece.allSatisfy({ $0 == dot }) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(piece)
            }
        }
        var out = ""
        out.reserveCapacity(sourcePath.utf8.count + path.count)
        for (index, part) in parts.enumerated() {
            if index > 0 { out += "/" }
            out += Substring(part)
        }
        return out
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
