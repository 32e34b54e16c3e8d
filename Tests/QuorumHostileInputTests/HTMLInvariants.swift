// Shared with the fuzz targets in Fuzz/ (a symlink): they trap on any violation, so an escaping bug
// is a crash the fuzzer keeps, not output nobody looks at.

/// Checks that an HTML fragment Quorum produced carries no markup an author could have injected.
///
/// Quorum escapes every `<` of author text, so each `<` in the output opens a tag Quorum wrote: a tag
/// outside the known set, an `on…` attribute or a `javascript:` address means author text got through raw.
enum HTMLInvariants {
    /// Elements libcmark and Quorum's blocks and charts write.
    static let knownTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "br", "em",
        "strong", "a", "img", "abbr", "div", "span", "figure", "figcaption", "details", "summary", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "svg", "g", "rect", "path", "circle", "line", "text", "tspan", "title",
        "desc", "defs", "pattern",
    ]
    /// Elements the theme's page templates add around the fragments.
    static let pageTags: Set<String> = knownTags.union([
        "html", "head", "meta", "link", "body", "header", "nav", "main", "footer", "article", "section", "time",
        "dl", "dt", "dd",
    ])
    /// Attributes whose value is an address.
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "data", "poster"]

    /// A description of each problem found; empty when the fragment is clean.
    static func violations(in html: String, allowing allowed: Set<String> = knownTags) -> [String] {
        let bytes = Array(html.utf8)
        var problems: [String] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if bytes[i...].starts(with: Array("<!--".utf8)) {
                i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if bytes[i...].starts(with: Array("<!DOCTYPE html>".utf8)) {
                i += 15
                continue
            }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            if name.isEmpty {
                problems.append("a bare '<' at byte \(i): text was not escaped")
                i += 1
                continue
            }
            // The theme's schema.org JSON-LD: data, not markup, so it may hold no '<' at all (Quorum writes \u003c).
            let jsonLD = Array(" type=\"application/ld+json\">".utf8)
            if name == "script", allowed.contains("head"), bytes[j...].starts(with: jsonLD),
               let end = find(Array("</script>".utf8), in: bytes, from: j + jsonLD.count) {
                if bytes[(j + jsonLD.count)..<end].contains(UInt8(ascii: "<")) {
                    problems.append("a '<' inside JSON-LD at byte \(i): text was not escaped")
                }
                i = end + 9
                continue
            }
            if !allowed.contains(name) { problems.append("unexpected element <\(name)> at byte \(i)") }
            i = attributes(bytes, from: j, tag: name, problems: &problems)
        }
        return problems
    }

    /// Reads attributes up to the tag's `>`, recording handlers and script addresses; returns the index after it.
    private static func attributes(_ bytes: [UInt8], from start: Int, tag: String, problems: inout [String]) -> Int {
        var j = start
        while j < bytes.count {
            while j < bytes.count, isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1 }
            guard j < bytes.count, bytes[j] != UInt8(ascii: ">") else { return j + 1 }
            let nameStart = j
            while j < bytes.count, !isSpace(bytes[j]), ![UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "/")].contains(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            var value = ""
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                j += 1
                if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    let end = bytes[(j + 1)...].firstIndex(of: quote) ?? bytes.count
                    value = String(decoding: bytes[(j + 1)..<end], as: UTF8.self)
                    j = min(end + 1, bytes.count)
                } else {
                    let valueStart = j
                    while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                }
            }
            if name.hasPrefix("on") { problems.append("event handler \(name)= on <\(tag)>") }
            if name == "style", value.lowercased().contains("expression(") || value.lowercased().contains("url(") {
                problems.append("style with url() or expression() on <\(tag)>")
            }
            if urlAttributes.contains(name), isScriptAddress(value) {
                problems.append("\(name)=\"\(value)\" on <\(tag)> is a script address")
            }
        }
        return j
    }

    /// Whether a browser would run `value` as a script or load it as markup: `javascript:`, `vbscript:`, `data:`
    /// (but for the raster images libcmark lets through).
    static func isScriptAddress(_ value: String) -> Bool {
        // Browsers drop tabs, newlines and leading controls and decode entities before reading the scheme.
        let decoded = decodeEntities(value)
        let squeezed = String(decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        if ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: { squeezed.hasPrefix($0) }) {
            return false
        }
        return ["javascript:", "vbscript:", "data:"].contains { squeezed.hasPrefix($0) }
    }

    /// Numeric character references and the few named ones that can spell a scheme.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">",
                                       "quot": "\"", "apos": "'"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let entity = after.prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            var replacement: String?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if entity.hasPrefix("#") {
                replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[String(entity)]
            }
            if let replacement, !entity.isEmpty {
                out += replacement
                rest = after.dropFirst(entity.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for k in start...(bytes.count - needle.count) where bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 12 || b == 13 }
}
