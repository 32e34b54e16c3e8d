import Testing
@testable import QuorumBlocks
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

@Suite("Many-category charts in blocks, and headers that give the unit once")
struct ManyPartsBlockTests {
    static let agencies = """
        agency,amount
        Somerset County Council,140210
        Somerset CCG,30350
        Avon and Somerset Constabulary,19600
        Probation,1440
        CRC,1010
        CAFCASS,550
        Taunton Deane,1600
        South Somerset,1600
        Mendip,1600
        Sedgemoor,1600

        """

    private func expand(_ options: String, csv: String = agencies) -> (html: String, problems: [Diagnostic]) {
        let expander = BlockExpander(catalog: DataCatalog(tables: [:]), sourcePath: "content/reports/r.md", lineOffset: 1)
        let md = "Intro\n\n```chart\n\(options)\n---\n\(csv)```\n"
        let html = Markdown.render(md, hooks: MarkdownHooks(codeBlock: { expander.expand($0) })).html
        return (html, expander.problems)
    }

    @Test("a 10-slice pie draws Other (5 more) and warns at the type line, naming the file and line")
    func warning() throws {
        let (html, problems) = expand("type: pie\ntitle: Contributions\nx: agency\ny: amount")
        #expect(html.contains(">Other (5 more)<"))
        let warning = try #require(problems.first)
        #expect(problems.count == 1 && warning.severity == .warning)
        #expect(warning.location?.description.hasPrefix("content/reports/r.md:4:") == true)
        #expect(warning.message == "The pie chart has 10 slices; the largest 5 are drawn and the other 5 grouped as \"Other (5 more)\".")
        #expect(warning.hint?.contains("other_after") == true)
        // The table still lists every agency.
        for name in ["CAFCASS", "Mendip", "Sedgemoor", "Taunton Deane"] { #expect(html.contains("<th scope=\"row\">\(name)</th>")) }
    }

    @Test("other_after: 5 keeps the grouping without a warning; other_after: none refuses the pie")
    func otherAfter() throws {
        let chosen = expand("type: donut\ntitle: Contributions\nx: agency\ny: amount\nother_after: 4")
        #expect(chosen.problems.isEmpty, "\(chosen.problems)")
        #expect(chosen.html.contains(">Other (6 more)<"))
        let off = expand("type: pie\ntitle: Contributions\nx: agency\ny: amount\nother_after: none")
        #expect(off.problems.first?.message == "A pie or donut chart can show at most 6 slices; this one has 10.")
        let bad = expand("type: pie\ntitle: Contributions\nx: agency\ny: amount\nother_after: lots")
        #expect(bad.problems.first?.message == "other_after must be a whole number of 1 or more, or none")
        #expect(bad.problems.first?.location?.line == 8)
    }

    @Test("a line chart of 11 series is a grid of 11 panels in one figure, with one caption and every value in the table")
    func smallMultiples() {
        let header = "year," + (1...11).map { "Agency \($0)" }.joined(separator: ",")
        let rows = (2016...2018).map { year in "\(year)," + (1...11).map { "\($0 * 10 + year % 10)" }.joined(separator: ",") }
        let csv = ([header] + rows).joined(separator: "\n") + "\n"
        let y = "[" + (1...11).map { "Agency \($0)" }.joined(separator: ", ") + "]"
        let (html, problems) = expand("type: line\ntitle: Training places\nx: year\ny: \(y)", csv: csv)
        #expect(problems.isEmpty, "\(problems)")
        #expect(html.contains("<div class=\"chart-panels\">"))
        #expect(html.components(separatedBy: "<svg").count == 12)
        #expect(html.components(separatedBy: "<figcaption").count == 2)
        #expect(html.contains("<th scope=\"col\" class=\"num\">Agency 11</th>"))
    }

    @Test("a header shows the unit only when the label does not already", arguments: [
        ("Share of all (%)", "%", "Share of all (%)"),
        ("Notifications", "notifications", "Notifications"),
        ("Contribution", "GBP", "Contribution (GBP)"),
        ("Rate per 10,000", "per 10,000", "Rate per 10,000"),
        ("Children", "%", "Children (%)"),
        ("Percentage of plans", "per", "Percentage of plans (per)"),
    ])
    func header(label: String, unit: String, expected: String) {
        #expect(DataTableHTML.header(label, unit: unit) == expected)
    }
}
