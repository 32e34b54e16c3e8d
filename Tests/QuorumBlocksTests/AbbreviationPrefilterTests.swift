import Testing
import QuorumBlocks
import QuorumMarkdown

/// The marker without its two-byte prefilter: every short capitalised word built as a string and looked up.
final class ReferenceMarker {
    let expansions: [String: String]
    let longest: Int
    var used: Set<String> = []
    var unknown: Set<String> = []

    init(_ expansions: [String: String]) {
        self.expansions = expansions
        longest = expansions.keys.map(\.utf8.count).max() ?? 0
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 38 || byte >= 128
    }

    static func looksLikeAcronym(_ word: ArraySlice<UInt8>) -> Bool {
        guard (2...6).contains(word.count), let first = word.first, first >= 65, first <= 90 else { return false }
        var letters = 0
        for byte in word {
            if byte >= 65 && byte <= 90 { letters += 1 } else if byte != 38 { return false }
        }
        let roman: Set<UInt8> = [73, 86, 88, 76, 67, 68, 77]
        return letters >= 2 && !word.allSatisfy { roman.contains($0) }
    }

    func segments(_ text: String) -> [InlineSegment]? {
        guard longest > 0 else { return nil }
        var segments: [InlineSegment] = []
        let utf8 = Array(text.utf8)
        var plainStart = 0, index = 0
        while index < utf8.count {
            guard Self.isWordByte(utf8[index]) else { index += 1; continue }
            let start = index
            while index < utf8.count, Self.isWordByte(utf8[index]) { index += 1 }
            guard index - start <= longest + 1, utf8[start] >= 65, utf8[start] <= 90 else { continue }
            let word = String(decoding: utf8[start..<index], as: UTF8.self)
            var acronym: String?
            if expansions[word] != nil { acronym = word } else if word.utf8.count > 2, word.hasSuffix("s"), expansions[String(word.dropLast())] != nil {
                acronym = String(word.dropLast())
            }
            guard let acronym else {
                if Self.looksLikeAcronym(utf8[start..<index]) { unknown.insert(word) }
                continue
            }
            guard !used.contains(acronym) else { continue }
            used.insert(acronym)
            if plainStart < start { segments.append(.text(String(decoding: utf8[plainStart..<start], as: UTF8.self))) }
            segments.append(.wrapped(word, open: "<abbr title=\"\(HTMLEscaping.escape(expansions[acronym] ?? ""))\">", close: "</abbr>"))
            plainStart = index
        }
        guard !segments.isEmpty else { return nil }
        if plainStart < utf8.count { segments.append(.text(String(decoding: utf8[plainStart...], as: UTF8.self))) }
        return segments
    }
}

@Suite struct AbbreviationPrefilterTests {
    static let glossary = ["CSE": "child sexual exploitation", "LADO": "officer", "A&E": "accidents", "CSPs": "plans",
                           "\u{212A}M": "kelvin metre", "ÄB": "umlaut", "A\u{308}C": "decomposed", "X": "single", "Ms": "title",
                           "The": "a word"]

    @Test("skipping words by their first two bytes marks and warns exactly as looking every word up")
    func sameAsLookingUpEveryWord() {
        let words = ["CSE", "CSEs", "Cse", "LADO", "LADOs", "A&E", "A&Es", "CSPs", "CSPss", "KM", "\u{212A}M", "KMs", "ÄB", "A\u{308}B",
                     "ÄC", "A\u{308}C", "X", "Xs", "Ms", "Mss", "The", "Them", "Then", "NHS", "II", "XIV", "TA1", "It", "I", "A",
                     "Zebra", "ZZ", "Q&A", "É", "Éx", "AB\u{301}", "the", "cse", "MASH", "MASHs"]
        var state: UInt64 = 77
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let word = words[Int((state >> 33) % UInt64(words.count))]
                text += word + ((state >> 20) % 3 == 0 ? ", " : " ")
            }
            let marker = AbbreviationMarker(glossary: Self.glossary), reference = ReferenceMarker(Self.glossary)
            #expect(marker.segments(text) == reference.segments(text), "\(round): \(text)")
            #expect(marker.segments(text) == reference.segments(text), "\(round) again: \(text)")
            let warned = marker.unknownAcronyms(in: text, file: "f", lineOffset: 1).map(\.message)
            let expected = reference.unknown.sorted().map { "\"\($0)\" looks like an abbreviation but is not in glossary.yaml" }
            #expect(warned == expected, "\(round): \(text)")
        }
    }
}
