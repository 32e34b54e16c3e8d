import Foundation

/// Fits one page's HTML into a PDF that holds several pages (a report's chapters, an agenda pack's papers):
/// ids get the part's prefix so two chapters' "introduction" headings stay apart, links to a page in the
/// same PDF jump inside it, and every other link to the site becomes absolute, so it works from the PDF.
struct PrintLinks {
    /// Anchor prefixes of the pages this PDF holds, by their URL path with the base path (`/reports/x/01-foreword/`).
    var anchors: [String: String]
    /// Makes a site path absolute (`/meetings/` → `https://example.org/meetings/`).
    var absolute: (String) -> String

    private static let references = try! NSRegularExpression(
        pattern: #"(\s(?:id|for|headers|aria-labelledby|aria-describedby|aria-controls)=")([^"]*)(")"#)
    // `src` too: the engine has no base URL, so an image's site path must become an address it can fetch.
    private static let links = try! NSRegularExpression(pattern: #"(\s(?:(?:xlink:)?href|src)=")([^"]*)(")"#)
    private static let paints = try! NSRegularExpression(pattern: #"(url\(#)([^)]*)(\))"#)

    /// `html` with ids and `#` references prefixed by `prefix` (nil leaves them) and site links rewritten.
    func localise(_ html: String, prefix: String?) -> String {
        var text = html
        if let prefix {
            text = PrintLinks.replace(PrintLinks.references, in: text) { value in
                value.split(separator: " ").map { "\(prefix)-\($0)" }.joined(separator: " ")
            }
            text = PrintLinks.replace(PrintLinks.paints, in: text) { "\(prefix)-\($0)" }
        }
        return PrintLinks.replace(PrintLinks.links, in: text) { target($0, prefix: prefix) }
    }

    /// Where a link in a part of the PDF should point.
    func target(_ href: String, prefix: String?) -> String {
        if href.hasPrefix("#") {
            guard let prefix else { return href }
            return "#\(prefix)-\(href.dropFirst())"
        }
        // Entities in attributes are left as written: only site paths (`/...`, not `//host`) are changed.
        guard href.hasPrefix("/"), !href.hasPrefix("//") else { return href }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        if let anchor = anchors[path] {
            return parts.count > 1 && !parts[1].isEmpty ? "#\(anchor)-\(parts[1])" : "#\(anchor)"
        }
        return absolute(href)
    }

    private static func replace(_ pattern: NSRegularExpression, in text: String, _ change: (String) -> String) -> String {
        let source = text as NSString
        var result = ""
        result.reserveCapacity(source.length + source.length / 16)
        var last = 0
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let value = match.range(at: 2)
            result += source.substring(with: NSRange(location: last, length: value.location - last))
            result += change(source.substring(with: value))
            last = value.location + value.length
        }
        result += source.substring(from: last)
        return result
    }
}
