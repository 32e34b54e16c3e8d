@testable import QuorumCharts

/// One realistic chart of each kind, from the board's 2017/18 annual report (some values illustrative).
enum SampleCharts {
    static func chart(_ kind: ChartKind) -> Chart {
        switch kind {
        case .bar:
            Chart(kind: .bar, title: "Child protection plans by category, 31 March 2018",
                  data: ChartData(categories: ["Neglect", "Emotional abuse", "Physical abuse", "Sexual abuse"],
                                  series: [ChartSeries(name: "Children", values: [224, 181, 14, 9])]),
                  id: "chart-bar", xLabel: "Category of abuse", yLabel: "Children")
        case .hbar:
            Chart(kind: .hbar, title: "Agency contributions to the SSCB budget, 2017/18",
                  data: ChartData(categories: agencies, series: [ChartSeries(name: "2017/18", values: contributions)]),
                  format: NumberFormat(.currency(decimals: nil)), sort: .descending,
                  highlight: "Somerset County Council", id: "chart-hbar")
        case .groupedBar:
            Chart(kind: .groupedBar, title: "Child protection plans by category, 31 March 2016 to 2018",
                  data: ChartData(categories: ["Neglect", "Emotional abuse", "Physical abuse", "Sexual abuse", "Multiple factors"],
                                  series: [ChartSeries(name: "2016", values: [57.7, 31.2, 4.7, 0.4, 6.1]),
                                           ChartSeries(name: "2017", values: [69.7, 21.5, 1.7, 1.4, 5.6]),
                                           ChartSeries(name: "2018", values: [51.5, 41.6, 2.5, 3.7, 0.7])]),
                  format: NumberFormat(.percent(decimals: 1)), id: "chart-grouped-bar")
        case .stackedBar:
            Chart(kind: .stackedBar, title: "LADO notifications by category of allegation",
                  data: ChartData(categories: ["2016/17", "2017/18"],
                                  series: [ChartSeries(name: "Physical abuse", values: [194, 220]),
                                           ChartSeries(name: "Sexual abuse", values: [123, 110]),
                                           ChartSeries(name: "Neglect / inappropriate behaviour", values: [118, 98]),
                                           ChartSeries(name: "Emotional abuse", values: [52, 50])]),
                  id: "chart-stacked-bar", yLabel: "Notifications")
        case .stackedBar100:
            Chart(kind: .stackedBar100, title: "Share of child protection plans by category, 31 March",
                  data: ChartData(categories: ["2016", "2017", "2018"],
                                  series: [ChartSeries(name: "Neglect", values: [57.7, 69.7, 51.5]),
                                           ChartSeries(name: "Emotional abuse", values: [31.2, 21.5, 41.6]),
                                           ChartSeries(name: "Physical abuse", values: [4.7, 1.7, 2.5]),
                                           ChartSeries(name: "Sexual abuse", values: [0.4, 1.4, 3.7]),
                                           ChartSeries(name: "Multiple factors", values: [6.1, 5.6, 0.7])]),
                  format: NumberFormat(.percent(decimals: 1)), id: "chart-stacked-bar-100")
        case .line:
            Chart(kind: .line, title: "Children on child protection plans per 10,000 children",
                  data: ChartData(categories: ["2013/14", "2014/15", "2015/16", "2016/17", "2017/18"],
                                  series: [ChartSeries(name: "Somerset", values: [41.2, 44.9, 47.1, 43.0, 37.7]),
                                           ChartSeries(name: "England", values: [42.1, 42.9, 43.1, 43.3, 43.3]),
                                           ChartSeries(name: "Statistical neighbours", values: [39.9, 41.6, nil, 38.9, 37.4])]),
                  format: NumberFormat(.rate(per: 10_000, decimals: 1)), id: "chart-line")
        case .area:
            Chart(kind: .area, title: "Contacts to Somerset Direct by outcome",
                  data: ChartData(categories: ["2014/15", "2015/16", "2016/17", "2017/18"],
                                  series: [ChartSeries(name: "No further action", values: [14428, 13412, 2616, 4474]),
                                           ChartSeries(name: "Further action", values: [14112, 17237, 27487, 21983])]),
                  id: "chart-area", yLabel: "Contacts")
        case .pie:
            Chart(kind: .pie, title: "LADO notifications by category, 2017/18",
                  data: ChartData(categories: ["Physical abuse", "Sexual abuse", "Neglect / inappropriate behaviour", "Emotional abuse"],
                                  series: [ChartSeries(name: "Notifications", values: [220, 110, 98, 50])]),
                  id: "chart-pie")
        case .donut:
            Chart(kind: .donut, title: "Child protection plans by category, 31 March 2018",
                  data: ChartData(categories: ["Neglect", "Emotional abuse", "Physical abuse", "Sexual abuse"],
                                  series: [ChartSeries(name: "Children", values: [224, 181, 14, 9])]),
                  id: "chart-donut")
        case .sparkline:
            Chart(kind: .sparkline, title: "Consultation line calls a month, 2017/18",
                  data: ChartData(categories: months,
                                  series: [ChartSeries(name: "Calls", values: [98, 112, 120, nil, 101, 95, 104, 99, 110, 105, 118, 124])]),
                  id: "chart-sparkline")
        }
    }

