import Foundation
import QuorumBuild
import Testing

/// Huge files through a whole build, one at a time so each one's time and memory are its own.
///
/// The inputs are generated here at run time, never committed. The limits are for a debug build on two
/// busy cores; a release build is several times faster.
@Suite(.serialized) struct SizeTests {
    /// About 1 KB of minutes: emphasis, a link, an acronym, a list and a quote.
    static let chunk = """
        The board noted the LADO report and *agreed* the **recommendations** in [the paper](../pages/about.md).
        Partners described early help, the `EHA` process and the "Signs of Safety" approach — with thanks.

        - Actions were reviewed; SSCB 1819_10 is closed.
        - The chair asked for a further update at the next meeting.

        > Members asked how the new arrangements would be tested with families & children.

        Attendance, finance & performance reports were received and noted without further comment; the
        risk register was reviewed and two new risks were added for the coming year, as set out in part 2.


        """

    @Test("a 50 MB Markdown page builds in under 60 s, within 3 GB of extra memory")
    func fiftyMegabytePage() throws {
        let repeats = 50_000_000 / Self.chunk.utf8.count + 1
        var body = ""
        body.reserveCapacity(repeats * Self.chunk.utf8.count + repeats / 100 * 20)
        for index in 0..<repeats {
            // A heading every hundred chunks: a long page, but a table of contents a browser can still show.
            if index % 100 == 0 { body += "## Item \(index / 100)\n\n" }
            body += Self.chunk
        }
        #expect(body.utf8.count > 50_000_000)
        var files = HostileSite.registries
        files["content/pages/about.md"] = "---\ntitle: About\n---\nAbout the board.\n"
        files["content/meetings/2018-10-18-tb.md"] = "---\nboard: TB\ndate: 2018-10-18\nchair: AB\n---\n\n" + body
        try HostileSite.with(files) { root in
            let report = Limits.growingBy(atMost: 3 << 30, "a 50 MB page") {
                Limits.within(60, "building a 50 MB page") { HostileSite.build(root) }.0
            }
            #expect(HostileSite.errors(report).prefix(3) == [])
            let html = HostileSite.output(root, "meetings/2018-10-18-tb/index.html")
            #expect(html.utf8.count > 50_000_000)
            let marked = html.contains("<abbr title=\"Local Authority Designated Officer\">LADO</abbr>")
            let lastHeading = html.contains("<h2 id=\"item-\(repeats / 100)\">")
            #expect(marked && lastHeading)
        }
    }

    @Test("a 200,000-row CSV builds as a table and as a line chart in under 60 s")
    func twoHundredThousandRows() throws {
        var csv = "month,referrals,rate\n"
        csv.reserveCapacity(200_000 * 24)
        for row in 0..<200_000 { csv += "m\(row),\(row % 997),\(Double(row % 1000) / 10)\n" }
        var files = HostileSite.registries
        files["content/data/referrals.csv"] = csv
        files["content/pages/table.md"] = "---\ntitle: Table\n---\n\n```table\ncaption: Referrals\ndata: referrals.csv\n```\n"
        files["content/pages/chart.md"] = "---\ntitle: Chart\n---\n\n```chart\ntype: line\ntitle: Referrals\ndata: referrals.csv\nx: month\ny: referrals\n```\n"
        try HostileSite.with(files) { root in
            let report = Limits.growingBy(atMost: 2 << 30, "a 200,000-row CSV") {
                Limits.within(60, "building a 200,000-row CSV") { HostileSite.build(root) }.0
            }
            #expect(HostileSite.errors(report).prefix(3) == [])
            let lastRow = HostileSite.output(root, "pages/table/index.html")
                .contains("<tr><th scope=\"row\">m199999</th><td class=\"num\">599</td><td class=\"num\">99.9</td></tr>")
            let description = HostileSite.output(root, "pages/chart/index.html")
                .contains("<desc id=\"chart-1-desc\">Line chart: referrals rose from 0 in m0 to 599 in m199999.")
            #expect(lastRow && description)
        }
    }

    @Test("a 40,000-row YAML data file loads: a big file without aliases is not an alias bomb")
    func bigYAMLData() throws {
        var yaml = ""
        yaml.reserveCapacity(40_000 * 48)
        for row in 0..<40_000 { yaml += "- {month: m\(row), referrals: \(row % 997), rate: \(row % 100)}\n" }
        var files = HostileSite.registries
        files["content/data/referrals.yaml"] = yaml
        files["content/pages/table.md"] = "---\ntitle: Table\n---\n\n```table\ncaption: Referrals\ndata: referrals.yaml\n```\n"
        try HostileSite.with(files) { root in
            let report = Limits.within(60, "building a 40,000-row YAML data file") { HostileSite.build(root) }.0
            #expect(HostileSite.errors(report).prefix(3) == [])
            let lastRow = HostileSite.output(root, "pages/table/index.html")
                .contains("<tr><th scope=\"row\">m39999</th><td class=\"num\">119</td><td class=\"num\">99</td></tr>")
            #expect(lastRow)
        }
    }

    @Test("10,000 headings get unique ids and a table of contents in under 30 s")
    func tenThousandHeadings() throws {
        var body = ""
        for index in 0..<10_000 { body += "## Matters arising\n\nItem \(index).\n\n" }
        var files = HostileSite.registries
        files["content/pages/long.md"] = "---\ntitle: Long\n---\n\n" + body + "[last](#matters-arising-9999)\n"
        try HostileSite.with(files) { root in
            let report = Limits.within(30, "building 10,000 headings") { HostileSite.build(root) }.0
            #expect(HostileSite.errors(report).prefix(3) == [])
            let html = HostileSite.output(root, "pages/long/index.html")
            let first = html.contains("<h2 id=\"matters-arising\">"), last = html.contains("<h2 id=\"matters-arising-9999\">")
            #expect(first && last)
            #expect(html.components(separatedBy: "<h2 id=\"matters-arising").count == 10_001)
        }
    }
}
