import Testing
@testable import QuorumCharts

@Suite("Palette contrast (WCAG 1.4.11)")
struct PaletteTests {
    @Test("contrastRatio gives the WCAG values for known pairs")
    func knownPairs() {
        #expect(Palette.contrastRatio("#000000", "#ffffff") == 21)
        #expect(Palette.contrastRatio("#ffffff", "#000000") == 21)
        #expect(Palette.contrastRatio("#ffffff", "#ffffff") == 1)
        #expect(abs(Palette.contrastRatio("#767676", "#ffffff") - 4.54) < 0.01)
        #expect(abs(Palette.contrastRatio("#12436D", "#FFFFFF") - 10.25) < 0.01)
        #expect(abs(Palette.contrastRatio("#f46a25", "#ffffff") - 3.03) < 0.01)
    }

    @Test("every palette colour is at least 3:1 against white", arguments: Palette.standard + Palette.two + [Palette.muted])
    func againstWhite(colour: String) {
        #expect(Palette.contrastRatio(colour, Palette.background) >= 3)
    }

    @Test("neighbouring palette colours are at least 3:1 against each other")
    func adjacent() {
        for (a, b) in zip(Palette.standard, Palette.standard.dropFirst()) {
            #expect(Palette.contrastRatio(a, b) >= 3, "\(a) next to \(b)")
        }
        #expect(Palette.contrastRatio(Palette.muted, Palette.standard[0]) >= 3)
    }

    @Test("text is at least 4.5:1 against white and labels pick the readable colour on a fill")
    func text() {
        #expect(Palette.contrastRatio(Palette.text, Palette.background) >= 4.5)
        for colour in Palette.standard {
            #expect(Palette.contrastRatio(Palette.labelColour(on: colour), colour) >= 4.5, "label on \(colour)")
        }
    }

    @Test("a colour that does not parse counts as no contrast")
    func unparsable() {
        #expect(Palette.contrastRatio("red", "#ffffff") == 1)
        #expect(Palette.contrastRatio("#fff", "#000000") == 1)
    }
}
