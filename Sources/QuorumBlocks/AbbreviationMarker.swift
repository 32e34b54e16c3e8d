import Foundation
import QuorumMarkdown

/// Marks the first use of each glossary acronym on a page (or its plural with `s`) as `<abbr title>`.
public final class AbbreviationMarker: @unchecked Sendable {
    private let expansions: [String: String]
    private let longest: Int
    private var used: Set<String> = []
    private let lock = NSLock()

    /// Creates a marker for one page; `glossary` maps acronyms to expansions.
    public init(glossary: [String: String]) {
        self.expansions = glossary
        self.longest = glossary.keys.map(\.utf8.count).max() ?? 0
    }

    /// The text hook: splits a text run where an acronym is used for the first time on the page.
    public func segments(_ text: String) -> [InlineSegment]? {
        guard longest > 0 else { return nil }
        lock.lock()
        defer { lock.unlock() }
        // Words are scanned as UTF-8 bytes: ASCII letters, digits and '&', and every non-ASCII byte,
        // so an acronym never matches inside a longer word in any script.
        var segments: [InlineSegment] = []
        let utf8 = Array(text.utf8)
        var plainStart = 0
        var index = 0
        while index < utf8.count {
            guard AbbreviationMarker.isWordByte(utf8[index]) else { index += 1; continue }
            let start = index
            while index < utf8.count, AbbreviationMarker.isWordByte(utf8[index]) { index += 1 }
            // Acronyms have a capital letter; most words can be skipped without building a string.
            guard index - start <= longest + 1, utf8[start] >= 65, utf8[start] <= 90 else { continue }
            let word = String(decoding: utf8[start..<index], as: UTF8.self)
            guard let acronym = match(word), !used.contains(acronym) else { continue }
            used.insert(acronym)
            if plainStart < start { segments.append(.text(String(decoding: utf8[plainStart..<start], as: UTF8.self))) }
            let title = HTMLEscaping.escape(expansions[acronym] ?? "")
            segments.append(.wrapped(word, open: "<abbr title=\"\(title)\">", close: "</abbr>"))
            plainStart = index
        }
        guard !segments.isEmpty else { return nil }
        if plainStart < utf8.count { segments.append(.text(String(decoding: utf8[plainStart...], as: UTF8.self))) }
        return segments
    }

    private func match(_ word: String) -> String? {
        if expansions[word] != nil { return word }
        if word.utf8.count > 2, word.hasSuffix("s"), expansions[String(word.dropLast())] != nil { return String(word.dropLast()) }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 38 || byte >= 128
    }
}
