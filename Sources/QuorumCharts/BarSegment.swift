/// One drawn bar or stacked piece: where it runs on the value axis and which category, series and slot it is.
struct BarSegment {
    let category: Int
    let series: Int
    /// Position within the category's band: the series index for grouped bars, else 0.
    let slot: Int
    let from: Double
    let to: Double
    /// The label shown on or beside the piece.
    let label: String
}
