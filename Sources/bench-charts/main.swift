// Renders charts with QuorumCharts and prints charts per second (median of 5 passes); not a test.
//
//     bench-charts [--charts 10000] [--reps 5] [--json]
//
// Three workloads, all on deterministic generated data: a mixed pass of every chart kind in turn,
// 10-bar charts like chart_anchors.py's (the comparison with matplotlib, pygal and vl-convert), and
// one 12-point, 3-series line chart timed alone.
import Foundation
import QuorumCharts

/// A small linear congruential generator: the same numbers on every run and platform.
struct Seeded {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next(_ range: ClosedRange<Int>) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
}

let labels = ["Neglect", "Emotional", "Physical", "Sexual", "Multiple",
              "Domestic", "Exploit.", "Mental hl.", "Substance", "Other"]
let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

func series(_ names: [String], count: Int, _ random: inout Seeded, range: ClosedRange<Int>) -> [ChartSeries] {
    names.map { name in ChartSeries(name: name, values: (0..<count).map { _ in Double(random.next(range)) }) }
}

func barChart(_ index: Int, _ random: inout Seeded) -> Chart {
    Chart(kind: .bar, title: "Child protection plans by category, \(2000 + index % 25)",
          data: ChartData(categories: labels, series: series(["Plans"], count: 10, &random, range: 5...400)),
          id: "chart-\(index)", xLabel: "Category", yLabel: "Plans")
}

func lineChart(_ index: Int, _ random: inout Seeded) -> Chart {
    Chart(kind: .line, title: "Contacts by month, 2024",
          data: ChartData(categories: months,
                          series: series(["Referrals", "Assessments", "Strategy discussions"], count: 12, &random, range: 100...900)),
          id: "chart-\(index)", xLabel: "Month", yLabel: "Count")
}

func mixedChart(_ index: Int, _ random: inout Seeded) -> Chart {
    let kind = ChartKind.allCases[index % ChartKind.allCases.count]
    switch kind {
    case .bar, .hbar:
        var chart = barChart(index, &random)
        chart.kind = kind
        return chart
    case .groupedBar, .stackedBar, .stackedBar100:
        return Chart(kind: kind, title: "Plans by category and year",
                     data: ChartData(categories: Array(labels.prefix(5)),
                                     series: series(["2016", "2017", "2018"], count: 5, &random, range: 5...300)),
                     id: "chart-\(index)")
    case .line, .area:
        var chart = lineChart(index, &random)
        chart.kind = kind
        return chart
    case .pie, .donut:
        return Chart(kind: kind, title: "Plans by category",
                     data: ChartData(categories: Array(labels.prefix(4)), series: series(["Plans"], count: 4, &random, range: 5...300)),
                     id: "chart-\(index)")
    case .sparkline:
        return Chart(kind: .sparkline, title: "Calls a month",
                     data: ChartData(categories: months, series: series(["Calls"], count: 12, &random, range: 80...130)),
                     id: "chart-\(index)")
    }
}

/// Charts per second for each of `reps` passes over `charts`, and the average SVG size.
func measure(_ charts: [Chart], reps: Int) -> (rates: [Double], bytes: Int) {
    var rates: [Double] = []
    var bytes = 0
    let clock = ContinuousClock()
    for rep in 0..<reps {
        var total = 0
        let elapsed = clock.measure {
            for chart in charts {
                total += (try? chart.render())?.utf8.count ?? 0
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        rates.append(Double(charts.count) / seconds)
        if rep == 0 { bytes = total / max(charts.count, 1) }
    }
    return (rates.sorted(), bytes)
}

func median(_ sorted: [Double]) -> Double {
    sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return Int(arguments[index + 1]) ?? value
}

let count = option("--charts", default: 10_000)
let reps = option("--reps", default: 5)
var random = Seeded(7)
let mixed = (0..<count).map { mixedChart($0, &random) }
let bars = (0..<count).map { barChart($0, &random) }
let line = lineChart(0, &random)
for chart in mixed.prefix(20) { _ = try? chart.render() }  // warm-up, not counted

let mixedResult = measure(mixed, reps: reps)
let barResult = measure(bars, reps: reps)
var lineTimes: [Double] = []
let clock = ContinuousClock()
var lineBytes = 0
for _ in 0..<201 {
    let elapsed = clock.measure { lineBytes = (try? line.render())?.utf8.count ?? 0 }
    lineTimes.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
}
lineTimes.sort()

if CommandLine.arguments.contains("--json") {
    let fields = [
        "\"charts_per_pass\": \(count)", "\"reps\": \(reps)",
        "\"mixed_charts_per_s_median\": \(median(mixedResult.rates).rounded())",
        "\"mixed_svg_bytes_avg\": \(mixedResult.bytes)",
        "\"bar_charts_per_s_median\": \(median(barResult.rates).rounded())",
        "\"bar_charts_per_s_min\": \(barResult.rates.first?.rounded() ?? 0)",
        "\"bar_charts_per_s_max\": \(barResult.rates.last?.rounded() ?? 0)",
        "\"bar_svg_bytes_avg\": \(barResult.bytes)",
        "\"line_ms_median\": \((median(lineTimes) * 1000).rounded() / 1000)",
        "\"line_svg_bytes\": \(lineBytes)",
    ]
    print("{" + fields.joined(separator: ", ") + "}")
} else {
    print("QuorumCharts, \(count) charts a pass, median of \(reps) passes")
    print("  mixed kinds:   \(Int(median(mixedResult.rates))) charts/s (avg \(mixedResult.bytes) bytes)")
    print("  10-bar charts: \(Int(median(barResult.rates))) charts/s (min \(Int(barResult.rates.first ?? 0)), max \(Int(barResult.rates.last ?? 0)); avg \(barResult.bytes) bytes)")
    print("  12-point 3-series line: \(median(lineTimes)) ms (\(lineBytes) bytes)")
}
