import JourneyAnalytics
import Testing

@Suite("Synthetic journeys")
struct SyntheticJourneysTests {
    private let journeys = SyntheticJourneys(
        parameters: .journey(stageCount: 5, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.2), units: 200,
        eventsPerUnit: 1...20, unboundRate: 0.1, concurrentUnits: 50, seed: 42)

    private func events(_ journeys: SyntheticJourneys) -> ([ActivityEvent], SyntheticTruth) {
        var events: [ActivityEvent] = []
        let truth = journeys.generate { events.append($0) }
        return (events, truth)
    }

    @Test func theSameSeedGivesTheSameEvents() {
        let (first, firstTruth) = events(journeys)
        let (second, secondTruth) = events(journeys)
        #expect(first == second)
        #expect(firstTruth == secondTruth)
        var other = journeys
        other.seed = 43
        #expect(events(other).0 != first)
    }

    @Test func eventsRiseInTimeAndUnitsInterleave() {
        let (events, truth) = events(journeys)
        #expect(truth.events == events.count)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0.timestamp < $1.timestamp })
        // Interleaved: the first 50 events come from many units, not one.
        #expect(Set(events.prefix(50).map(\.customer)).count > 10)
        #expect(Set(events.map(\.customer)).count == 200)
        #expect(truth.unitNames.first == "u000" && truth.unitNames.last == "u199")
        #expect(truth.stages.allSatisfy { (0..<5).contains($0) })
    }

    @Test func activitiesAreBoundExceptTheUnboundOnes() {
        let (events, _) = events(journeys)
        let binding = journeys.binding
        #expect(binding.stages.map(\.name) == ["Awareness", "Consideration", "Decision", "Purchase", "Retention"])
        #expect(binding.activities.count == 20)
        let unbound = events.filter { binding.stage(of: $0.activity) == nil }
        #expect(!unbound.isEmpty)
        #expect(unbound.allSatisfy { SyntheticJourneys.unboundActivities.contains($0.activity) })
        #expect(SyntheticJourneys.activityName(stage: 6, number: 0) == "stage_7_1")
    }

    @Test func theLastEventOfAUnitFollowsItsTrueStageMostOften() {
        // Without noise the last event's activity is of the true stage.
        var clean = journeys
        clean.parameters = .journey(stageCount: 5, stay: 0.7, forward: 0.25, back: 0.05, noise: 0)
        let (events, truth) = events(clean)
        var last: [String: ActivityEvent] = [:]
        for event in events where clean.binding.stage(of: event.activity) != nil { last[event.customer] = event }
        for (unit, event) in last { #expect(clean.binding.stage(of: event.activity) == truth.stage(of: unit)) }
    }

    @Test func splitMixIsTheReferenceSequence() {
        // The first outputs of SplitMix64 seeded with 0, as the reference implementation gives them.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        var draws = SplitMix64(seed: 9)
        for _ in 0..<1000 {
            #expect((0..<7).contains(draws.nextIndex(below: 7)))
            let fraction = draws.nextFraction()
            #expect(fraction >= 0 && fraction < 1)
        }
    }
}
