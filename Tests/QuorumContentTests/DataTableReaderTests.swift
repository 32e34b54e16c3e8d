import Testing
@testable import QuorumContent
import QuorumDiagnostics

@Suite struct DataTableReaderTests {
    @Test("RFC 4180: quoted commas, doubled quotes and line breaks inside quotes")
    func quoting() throws {
        let csv = "agency,note,amount\n\"Avon and Somerset Police, CID\",\"said \"\"yes\"\"\",100\n\"Somerset\nCCG\",x,[c]\nHealth,,200\n"
        let (table, diagnostics) = DataTableReader.csv(csv, file: "content/data/a.csv")
        #expect(diagnostics.isEmpty)
        let t = try #require(table)
        #expect(t.rows.count == 3)
        #expect(t.rows[0][0] == .text("Avon and Somerset Police, CID"))
        #expect(t.rows[0][1] == .text("said \"yes\""))
        #expect(t.rows[1][0] == .text("Somerset\nCCG"))
        #expect(t.rows[1][2] == .suppressed(.confidential))
        #expect(t.rows[2][1] == .empty)
        #expect(t.rowLines == [2, 3, 5])
    }

    @Test("a row with too many values is an error at its line")
    func ragged() {
        let (_, diagnostics) = DataTableReader.csv("a,b\n1,2\n3,4,5\n", file: "content/data/a.csv")
        #expect(diagnostics.map(\.message) == ["this row has 3 values but the header has 2 columns"])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test("an unclosed quote is an error at the line it opens")
    func unclosed() {
        let (table, diagnostics) = DataTableReader.csv("a,b\n1,\"open\n2,3\n", file: "content/data/a.csv")
        #expect(table == nil)
        #expect(diagnostics.first?.message == "a quoted value is not closed")
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test("an empty file and a repeated column name are errors")
    func headers() {
        #expect(DataTableReader.csv("", file: "a.csv").1.first?.message == "the data has no header row")
        #expect(DataTableReader.csv("a,a\n1,2\n", file: "a.csv").1.first?.message == "column \"a\" is named twice")
    }

    @Test("cells: numbers are plain decimals, markers are case-insensitive, the rest is text")
    func cells() {
        #expect(DataCell(parsing: " 1420 ") == .number(1420))
        #expect(DataCell(parsing: "-2300.5") == .number(-2300.5))
        #expect(DataCell(parsing: "1,420") == .text("1,420"))
        #expect(DataCell(parsing: "[X]") == .suppressed(.notAvailable))
        #expect(DataCell(parsing: "2017/18") == .text("2017/18"))
        #expect(DataCell(parsing: "1e3") == .text("1e3"))
    }

    @Test("a sidecar labels and formats columns, and text in a number column is an error at its row")
    func sidecar() throws {
        var table = try #require(DataTableReader.csv("agency,amount\nPolice,100\nHealth,n/a\n", file: "content/data/a.csv").0)
        var sidecar = DataSidecar()
        sidecar.columns["amount"] = .init(label: "Contribution", unit: "£", format: ColumnFormat(kind: .currency),
                                          location: SourceLocation(file: "content/data/a.meta.yaml", line: 3))
        sidecar.columnOrder = ["amount"]
        let diagnostics = DataTableReader.apply(sidecar, to: &table, sidecarFile: "content/data/a.meta.yaml")
        #expect(table.columns[1].label == "Contribution")
        #expect(diagnostics.map(\.message) == ["\"n/a\" in column \"amount\" is not a number"])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test("a sidecar naming a column the data lacks is an error in the sidecar")
    func sidecarUnknownColumn() throws {
        var table = try #require(DataTableReader.csv("agency,amount\nPolice,100\n", file: "content/data/a.csv").0)
        var sidecar = DataSidecar()
        sidecar.columns["amonut"] = .init(label: nil, unit: nil, format: nil, location: SourceLocation(file: "content/data/a.meta.yaml", line: 4, column: 3))
        sidecar.columnOrder = ["amonut"]
        let diagnostics = DataTableReader.apply(sidecar, to: &table, sidecarFile: "content/data/a.meta.yaml")
        #expect(diagnostics.first?.message == "column \"amonut\" is not in content/data/a.csv")
        #expect(diagnostics.first?.hint == "did you mean \"amount\"?")
        #expect(diagnostics.first?.location?.description == "content/data/a.meta.yaml:4:3")
    }

    @Test("YAML data keeps the column order of the file")
    func yamlData() throws {
        let (table, diagnostics) = DataTableReader.yaml("- {year: 2017, rate: 41.2}\n- {year: 2018, rate: 37.7}\n", file: "content/data/r.yaml")
        #expect(diagnostics.isEmpty)
        #expect(table?.columns.map(\.key) == ["year", "rate"])
        #expect(table?.rows[1][1] == .number(37.7))
    }

    @Test("JSON data takes column order from the sidecar, then sorted keys")
    func jsonData() throws {
        let json = #"[{"rate": 41.2, "year": "2017", "area": null}, {"rate": 37.7, "year": "2018", "area": "Somerset"}]"#
        let (table, diagnostics) = DataTableReader.json(Array(json.utf8).withUnsafeBufferPointer { Data($0) }, file: "r.json", order: ["year"])
        #expect(diagnostics.isEmpty)
        #expect(table?.columns.map(\.key) == ["year", "area", "rate"])
        #expect(table?.rows[0][1] == .empty)
    }

    @Test("broken JSON is an error naming the file")
    func brokenJSON() {
        let (table, diagnostics) = DataTableReader.json(Data("[{\"a\": }]".utf8), file: "content/data/r.json", order: [])
        #expect(table == nil)
        #expect(diagnostics.first?.message.hasPrefix("cannot read JSON") == true)
    }
}

import Foundation
