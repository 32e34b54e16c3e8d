import Foundation

/// d3-array's tick algorithm (`ticks`, `tickIncrement`, `tickStep`, `nice`), ported exactly.
///
/// Steps are 1, 2 or 5 times a power of ten, chosen nearest in log space to span/count. Sub-unit
/// steps are kept as an inverse ("divide by 5" rather than "times 0.2") so ticks print as 0.3, not
/// 0.30000000000000004. Source: d3/d3-array src/ticks.js and src/nice.js (v3.2).
public enum NiceTicks {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()
    /// A guard d3 lacks: an absurd count must not allocate millions of ticks.
    private static let maximumTickCount = 100_000.0

    /// About `count` round values between `start` and `stop` inclusive, in the order of start to stop.
    public static func ticks(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        let count = Double(count)
        guard count > 0 else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, count) : spec(start, stop, count)
        guard i2 >= i1 else { return [] }
        let n = i2 - i1 + 1
        guard n <= maximumTickCount else { return [] }
        var ticks: [Double] = []
        ticks.reserveCapacity(Int(n))
        for i in 0..<Int(n) {
            let k = reverse ? i2 - Double(i) : i1 + Double(i)
            ticks.append(inc < 0 ? k / -inc : k * inc)
        }
        return ticks
    }

    /// The tick step as d3 returns it: positive is the step, negative is minus its inverse (-5 means 0.2).
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Int) -> Double {
        spec(start, stop, Double(count)).inc
    }

    /// The signed tick step between ticks(start, stop, count): 0.2, 50, or -10 for a reversed domain.
    public static func tickStep(_ start: Double, _ stop: Double, count: Int) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// The domain widened to round values (d3-scale `linear.nice`), in the order given; at most 10 passes.
    public static func nice(_ start: Double, _ stop: Double, count: Int) -> (Double, Double) {
        let reverse = stop < start
        var lo = reverse ? stop : start
        var hi = reverse ? start : stop
        var previous: Double?
        for _ in 0..<10 {
            let step = tickIncrement(lo, hi, count: count)
            if step == previous || step == 0 || !step.isFinite { break }
            if step > 0 {
                lo = (lo / step).rounded(.down) * step
                hi = (hi / step).rounded(.up) * step
            } else {
                lo = (lo * step).rounded(.up) / step
                hi = (hi * step).rounded(.down) / step
            }
            previous = step
        }
        lo += 0  // turns -0 into 0
        hi += 0
        return reverse ? (hi, lo) : (lo, hi)
    }

    /// d3's `tickSpec`: the first and last tick indices and the (possibly inverse) increment.
    private static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
        let step = (stop - start) / max(0, count)
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 {
            return spec(start, stop, count * 2)
        }
        return (i1, i2, inc)
    }

    /// JavaScript's `Math.round`: halves go up (towards +infinity), unlike Swift's `.rounded()`.
    private static func jsRound(_ x: Double) -> Double {
        let down = x.rounded(.down)
        return x - down >= 0.5 ? down + 1 : down
    }
}
