import Foundation
import JourneyAnalytics
import Testing

/// A log sorted by time measured from a few numbers per unit gives exactly the figures of the
/// log kept whole, and an event out of order is caught.
@Suite("Sorted logs")
struct SortedInputTests {
    private func report(_ events: [ActivityEvent], _ options: AnalysisOptions) throws -> StageAnalysis {
        var analysis = StageAnalysis(binding: try LogVocabulary.standard.binding(), options: options)
        for event in events { analysis.add(event) }
        return analysis
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func sortedGivesTheSameFiguresAsKeepingEveryEvent(seed: UInt64) throws {
        let events = EventLogGenerator.events(seed: seed, vocabulary: .standard).sorted {
            ($0.timestamp, $0.customer, $0.activity) < ($1.timestamp, $1.customer, $1.activity)
        }
        for unit in AnalysisOptions.Unit.allCases {
            for window in [nil, EventLogGenerator.twoDays] as [Double?] {
                let whole = try report(events, AnalysisOptions(unit: unit, window: window)).report()
                let streamed = try report(events, AnalysisOptions(unit: unit, window: window, assumesSortedInput: true))
                #expect(streamed.orderViolation == nil)
                #expect(streamed.report() == whole, "\(unit), window \(String(describing: window))")
                #expect(whole.stages.contains { $0.regressed > 0 } && whole.stages.contains { $0.converted > 0 })
            }
        }
    }

    @Test func anEventEarlierThanItsUnitsPreviousOneIsNamed() throws {
        let events = [
            Logs.event("a", "blog_view", 0), Logs.event("b", "blog_view", 1), Logs.event("a", "pricing_view", 5),
            Logs.event("b", "signup", 0.5), Logs.event("a", "signup", 3),
        ]
        var analysis = StageAnalysis(binding: Logs.binding, options: AnalysisOptions(assumesSortedInput: true))
        for event in events { analysis.add(event) }
        let violation = try #require(analysis.orderViolation)
        #expect(violation.number == 4 && violation.event.customer == "b")
        #expect(violation.description.contains("not sorted by time"))
        // Another unit's earlier event is no violation: only each unit's own order counts.
        var interleaved = StageAnalysis(binding: Logs.binding, options: AnalysisOptions(assumesSortedInput: true))
        for event in [Logs.event("a", "blog_view", 5), Logs.event("b", "blog_view", 1)] { interleaved.add(event) }
        #expect(interleaved.orderViolation == nil)
    }
}
