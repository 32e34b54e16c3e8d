import Foundation
import Testing
@testable import QuorumContent
import QuorumDiagnostics

/// The splitter before it scanned bytes: Character by Character over the String. Kept as the oracle that
/// the byte scanner must agree with on every input.
enum ReferenceSplitter {
    enum Outcome: Equatable {
        case split(yaml: String, body: String, bodyFirstLine: Int)
        case failed(message: String, location: QuorumDiagnostics.SourceLocation?)
    }

    static func split(_ text: String) -> Outcome {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("--- \n") else {
            return .failed(message: "missing front matter", location: QuorumDiagnostics.SourceLocation(file: "f", line: 1, column: 1))
        }
        var lineNumber = 1
        var index = text.startIndex
        if let newline = text[index...].firstIndex(of: "\n") { index = text.index(after: newline) } else { index = text.endIndex }
        let yamlStart = index
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<lineEnd]
            if line == "---" || line == "..." || line.hasPrefix("--- ") && line.allSatisfy({ $0 == "-" || $0 == " " }) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return .split(yaml: String(text[yamlStart..<index]), body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return .failed(message: "front matter is not closed", location: QuorumDiagnostics.SourceLocation(file: "f", line: 1, column: 1))
    }

    static func normalise(_ data: [UInt8]) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .split(separator: "\r", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}

@Suite struct FrontMatterSplitterEquivalenceTests {
    static func outcome(_ text: String) -> ReferenceSplitter.Outcome {
        do {
            let split = try FrontMatterSplitter.split(text, file: "f")
            #expect(split.yamlFirstLine == 2)
            return .split(yaml: split.yaml, body: split.body, bodyFirstLine: split.bodyFirstLine)
        } catch {
            let diagnostic = error.diagnostics.first
            return .failed(message: diagnostic?.message ?? "", location: diagnostic?.location)
        }
    }

    static let cases: [String] = [
        "", "-", "--", "---", "---\n", "--- \n", "--- ", "----\n---\n", "---\n---", "---\n---\n", "---\n...\n",
        "---\n--- \n", "---\n---  - -\n", "---\n--- x\n---\n", "---\n---x\n---\n", "---\n -- -\n---\n",
        "---\ntitle: A\n---\n\n# Body\n", "---\ntitle: A\n", "---\ntitle: \"---\"\n---\nbody",
        "---\ntitle: |\n  ---\n---\nbody\n", "---\ntitle: A\n---", "---\ntitle: A\n...\nrest\n...\n",
        "---\n\n\n---\n\n\n", "--- \ntitle: x\n--- \nbody", "---\ntitle: x\n--- - - -\nbody", "---\ntitle: x\n---\t\nbody\n---\n",
        "---\ntitle: é\n---\n\u{301}body", "---\n-\u{301}--\n---\nb", "---\n---\u{301}\n---\nb", "---\n--- \u{301}\n---\nb",
        "---\ntitle: 日本\n---\n本文\n", "\u{FEFF}---\ntitle: A\n---\n", " ---\ntitle: A\n---\n", "---\ntitle: A\n ---\n",
        "---\n..\n....\n...\nz", "---\ntitle: A\n---\n---\n---\n", "---\r\ntitle: A\r\n---\r\n", "---\ntitle: \u{0}\n---\n\u{0}",
    ]

    @Test("the byte scanner splits every edge case as the Character scanner did")
    func edgeCases() {
        for text in Self.cases {
            #expect(Self.outcome(text) == ReferenceSplitter.split(text), "\(text.debugDescription)")
        }
    }

    @Test("random files made of delimiter pieces split as the Character scanner did")
    func randomFiles() {
        let pieces = ["---", "--- ", "...", "-", " ", "\n", "\n", "title: A", "é", "\u{301}", "\u{FFFD}", "\r\n", "\r", "x", "#"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<3_000 {
            var text = Int.random(in: 0..<4, using: &generator) == 0 ? "" : "---\n"
            for _ in 0..<Int.random(in: 0..<14, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            // The splitter is only given normalised text, so compare on that.
            let normalised = FrontMatterSplitter.normalise(Array(text.utf8))
            #expect(Self.outcome(normalised) == ReferenceSplitter.split(normalised), "\(normalised.debugDescription)")
        }
    }

    @Test("normalising bytes gives the text decoding first gave: BOM, CRLF, lone CR, broken UTF-8 beside CR")
    func normaliseMatches() {
        let inputs: [[UInt8]] = [
            [], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x41], [13], [13, 10], [10, 13], [13, 13, 10],
            [0xE2, 0x82, 13, 10], [0xE2, 13], [0xF0, 0x9F, 13, 0x98, 0x80], [0xC3, 13, 10, 0xA9], [0xFF, 13, 0xFE],
            Array("---\r\ntitle: A\r\n---\r\nbody\rmore\r\n".utf8), [0xEF, 0xBB, 0xBF] + Array("a\r\nb".utf8),
            [0xEF, 0xBB, 0xBF, 13, 10], Array("é\r\n\u{301}".utf8), [0xA3] + Array("19600\r\n".utf8),
        ]
        var generator = SplitMix(seed: 7)
        let alphabet: [UInt8] = [13, 10, 0x41, 0xEF, 0xBB, 0xBF, 0xE2, 0x82, 0xAC, 0xC3, 0xA9, 0xFF, 0x80, 0x2D]
        let random = (0..<3_000).map { _ in
            (0..<Int.random(in: 0..<12, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        }
        for bytes in inputs + random {
            let text = FrontMatterSplitter.normalise(bytes)
            #expect(!text.utf8.contains(13), "\(bytes)")
            #expect(FrontMatterSplitter.normalise(Data(bytes)) == text)
            // The old replacement joined a CR to the LF of the CRLF after it, and left that CRLF in the text
            // (see `aCarriageReturnBeforeCRLF`); everywhere else the two agree byte for byte.
            let reference = ReferenceSplitter.normalise(bytes)
            if !reference.utf8.contains(13) {
                #expect(Array(text.utf8) == Array(reference.utf8), "\(bytes)")
            }
        }
    }

    @Test("a CR before a CRLF is a line end of its own, so the front matter still closes")
    func aCarriageReturnBeforeCRLF() throws {
        #expect(FrontMatterSplitter.normalise([13, 13, 10]) == "\n\n")
        #expect(FrontMatterSplitter.normalise(Array("a\r\r\r\nb".utf8)) == "a\n\n\nb")
        let text = FrontMatterSplitter.normalise(Array("---\r\ntitle: A\r\r\n---\r\nbody\r\r\n".utf8))
        #expect(text == "---\ntitle: A\n\n---\nbody\n\n")
        let split = try FrontMatterSplitter.split(text, file: "content/pages/a.md")
        #expect(split.yaml == "title: A\n\n")
        #expect(split.bodyFirstLine == 5)
    }
}

/// A small seeded generator, so a failing random case fails the same way every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
