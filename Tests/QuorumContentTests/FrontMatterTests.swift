import Testing
@testable import QuorumContent
import QuorumDiagnostics

@Suite struct FrontMatterTests {
    @Test("front matter and body are split with the line the body starts on")
    func split() throws {
        let result = try FrontMatterSplitter.split("---\ntitle: A\n---\n\n# Body\n", file: "content/pages/a.md")
        #expect(result.yaml == "title: A\n")
        #expect(result.yamlFirstLine == 2)
        #expect(result.body == "\n# Body\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("a file without front matter is an error at line 1 with a hint")
    func missing() {
        #expect {
            try FrontMatterSplitter.split("# Just a heading\n", file: "content/pages/a.md")
        } throws: { error in
            let d = (error as? DiagnosticError)?.diagnostics.first
            return d?.location == SourceLocation(file: "content/pages/a.md", line: 1, column: 1)
                && d?.message == "missing front matter" && d?.hint != nil
        }
    }

    @Test("unclosed front matter is an error")
    func unclosed() {
        #expect(throws: DiagnosticError.self) {
            try FrontMatterSplitter.split("---\ntitle: A\n", file: "a.md")
        }
    }

    @Test("a byte order mark and CRLF line ends are removed before parsing")
    func normalise() {
        let text = FrontMatterSplitter.normalise([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\n".utf8))
        #expect(text == "---\ntitle: A\n---\n")
    }
}

@Suite struct PageReaderTests {
    let reader = PageReader(config: {
        var config = SiteConfig()
        config.boards = [Board(name: "Somerset Safeguarding Children Board", code: "SSCB")]
        return config
    }())

    func read(_ path: String, _ text: String) -> (Page?, [Diagnostic]) { reader.read(path: path, text: text) }

    @Test("invalid YAML is reported at its real line and column in the file")
    func yamlErrorLocation() {
        let (page, diagnostics) = read("content/pages/a.md", "---\ntitle: About\nsummary: a: b\n---\nBody\n")
        #expect(page == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "content/pages/a.md", line: 3, column: 11))
        #expect(diagnostics.first?.message.hasPrefix("invalid YAML:") == true)
    }

    @Test("a misspelt key is a warning that suggests the right one")
    func unknownKey() {
        let (page, diagnostics) = read("content/meetings/2018-10-18-sscb.md",
                                       "---\nboard: SSCB\ndate: 2018-10-18\napologise: [SH]\n---\n")
        #expect(page != nil)
        let warning = diagnostics.first { $0.severity == .warning }
        #expect(warning?.message == "unknown key `apologise` in meeting front matter")
        #expect(warning?.location?.line == 4)
        #expect(warning?.hint?.hasPrefix("did you mean `apologies`?") == true)
    }

    @Test("a meeting without a title gets one from its board and date")
    func meetingTitle() {
        let (page, diagnostics) = read("content/meetings/2018-10-18-sscb.md", "---\nboard: SSCB\ndate: 2018-10-18\ntime: 11:00\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(page?.title == "Somerset Safeguarding Children Board meeting, 18 October 2018")
        #expect(page?.meeting?.time == "11:00")
        #expect(page?.url == "/meetings/2018-10-18-sscb/")
    }

    @Test("a date that does not exist is an error naming the field's line")
    func impossibleDate() {
        let (_, diagnostics) = read("content/pages/a.md", "---\ntitle: A\ndate: 2018-02-30\n---\n")
        #expect(diagnostics.map(\.message) == ["date \"2018-02-30\" is not a date"])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test("front matter that is a list is an error")
    func listFrontMatter() {
        let (page, diagnostics) = read("content/pages/a.md", "---\n- title\n- date\n---\n")
        #expect(page == nil)
        #expect(diagnostics.first?.message == "front matter must be a mapping of keys to values, not a list")
    }

    @Test("paths give the section, kind and URL")
    func places() {
        #expect(PageReader.place("content/reports/annual-report-2017-18/index.md")?.2 == "/reports/annual-report-2017-18/")
        #expect(PageReader.place("content/reports/annual-report-2017-18/01-foreword.md")?.1 == .chapter)
        #expect(PageReader.place("content/reports/cover.md")?.1 == .report)
        #expect(PageReader.place("content/meetings/_index.md")?.1 == .sectionIndex)
        #expect(PageReader.place("content/other/a.md") == nil)
    }

    @Test("a YAML alias bomb is refused instead of expanded")
    func aliasBomb() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { yaml += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n" }
        let (page, diagnostics) = read("content/pages/a.md", "---\ntitle: A\n\(yaml)---\n")
        #expect(page == nil)
        #expect(diagnostics.first?.message == "YAML expands to more than 100,000 values")
    }

    @Test("the alias walk is skipped only where it cannot fail, and documents pass either way")
    func aliasWalkShortcut() throws {
        // Without a `*` no value is repeated, and no document found makes even one value per byte
        // (`- ?` is four bytes and three values), so a walk of a small document without `*` always passes.
        #expect(try YAMLDocument.parse("title: A\nlist:\n- ?\n- ?\n", file: "a.md") != nil)
        // A `*` in text, a long list: walked, and fine.
        #expect(try YAMLDocument.parse("title: \"5 * 3\"\nnote: a*b\n", file: "a.md") != nil)
        let long = String(repeating: "- x\n", count: 40_000)
        #expect(try YAMLDocument.parse(long, file: "content/data/d.yaml") != nil)
    }
}

@Suite struct DayDateTests {
    @Test("dates parse strictly and format as GOV.UK writes them")
    func formats() {
        let date = DayDate(parsing: "2018-10-18")
        #expect(date?.long == "18 October 2018")
        #expect(date?.longWithWeekday == "Thursday 18 October 2018")
        #expect(DayDate(parsing: "2018-2-1") == nil)
        #expect(DayDate(parsing: "2019-02-29") == nil)
        #expect(DayDate(parsing: "2020-02-29") != nil)
    }

    @Test("reporting years run from April: 18 October 2018 is in 2018/19, 31 March 2018 in 2017/18")
    func reportingYears() {
        #expect(DayDate(parsing: "2018-10-18")?.reportingYear(startMonth: 4).label == "2018/19")
        #expect(DayDate(parsing: "2018-03-31")?.reportingYear(startMonth: 4).label == "2017/18")
        #expect(DayDate(parsing: "2018-03-31")?.reportingYear(startMonth: 4).code == "1718")
        #expect(DayDate(parsing: "1999-06-01")?.reportingYear(startMonth: 4).label == "1999/00")
    }
}

@Suite struct YAMLQuirkTests {
    let reader = PageReader(config: SiteConfig())

    @Test("a key written twice is an error at its line")
    func duplicateKey() {
        let (page, diagnostics) = reader.read(path: "content/pages/a.md", text: "---\ntitle: A\nsummary: x\ntitle: B\n---\n")
        #expect(page == nil)
        #expect(diagnostics.first?.message == "the key `title` is written twice")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test("YAML 1.1 booleans and sexagesimal numbers stay as written")
    func norway() {
        let (page, diagnostics) = reader.read(path: "content/pages/a.md", text: "---\ntitle: NO\ntags: [yes, off, 1:30]\n---\n")
        #expect(diagnostics.isEmpty)
        #expect(page?.title == "NO")
        #expect(page?.tags == ["yes", "off", "1:30"])
    }
}

@Suite struct ASCIIFastPathTests {
    @Test("trimming ASCII text on bytes matches trimming Characters, for every ASCII character at either end")
    func trimming() {
        for byte in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(byte))
            for text in [c, c + "a" + c, c + c + " x y " + c + c, "\r\n" + c + "\r\n", c + "\r\n"] {
                #expect(text.trimmingSpaces == text.unicodeTrimmingSpaces, "\(text.debugDescription)")
            }
        }
        #expect(" \u{301}x ".trimmingSpaces == " \u{301}x ".unicodeTrimmingSpaces)
    }

    @Test("a path is refused for the same characters as before, ASCII or not")
    func pathCharacters() {
        for byte in UInt8(0)..<0x80 {
            let path = "content/pages/a\(String(UnicodeScalar(byte)))b.md"
            let reference = path.unicodeScalars.first(where: {
                "?#%\\".unicodeScalars.contains($0) || $0.properties.generalCategory == .control
            })
            #expect((PageReader.characterOutsideURLs(path) == nil) == (reference == nil), "\(byte)")
        }
        #expect(PageReader.characterOutsideURLs("content/pages/caf\u{E9}\u{85}.md") != nil)
        #expect(PageReader.characterOutsideURLs("content/pages/café.md") == nil)
    }
}

@Suite struct DayDateParsingTests {
    @Test("ASCII dates parse on bytes exactly as by Characters")
    func sameAsCharacters() {
        let fixed = ["2018-10-18", " 2018-10-18", "2018-10-18T10:00:00Z", "2018-10-18 10:00", "t2018-10-18", "2018-10-18t",
                     "2018-1-018", "2018-+1-05", "-2018-10-1", "2018-10-18-", "20181018", "2018-02-29", "2016-02-29", "0000-01-01",
                     "9999-12-31", "2018-13-01", "2018-00-10", "", " ", "TTT", "2018-10-1\r\n", "2018\r\n10-18", "2018-10-18\r\n"]
        for text in fixed {
            #expect(DayDate(parsing: text) == DayDate(unicodeParsing: text), "\(text.debugDescription)")
        }
        let alphabet = Array("0123456789-- Tt:Z\r\n1")
        var generator = SplitMix(seed: 99)
        for _ in 0..<20_000 {
            var text = String((0..<Int.random(in: 8...13, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            if Bool.random(using: &generator) { text = "20\(Int.random(in: 10...29, using: &generator))-" + text.suffix(5) }
            #expect(DayDate(parsing: text) == DayDate(unicodeParsing: text), "\(text.debugDescription)")
        }
    }
}
