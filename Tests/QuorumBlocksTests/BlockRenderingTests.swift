import Testing
@testable import QuorumBlocks
import QuorumContent
import QuorumMarkdown

@Suite struct BlockRenderingTests {
    static let hostile = "<script>alert(1)</script>"

    func table(_ csv: String, format: ColumnFormat? = nil) -> DataTable {
        var table = DataTableReader.csv(csv, file: "content/data/t.csv").0!
        if let format { table.columns[1].format = format }
        DataTableReader.classify(&table)
        return table
    }

    @Test("a data table has a caption, column and row headers and right-aligned formatted numbers")
    func tableHTML() {
        var data = table("agency,amount\nPolice,19600\nHealth,-2300\n", format: ColumnFormat(kind: .currency, negativeInBrackets: true))
        data.columns[1].unit = "£"
        data.sourceNote = "Appendix A"
        let html = DataTableHTML.render(data, caption: "Contributions", id: "table-1")
        #expect(html == """
            <div class="table-wrap" role="region" aria-labelledby="table-1-caption" tabindex="0">
            <table class="data-table" id="table-1">
            <caption id="table-1-caption">Contributions</caption>
            <thead>
            <tr><th scope="col">agency</th><th scope="col" class="num">amount (£)</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">Police</th><td class="num">£19,600</td></tr>
            <tr><th scope="row">Health</th><td class="num">(£2,300)</td></tr>
            </tbody>
            </table>
            </div>
            <p class="data-source">Source: Appendix A</p>

            """)
    }

    @Test("suppression markers are shown as written and explained in the notes")
    func markers() {
        let html = DataTableHTML.render(table("area,count\nA,[c]\nB,4\n"), caption: "C", id: "t")
        #expect(html.contains("<td class=\"num\"><abbr title=\"confidential: the figure is withheld so that people cannot be identified\">[c]</abbr></td>"))
        #expect(html.contains("<li>[c] confidential: the figure is withheld so that people cannot be identified</li>"))
    }

    @Test("a hostile category is escaped in the table, the SVG text and the chart description")
    func escaping() throws {
        let data = table("category,children\n\(Self.hostile),224\nNeglect,181\n")
        let block = ChartBlock(type: "bar", title: "Plans \(Self.hostile)", data: data, x: 0, y: [1], colours: nil, sort: nil,
                               highlight: nil, location: .init(file: "a.md", line: 1), typeLocation: .init(file: "a.md", line: 2))
        let html = try ChartFigure.render(block, id: "chart-1").get()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let desc = try #require(html.firstRange(of: /<desc[^>]*>[^<]*<\/desc>/).map { String(html[$0]) })
        #expect(desc.contains("&lt;script&gt;"))
    }

    @Test("an unknown chart type is an error at the type line with the nearest type")
    func unknownType() {
        let data = table("category,children\nA,1\n")
        let block = ChartBlock(type: "bars", title: "T", data: data, x: 0, y: [1], colours: nil, sort: nil, highlight: nil,
                               location: .init(file: "a.md", line: 1), typeLocation: .init(file: "a.md", line: 2, column: 7))
        guard case .failure(let error) = ChartFigure.render(block, id: "c") else { Issue.record("expected an error"); return }
        #expect(error.diagnostics.first?.message == "unknown chart type \"bars\"")
        #expect(error.diagnostics.first?.location?.description == "a.md:2:7")
        #expect(error.diagnostics.first?.hint?.hasPrefix("did you mean bar?") == true)
    }

    @Test("a chart figure has a caption, the SVG and its data as a table in details")
    func figure() throws {
        let data = table("year,rate\n2017,41.2\n2018,37.7\n")
        let block = ChartBlock(type: "line", title: "Rate", data: data, x: 0, y: [1], colours: nil, sort: nil, highlight: nil,
                               location: .init(file: "a.md", line: 1), typeLocation: .init(file: "a.md", line: 2))
        let html = try ChartFigure.render(block, id: "chart-2").get()
        #expect(html.hasPrefix("<figure class=\"chart\" id=\"chart-2\" aria-labelledby=\"chart-2-caption\">\n<figcaption id=\"chart-2-caption\">Rate</figcaption>\n<svg"))
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("<details class=\"chart-data\">\n<summary>Show the data for this chart</summary>"))
        #expect(html.contains("<table class=\"data-table\" id=\"chart-2-data\">"))
    }

    @Test("blocks in Markdown get numbered ids and other code stays code")
    func expander() {
        let catalog = DataCatalog(tables: [:])
        let expander = BlockExpander(catalog: catalog, sourcePath: "content/pages/a.md", lineOffset: 5)
        let md = "```table\ncaption: A\n---\nx,y\na,1\n```\n\n```table\ncaption: B\n---\nx,y\nb,2\n```\n\n```yaml\nkey: value\n```\n"
        let html = Markdown.render(md, hooks: MarkdownHooks(codeBlock: { expander.expand($0) })).html
        #expect(expander.problems.isEmpty)
        #expect(html.contains("id=\"table-1\"") && html.contains("id=\"table-2\""))
        #expect(html.contains("<pre><code class=\"language-yaml\">key: value\n</code></pre>"))
    }

    @Test("a broken block reports its file line and leaves a short notice in the page")
    func brokenBlock() {
        let expander = BlockExpander(catalog: DataCatalog(tables: [:]), sourcePath: "content/pages/a.md", lineOffset: 5)
        let html = Markdown.render("Intro\n\n```chart\ntype: bar\ndata: nothing.csv\n```\n", hooks: MarkdownHooks(codeBlock: { expander.expand($0) })).html
        #expect(html.contains("class=\"block-error\""))
        #expect(expander.problems.map { "\($0.location?.line ?? 0): \($0.message)" } == ["9: no data file \"nothing.csv\" in content/data/"])
    }

    @Test("key figures use the figure's format")
    func tiles() {
        let figure = KeyFigure(number: 19600, text: "19600", label: "budget", source: nil, format: "currency", location: .init(file: "a"))
        #expect(FigureTiles.value(figure) == "£19,600")
        let plain = KeyFigure(number: 26457, text: "26457", label: "contacts", source: "LA", format: nil, location: .init(file: "a"))
        #expect(FigureTiles.render([plain]) == "<ul class=\"tiles\">\n<li class=\"tile\"><span class=\"tile__value\">26,457</span> <span class=\"tile__label\">contacts</span> <span class=\"tile__source\">Source: LA</span></li>\n</ul>\n")
    }
}
