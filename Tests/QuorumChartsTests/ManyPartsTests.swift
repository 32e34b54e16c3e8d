import Foundation
import Testing
@testable import QuorumCharts

@Suite("Charts with more parts than colours: Other groups and small multiples")
struct ManyPartsTests {
    @Test("each many-part chart renders the same bytes as its golden file", arguments: SampleCharts.many.map(\.name))
    func golden(name: String) throws {
        let chart = try #require(SampleCharts.many.first { $0.name == name }).chart
        assertSnapshot(try chart.render(), named: name)
    }

    @Test("a pie of 10 slices keeps the largest 5, sorted, and groups the rest as Other (5 more)")
    func pieOther() throws {
        let chart = SampleCharts.many[0].chart
        let svg = try chart.render()
        let texts = SVGDocument(svg).texts
        #expect(texts.contains("Other (5 more)"))
        #expect(texts.contains("Somerset County Council"))
        #expect(!texts.contains("CAFCASS"))
        #expect(chart.groupingNote == "The pie chart has 10 slices; the largest 5 are drawn and the other 5 grouped as \"Other (5 more)\".")
        // The description still gives every value, grouped ones included.
        for (agency, value) in zip(SampleCharts.agencies, SampleCharts.contributions) {
            #expect(chart.summary.contains("\(agency) \(chart.format.string(value!))"), "\(agency)")
        }
        #expect(chart.summary.contains("the smallest 5 are drawn together as Other (5 more), £6,200."))
        let slices = SVGDocument(svg).elements.filter { $0.name == "path" && $0.attributes["class"]?.hasPrefix("mark") == true }
        #expect(slices.count == 6)
    }

    @Test("other_after sets how many are kept; turning grouping off refuses the pie as before")
    func otherAfter() throws {
        var chart = SampleCharts.many[0].chart
        chart.otherAfter = 3
        #expect(SVGDocument(try chart.render()).texts.contains("Other (7 more)"))
        chart.otherAfter = nil
        #expect(chart.groupingNote == nil)
        #expect(throws: ChartError.self) { try chart.render() }
        chart.otherAfter = 8
        #expect(throws: ChartError.self) { try chart.render() }
        let six = Chart(kind: .pie, title: "T", data: ChartData(categories: (1...6).map { "C\($0)" },
                                                                series: [ChartSeries(name: "S", values: [6, 5, 4, 3, 2, 1])]))
        #expect(six.groupingNote == nil)
    }

    @Test("a highlighted small slice is kept rather than grouped")
    func highlightKept() throws {
        var chart = SampleCharts.many[0].chart
        chart.highlight = "CAFCASS"
        #expect(SVGDocument(try chart.render()).texts.contains("CAFCASS"))
    }

    @Test("a stacked bar of 11 series keeps the 5 largest in data order and stacks the rest as Other")
    func stackedOther() throws {
        let chart = SampleCharts.many[2].chart
        let svg = try chart.render()
        let texts = SVGDocument(svg).texts
        #expect(texts.contains("Other (6 more)"))
        #expect(!texts.contains("CAFCASS"))
        #expect(chart.summary.contains("CAFCASS: 2015/16 6, 2016/17 9, 2017/18 8"))
        // Totals are unchanged by grouping: 2017/18 sums to 1,140.
        #expect(texts.contains("1,140"))
    }

    @Test("11 line series become 11 labelled panels on one scale")
    func smallMultiples() throws {
        let chart = SampleCharts.many[3].chart
        #expect(chart.isSmallMultiples)
        let panels = try chart.panels()
        #expect(panels.count == 11)
        for (panel, series) in zip(panels, SampleCharts.trainingPlaces) {
            let document = SVGDocument(panel)
            #expect(document.parseError == nil)
            #expect(document.elements.first?.attributes["role"] == "img")
            #expect(document.texts.first == series.name)
        }
        // One shared scale: every panel has the same tick labels.
        let ticks = panels.map { panel in
            SVGDocument(panel).elements.filter { $0.name == "text" && $0.attributes["class"] == nil }.map(\.text)
        }
        let axisTicks = panels.map { panel -> [String] in
            let document = SVGDocument(panel)
            return document.texts.filter { ["0", "100", "200", "300", "400", "500"].contains($0) }
        }
        #expect(Set(axisTicks).count == 1 && axisTicks[0].contains("500"), "\(ticks)")
        let combined = try chart.render()
        let root = SVGDocument(combined)
        #expect(root.parseError == nil)
        #expect(root.elements.filter { $0.name == "svg" }.count == 12)
        #expect(chart.summary.contains("It is drawn as 11 small charts, one a series, on one scale."))
        #expect(chart.summary.contains("CAFCASS rose from 6 in 2015/16 to 8 in 2017/18."))
    }

    @Test("6 series are one chart; a pie is never small multiples")
    func threshold() {
        let six = Chart(kind: .line, title: "T", data: ChartData(categories: ["A", "B"],
                                                                 series: SampleCharts.trainingPlaces.prefix(6).map { ChartSeries(name: $0.name, values: [1, 2]) }))
        #expect(!six.isSmallMultiples)
        #expect(!SampleCharts.many[0].chart.isSmallMultiples)
    }
}

@Suite("Labels fit inside the chart")
struct LabelFitTests {
    static var everyChart: [(String, Chart)] {
        ChartKind.allCases.map { ($0.rawValue, SampleCharts.chart($0)) } + SampleCharts.many.map { ($0.name, $0.chart) }
    }

    @Test("every text element's measured box lies inside the viewBox", arguments: everyChart.map(\.0))
    func inside(name: String) throws {
        let chart = try #require(Self.everyChart.first { $0.0 == name }).1
        let boxes = TextBoxes(try chart.render()).boxes
        #expect(!boxes.isEmpty || chart.kind == .sparkline)
        for box in boxes {
            #expect(box.inside, "\"\(box.text)\" spans x \(box.minX)...\(box.maxX), y \(box.minY)...\(box.maxY) in \(box.viewport)")
        }
    }

    @Test("a long hbar label wraps to two lines, then ends in an ellipsis with the full name in a title")
    func ellipsis() throws {
        let chart = SampleCharts.many[5].chart
        let svg = try chart.render()
        #expect(svg.contains(">Health / independent<") || svg.contains(">Health / independent schools<"))
        let long = SampleCharts.sectors[2]
        #expect(svg.contains("<title>\(long)</title>"))
        #expect(svg.contains("\u{2026}</tspan>"))
        #expect(TextMetrics.fit("Neglect", maxWidth: 100, fontSize: 14, maxLines: 2) == (["Neglect"], false))
    }
}
