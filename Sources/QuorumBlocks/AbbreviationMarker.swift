import Foundation
import QuorumMarkdown

/// Marks the first use of each glossary acronym on a page (or its plural with `s`) as `<abbr title>`.
public final class AbbreviationMarker: @unchecked Sendable {
    private let expansions: [String: String]
    private var used: Set<String> = []
    private let lock = NSLock()

    /// Creates a marker for one page; `glossary` maps acronyms to expansions.
    public init(glossary: [String: String]) {
        self.expansions = glossary
    }

    /// The text hook: splits a text run where an acronym is used for the first time on the page.
    public func segments(_ text: String) -> [InlineSegment]? {
        lock.lock()
        defer { lock.unlock() }
        var segments: [InlineSegment] = []
        var plainStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard AbbreviationMarker.isWordCharacter(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let wordStart = index
            while index < text.endIndex, AbbreviationMarker.isWordCharacter(text[index]) { index = text.index(after: index) }
            let word = String(text[wordStart..<index])
            guard let acronym = match(word), !used.contains(acronym) else { continue }
            used.insert(acronym)
            if plainStart < wordStart { segments.append(.text(String(text[plainStart..<wordStart]))) }
            let title = HTMLEscaping.escape(expansions[acronym] ?? "")
            segments.append(.wrapped(word, open: "<abbr title=\"\(title)\">", close: "</abbr>"))
            plainStart = index
        }
        guard !segments.isEmpty else { return nil }
        if plainStart < text.endIndex { segments.append(.text(String(text[plainStart...]))) }
        return segments
    }

    private func match(_ word: String) -> String? {
        if expansions[word] != nil { return word }
        if word.count > 2, word.hasSuffix("s"), expansions[String(word.dropLast())] != nil { return String(word.dropLast()) }
        return nil
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "&"
    }
}
