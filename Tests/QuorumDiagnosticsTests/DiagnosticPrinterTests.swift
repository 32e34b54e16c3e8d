import Testing
import QuorumDiagnostics

@Suite struct DiagnosticPrinterTests {
    let source = "---\ntitle: Minutes\nchair: XY\n---\n"

    @Test("a text diagnostic reads path:line:column: error: message, then the line, a caret and the hint")
    func textForm() {
        let printer = DiagnosticPrinter(format: .text, sourceText: { _ in source })
        let d = Diagnostic.error("unknown member initials \"XY\"",
                                 at: SourceLocation(file: "content/meetings/a.md", line: 3, column: 8),
                                 hint: "members.yaml has SH, CW")
        #expect(printer.render(d) == """
            content/meetings/a.md:3:8: error: unknown member initials "XY"
                chair: XY
                       ^
              hint: members.yaml has SH, CW
            """)
    }

    @Test("a JSON diagnostic is one line with sorted keys")
    func jsonForm() {
        let printer = DiagnosticPrinter(format: .json)
        let d = Diagnostic.warning("unknown key \"apologise\"", at: SourceLocation(file: "x.md", line: 2, column: 1))
        #expect(printer.render(d) == #"{"column":1,"file":"x.md","line":2,"message":"unknown key \"apologise\"","severity":"warning"}"#)
    }

    @Test("the summary counts errors and warnings")
    func summary() {
        let printer = DiagnosticPrinter()
        #expect(printer.summary([.error("a"), .warning("b"), .warning("c")]) == "1 error, 2 warnings")
    }

    @Test("the log sorts diagnostics by file, line and column")
    func logOrder() {
        let log = DiagnosticLog()
        log.add(.error("second", at: SourceLocation(file: "b.md", line: 1)))
        log.add(.error("first", at: SourceLocation(file: "a.md", line: 9)))
        log.add(.warning("early", at: SourceLocation(file: "a.md", line: 2)))
        #expect(log.diagnostics.map(\.message) == ["early", "first", "second"])
        #expect(log.hasErrors)
    }
}
