import Foundation
import Testing

/// Every input that found a defect, replayed through the fuzz driver of its kind.
///
/// `Corpus/TARGET/NAME` holds the raw input (leading selector byte included), as libFuzzer writes it to
/// `Fuzz/.build/crashes/TARGET/`, or as written by hand for a defect the other hostile tests found.
/// Name each file for what it broke; the tests that check the exact diagnostics are in docs/reliability.md.
@Suite struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// `TARGET/NAME` for every file in the corpus.
    static let inputs: [String] = {
        let names = FuzzDrivers.targets.keys.sorted()
        return names.flatMap { target -> [String] in
            let folder = corpus.appendingPathComponent(target)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return files.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
        }
    }()

    @Test("a fuzzer's crash input now runs cleanly, in under 10 s, with escaped output", arguments: inputs)
    func replay(_ input: String) throws {
        let target = String(input.prefix { $0 != "/" })
        let driver = try #require(FuzzDrivers.targets[target])
        let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(input)))
        let (html, _) = Limits.within(10, input) { driver(bytes) }
        #expect(HTMLInvariants.violations(in: html) == [])
    }

    @Test("the corpus has a folder for each fuzz target and nothing else")
    func layout() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders).isSubset(of: Set(FuzzDrivers.targets.keys).union(["xss-strings.txt"])))
    }

    @Test("the HTML check catches what it is meant to catch", arguments: [
        ("<p>a</p><script>alert(1)", "unexpected element <script> at byte 8"),
        ("<img src=x onerror=alert(1)>", "event handler onerror= on <img>"),
        ("<a href=\"java&#x09;script:alert(1)\">x</a>", "href=\"java&#x09;script:alert(1)\" on <a> is a script address"),
        ("<a href=\" JAVASCRIPT&colon;alert(1)\">x</a>", "href=\" JAVASCRIPT&colon;alert(1)\" on <a> is a script address"),
        ("<p>1 < 2</p>", "a bare '<' at byte 5: text was not escaped"),
        ("<svg><g onload=\"x\"></g></svg>", "event handler onload= on <g>"),
    ])
    func checkerCatches(_ html: String, _ problem: String) {
        #expect(HTMLInvariants.violations(in: html) == [problem])
    }

    @Test("the HTML check passes escaped text, comments and raster data images")
    func checkerPasses() {
        let html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; onload=x</p><!-- raw HTML omitted -->"
            + "<img src=\"data:image/png;base64,AAAA\" alt=\"\"><a href=\"/javascript:/\">x</a>"
        #expect(HTMLInvariants.violations(in: html) == [])
    }
}
