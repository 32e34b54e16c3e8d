import Testing
@testable import QuorumCharts

@Suite("The description states the chart's message")
struct SummaryTests {
    @Test("a bar chart names its largest and smallest categories")
    func bar() {
        #expect(SampleCharts.chart(.bar).summary
            == "Bar chart: Neglect is the largest at 224 and Sexual abuse the smallest at 9.")
    }

    @Test("a line chart gives each series' trend from first to last, and the missing values")
    func line() {
        let data = ChartData(categories: ["2014", "2015", "2016", "2017", "2018"],
                             series: [ChartSeries(name: "Somerset", values: [41.2, 42, nil, 44, 45.6]),
                                      ChartSeries(name: "England", values: [43, 42, 41, 40, 39.5])])
        let chart = Chart(kind: .line, title: "CP rate", data: data)
        #expect(chart.summary == "Line chart: Somerset rose from 41.2 in 2014 to 45.6 in 2018. "
            + "England fell from 43.0 in 2014 to 39.5 in 2018. "
            + "No value (missing or suppressed) for Somerset in 2016.")
    }

    @Test("a donut gives shares of the total")
    func donut() {
        #expect(SampleCharts.chart(.donut).summary
            == "Donut chart: Neglect is the largest share at 224 (52.3%) and Sexual abuse the smallest at 9 (2.1%), of a total of 428.")
    }

    @Test("a stacked bar chart describes each series and the totals")
    func stacked() {
        let summary = SampleCharts.chart(.stackedBar).summary
        #expect(summary.hasPrefix("Stacked bar chart: Physical abuse: largest 2017/18 at 220, smallest 2016/17 at 194."))
        #expect(summary.hasSuffix("Totals: largest 2016/17 at 487, smallest 2017/18 at 478."))
    }

    @Test("a 100% stacked bar chart describes shares")
    func percent() {
        #expect(SampleCharts.chart(.stackedBar100).summary.hasPrefix(
            "100% stacked bar chart: Neglect is largest in 2017 at 69.8% of the total and smallest in 2018 at 51.5%."))
    }

    @Test("a highlight and a missing bar are mentioned")
    func highlightAndMissing() {
        let data = ChartData(categories: ["A", "B", "C"], series: [ChartSeries(name: "S", values: [3, nil, 5])])
        let chart = Chart(kind: .hbar, title: "T", data: data, highlight: "C")
        #expect(chart.summary == "Horizontal bar chart: C is the largest at 5 and A the smallest at 3. "
            + "No value (missing or suppressed) for B. C is highlighted.")
    }

    @Test("the summary of unchecked data does not crash")
    func robust() {
        let data = ChartData(categories: ["A"], series: [ChartSeries(name: "S", values: [1, 2, nil])])
        for kind in ChartKind.allCases {
            #expect(!Chart(kind: kind, title: "T", data: data).summary.isEmpty)
        }
        #expect(Chart(kind: .bar, title: "T", data: ChartData(categories: [], series: [])).summary == "Bar chart: No data.")
    }
}
