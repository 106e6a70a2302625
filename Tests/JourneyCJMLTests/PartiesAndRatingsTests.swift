import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyCJML

/// Parties, ratings and emotions the way a round trip must keep them.
@Suite struct PartiesAndRatingsTests {
    private let document = """
        <CJML version="2.0"><actualJourney><journeyID>J1</journeyID>
        <journeyPhases><journeyPhase phaseID="P1"><phaseName>One</phaseName></journeyPhase></journeyPhases>
        <actors><endUser actorID="A"/><serviceProvider actorID="B"/></actors>
        <touchpoints>
        <actualCommunicationPoint><touchpointID>T1</touchpointID><belongsTo phaseIDref="P1"/>
        <receiver><refersTo actorIDref="B"/></receiver></actualCommunicationPoint>
        <actualAction><touchpointID>T2</touchpointID><belongsTo phaseIDref="P1"/></actualAction>
        <actualCommunicationPoint><touchpointID>T3</touchpointID><belongsTo phaseIDref="P1"/>
        <touchpointExperience><experienceRating>1e308</experienceRating></touchpointExperience>
        </actualCommunicationPoint>
        </touchpoints></actualJourney></CJML>
        """

    @Test func aTouchpointWithoutAnInitiatorIsWrittenBackWithoutOne() throws {
        let read = try JourneyCJMLFormat().read(Data(document.utf8), file: "odd.cjml")
        let written = String(decoding: try JourneyCJMLFormat().write(read.map), as: UTF8.self)
        let compact = written.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(!compact.contains("<initiator>"), "\(written)")
        #expect(compact.contains("<receiver><refersTo actorIDref=\"B\"/></receiver>"), "\(written)")
    }

    @Test func aMapsTouchpointNeverHasOnePersonaAsBothParties() throws {
        let map = JourneyMap(
            id: "m", title: "M", personas: [Persona(id: "p", name: "P")],
            stages: [
                Stage(
                    id: "s", name: "S",
                    items: [Item(id: "t", kind: .touchpoint, laneID: "touchpoints", text: "T", personaIDs: ["p"])])
            ], lanes: [Lane(kind: .touchpoints)])
        let parties = CJMLPlan.parties(of: map.stages[0].items[0], in: map)
        #expect(parties.initiator == "p" && parties.receiver == nil)
    }

    @Test func aRatingWhoseScoreIsNoNumberGivesNoScore() throws {
        let read = try JourneyCJMLFormat().read(Data(document.utf8), file: "odd.cjml")
        let emotion = try #require(read.map.allItems.first { $0.kind == .emotion })
        #expect(emotion.score == nil)
        #expect(read.diagnostics.contains { $0.code == "cjml-rating-not-a-number" })
        #expect(!read.map.validate().contains { $0.severity == .error })
        let written = String(decoding: try JourneyCJMLFormat().write(read.map), as: UTF8.self)
        #expect(written.contains("<experienceRating>1e308</experienceRating>"))
    }

    @Test func emotionsFindTheNearestFreeTouchpointAsASearchWould() {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<200 {
            let count = Int.random(in: 0...12, using: &random)
            var slots = FreeSlots(count: count)
            var free = Array(repeating: true, count: count)
            for _ in 0..<20 where count > 0 {
                let slot = Int.random(in: -1...count, using: &random)
                let before = (0..<count).last { $0 <= slot && free[$0] }
                let after = (0..<count).first { $0 >= slot && free[$0] }
                #expect(slots.last(atOrBefore: slot) == before)
                #expect(slots.first(atOrAfter: slot) == after)
                if let taken = Bool.random(using: &random) ? before : after {
                    slots.take(taken)
                    free[taken] = false
                }
            }
        }
    }
}
