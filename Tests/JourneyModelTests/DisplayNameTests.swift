import JourneyModel
import Testing

@Suite("Display names")
struct DisplayNameTests {
    @Test func namesBuiltInValuesAndKeepsCustomOnesAsWritten() {
        #expect(ItemKind.painPoint.displayName == "Pain point")
        #expect(ItemKind("com.example.check").displayName == "com.example.check")
        #expect(Channel.wordOfMouth.displayName == "Word of mouth")
        #expect(Channel.salesRep.displayName == "Sales rep")
        #expect(Channel("trade fair").displayName == "trade fair")
        #expect(MetricKind.netPromoterScore.displayName == "NPS")
        #expect(MetricKind.clickThroughRate.displayName == "Click-through rate")
        #expect(DecisionRole.decisionMaker.displayName == "Decision maker")
        #expect(ContentType.caseStudy.displayName == "Case study")
        #expect(Severity.critical.displayName == "Critical severity")
    }

    @Test func writesScoresQuantitiesAndDurations() {
        #expect(DisplayText.score(-1.5) == "\u{2212}1.5")
        #expect(DisplayText.score(2) == "+2")
        #expect(DisplayText.quantity(-2, unit: "days") == "\u{2212}2 days")
        #expect(DisplayText.quantity(3.1, unit: "%") == "3.1%")
        #expect(DisplayText.duration("P1Y6M") == "1 year 6 months")
        #expect(DisplayText.duration("PT1H") == "1 hour")
        #expect(DisplayText.duration("P1M2") == "P1M2")
        #expect(DisplayText.duration("about a week") == "about a week")
    }
}
