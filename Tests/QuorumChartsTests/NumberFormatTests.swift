import Testing
@testable import QuorumCharts

@Suite("NumberFormat writes UK numbers")
struct NumberFormatTests {
    @Test("integers get thousands commas: 1420 is 1,420")
    func integers() {
        let f = NumberFormat(.integer)
        #expect(f.string(1420) == "1,420")
        #expect(f.string(0) == "0")
        #expect(f.string(999) == "999")
        #expect(f.string(1_234_567) == "1,234,567")
        #expect(f.string(1e20) == "100,000,000,000,000,000,000")
    }

    @Test("halves round away from zero, on the number as written")
    func rounding() {
        #expect(NumberFormat(.integer).string(0.5) == "1")
        #expect(NumberFormat(.integer).string(2.5) == "3")
        #expect(NumberFormat(.integer).string(-0.5) == "-1")
        #expect(NumberFormat(.integer).string(999.5) == "1,000")
        #expect(NumberFormat(.number(decimals: 1)).string(1_234_567.25) == "1,234,567.3")
        #expect(NumberFormat(.number(decimals: 2)).string(1.005) == "1.01")
        #expect(NumberFormat(.number(decimals: 3)).string(0.0005) == "0.001")
        #expect(NumberFormat(.number(decimals: 2)).string(19.6) == "19.60")
        #expect(NumberFormat(.number(decimals: 1)).string(0.00001) == "0.0")
    }

    @Test("negative zero is never written")
    func noNegativeZero() {
        #expect(NumberFormat(.integer).string(-0.4) == "0")
        #expect(NumberFormat(.integer).string(-0.0) == "0")
        #expect(NumberFormat(.number(decimals: 1)).string(-0.04) == "0.0")
        #expect(NumberFormat(.percent(decimals: nil)).string(-0.01) == "0%")
        #expect(NumberFormat(.currency(decimals: nil), negative: .brackets).string(-0.001) == "£0")
    }

    @Test("percent values are written 0 to 100: 51.5 is 51.5%")
    func percent() {
        #expect(NumberFormat(.percent(decimals: nil)).string(51.5) == "51.5%")
        #expect(NumberFormat(.percent(decimals: nil)).string(50) == "50%")
        #expect(NumberFormat(.percent(decimals: nil)).string(33.333) == "33.3%")
        #expect(NumberFormat(.percent(decimals: 0)).string(51.5) == "52%")
        #expect(NumberFormat(.percent(decimals: 2)).string(1.6) == "1.60%")
    }

    @Test("currency is pounds with pence only when there are any")
    func currency() {
        #expect(NumberFormat(.currency(decimals: nil)).string(19600) == "£19,600")
        #expect(NumberFormat(.currency(decimals: nil)).string(19.5) == "£19.50")
        #expect(NumberFormat(.currency(decimals: nil)).string(19.999) == "£20")
        #expect(NumberFormat(.currency(decimals: 0)).string(140_210.4) == "£140,210")
    }

    @Test("negatives take a hyphen-minus, or brackets where the data says so")
    func negatives() {
        #expect(NumberFormat(.currency(decimals: nil), negative: .brackets).string(-2300) == "(£2,300)")
        #expect(NumberFormat(.currency(decimals: nil)).string(-2300) == "-£2,300")
        #expect(NumberFormat(.integer).string(-2300) == "-2,300")
        #expect(NumberFormat(.integer, negative: .brackets).string(-2300) == "(2,300)")
        #expect(NumberFormat(.percent(decimals: nil), negative: .brackets).string(-1.5) == "(1.5%)")
    }

    @Test("rates name their base: 37.7 per 10,000")
    func rate() {
        let f = NumberFormat(.rate(per: 10_000, decimals: nil))
        #expect(f.string(37.7) == "37.7 per 10,000")
        #expect(f.string(37) == "37 per 10,000")
        #expect(f.shortString(37.7) == "37.7")
        #expect(f.axisUnit == "per 10,000")
        #expect(NumberFormat(.rate(per: 1000, decimals: 2)).string(4.5) == "4.50 per 1,000")
    }

    @Test("tick labels take their decimals from the tick step, as d3's precisionFixed does")
    func ticks() {
        #expect(NumberFormat(.integer).tickString(0.4, step: 0.2) == "0.4")
        #expect(NumberFormat(.number(decimals: 2)).tickString(10, step: 5) == "10")
        #expect(NumberFormat(.number(decimals: 0)).tickString(0.05, step: 0.05) == "0.05")
        #expect(NumberFormat(.currency(decimals: nil)).tickString(50_000, step: 50_000) == "£50,000")
        #expect(NumberFormat(.percent(decimals: 1)).tickString(40, step: 20) == "40%")
        #expect(NumberFormat(.rate(per: 10_000, decimals: 1)).tickString(40, step: 10) == "40")
    }

    @Test("a fitting format uses as many decimals as the data, up to 2")
    func fitting() {
        #expect(NumberFormat.fitting([224, 181, nil]) == NumberFormat(.integer))
        #expect(NumberFormat.fitting([41.2, 45.6]) == NumberFormat(.number(decimals: 1)))
        #expect(NumberFormat.fitting([1.25, 3.14159]) == NumberFormat(.number(decimals: 2)))
    }
}
