import JourneyModel
import JourneySVG
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test func computesWCAGContrast() {
        let black = SVGColor(0x000000)
        let white = SVGColor(0xFFFFFF)
        #expect(abs(black.contrastRatio(with: white) - 21) < 0.001)
        #expect(abs(white.contrastRatio(with: white) - 1) < 0.001)
        // #767676 on white is the classic 4.54:1.
        #expect(abs(SVGColor(0x767676).contrastRatio(with: white) - 4.54) < 0.01)
        #expect(SVGColor(0x1F2328).description == "#1f2328")
    }

    @Test(arguments: SVGTheme.builtIn)
    func everyTextColourReadsOnEveryBackgroundItIsDrawnOn(theme: SVGTheme) {
        let pairs = theme.textColorPairs
        #expect(pairs.count == 5 * theme.textBackgrounds.count)
        for pair in pairs {
            let ratio = pair.foreground.contrastRatio(with: pair.color)
            #expect(ratio >= 4.5, "\(theme.name): \(pair.text) on \(pair.background) is \(ratio):1")
        }
    }

    @Test(arguments: SVGTheme.builtIn)
    func iconsStripesAndCurvesStandOutFromTheirBackgrounds(theme: SVGTheme) {
        let cards = [
            theme.cardBackground, theme.painPointBackground, theme.opportunityBackground, theme.keyMomentBackground,
        ]
        for kind in [ItemKind.painPoint, .opportunity, .keyMoment] {
            for background in cards { #expect(theme.accent(for: kind).contrastRatio(with: background) >= 3) }
        }
        for index in 0..<theme.seriesColors.count {
            #expect(theme.seriesColor(index).contrastRatio(with: theme.chartBackground) >= 3)
        }
    }

    @Test func thePrintThemeUsesGreysOnly() {
        let theme = SVGTheme.print
        let colors =
            [
                theme.page, theme.text, theme.mutedText, theme.link, theme.line, theme.stageBackground,
                theme.laneBackground,
                theme.bandBackground, theme.cardBackground, theme.cardBorder, theme.painPointBackground,
                theme.opportunityBackground, theme.keyMomentBackground, theme.chipBackground, theme.chartBackground,
                theme.arrow, theme.defaultAccent,
            ] + Array(theme.accents.values) + theme.seriesColors
        #expect(colors.allSatisfy { $0.isGray })
        #expect(!SVGTheme.light.seriesColors.allSatisfy { $0.isGray })
    }
}
