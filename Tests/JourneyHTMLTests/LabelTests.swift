import JourneyModel
import Testing

@testable import JourneyHTML

@Suite("Words for the map's values")
struct LabelTests {
    @Test(arguments: [
        ("P2W", "2 weeks"), ("P1Y6M", "1 year 6 months"), ("P1D", "1 day"), ("PT36H", "36 hours"),
        ("P1DT12H", "1 day 12 hours"), ("P0.5Y", "0.5 years"), ("P", "P"), ("PX", "PX"), ("P2", "P2"),
        ("two weeks", "two weeks"), ("P1M2", "P1M2"),
    ])
    func describesDurations(text: String, expected: String) {
        #expect(PageLabels.duration(text) == expected)
    }

    @Test func namesKindsRolesAndValues() {
        #expect(PageLabels.kind(.painPoint) == "Pain point")
        #expect(PageLabels.kind(ItemKind("com.example.compliance-check")) == "com.example.compliance-check")
        #expect(PageLabels.decisionRole(.decisionMaker) == "Decision maker")
        #expect(PageLabels.channel(.wordOfMouth) == "Word of mouth")
        #expect(PageLabels.score(-1.5) == "\u{2212}1.5")
        #expect(PageLabels.score(0) == "0")
        #expect(PageLabels.score(2) == "+2")
        #expect(PageLabels.quantity(3.1, unit: "%") == "3.1%")
        #expect(PageLabels.quantity(-2, unit: "days") == "\u{2212}2 days")
        #expect(PageLabels.kindClass(ItemKind("x y")) == "kind-custom")
    }
}
