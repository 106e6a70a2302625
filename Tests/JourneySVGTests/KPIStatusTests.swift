import Foundation
import JourneyModel
import JourneySVG
import JourneyXMLCore
import Testing

@Suite("KPIs on and off target")
struct KPIStatusTests {
    private func map(language: String? = nil) -> JourneyMap {
        JourneyMap(title: "KPIs", language: language) {
            Stage("Retention") {
                KPI("Churn", kind: .churnRate, value: 41, target: 25, unit: "%")
                KPI("Trial conversion", kind: .conversionRate, value: 45, target: 40, unit: "%")
                KPI("First reply", value: 35, unit: "min", direction: .targetRange(20...30))
                KPI("Revenue", kind: .revenue, value: 420_000, target: 500_000, unit: "EUR")
            }
        }
    }

    private func card(_ svg: RenderedSVG, _ text: String) throws -> XMLElement {
        try #require(svg.elements(class: "card").first { $0.drawnText.contains(text) })
    }

    @Test func anOffTargetKPIIsDrawnInTheWarningColourAndSaysSo() throws {
        let svg = try RenderedSVG(map())
        let churn = try card(svg, "Churn")
        #expect(churn.drawnText.contains("41% · target ≤ 25%"))
        #expect(churn.drawnText.contains("✗ off target"))
        #expect(churn.descendants.contains { $0.classes.contains("t-off") })
        #expect(churn.descendants.contains { $0.classes.contains("k-off") })
        #expect(svg.text.contains(".k-off{fill:\(SVGTheme.light.offTarget)}"))
        #expect(svg.text.contains(".t-off{"))
        #expect(svg.text.contains("fill:\(SVGTheme.light.offTarget)"))
        let conversion = try card(svg, "Trial conversion")
        #expect(conversion.drawnText.contains("45% · target ≥ 40%") && conversion.drawnText.contains("✓ on target"))
        #expect(conversion.descendants.contains { $0.classes.contains("k-on") })
        #expect(!conversion.drawnText.contains("off target"))
        let reply = try card(svg, "First reply")
        #expect(reply.drawnText.contains("35 min · target 20–30 min") && reply.drawnText.contains("✗ off target"))
    }

    @Test func theBarOfALowerIsBetterKPIShadesTheGoodSideBelowTheTarget() throws {
        let churn = try card(try RenderedSVG(map()), "Churn")
        let track = try #require(churn.descendants.first { $0.classes.contains("k-track") })
        let good = try #require(churn.descendants.first { $0.classes.contains("k-good") })
        let value = try #require(churn.descendants.first { $0.classes.contains("k-off") })
        let width = try #require(track.number("width"))
        #expect(good.number("x") == track.number("x"))
        let goodWidth = try #require(good.number("width"))
        let valueWidth = try #require(value.number("width"))
        #expect(abs(goodWidth / width - 25.0 / 41) < 0.01)
        #expect(abs(valueWidth / width - 1) < 0.01, "the value fills the bar: worse")
    }

    @Test(arguments: [
        ("en", "420,000 EUR · target ≥ 500,000 EUR"), ("de", "420.000 EUR · Ziel ≥ 500.000 EUR"),
        ("fr", "420\u{202F}000 EUR · objectif ≥ 500\u{202F}000 EUR"), ("ja", "42 万 EUR · 目標 ≥ 50 万 EUR"),
    ])
    func writesNumbersAsTheMapsLanguageDoes(language: String, text: String) throws {
        let revenue = try card(try RenderedSVG(map(language: language)), "Revenue")
        #expect(revenue.drawnText.contains(text), "\(revenue.drawnText)")
    }

    @Test func aTargetThatIsNotANumberDrawsNoBarAndNoStatus() throws {
        let map = JourneyMap(title: "KPIs") {
            Stage("Retention") { KPI("Churn", kind: .churnRate, value: 41, target: .nan, unit: "%") }
        }
        let churn = try card(try RenderedSVG(map), "Churn")
        #expect(!churn.descendants.contains { $0.classes.contains("k-track") })
        #expect(!churn.drawnText.contains("target"))
    }

    @Test func everyThemeHasReadableStatusColours() {
        for theme in SVGTheme.builtIn {
            let card = theme.cardBackground
            #expect(theme.onTarget.contrastRatio(with: card) >= 4.5, "\(theme.name)")
            #expect(theme.offTarget.contrastRatio(with: card) >= 4.5, "\(theme.name)")
            #expect(theme.onTarget != theme.offTarget || theme.name == "print", "\(theme.name)")
        }
    }
}
