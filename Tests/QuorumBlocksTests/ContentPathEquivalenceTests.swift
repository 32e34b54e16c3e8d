import Foundation
import Testing
import QuorumBlocks

/// ContentPath before its ASCII fast paths: Characters throughout and Foundation's percent decoding always.
enum ReferenceContentPath {
    static func resolve(_ relative: String, from sourcePath: String) -> String? {
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

    static func isRelative(_ url: String) -> Bool {
        if url.isEmpty || url.hasPrefix("/") { return false }
        if let colon = url.firstIndex(of: ":") {
            let scheme = url[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                return false
            }
        }
        return true
    }

    static func fragment(_ url: String) -> String? {
        guard let hash = url.firstIndex(of: "#") else { return nil }
        let fragment = String(url[url.index(after: hash)...])
        return fragment.isEmpty ? nil : fragment
    }
}

@Suite struct ContentPathEquivalenceTests {
    static let links = [
        "", ".", "..", "./", "../", "a.md", "./a.md", "../a.md", "../../a.md", "../../../../etc/passwd", "a//b.md", "a/./b.md",
        "a/../b.md", "...", ".../x.md", "a.md#x", "a.md?x#y", "a.md#x?y", "#x", "?q", "#", "a.md#", "a%20b.md", "a%2Fb.md",
        "%zz.md", "%", "caf%C3%A9.md", "café.md", "cafe\u{301}.md", "a/\u{301}b.md", "a#\u{301}b", "a?\u{301}b", "\u{FEFF}a.md",
        "https://example.org/a.md", "mailto:a@example.org", "tel:0123", "a:b", "1:x", "+x:y", ":x", "é:x", "a b:c", "C:\\x.md",
        "//host/x", "/root.md", "a\r\nb.md", "a\\b.md", "日本語.md", "../pages/日本語.md#見出し", "x.md#a#b", "a.md??",
    ]
    static let sources = ["content/meetings/2018-10-18-sscb.md", "content/a.md", "content/reports/ar/02-summary.md",
                          "content/pages/café/x.md", "content//double/x.md", "x.md", ""]

    @Test("resolving, relative checks and fragments agree with the Character implementation")
    func agrees() {
        for link in Self.links {
            #expect(ContentPath.isRelative(link) == ReferenceContentPath.isRelative(link), "\(link.debugDescription)")
            #expect(ContentPath.fragment(link) == ReferenceContentPath.fragment(link), "\(link.debugDescription)")
            for source in Self.sources {
                let new = ContentPath.resolve(link, from: source), old = ReferenceContentPath.resolve(link, from: source)
                #expect(new.map { Array($0.utf8) } == old.map { Array($0.utf8) }, "\(link.debugDescription) from \(source)")
            }
        }
    }

    @Test("random ASCII links resolve as before")
    func randomASCII() {
        let pieces = ["a", "b.md", "/", "/", ".", "..", "#", "?", "%20", "%", ":", "-", "+", " ", "\\", "\r\n", "x"]
        var state: UInt64 = 12_345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let link = (0..<next(9)).map { _ in pieces[next(pieces.count)] }.joined()
            let source = Self.sources[next(Self.sources.count)]
            #expect(ContentPath.isRelative(link) == ReferenceContentPath.isRelative(link), "\(link.debugDescription)")
            #expect(ContentPath.fragment(link) == ReferenceContentPath.fragment(link), "\(link.debugDescription)")
            #expect(ContentPath.resolve(link, from: source) == ReferenceContentPath.resolve(link, from: source),
                    "\(link.debugDescription) from \(source)")
        }
    }
}