    static let agencies = [
        "Avon and Somerset Constabulary", "Somerset Clinical Commissioning Group",
        "National Probation Service (South West)", "Community Rehabilitation Company (Somerset Local delivery unit)",
        "Somerset County Council", "CAFCASS", "Taunton Deane and West Somerset District Council",
        "South Somerset District Council", "Mendip District Council", "Sedgemoor District Council",
    ]
    static let contributions: [Double?] = [19600, 30350, 1440, 1010, 140_210, 550, 1600, 1600, 1600, 1600]
    static let months = ["Apr 2017", "May 2017", "Jun 2017", "Jul 2017", "Aug 2017", "Sep 2017",
                         "Oct 2017", "Nov 2017", "Dec 2017", "Jan 2018", "Feb 2018", "Mar 2018"]

    /// Charts with more parts than colours: grouped into Other, or drawn as small multiples; and long labels.
    static let many: [(name: String, chart: Chart)] = [
        ("pie-other", Chart(kind: .pie, title: "Agency contributions to the SSCB budget, 2017/18",
                            data: ChartData(categories: agencies, series: [ChartSeries(name: "2017/18", values: contributions)]),
                            format: NumberFormat(.currency(decimals: nil)), id: "chart-pie-other")),
        ("donut-other", Chart(kind: .donut, title: "Agency contributions to the SSCB budget, 2017/18",
                              data: ChartData(categories: agencies, series: [ChartSeries(name: "2017/18", values: contributions)]),
                              format: NumberFormat(.currency(decimals: nil)), id: "chart-donut-other", otherAfter: 3)),
        ("stacked-bar-other", Chart(kind: .stackedBar, title: "Multi-agency training places by agency",
                                    data: ChartData(categories: ["2015/16", "2016/17", "2017/18"], series: trainingPlaces),
                                    id: "chart-stacked-bar-other")),
        ("line-small-multiples", Chart(kind: .line, title: "Multi-agency training places by agency",
                                       data: ChartData(categories: ["2015/16", "2016/17", "2017/18"], series: trainingPlaces),
                                       id: "chart-line-small-multiples")),
        ("bar-small-multiples", Chart(kind: .groupedBar, title: "Multi-agency training places by agency",
                                      data: ChartData(categories: ["2015/16", "2016/17", "2017/18"], series: trainingPlaces),
                                      id: "chart-bar-small-multiples")),
        ("hbar-long-labels", Chart(kind: .hbar, title: "Referrals to the LADO by sector, 2017/18",
                                   data: ChartData(categories: sectors, series: [ChartSeries(name: "Referrals", values: [88, 64, 41, 23, 12])]),
                                   id: "chart-hbar-long-labels")),
    ]

    static let sectors = [
        "Health / independent schools", "Education",
        "Early years, childminders, nurseries and out-of-school clubs run by voluntary organisations and faith groups",
        "Police", "Supported lodgings / fostering",
    ]

    static let trainingPlaces: [ChartSeries] = [
        ("Somerset County Council", [410, 452, 498]), ("Avon and Somerset Constabulary", [122, 131, 140]),
        ("Somerset CCG", [96, 88, 104]), ("Taunton and Somerset NHS Trust", [84, 90, 97]),
        ("Somerset Partnership NHS Trust", [77, 70, 81]), ("Yeovil District Hospital", [52, 58, 61]),
        ("National Probation Service", [18, 21, 19]), ("Community Rehabilitation Company", [12, 15, 14]),
        ("CAFCASS", [6, 9, 8]), ("District councils", [31, 28, 35]), ("Voluntary sector", [64, 71, 83]),
    ].map { ChartSeries(name: $0.0, values: $0.1.map { Double($0) }) }
}
