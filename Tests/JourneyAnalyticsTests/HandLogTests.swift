import Foundation
import JourneyAnalytics
import Testing

/// A few customers whose figures are worked out by hand from the definitions, for the analysis
/// (here) and the engines (the case “hand” of ``SQLCase``).
enum HandLog {
    static func event(_ customer: String, _ activity: String, _ seconds: Double) -> ActivityEvent {
        ActivityEvent(timestamp: EventLogGenerator.start + seconds, customer: customer, activity: activity)
    }

    /// - a: Discover and Consider at the same instant (no conversion then), Consider again 10 s
    ///   later (Discover converts: 10 s), back to Discover at 20 s (Discover regressed);
    /// - b: Discover and Trial at the same instant only: neither converted nor regressed;
    /// - c: Use at 49.5 s, Buy at 50 s (Buy regressed), Use at 60 s (Buy converts: 10 s);
    /// - d, e: Consider exactly two days after Discover, and a quarter second later than that.
    static let events = [
        event("a", "pricing_view", 0), event("a", "site_visit", 0), event("a", "newsletter_open", 5),
        event("a", "demo_request", 10), event("a", "ad_click", 20),
        event("b", "trial_start", 100), event("b", "ad_click", 100),
        event("c", "purchase", 50), event("c", "login", 49.5), event("c", "login", 60),
        event("d", "ad_click", 0), event("d", "pricing_view", EventLogGenerator.twoDays),
        event("e", "ad_click", 0), event("e", "pricing_view", EventLogGenerator.twoDays + 0.25),
    ]
}

@Suite("Stage figures worked out by hand")
struct HandLogTests {
    private func report(window: Double?) throws -> StageReport {
        var analysis = StageAnalysis(
            binding: try LogVocabulary.standard.binding(), options: AnalysisOptions(window: window))
        for event in HandLog.events { analysis.add(event) }
        return analysis.report()
    }

    private func counts(_ report: StageReport) -> [[Int]] {
        report.stages.map { [$0.entered, $0.converted, $0.dropped, $0.regressed] }
    }

    @Test func withoutWindow() throws {
        let report = try report(window: nil)
        #expect(
            counts(report) == [
                [4, 3, 1, 1], [3, 0, 3, 0], [1, 0, 1, 0], [1, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0],
            ])
        #expect(report.stages[0].medianSecondsInStage == 172_800)
        #expect(abs(report.stages[0].p90SecondsInStage! - 172_800.2) < 1e-6)
        #expect(report.stages[3].medianSecondsInStage == 10)
        #expect(report.stages[5].conversionRate == nil && report.stages[5].medianSecondsInStage == nil)
    }

    /// A conversion exactly at the window's end counts; a quarter second later does not.
    @Test func withTwoDayWindow() throws {
        let report = try report(window: EventLogGenerator.twoDays)
        #expect(
            counts(report) == [
                [4, 2, 2, 1], [3, 0, 3, 0], [1, 0, 1, 0], [1, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0],
            ])
        #expect(report.stages[0].conversionRate == 0.5)
        #expect(report.stages[0].medianSecondsInStage == 86_405)
        #expect(report.stages[0].p90SecondsInStage == 155_521)
    }

    @Test func theReportGivesTheLogsPeriodAsFullTimestampsFractionsIncluded() throws {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(try report(window: nil)))
        let object = try #require(json as? [String: Any])
        #expect(object["first_event"] as? String == "2026-01-01T00:00:00Z")
        #expect(object["last_event"] as? String == "2026-01-03T00:00:00.250Z")
    }
}
