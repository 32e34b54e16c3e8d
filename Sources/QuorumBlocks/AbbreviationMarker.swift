import Foundation
import QuorumMarkdown

/// A glossary made ready once for the markers of every page.
public struct AbbreviationGlossary: Sendable {
    let expansions: [String: String]
    let longest: Int
    /// One bit for each pair of first two bytes some acronym starts with, as written or normalised (NFC, NFD).
    private let starts: [UInt64]

    /// Prepares `expansions` (acronym → what it stands for).
    public init(_ expansions: [String: String]) {
        self.expansions = expansions
        longest = expansions.keys.map(\.utf8.count).max() ?? 0
        var starts = [UInt64](repeating: 0, count: 1024)
        for key in expansions.keys {
            for form in [key, key.precomposedStringWithCanonicalMapping, key.decomposedStringWithCanonicalMapping] {
                let bytes = Array(form.utf8)
                guard bytes.count >= 2 else { continue }
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                starts[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        self.starts = starts
    }

    /// Whether some acronym (or, a byte longer, its plural) could start with these two bytes.
    func mayStart(_ first: UInt8, _ second: UInt8) -> Bool {
        let pair = Int(first) << 8 | Int(second)
        return starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }
}

/// Marks the first use of each glossary acronym on a page (or its plural with `s`) as `<abbr title>`.
public final class AbbreviationMarker: @unchecked Sendable {
    private let glossary: AbbreviationGlossary
    private var expansions: [String: String] { glossary.expansions }
    private var longest: Int { glossary.longest }
    private var used: Set<String> = []
    /// Capitalised words the glossary does not know, for the "missing from the glossary" warning.
    fileprivate var unknown: Set<String> = []
    fileprivate let lock = NSLock()

    private let ignored: Set<String>

    /// Creates a marker for one page; `glossary` maps acronyms to expansions, `ignoring` lists capitalised
    /// words that are not abbreviations (members' initials in minutes).
    public convenience init(glossary: [String: String], ignoring: Set<String> = []) {
        self.init(glossary: AbbreviationGlossary(glossary), ignoring: ignoring)
    }

    /// Creates a marker for one page from a glossary prepared once for all of them.
    public init(glossary: AbbreviationGlossary, ignoring: Set<String> = []) {
        self.glossary = glossary
        self.ignored = ignoring
    }

    /// The text hook: splits a text run where an acronym is used for the first time on the page.
    public func segments(_ text: String) -> [InlineSegment]? {
        guard longest > 0 else { return nil }
        var text = text
        return text.withUTF8 { segments(in: $0) }
    }

    // Words are scanned as UTF-8 bytes: ASCII letters, digits and '&', and every non-ASCII byte,
    // so an acronym never matches inside a longer word in any script. The scan runs over every byte of
    // every text run, so it reads through a pointer and a table instead of bounds-checked array indexing.
    private func segments(in utf8: UnsafeBufferPointer<UInt8>) -> [InlineSegment]? {
        AbbreviationMarker.wordBytes.withUnsafeBufferPointer { segments(in: utf8, wordBytes: $0) }
    }

    private func segments(in utf8: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<Bool>) -> [InlineSegment]? {
        lock.lock()
        defer { lock.unlock() }
        var segments: [InlineSegment] = []
        let count = utf8.count
        var plainStart = 0
        var index = 0
        while index < count {
            guard wordBytes[Int(utf8[index])] else { index &+= 1; continue }
            let start = index
            index &+= 1
            while index < count, wordBytes[Int(utf8[index])] { index &+= 1 }
            // Acronyms have a capital letter; most words can be skipped without building a string.
            guard index - start <= longest + 1, utf8[start] >= 65, utf8[start] <= 90 else { continue }
            let bytes = UnsafeBufferPointer(rebasing: utf8[start..<index])
            // Most capitalised words start sentences: an ASCII word is equal to an acronym only if their
            // normalised forms share the first two bytes, so with no acronym starting that way and no shape
            // of an unknown one, there is no string to build and look up.
            if bytes.count >= 2, !glossary.mayStart(bytes[0], bytes[1]), bytes.allSatisfy({ $0 < 0x80 }),
               !AbbreviationMarker.looksLikeAcronym(bytes) {
                continue
            }
            let word = String(decoding: bytes, as: UTF8.self)
            guard let acronym = match(word) else {
                if AbbreviationMarker.looksLikeAcronym(bytes) && !ignored.contains(word) { unknown.insert(word) }
                continue
            }
            guard !used.contains(acronym) else { continue }
            used.insert(acronym)
            if plainStart < start {
                segments.append(.text(String(decoding: UnsafeBufferPointer(rebasing: utf8[plainStart..<start]), as: UTF8.self)))
            }
            let title = HTMLEscaping.escape(expansions[acronym] ?? "")
            segments.append(.wrapped(word, open: "<abbr title=\"\(title)\">", close: "</abbr>"))
            plainStart = index
        }
        guard !segments.isEmpty else { return nil }
        if plainStart < count { segments.append(.text(String(decoding: UnsafeBufferPointer(rebasing: utf8[plainStart...]), as: UTF8.self))) }
        return segments
    }

    /// `isWordByte` for every byte value.
    private static let wordBytes: [Bool] = (0...255).map { isWordByte(UInt8($0)) }

    private func match(_ word: String) -> String? {
        if expansions[word] != nil { return word }
        if word.utf8.count > 2, word.hasSuffix("s"), expansions[String(word.dropLast())] != nil { return String(word.dropLast()) }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 38 || byte >= 128
    }
}

extension AbbreviationMarker {
    /// Warnings for capitalised abbreviations the glossary lacks, each at its first line in `body`.
    public func unknownAcronyms(in body: String, file: String, lineOffset: Int) -> [Diagnostic] {
        lock.lock()
        let words = unknown
        lock.unlock()
        guard !words.isEmpty else { return [] }
        // The body's bytes once for all the words, not once per word.
        let bytes = Array(body.utf8)
        return words.sorted().map { word in
            let line = AbbreviationMarker.line(of: Array(word.utf8), in: bytes) + lineOffset - 1
            return .warning("\"\(word)\" looks like an abbreviation but is not in glossary.yaml", at: SourceLocation(file: file, line: line),
                            hint: "add `\(word): what it stands for` to content/glossary.yaml, so readers see the expansion")
        }
    }

    /// The 1-based line where `word` first appears as a whole word.
    static func line(of word: String, in body: String) -> Int {
        line(of: Array(word.utf8), in: Array(body.utf8))
    }

    static func line(of target: [UInt8], in bytes: [UInt8]) -> Int {
        guard !target.isEmpty else { return 1 }
        var line = 1
        var i = 0
        while i + target.count <= bytes.count {
            if bytes[i] == 10 { line += 1 }
            if bytes[i] == target[0], (i == 0 || !isWordByte(bytes[i - 1])), bytes[i..<(i + target.count)].elementsEqual(target),
               i + target.count == bytes.count || !isWordByte(bytes[i + target.count]) {
                return line
            }
            i += 1
        }
        return 1
    }

    /// Two to six capitals (and `&`), not a Roman numeral; words with digits are codes such as postcodes.
    static func looksLikeAcronym(_ word: some Collection<UInt8>) -> Bool {
        guard (2...6).contains(word.count), let first = word.first, first >= 65, first <= 90 else { return false }
        var letters = 0
        for byte in word {
            if byte >= 65 && byte <= 90 { letters += 1 } else if byte != 38 { return false }
        }
        return letters >= 2 && !word.allSatisfy(romanDigits.contains)
    }

    /// I, V, X, L, C, D and M.
    private static let romanDigits: Set<UInt8> = [73, 86, 88, 76, 67, 68, 77]
}

import QuorumDiagnostics
