import Testing
@testable import QuorumContent

/// The CSV Quorum writes (downloads, attendance sheets, the action tracker): RFC 4180 with CRLF line ends.
@Suite struct CSVTextTests {
    @Test("plain fields as they are; commas, quotes and line breaks (CRLF included) quoted, quotes doubled")
    func quoting() {
        #expect(CSVText.field("Present") == "Present")
        #expect(CSVText.field("Avon and Somerset Police, CID") == "\"Avon and Somerset Police, CID\"")
        #expect(CSVText.field("said \"yes\"") == "\"said \"\"yes\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVText.field("Sévérine Ødegård") == "Sévérine Ødegård")
    }

    @Test("text a spreadsheet would run as a formula gets a leading quote mark; numbers do not")
    func formulas() {
        #expect(CSVText.field("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(CSVText.field("@cmd, x") == "\"'@cmd, x\"")
        #expect(CSVText.field("-12.5") == "-12.5")
        #expect(CSVText.field("-x", isText: false) == "-x")
    }

    @Test("rows joined by commas, each ended by CRLF, header first")
    func rows() {
        #expect(CSVText.write([["name", "18 Oct 2018"], ["Ann Bell", "Present"], ["B, C", ""]])
                == "name,18 Oct 2018\r\nAnn Bell,Present\r\n\"B, C\",\r\n")
        #expect(CSVText.write([]) == "")
    }
}
