import Testing
@testable import QuorumCharts

@Suite("Charts refuse data they cannot draw honestly")
struct ChartErrorTests {
    private func chart(_ kind: ChartKind, _ values: [Double?], categories: [String]? = nil, colours: [String]? = nil,
                       id: String = "c1", highlight: String? = nil) -> Chart {
        Chart(kind: kind, title: "T",
              data: ChartData(categories: categories ?? values.indices.map { "Cat \($0 + 1)" },
                              series: [ChartSeries(name: "S", values: values)]),
              colours: colours, highlight: highlight, id: id)
    }

    private func error(_ chart: Chart) -> ChartError? {
        do {
            _ = try chart.render()
            return nil
        } catch {
            return error
        }
    }

    @Test("a pie with a negative value names the value and the category")
    func pieNegative() {
        let e = error(chart(.pie, [224, -3], categories: ["Neglect", "Sexual abuse"]))
        #expect(e?.message == "A pie or donut chart cannot show the negative value -3 for \"Sexual abuse\".")
        #expect(e?.hint == "Use a bar chart (`type: bar`) for data with negative values.")
    }

    @Test("a colour that is not #rrggbb is refused")
    func badColour() {
        let e = error(chart(.bar, [1, 2], colours: ["red"]))
        #expect(e?.message == "The colour \"red\" is not a #rrggbb colour.")
        #expect(error(chart(.bar, [1, 2], colours: ["#12436"])) != nil)
        #expect(error(chart(.bar, [1, 2], colours: ["#12436D"])) == nil)
    }

    @Test("a colour under 3:1 against white is refused")
    func lowContrast() {
        let e = error(chart(.bar, [1, 2], colours: ["#ffdd00"]))
        #expect(e?.message.hasPrefix("The colour #ffdd00 has a contrast of 1.") == true)
    }

    @Test("series lengths must match the categories")
    func mismatched() {
        let data = ChartData(categories: ["A", "B", "C"], series: [ChartSeries(name: "Somerset", values: [1, 2])])
        let e = error(Chart(kind: .line, title: "T", data: data))
        #expect(e?.message == "Series \"Somerset\" has 2 values but there are 3 categories.")
    }

    @Test("no series, no categories, too many series and pies of several series are refused")
    func shapes() {
        #expect(error(Chart(kind: .bar, title: "T", data: ChartData(categories: ["A"], series: []))) == .noSeries)
        #expect(error(Chart(kind: .bar, title: "T", data: ChartData(categories: [], series: [ChartSeries(name: "S", values: [])]))) == .noCategories)
        let two = ChartData(categories: ["A"], series: [ChartSeries(name: "S", values: [1]), ChartSeries(name: "T", values: [2])])
        #expect(error(Chart(kind: .donut, title: "T", data: two))?.message == "A donut chart shows one series, but this one has 2.")
        // Seven stacked series with grouping into Other turned off cannot be told apart.
        let seven = ChartData(categories: ["A"], series: (1...7).map { ChartSeries(name: "S\($0)", values: [1]) })
        #expect(error(Chart(kind: .stackedBar, title: "T", data: seven, otherAfter: nil)) != nil)
    }

    @Test("other refusals: ids, highlights, infinities, stacks of parts, empty pies")
    func others() {
        #expect(error(chart(.bar, [1], id: "3 charts"))?.message == "The chart id \"3 charts\" is not a valid XML id.")
        #expect(error(chart(.bar, [1], highlight: "Nope"))?.message == "The highlight \"Nope\" matches no category or series of the chart.")
        #expect(error(chart(.bar, [1, .infinity])) != nil)
        #expect(error(chart(.stackedBar100, [1, -1])) != nil)
        #expect(error(chart(.pie, [0, nil])) == .emptyPie)
        var sevenSlices = chart(.pie, Array(repeating: 1, count: 7))
        sevenSlices.otherAfter = nil
        #expect(error(sevenSlices) != nil)
        #expect(error(chart(.bar, [-5, 3])) == nil)
    }

    @Test("an error prints its message and hint")
    func description() {
        #expect(ChartError(message: "M.", hint: "H.").description == "M.\nhint: H.")
    }
}
