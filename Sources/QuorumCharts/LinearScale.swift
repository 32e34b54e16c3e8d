/// A linear map from a data domain to a drawing range (d3-scale `scaleLinear`).
public struct LinearScale: Sendable, Equatable {
    /// The data values at the two ends.
    public var domain: (Double, Double) { (d0, d1) }
    /// The drawing coordinates at the two ends.
    public var range: (Double, Double) { (r0, r1) }

    private var d0, d1, r0, r1: Double

    /// Creates a scale from a domain to a range.
    public init(domain: (Double, Double), range: (Double, Double)) {
        (d0, d1) = domain
        (r0, r1) = range
    }

    /// The drawing coordinate of a data value; a zero-width domain maps to the middle of the range.
    public func callAsFunction(_ value: Double) -> Double {
        let span = d1 - d0
        guard span != 0 else { return (r0 + r1) / 2 }
        return r0 + (value - d0) / span * (r1 - r0)
    }

    /// The scale with its domain widened to round values (d3 `nice`).
    public func niced(count: Int = 10) -> LinearScale {
        LinearScale(domain: NiceTicks.nice(d0, d1, count: count), range: (r0, r1))
    }

    /// About `count` round values across the domain (d3 `ticks`).
    public func ticks(count: Int = 10) -> [Double] {
        NiceTicks.ticks(d0, d1, count: count)
    }

    /// Equal when domain and range are equal.
    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.d0 == b.d0 && a.d1 == b.d1 && a.r0 == b.r0 && a.r1 == b.r1
    }
}
