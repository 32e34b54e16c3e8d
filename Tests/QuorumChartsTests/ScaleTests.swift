import Testing
@testable import QuorumCharts

@Suite("Scales follow d3-scale")
struct ScaleTests {
    @Test("a linear scale maps the domain onto the range, reversed ranges included")
    func linear() {
        let scale = LinearScale(domain: (0, 100), range: (300, 60))
        #expect(scale(0) == 300)
        #expect(scale(100) == 60)
        #expect(scale(50) == 180)
        #expect(LinearScale(domain: (5, 5), range: (0, 10))(5) == 5)
    }

    @Test("a linear scale nices its domain and gives its ticks")
    func niceAndTicks() {
        let scale = LinearScale(domain: (0, 224), range: (0, 1)).niced(count: 5)
        #expect(scale.domain == (0, 250))
        #expect(scale.ticks(count: 5) == [0, 50, 100, 150, 200, 250])
    }

    @Test("a band scale splits the range as d3's scaleBand does")
    func band() {
        // d3: scaleBand().domain(["a","b","c"]).range([0,120]).paddingInner(0.2).paddingOuter(0.1)
        let bands = BandScale(count: 3, range: (0, 120), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(abs(bands.step - 120 / 3) < 1e-9)
        #expect(abs(bands.bandwidth - 32) < 1e-9)
        #expect(abs(bands.position(0) - 4) < 1e-9)
        #expect(abs(bands.position(2) - 84) < 1e-9)
        let plain = BandScale(count: 4, range: (0, 100), paddingInner: 0, paddingOuter: 0)
        #expect(plain.step == 25 && plain.bandwidth == 25 && plain.position(3) == 75)
    }

    @Test("a point scale spaces points with half a step at each end, as d3's scalePoint does")
    func point() {
        let points = BandScale.point(count: 5, range: (0, 100))
        #expect(points.bandwidth == 0)
        #expect(points.step == 20)
        #expect(points.centre(0) == 10)
        #expect(points.centre(4) == 90)
        #expect(BandScale.point(count: 1, range: (0, 100)).centre(0) == 50)
        #expect(BandScale.point(count: 3, range: (0, 100), padding: 0).centre(2) == 100)
    }
}
