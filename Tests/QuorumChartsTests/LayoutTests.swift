import Testing
@testable import QuorumCharts

@Suite("Labels fit and never overlap")
struct LayoutTests {
    @Test("text width estimates follow Helvetica widths at the font size")
    func widths() {
        #expect(abs(TextMetrics.width("0", fontSize: 10) - 5.56 * 1.04) < 1e-9)
        #expect(TextMetrics.width("Neglect", fontSize: 14) > TextMetrics.width("Neglect", fontSize: 12))
        #expect(TextMetrics.width("WWW", fontSize: 14) > TextMetrics.width("iii", fontSize: 14))
    }

    @Test("labels wrap at spaces within a width and line limit")
    func wrapping() {
        #expect(TextMetrics.wrap("Emotional abuse", maxWidth: 80, fontSize: 14, maxLines: 3) == ["Emotional", "abuse"])
        #expect(TextMetrics.wrap("Neglect", maxWidth: 80, fontSize: 14, maxLines: 3) == ["Neglect"])
        #expect(TextMetrics.wrap("Extraordinarily", maxWidth: 40, fontSize: 14, maxLines: 3) == nil)
        #expect(TextMetrics.wrap("a b c d", maxWidth: 10, fontSize: 14, maxLines: 3) == nil)
        let forced = TextMetrics.wrapAlways("Extraordinarily", maxWidth: 40, fontSize: 14)
        #expect(forced.count > 1 && forced.joined() == "Extraordinarily")
    }

    @Test("a vertical bar chart whose labels cannot wrap under the bars is drawn horizontally")
    func fallback() throws {
        let data = ChartData(categories: SampleCharts.agencies,
                             series: [ChartSeries(name: "£", values: SampleCharts.contributions)])
        let svg = try Chart(kind: .bar, title: "T", data: data, id: "c").render()
        #expect(svg.contains("class=\"chart chart-bar chart-horizontal\""))
        let short = try SampleCharts.chart(.bar).render()
        #expect(!short.contains("chart-horizontal"))
    }

    @Test("dodged labels keep their order and do not overlap")
    func dodging() throws {
        let placed = try #require(LabelDodger.place(ideal: [50, 52, 51, 200], heights: [17, 17, 17, 17], low: 0, high: 300))
        let sorted = placed.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 17) }
        #expect(placed[3] == 200)
        #expect(LabelDodger.place(ideal: [1, 2, 3], heights: [50, 50, 50], low: 0, high: 100) == nil)
    }

    @Test("long series names move line labels into a key")
    func legendFallback() throws {
        let long = "A series name that is far too long to sit at the end of a line"
        let data = ChartData(categories: ["2016", "2017"],
                             series: [ChartSeries(name: long, values: [1, 2]), ChartSeries(name: "Short", values: [2, 1])])
        let svg = try Chart(kind: .line, title: "T", data: data).render()
        #expect(svg.contains("class=\"legend\""))
    }

    @Test("a pie with labels that cannot fit gets a key")
    func pieKey() throws {
        let names = (1...6).map { "Category number \($0), whose name is long enough to need three lines or more here" }
        let data = ChartData(categories: names, series: [ChartSeries(name: "S", values: [50, 1, 1, 1, 1, 1])])
        let svg = try Chart(kind: .pie, title: "T", data: data).render()
        #expect(svg.contains("class=\"legend\""))
    }

    @Test("an integer axis never steps by a fraction")
    func integerAxis() {
        let axis = ValueAxis(low: 0, high: 2, format: NumberFormat(.integer))
        #expect(axis.ticks == [0, 1, 2])
        #expect(axis.labels == ["0", "1", "2"])
    }
}
