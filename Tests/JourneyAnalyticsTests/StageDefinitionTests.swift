import Foundation
import JourneyAnalytics
import Testing

/// The funnel's definitions, pinned on small logs computed by hand (Docs/Analytics.md).
@Suite("Stage figures")
struct StageDefinitionTests {
    @Test func enteredConvertedDroppedAndRate() throws {
        let report = Logs.report([
            Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 1), Logs.event("a", "signup", 25),
            Logs.event("b", "ad_click", 0), Logs.event("b", "pricing_view", 48),
            Logs.event("c", "blog_view", 2),
        ])
        let stages = report.stages
        #expect(stages.map(\.entered) == [3, 2, 1])
        #expect(stages.map(\.converted) == [2, 1, 0])
        #expect(stages.map(\.dropped) == [1, 1, 1])
        #expect(stages[0].conversionRate == 2.0 / 3.0)
        #expect(stages[2].conversionRate == 0)
        // Awareness: a after 1 h, b after 48 h; the median lies between, p90 near 48 h.
        #expect(stages[0].medianSecondsInStage == 88_200.0)
        let p90: Double = (1 + 0.9 * 47) * 3600
        #expect(abs((stages[0].p90SecondsInStage ?? 0) - p90) < 1e-6)
        #expect(stages[1].medianSecondsInStage == 86_400.0)
        #expect(stages[2].medianSecondsInStage == nil && stages[2].p90SecondsInStage == nil)
        #expect(report.units == 3 && report.events == 6 && report.matchedEvents == 6)
    }

    @Test func aStageNobodyEnteredHasNoRate() {
        let report = Logs.report([Logs.event("a", "blog_view", 0)])
        #expect(report.stages[1].entered == 0 && report.stages[1].conversionRate == nil)
        #expect(report.stages[1].dropped == 0)
    }

    @Test func skippingAStageConvertsEveryEarlierOne() {
        let report = Logs.report([Logs.event("a", "blog_view", 0), Logs.event("a", "signup", 10)])
        #expect(report.stages.map(\.entered) == [1, 0, 1])
        #expect(report.stages[0].converted == 1 && report.stages[0].medianSecondsInStage == 36_000)
    }

    @Test func goingBackCountsAsRegressedAndNotAsAnotherEntry() {
        let report = Logs.report([
            Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 5), Logs.event("a", "blog_view", 9),
            Logs.event("a", "pricing_view", 12), Logs.event("a", "signup", 20),
        ])
        #expect(report.stages.map(\.regressed) == [1, 0, 0])
        #expect(report.stages[0].entered == 1 && report.stages[0].converted == 1)
        // Time in stage runs from the first event of the stage to the first later-stage event after it.
        #expect(report.stages[0].medianSecondsInStage == 18_000.0)
        #expect(report.stages[1].medianSecondsInStage == 54_000.0)
    }

    @Test func laterStageFirstThenEarlierIsARegressionNotAConversion() {
        // Signs up first, reads the blog afterwards: awareness was entered after decision.
        let report = Logs.report([Logs.event("a", "signup", 0), Logs.event("a", "blog_view", 3)])
        #expect(report.stages[0].entered == 1 && report.stages[0].converted == 0)
        #expect(report.stages[0].regressed == 1)
    }

    @Test func eventsAtTheSameInstantAreNeitherBeforeNorAfter() {
        let report = Logs.report([
            Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 0),
            Logs.event("b", "pricing_view", 1), Logs.event("b", "blog_view", 1),
        ])
        #expect(report.stages[0].converted == 0)
        #expect(report.stages[0].regressed == 0)
    }

    @Test func theOrderOfRowsDoesNotMatter() {
        let events = [
            Logs.event("a", "blog_view", 0), Logs.event("b", "ad_click", 2), Logs.event("a", "pricing_view", 3),
            Logs.event("a", "blog_view", 4), Logs.event("b", "signup", 7), Logs.event("a", "signup", 30),
        ]
        let forward = Logs.report(events)
        #expect(Logs.report(events.reversed()) == forward)
        #expect(Logs.report([events[3], events[0], events[5], events[1], events[4], events[2]]) == forward)
        #expect(forward.stages.map(\.converted) == [2, 1, 0])
    }

    @Test func theWindowLimitsConversionAndTheTimesCounted() {
        let events = [
            Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 10),
            Logs.event("b", "blog_view", 0), Logs.event("b", "pricing_view", 50),
        ]
        let day = Logs.report(events, options: AnalysisOptions(window: 86_400))
        #expect(day.stages[0].converted == 1 && day.stages[0].dropped == 1)
        #expect(day.stages[0].medianSecondsInStage == 36_000)
        #expect(day.windowSeconds == 86_400)
        // Exactly at the window's end still counts.
        let exact = Logs.report(events, options: AnalysisOptions(window: 10 * 3600))
        #expect(exact.stages[0].converted == 1)
        #expect(Logs.report(events).stages[0].converted == 2)
    }

    @Test func accountsFollowTheBuyingGroup() {
        let events = [
            Logs.event("ann", "blog_view", 0, account: "acme"), Logs.event("bo", "blog_view", 1, account: "acme"),
            Logs.event("cy", "pricing_view", 30, account: "acme"), Logs.event("ann", "signup", 80, account: "acme"),
            Logs.event("dee", "ad_click", 5, account: "beta"), Logs.event("eve", "pricing_view", 2),
        ]
        let report = Logs.report(events, options: AnalysisOptions(unit: .account))
        #expect(report.unit == .account && report.units == 2)
        #expect(report.eventsWithoutAccount == 1)
        #expect(report.stages.map(\.entered) == [2, 1, 1])
        #expect(report.stages[0].converted == 1 && report.stages[0].medianSecondsInStage == 108_000.0)
        let awareness = report.stages[0].stakeholders
        #expect(awareness?.accounts == 2 && awareness?.maximum == 2 && awareness?.median == 1.5)
        // The same log per customer: five customers, each their own unit.
        #expect(Logs.report(events).units == 5)
    }

    @Test func activitiesAndUnmatchedEventsAreCounted() {
        let report = Logs.report([
            Logs.event("a", "blog_view", 0), Logs.event("a", "blog_view", 1), Logs.event("b", "blog_view", 0),
            Logs.event("b", "newsletter_open", 0), Logs.event("c", "newsletter_open", 1),
        ])
        let blog = report.activities.first { $0.activity == "blog_view" }
        #expect(blog?.events == 3 && blog?.units == 2 && blog?.stageID == "awareness")
        #expect(report.unmatchedActivities == ["newsletter_open": 2])
        #expect(report.units == 3 && report.matchedEvents == 3)
    }

    @Test func revenueAddsUpPerStage() {
        var events = [Logs.event("a", "signup", 0), Logs.event("b", "signup", 1), Logs.event("b", "refund", 2)]
        events[0].revenueImpact = 120
        events[1].revenueImpact = 80.5
        events[2].revenueImpact = -80.5
        let report = Logs.report(events)
        #expect(report.stages.map(\.revenue) == [0, 0, 200.5])
        #expect(report.unmatchedRevenue == -80.5)
        #expect(Logs.report([Logs.event("a", "signup", 0)]).stages[2].revenue == nil)
    }

    @Test func theJSONReportHasTheDocumentedShape() throws {
        let report = Logs.report([Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 2)])
        let json = try #require(
            try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(json["unit"] as? String == "customer")
        #expect(json["units"] as? Int == 1 && json["events"] as? Int == 2)
        #expect(json["unmatched_activities"] is [String: Any])
        let stages = try #require(json["stages"] as? [[String: Any]])
        let keys: Set<String> = [
            "id", "name", "entered", "converted", "conversion_rate", "dropped", "regressed",
            "median_seconds_in_stage", "p90_seconds_in_stage",
        ]
        #expect(stages.allSatisfy { keys.isSubset(of: $0.keys) })
        #expect(stages[2]["conversion_rate"] is NSNull)
        #expect(try report.json() == report.json())
    }
}
