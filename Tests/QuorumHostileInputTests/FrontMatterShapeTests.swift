import QuorumContent
import Testing

/// Front matter of the wrong shape, dates that do not exist, and YAML built to blow up.
@Suite struct FrontMatterShapeTests {
    func read(_ text: String, path: String = "content/pages/a.md") -> (Page?, [String]) {
        let (page, diagnostics) = ContentLoader.readPage(path: path, bytes: Array(text.utf8))
        return (page, HostileSite.lines(diagnostics))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let shapes: [Case] = [
        Case(name: "a list instead of a map", text: "---\n- title: A\n- date: 2018-10-18\n---\n",
             expected: ["content/pages/a.md:2:1: front matter must be a mapping of keys to values, not a list"]),
        Case(name: "a bare sentence", text: "---\nJust some words\n---\n",
             expected: ["content/pages/a.md:2:1: front matter must be a mapping of keys to values, not the value \"Just some words\""]),
        Case(name: "nothing between the lines", text: "---\n---\nBody\n",
             expected: ["content/pages/a.md:2: front matter is empty"]),
        Case(name: "no closing line", text: "---\ntitle: A\n\nBody\n",
             expected: ["content/pages/a.md:1:1: front matter is not closed"]),
        Case(name: "a title that is a list", text: "---\ntitle: [a, b]\n---\n",
             expected: ["content/pages/a.md:2:8: title must be text, not a list", "content/pages/a.md:2:8: title is empty"]),
        Case(name: "a key that is a list", text: "---\n[a, b]: c\ntitle: A\n---\n",
             expected: ["content/pages/a.md:2:1: a key in front matter must be plain text"]),
        Case(name: "the same key twice", text: "---\ntitle: A\ntitle: B\n---\n",
             expected: ["content/pages/a.md:2:1: the key `title` is written twice"]),
        Case(name: "tags as a map", text: "---\ntitle: A\ntags: {a: b}\n---\n",
             expected: ["content/pages/a.md:3:7: tags must be a list"]),
        Case(name: "a YAML tag asking for binary", text: "---\ntitle: !!binary aGVsbG8=\n---\n", expected: []),
    ]

    @Test("front matter of the wrong shape is a located error", arguments: shapes)
    func shape(_ c: Case) {
        let (_, diagnostics) = read(c.text)
        #expect(diagnostics == c.expected)
    }

    static let dates: [(String, String?)] = [
        ("2018-02-30", nil), ("2019-02-29", nil), ("1900-02-29", nil), ("2018-13-01", nil), ("2018-00-10", nil),
        ("2018-04-31", nil), ("0000-01-01", nil), ("18-10-2018", nil), ("2018-1-5", nil), ("2018/10/18", nil),
        ("+018-10-18", nil), ("2018-+1-05", nil), ("2018-1٠-18", nil), ("2018-10-18x", nil), ("99999999999999999999-01-01", nil),
        ("2020-02-29", "29 February 2020"), ("2000-02-29", "29 February 2000"), ("2018-12-31", "31 December 2018"),
        ("2018-10-18T10:00:00Z", "18 October 2018"), ("9999-12-31", "31 December 9999"),
    ]

    @Test("a date is read only if it exists in the calendar", arguments: dates)
    func date(_ written: String, _ long: String?) {
        let (page, diagnostics) = read("---\ntitle: A\ndate: \(written)\n---\n")
        if let long {
            #expect(diagnostics.isEmpty)
            #expect(page?.date?.long == long)
        } else {
            #expect(diagnostics == ["content/pages/a.md:3:7: date \"\(written)\" is not a date"])
        }
    }

    @Test("a meeting whose date does not exist gets one error, not a second about its title")
    func meetingDate() {
        let (_, diagnostics) = read("---\nboard: TB\ndate: 2018-02-30\n---\n", path: "content/meetings/m.md")
        #expect(diagnostics == ["content/meetings/m.md:3:7: date \"2018-02-30\" is not a date"])
    }

    @Test("a billion laughs (nine levels of aliases) is refused quickly at the top of the front matter")
    func billionLaughs() {
        var yaml = "title: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let ((_, diagnostics), _) = Limits.within(5, "a billion laughs") { read("---\n\(yaml)---\n") }
        #expect(diagnostics == ["content/pages/a.md:2:1: YAML expands to more than 100,000 values"])
    }

    @Test("a quadratic blow-up (one wide list, aliased many times) is refused too")
    func quadraticBlowUp() {
        let wide = (0..<2_000).map { "v\($0)" }.joined(separator: ", ")
        let aliases = Array(repeating: "*w", count: 2_000).joined(separator: ", ")
        let ((_, diagnostics), _) = Limits.within(5, "a quadratic blow-up") {
            read("---\ntitle: A\nw: &w [\(wide)]\nall: [\(aliases)]\n---\n")
        }
        #expect(diagnostics == ["content/pages/a.md:2:1: YAML expands to more than 100,000 values"])
    }

    @Test("an alias to a mapping used as a merge key does not expand")
    func mergeKeys() {
        let (page, diagnostics) = read("---\nbase: &b {title: A}\n<<: *b\ntitle: B\n---\n")
        #expect(page?.title == "B")
        #expect(diagnostics == ["content/pages/a.md:2:1: unknown key `base` in page front matter",
                                "content/pages/a.md:3:1: unknown key `<<` in page front matter"])
    }

    struct Nesting: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var expected: String
        var testDescription: String { name }
    }

    static let nestings = [
        Nesting(name: "flow lists", yaml: "summary: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
                expected: "content/pages/a.md:3:11: YAML is nested more than 1,000 levels deep"),
        Nesting(name: "flow maps", yaml: "summary: " + String(repeating: "{a: ", count: 100_000) + String(repeating: "}", count: 100_000),
                expected: "content/pages/a.md:3:4002: YAML is nested more than 1,000 levels deep"),
        Nesting(name: "block lists", yaml: "summary:\n  " + String(repeating: "- ", count: 100_000) + "x",
                expected: "content/pages/a.md:4:1999: YAML is nested more than 1,000 levels deep"),
        Nesting(name: "block maps, one more space a level", yaml: "summary:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined(),
                expected: "content/pages/a.md:1002:1000: YAML is nested more than 1,000 levels deep"),
    ]

    @Test("YAML nested 100,000 deep is refused by libyaml's limit, not a stack overflow", arguments: nestings)
    func deepNesting(_ nesting: Nesting) {
        let ((page, diagnostics), _) = Limits.within(20, "YAML nested deep (\(nesting.name))") {
            read("---\ntitle: A\n\(nesting.yaml)\n---\n")
        }
        #expect(page == nil)
        #expect(diagnostics == [nesting.expected])
    }
}
