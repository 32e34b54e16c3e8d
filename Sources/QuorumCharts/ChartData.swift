/// The categories (x values or slice names) and the series plotted against them.
public struct ChartData: Sendable, Equatable {
    /// Category labels in data order: bar names, time points or slice names.
    public var categories: [String]
    /// The series; each has one value per category.
    public var series: [ChartSeries]

    /// Creates chart data from categories and series.
    public init(categories: [String], series: [ChartSeries]) {
        self.categories = categories
        self.series = series
    }
}
