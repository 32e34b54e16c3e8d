/// Evenly spaced bands for categories (d3-scale `scaleBand`, unrounded); `point` gives d3 `scalePoint`.
public struct BandScale: Sendable, Equatable {
    /// How many categories.
    public let count: Int
    /// The distance from the start of one band to the start of the next.
    public let step: Double
    /// The width of each band.
    public let bandwidth: Double
    /// Where the first band starts.
    public let start: Double

    /// Bands across `range` (low to high) with d3's paddingInner, paddingOuter and align (0.5 centres them).
    public init(count: Int, range: (Double, Double), paddingInner: Double = 0.1, paddingOuter: Double = 0.1, align: Double = 0.5) {
        let n = Double(count)
        let (r0, r1) = range
        let reverse = r1 < r0
        let lo = reverse ? r1 : r0
        let hi = reverse ? r0 : r1
        let inner = paddingInner
        let step = (hi - lo) / max(1, n - inner + 2 * paddingOuter)
        self.count = count
        self.step = step
        self.bandwidth = step * (1 - inner)
        self.start = lo + (hi - lo - step * (n - inner)) * align
    }

    /// Points instead of bands (d3 `scalePoint`): bandwidth 0, `padding` steps at each end.
    public static func point(count: Int, range: (Double, Double), padding: Double = 0.5) -> BandScale {
        BandScale(count: count, range: range, paddingInner: 1, paddingOuter: padding)
    }

    /// The start of band `index`.
    public func position(_ index: Int) -> Double {
        start + step * Double(index)
    }

    /// The middle of band `index` (the point itself for a point scale).
    public func centre(_ index: Int) -> Double {
        position(index) + bandwidth / 2
    }
}
