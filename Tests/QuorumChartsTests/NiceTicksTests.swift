import Testing
@testable import QuorumCharts

/// d3-array's published cases (test/ticks-test.js, test/nice-test.js) and d3-scale's linear.nice cases.
@Suite("NiceTicks matches d3")
struct NiceTicksTests {
    @Test("ticks(0, 1, count) step by 0.1, 0.2, 0.5 or 1 as count falls")
    func unitDomain() {
        let tenths = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
        #expect(NiceTicks.ticks(0, 1, count: 10) == tenths)
        #expect(NiceTicks.ticks(0, 1, count: 9) == tenths)
        #expect(NiceTicks.ticks(0, 1, count: 8) == tenths)
        for count in [7, 6, 5, 4] {
            #expect(NiceTicks.ticks(0, 1, count: count) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
        }
        #expect(NiceTicks.ticks(0, 1, count: 3) == [0.0, 0.5, 1.0])
        #expect(NiceTicks.ticks(0, 1, count: 2) == [0.0, 0.5, 1.0])
        #expect(NiceTicks.ticks(0, 1, count: 1) == [0.0, 1.0])
    }

    @Test("ticks(0, 10, count) step by 1, 2, 5 or 10")
    func tenDomain() {
        #expect(NiceTicks.ticks(0, 10, count: 10) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(NiceTicks.ticks(0, 10, count: 8) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(NiceTicks.ticks(0, 10, count: 7) == [0, 2, 4, 6, 8, 10])
        #expect(NiceTicks.ticks(0, 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(NiceTicks.ticks(0, 10, count: 4) == [0, 2, 4, 6, 8, 10])
        #expect(NiceTicks.ticks(0, 10, count: 3) == [0, 5, 10])
        #expect(NiceTicks.ticks(0, 10, count: 2) == [0, 5, 10])
        #expect(NiceTicks.ticks(0, 10, count: 1) == [0, 10])
    }

