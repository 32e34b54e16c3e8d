import Testing
@testable import QuorumCharts

@Suite("SVG output is safe, deterministic and accessible")
struct ChartOutputTests {
    private let script = "<script>alert(1)</script>"

    @Test("data strings are escaped in text, attributes and the desc", arguments: ChartKind.allCases)
    func escaping(kind: ChartKind) throws {
        let data = ChartData(categories: [script, "Tom & Jerry's \"show\""],
                             series: [ChartSeries(name: script, values: [3, 5])])
        let svg = try Chart(kind: kind, title: "A <b>bold</b> title", data: data, highlight: script, id: "x").render()
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("A &lt;b&gt;bold&lt;/b&gt; title"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let document = SVGDocument(svg)
        #expect(document.parseError == nil)
        let desc = try #require(document.elements.first { $0.name == "desc" })
        #expect(desc.text.contains(script))
        if kind != .sparkline {
            #expect(document.texts.contains { $0.contains("<script>") || $0.contains("alert(1)") })
        }
    }

    @Test("control characters that XML forbids are dropped")
    func controlCharacters() throws {
        let data = ChartData(categories: ["A\u{1}B"], series: [ChartSeries(name: "S", values: [1])])
        let svg = try Chart(kind: .bar, title: "T\u{0}", data: data).render()
        #expect(SVGDocument(svg).parseError == nil)
        #expect(svg.contains(">AB<"))
    }

    @Test("rendering twice gives the same bytes", arguments: ChartKind.allCases)
    func deterministic(kind: ChartKind) throws {
        let chart = SampleCharts.chart(kind)
        #expect(try chart.render() == chart.render())
    }

    @Test("the root is a responsive, labelled image")
    func root() throws {
        let svg = try SampleCharts.chart(.bar).render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 "))
        #expect(svg.contains(" width=\"100%\""))
        #expect(svg.contains(" role=\"img\" aria-labelledby=\"chart-bar-title chart-bar-desc\" class=\"chart chart-bar\""))
        #expect(!svg.contains("xlink"))
        #expect(!svg.contains(" height=\"") || !svg.hasPrefix("<svg height"))
    }

    @Test("marks carry classes a stylesheet can use")
    func classes() throws {
        let svg = try SampleCharts.chart(.line).render()
        #expect(svg.contains("class=\"mark series-0\""))
        #expect(svg.contains("class=\"mark series-2\""))
    }

    @Test("several series get patterns with ids under the chart id")
    func patterns() throws {
        let svg = try SampleCharts.chart(.stackedBar).render()
        #expect(svg.contains("<pattern id=\"chart-stacked-bar-pattern-1\""))
        #expect(svg.contains("fill=\"url(#chart-stacked-bar-pattern-1)\""))
    }

    @Test("lines have gaps where values are missing")
    func gaps() throws {
        let svg = try SampleCharts.chart(.line).render()
        let document = SVGDocument(svg)
        let neighbours = try #require(document.elements.first { $0.attributes["class"] == "mark series-2" })
        let moves = neighbours.attributes["d"]?.filter { $0 == "M" }.count
        #expect(moves == 2)  // 2013/14 to 2014/15, then 2016/17 to 2017/18
    }

    @Test("a missing value leaves no bar")
    func missingBar() throws {
        let data = ChartData(categories: ["A", "B", "C"], series: [ChartSeries(name: "S", values: [3, nil, 5])])
        let svg = try Chart(kind: .bar, title: "T", data: data).render()
        #expect(SVGDocument(svg).elements.filter { $0.name == "rect" && $0.attributes["class"]?.hasPrefix("mark") == true }.count == 2)
    }
}
