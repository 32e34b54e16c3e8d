import Foundation
import QuorumContent
import QuorumDiagnostics
import Testing

/// Bytes that are not the tidy UTF-8 with `\n` line ends authors are asked for.
@Suite struct EncodingTests {
    static let unreadable = "this file is not UTF-8: a character here could not be read (shown as \u{FFFD})"

    func read(_ bytes: [UInt8], path: String = "content/pages/a.md") -> (Page?, [String]) {
        let (page, diagnostics) = ContentLoader.readPage(path: path, bytes: bytes)
        return (page, HostileSite.lines(diagnostics))
    }

    @Test("an empty file is \"missing front matter\" at 1:1")
    func emptyFile() {
        let (page, diagnostics) = read([])
        #expect(page == nil)
        #expect(diagnostics == ["content/pages/a.md:1:1: missing front matter"])
    }

    @Test("a file that is only a byte order mark is \"missing front matter\" at 1:1")
    func onlyBOM() {
        let (page, diagnostics) = read([0xEF, 0xBB, 0xBF])
        #expect(page == nil)
        #expect(diagnostics == ["content/pages/a.md:1:1: missing front matter"])
    }

    @Test("a byte order mark before the front matter is dropped")
    func byteOrderMark() {
        let (page, diagnostics) = read([0xEF, 0xBB, 0xBF] + Array("---\ntitle: About\n---\nBody\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(page?.title == "About")
        #expect(page?.body == "Body\n")
    }

    @Test("CRLF line ends read as \\n, and errors keep their line and column")
    func crlf() {
        let (page, diagnostics) = read(Array("---\r\ntitle: About\r\ndate: 2018-02-30\r\n---\r\nBody\r\n".utf8))
        #expect(diagnostics == ["content/pages/a.md:3:7: date \"2018-02-30\" is not a date"])
        #expect(page?.title == "About")
        #expect(page?.body == "Body\n")
    }

    @Test("old Mac CR line ends read as \\n too")
    func bareCR() {
        let (page, diagnostics) = read(Array("---\rtitle: About\rsummary: a: b\r---\rBody\r".utf8))
        #expect(page == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/pages/a.md:3:11: invalid YAML") == true)
    }

    @Test("a Windows-1252 £ in the front matter is an error at its line and column, not a silent �")
    func invalidUTF8InFrontMatter() {
        let (page, diagnostics) = read(Array("---\ntitle: Budget\nsummary: Costs ".utf8) + [0xA3] + Array("19,600\n---\n".utf8))
        #expect(page == nil)
        #expect(diagnostics == ["content/pages/a.md:3:16: \(Self.unreadable)"])
    }

    @Test("invalid UTF-8 in the body is reported at its line and column")
    func invalidUTF8InBody() {
        let bytes = Array("---\ntitle: A\n---\n\nThe \u{201C}plan".utf8) + [0x93, 0x94] + Array(" is agreed.\n".utf8)
        let (page, diagnostics) = read(bytes)
        #expect(page == nil)
        #expect(diagnostics == ["content/pages/a.md:5:10: \(Self.unreadable)"])
    }

    @Test("a truncated UTF-8 sequence at the end of a file is reported")
    func truncatedSequence() {
        let (_, diagnostics) = read(Array("---\ntitle: A\n---\nCaf".utf8) + [0xC3])
        #expect(diagnostics == ["content/pages/a.md:4:4: \(Self.unreadable)"])
    }

    @Test("a U+FFFD already in the text is reported the same way: it is the trace of an earlier bad conversion")
    func replacementCharacterInText() {
        let (page, diagnostics) = read(Array("---\ntitle: The \u{FFFD} sign\n---\n".utf8))
        #expect(page == nil)
        #expect(diagnostics == ["content/pages/a.md:2:12: \(Self.unreadable)"])
    }

    @Test("NUL bytes in the body reach libcmark, which shows them as U+FFFD")
    func nulBytes() throws {
        let (page, diagnostics) = read(Array("---\ntitle: A\n---\na".utf8) + [0] + Array("b\n".utf8))
        #expect(diagnostics.isEmpty)
        #expect(page?.body == "a\u{0}b\n")
    }

    @Test("a CSV saved as Windows-1252 is an error at the row, and JSON that is not UTF-8 is refused")
    func invalidUTF8InData() {
        let csv = DataTableReader.csv(FrontMatterSplitter.normalise(Array("agency,amount\nPolice,".utf8) + [0xA3] + Array("19600\n".utf8)),
                                      file: "content/data/a.csv")
        #expect(csv.0 == nil)
        #expect(HostileSite.lines(csv.1) == ["content/data/a.csv:2:8: \(Self.unreadable)"])
        let json = DataTableReader.json(Data(Array("[{\"a\": \"".utf8) + [0xA3] + Array("\"}]".utf8)), file: "content/data/a.json", order: [])
        #expect(json.0 == nil)
        #expect(json.1.first?.message.hasPrefix("cannot read JSON") == true)
    }

    @Test("a site.yaml that is not UTF-8 fails the build at its line")
    func invalidUTF8InRegistry() throws {
        var files = HostileSite.registries
        files.removeValue(forKey: "content/site.yaml")
        files["content/pages/a.md"] = "---\ntitle: A\n---\n"
        let report = try HostileSite.with(files, bytes: ["content/site.yaml": Array("title: Caf".utf8) + [0xE9] + Array("\n".utf8)]) {
            HostileSite.build($0, write: false)
        }
        #expect(HostileSite.errors(report) == ["content/site.yaml:1:11: \(Self.unreadable)"])
    }
}
