import Foundation

/// Path arithmetic for links between content files.
public enum ContentPath {
    /// Resolves `relative` (fragment and query removed, percent-decoded) against the folder of `sourcePath`;
    /// nil when it climbs above the site root.
    public static func resolve(_ relative: String, from sourcePath: String) -> String? {
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

    /// Whether a URL is a relative reference into the site (not `https:`, `mailto:`, `//host` or `/root`).
    public static func isRelative(_ url: String) -> Bool {
        if url.isEmpty || url.hasPrefix("/") { return false }
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
        guard let hash = url.firstIndex(of: "#") else { return nil }
        let fragment = String(url[url.index(after: hash)...])
        return fragment.isEmpty ? nil : fragment
    }
}
