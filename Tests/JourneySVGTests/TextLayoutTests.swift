import JourneyTestSupport
import Testing

@testable import JourneySVG

@Suite("Text measurement and wrapping")
struct TextLayoutTests {
    private let regular = TextStyle(metrics: .dejaVuSans, size: 100)

    @Test func measuresWithDejaVuSansAdvanceWidths() {
        // "Journey map" is 12,968 font units at 2,048 units per em.
        #expect(abs(regular.width("Journey map") - 633.203_125 * TextStyle.slack) < 0.001)
        let bold = TextStyle(metrics: .dejaVuSansBold, size: 100)
        #expect(bold.width("Journey map") > regular.width("Journey map"))
        // Characters beyond Latin that DejaVu Sans has: Greek, Cyrillic, arrows.
        #expect(FontMetrics.dejaVuSans.advance("Ω") != nil && FontMetrics.dejaVuSans.advance("Ж") != nil)
        #expect(FontMetrics.dejaVuSans.advance("→") != nil)
        #expect(FontMetrics.dejaVuSans.advance("顧") == nil)
    }

    @Test func measuresWhatDejaVuLacksConservatively() {
        #expect(regular.emWidth("顧") == TextStyle.fallbackWidth)
        #expect(regular.emWidth("😀") == TextStyle.emojiWidth)
        // A family joined with zero-width joiners and a thumb with a skin tone are one emoji each.
        #expect(regular.emWidth("👨‍👩‍👧‍👦") == TextStyle.emojiWidth)
        #expect(regular.emWidth("👍🏽") == TextStyle.emojiWidth)
        #expect(regular.emWidth("🇯🇵") == TextStyle.emojiWidth)
        // Combining marks add nothing: e + ◌́ is as wide as e.
        #expect(regular.emWidth("e\u{301}") == regular.emWidth("e"))
    }

    @Test func linesFitTheWidth() {
        var generator = MapGenerator(seed: 3)
        for width in [60.0, 150, 400] {
            for _ in 0..<200 {
                let text = generator.text() + " " + generator.text()
                let style = TextStyle(metrics: .dejaVuSans, size: 13)
                for line in style.wrap(text, width: width) {
                    #expect(style.width(line) <= width, "\(line) in \(width)")
                    #expect(!line.isEmpty)
                }
            }
        }
    }

    @Test func breaksAtSpacesAndKeepsWordsWhole() {
        let style = TextStyle(metrics: .dejaVuSans, size: 10)
        let lines = style.wrap("Books a test drive online for Saturday morning", width: 100)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == "Books a test drive online for Saturday morning")
        #expect(style.wrap("  spaced\tout   words  ", width: 1000) == ["spaced out words"])
        #expect(
            style.wrap("one\ntwo\r\nthree\rfour\u{2028}five", width: 1000) == ["one", "two", "three", "four", "five"])
        #expect(style.wrap("", width: 100).isEmpty && style.wrap("   ", width: 100).isEmpty)
    }

    @Test func breaksLongWordsAfterHyphensOrBetweenCharacters() {
        let style = TextStyle(metrics: .dejaVuSans, size: 10)
        let hyphenated = style.wrapLines("project-management-software-for-engineering-firms", width: 80)
        #expect(hyphenated.lines.count > 1)
        #expect(hyphenated.lines.dropLast().allSatisfy { $0.hasSuffix("-") })
        #expect(hyphenated.spaceAfter.dropLast().allSatisfy { !$0 })
        let word = String(repeating: "Donaudampfschifffahrt", count: 5)
        let broken = style.wrapLines(word, width: 80)
        #expect(broken.lines.count > 3)
        #expect(broken.lines.joined() == word)
        #expect(broken.spaceAfter.dropLast().allSatisfy { !$0 })
    }

    @Test func breaksBetweenCJKCharactersAndKeepsEmojiWhole() {
        let style = TextStyle(metrics: .dejaVuSans, size: 10)
        let japanese = "検討チームを作り、要件を洗い出して優先順位を付ける"
        let lines = style.wrap(japanese, width: 60)
        #expect(lines.count > 3)
        #expect(lines.joined() == japanese)
        let emoji = String(repeating: "👨‍👩‍👧‍👦👍🏿🇯🇵", count: 6)
        for line in style.wrap(emoji, width: 40) {
            for character in line { #expect(["👨‍👩‍👧‍👦", "👍🏿", "🇯🇵"].contains(character)) }
        }
        let accents = String(repeating: "e\u{301}", count: 40)
        for line in style.wrap(accents, width: 30) { #expect(line.unicodeScalars.first == "e") }
    }

    @Test func formatsNumbersWithAtMostTwoDecimals() {
        #expect(SVGNumber.format(0) == "0")
        #expect(SVGNumber.format(-0.0) == "0")
        #expect(SVGNumber.format(-0.004) == "0")
        #expect(SVGNumber.format(1.005) == "1" || SVGNumber.format(1.005) == "1.01")
        #expect(SVGNumber.format(2.5) == "2.5")
        #expect(SVGNumber.format(-3.14159) == "-3.14")
        #expect(SVGNumber.format(10.1) == "10.1")
        #expect(SVGNumber.format(123_456.789) == "123456.79")
        #expect(SVGNumber.format(.nan) == "0")
        #expect(Labels.score(-1) == "\u{2212}1" && Labels.score(1.5) == "+1.5" && Labels.score(0) == "0")
        #expect(Labels.duration("P2W") == "2 weeks" && Labels.duration("P1Y6M") == "1 year 6 months")
        #expect(Labels.duration("PT1H30M") == "1 hour 30 minutes" && Labels.duration("soon") == "soon")
    }
}