    @Test("ticks(-10, 10, count) straddle zero")
    func symmetricDomain() {
        let twos: [Double] = [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]
        for count in [10, 9, 8, 7] { #expect(NiceTicks.ticks(-10, 10, count: count) == twos) }
        for count in [6, 5, 4, 3] { #expect(NiceTicks.ticks(-10, 10, count: count) == [-10, -5, 0, 5, 10]) }
        #expect(NiceTicks.ticks(-10, 10, count: 2) == [-10, 0, 10])
        #expect(NiceTicks.ticks(-10, 10, count: 1) == [0])
    }

    @Test("ticks(start, stop, count) with start > stop are the reverse of ticks(stop, start, count)")
    func reversed() {
        #expect(NiceTicks.ticks(1, 0, count: 10) == [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0])
        #expect(NiceTicks.ticks(1, 0, count: 5) == [1.0, 0.8, 0.6, 0.4, 0.2, 0.0])
        #expect(NiceTicks.ticks(10, -10, count: 5) == [10, 5, 0, -5, -10])
        #expect(NiceTicks.ticks(10, -10, count: 1) == [0])
        for i in -10...10 {
            for j in -10...10 {
                #expect(Array(NiceTicks.ticks(Double(i), Double(j), count: 5).reversed()) == NiceTicks.ticks(Double(j), Double(i), count: 5))
            }
        }
    }

    @Test("ticks(start, stop, count) stay inside the domain and avoid float error")
    func precision() {
        #expect(NiceTicks.ticks(0, 2.2, count: 3) == [0, 1, 2])
        #expect(NiceTicks.ticks(0.98, 1.14, count: 10) == [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14])
        #expect(NiceTicks.ticks(0.001, 0.0015, count: 5) == [0.001, 0.0011, 0.0012, 0.0013, 0.0014, 0.0015])
        #expect(NiceTicks.ticks(0, 0.3, count: 3) == [0, 0.1, 0.2, 0.3])
    }

    @Test("ticks(start, stop, count) handle huge numbers")
    func huge() {
        #expect(NiceTicks.ticks(0, 1e15, count: 5) == [0, 2e14, 4e14, 6e14, 8e14, 1e15])
        #expect(NiceTicks.ticks(1, 364, count: 1) == [200])
        #expect(NiceTicks.ticks(1, 499, count: 1) == [200, 400])
        #expect(NiceTicks.ticks(364, 1, count: 1) == [200])
    }

    @Test("ticks(start, stop, count) is [start] when start == stop and [] when count is not positive")
    func degenerate() {
        #expect(NiceTicks.ticks(1, 1, count: 1) == [1])
        #expect(NiceTicks.ticks(1, 1, count: 10) == [1])
        #expect(NiceTicks.ticks(1, 1, count: 0) == [])
        #expect(NiceTicks.ticks(1, 1, count: -1) == [])
        #expect(NiceTicks.ticks(0, 1, count: 0) == [])
        #expect(NiceTicks.ticks(0, 1, count: -1) == [])
        #expect(NiceTicks.ticks(.nan, 1, count: 5) == [])
        #expect(NiceTicks.ticks(0, 1, count: Int.max) == [])
    }

    @Test("ticks(start, stop, count) does not include negative zero")
    func noNegativeZero() throws {
        let last = try #require(NiceTicks.ticks(-1, 0, count: 5).last)
        #expect(last == 0 && last.sign == .plus)
        let first = try #require(NiceTicks.ticks(0, -1, count: 5).first)
        #expect(first.sign == .plus)
    }

    @Test("tickIncrement returns a step, or minus the inverse of a sub-unit step")
    func increments() {
        #expect(NiceTicks.tickIncrement(0, 1, count: 10) == -10)
        #expect(NiceTicks.tickIncrement(0, 1, count: 8) == -10)
        #expect(NiceTicks.tickIncrement(0, 1, count: 7) == -5)
        #expect(NiceTicks.tickIncrement(0, 1, count: 4) == -5)
        #expect(NiceTicks.tickIncrement(0, 1, count: 3) == -2)
        #expect(NiceTicks.tickIncrement(0, 1, count: 2) == -2)
        #expect(NiceTicks.tickIncrement(0, 1, count: 1) == 1)
        #expect(NiceTicks.tickIncrement(0, 10, count: 10) == 1)
        #expect(NiceTicks.tickIncrement(0, 10, count: 7) == 2)
        #expect(NiceTicks.tickIncrement(0, 10, count: 3) == 5)
        #expect(NiceTicks.tickIncrement(0, 10, count: 1) == 10)
        #expect(NiceTicks.tickIncrement(-10, 10, count: 10) == 2)
        #expect(NiceTicks.tickIncrement(-10, 10, count: 6) == 5)
        #expect(NiceTicks.tickIncrement(-10, 10, count: 2) == 10)
        #expect(NiceTicks.tickIncrement(-10, 10, count: 1) == 20)
    }

    @Test("tickStep is signed and positive for sub-unit steps")
    func steps() {
        #expect(NiceTicks.tickStep(0, 1, count: 10) == 0.1)
        #expect(NiceTicks.tickStep(0, 1, count: 5) == 0.2)
        #expect(NiceTicks.tickStep(1, 0, count: 10) == -0.1)
        #expect(NiceTicks.tickStep(0, 10, count: 3) == 5)
        #expect(NiceTicks.tickStep(-10, 10, count: 1) == 20)
        #expect(NiceTicks.tickStep(10, -10, count: 1) == -20)
    }

    @Test("nice(start, stop, count) widens to round values as d3-array does")
    func niceArray() {
        #expect(NiceTicks.nice(0.132, 0.876, count: 1000) == (0.132, 0.876))
        #expect(NiceTicks.nice(0.132, 0.876, count: 100) == (0.13, 0.88))
        #expect(NiceTicks.nice(0.132, 0.876, count: 30) == (0.12, 0.88))
        #expect(NiceTicks.nice(0.132, 0.876, count: 10) == (0.1, 0.9))
        #expect(NiceTicks.nice(0.132, 0.876, count: 6) == (0.1, 0.9))
        #expect(NiceTicks.nice(0.132, 0.876, count: 5) == (0, 1))
        #expect(NiceTicks.nice(0.132, 0.876, count: 1) == (0, 1))
        #expect(NiceTicks.nice(132, 876, count: 1000) == (132, 876))
        #expect(NiceTicks.nice(132, 876, count: 100) == (130, 880))
        #expect(NiceTicks.nice(132, 876, count: 30) == (120, 880))
        #expect(NiceTicks.nice(132, 876, count: 10) == (100, 900))
        #expect(NiceTicks.nice(132, 876, count: 6) == (100, 900))
        #expect(NiceTicks.nice(132, 876, count: 5) == (0, 1000))
        #expect(NiceTicks.nice(132, 876, count: 1) == (0, 1000))
    }

    @Test("nice keeps a reversed domain reversed, as d3-scale's linear.nice does")
    func niceScale() {
        #expect(NiceTicks.nice(0, 0.96, count: 10) == (0, 1))
        #expect(NiceTicks.nice(0, 96, count: 10) == (0, 100))
        #expect(NiceTicks.nice(0.96, 0, count: 10) == (1, 0))
        #expect(NiceTicks.nice(-0.1, 0.96, count: 10) == (-0.1, 1))
        #expect(NiceTicks.nice(1.1, 10.9, count: 10) == (1, 11))
        #expect(NiceTicks.nice(123.1, 6.7, count: 10) == (130, 0))
        #expect(NiceTicks.nice(0, 49, count: 10) == (0, 50))
        #expect(NiceTicks.nice(12, 87, count: 5) == (0, 100))
        #expect(NiceTicks.nice(12, 87, count: 10) == (10, 90))
        #expect(NiceTicks.nice(12, 87, count: 100) == (12, 87))
        #expect(NiceTicks.nice(0, 0, count: 10) == (0, 0))
        #expect(NiceTicks.nice(0.5, 0.5, count: 10) == (0.5, 0.5))
    }

    @Test("the reference's worked example: max 1210 nices to 1300 with count 10 and ticks by 200 with count 8")
    func referenceExample() {
        let domain = NiceTicks.nice(0, 1210, count: 10)
        #expect(domain == (0, 1300))
        #expect(NiceTicks.ticks(domain.0, domain.1, count: 8) == [0, 200, 400, 600, 800, 1000, 1200])
    }
}
