import Testing
@testable import QuorumContent

@Suite struct BlockReaderTests {
    let reader: BlockReader = {
        let table = DataTableReader.csv("year,Somerset,England\n2017,41.2,43.3\n2018,37.7,45.3\n", file: "content/data/cp-rate.csv").0!
        return BlockReader(catalog: DataCatalog(tables: ["cp-rate.csv": table]))
    }()

    func errors(_ name: String, _ body: String) -> [String] {
        reader.read(name: name, body: body, file: "content/pages/a.md", fenceLine: 10).1
            .filter { $0.severity == .error }.map { "\($0.location?.line ?? 0): \($0.message)" }
    }

    @Test("a chart block names its data file and columns")
    func chart() throws {
        let (block, diagnostics) = reader.read(name: "chart", body: "type: line\ntitle: Rate\ndata: cp-rate.csv\nx: year\ny: [Somerset, England]\n",
                                               file: "content/pages/a.md", fenceLine: 10)
        #expect(diagnostics.isEmpty)
        guard case .chart(let chart)? = block else { Issue.record("not a chart"); return }
        #expect(chart.x == 0 && chart.y == [1, 2])
        #expect(chart.typeLocation.line == 11)
    }

    @Test("inline CSV after --- takes formats from the block's columns option")
    func inline() throws {
        let body = "caption: Plans\ncolumns:\n  children: {label: Children, format: integer}\n---\ncategory,children\nNeglect,224\n"
        let (block, diagnostics) = reader.read(name: "table", body: body, file: "content/pages/a.md", fenceLine: 10)
        #expect(diagnostics.isEmpty)
        guard case .table(let table)? = block else { Issue.record("not a table"); return }
        #expect(table.data.columns[1].label == "Children")
        #expect(table.data.rowLines == [16])
    }

    @Test("an unknown option is an error at its line, with the nearest option")
    func unknownOption() {
        #expect(errors("chart", "type: bar\ntitel: X\ndata: cp-rate.csv\nx: year\ny: Somerset\n") == ["12: unknown option `titel` in a chart block"])
    }

    @Test("an unknown data file, a missing column and a text column are errors at their lines")
    func dataErrors() {
        #expect(errors("table", "caption: X\ndata: cp-rates.csv\n") == ["12: no data file \"cp-rates.csv\" in content/data/"])
        #expect(errors("chart", "type: bar\ndata: cp-rate.csv\nx: yaer\ny: Somerset\n") == ["13: no column \"yaer\" in content/data/cp-rate.csv"])
        let text = BlockReader(catalog: DataCatalog(tables: ["t.csv": DataTableReader.csv("area,note\nA,high\n", file: "t.csv").0!]))
        let problems = text.read(name: "chart", body: "type: bar\ndata: t.csv\nx: area\ny: note\n", file: "a.md", fenceLine: 1).1
        #expect(problems.map(\.message) == ["column \"note\" does not hold numbers, so it cannot be charted"])
    }

    @Test("a block with no data, or with both a file and inline CSV, is an error")
    func noData() {
        #expect(errors("table", "caption: X\n") == ["11: the block has no data"])
        #expect(errors("table", "caption: X\ndata: cp-rate.csv\n---\na,b\n1,2\n") == ["12: the block has both `data:` and inline CSV"])
    }

    @Test("a figures block is a list of value, label and source")
    func figures() {
        let (block, diagnostics) = reader.read(name: "figures", body: "- value: 428\n  label: children on plans\n  source: LA return\n",
                                               file: "content/pages/a.md", fenceLine: 3)
        #expect(diagnostics.isEmpty)
        guard case .figures(let figures)? = block else { Issue.record("not figures"); return }
        #expect(figures.first?.number == 428)
        #expect(figures.first?.location.line == 4)
    }
}
