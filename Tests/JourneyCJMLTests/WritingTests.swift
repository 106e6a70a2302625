import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyCJML

/// JourneyKit → CJML: the tools' shape, and a report of everything CJML cannot carry.
@Suite struct WritingTests {
    private let map = JourneyMap(
        id: "dentist", title: "Seeing the dentist", summary: "A check-up", state: .future,
        personas: [
            Persona(id: "eva", name: "Eva", role: "Patient", goals: ["No pain"]),
            Persona(id: "clinic", name: "Clinic", role: "Service provider"),
        ],
        stages: [
            Stage(
                id: "book", name: "Book", goal: "Get a time",
                items: [
                    Item(
                        id: "call", kind: .touchpoint, laneID: "touchpoints", text: "Calls the clinic",
                        personaIDs: ["eva", "clinic"], channel: .phone),
                    Item(id: "feel", kind: .emotion, laneID: "emotions", text: "Nervous", score: EmotionScore(-1)),
                    Item(id: "pain", kind: .painPoint, laneID: "pains", text: "Long wait"),
                ]),
            Stage(
                id: "visit", name: "Visit",
                items: [
                    Item(id: "go", kind: .action, laneID: "actions", text: "Goes there", tags: ["deviation"]),
                    Item(id: "calm", kind: .emotion, laneID: "emotions", text: "Calm", score: EmotionScore(1)),
                    Item(id: "calm2", kind: .emotion, laneID: "emotions", text: "Still calm", score: EmotionScore(1)),
                ]),
        ],
        lanes: [
            Lane(kind: .touchpoints), Lane(kind: .actions), Lane(kind: .emotions),
            Lane(id: "pains", kind: .painPoints, title: "Pains"),
        ])

    @Test func writesTheToolsShape() throws {
        let text = String(decoding: try JourneyCJMLFormat().write(map), as: UTF8.self)
        #expect(text.hasPrefix("<CJML version=\"2.0\">"), "no XML declaration, like the CJML tools")
        #expect(text.contains("<plannedJourney>"))
        #expect(text.contains("<patient actorID=\"eva\""))
        #expect(text.contains("<serviceProvider actorID=\"clinic\">"))
        #expect(text.contains("<plannedCommunicationPoint>"))
        #expect(text.contains("<touchpointID>T1</touchpointID>"))
        #expect(text.contains("<touchpointID>D2</touchpointID>"), "a deviation's identifier starts with D")
        #expect(text.contains("<experienceRating>2</experienceRating>"))
        #expect(text.contains("<channelName>phone</channelName>"))
        #expect(text.contains("<refersTo actorIDref=\"clinic\"/>"))
    }

    @Test func reportsWhatCJMLCannotCarry() {
        let codes = JourneyCJMLFormat().lossReport(for: map).map(\.code)
        #expect(codes.contains("cjml-items-dropped"))
        #expect(codes.contains("cjml-stage-details-dropped"))
        #expect(codes.contains("cjml-persona-details-dropped"))
        #expect(codes.contains("cjml-emotion-dropped"), "two emotions for one action")
        #expect(!codes.contains("cjml-item-details-dropped"), "the deviation tag is carried by the identifier")
    }

    @Test func reportsActivitiesAsItemDetails() throws {
        var map = map
        map.stages[0].items[0].activities = ["booking_call"]
        let report = JourneyCJMLFormat().lossReport(for: map)
        let entry = try #require(report.first { $0.code == "cjml-item-details-dropped" })
        #expect(entry.path == .item("call", inStage: "book"))
        #expect(entry.message.contains("activities"))
    }

    @Test func aCJMLMapReportsNothing() throws {
        for fixture in Fixture.all {
            let map = try fixture.read().map
            #expect(JourneyCJMLFormat().lossReport(for: map).isEmpty, "\(fixture)")
        }
    }

    @Test func refusesTextXMLCannotCarryWithAWriteError() {
        var map = map
        map.title = "Bell \u{7}"
        #expect(throws: WriteError.self) { try JourneyCJMLFormat().write(map) }
    }

    @Test func keptElementsThatCannotBeWrittenAreReported() throws {
        var map = map
        map.extensions["cjml", "extra"] = "not json"
        map.stages[0].extensions["cjml", "extra"] = #"[{"n":"bad name"}]"#
        let codes = JourneyCJMLFormat().lossReport(for: map).map(\.code)
        #expect(codes.contains("cjml-kept-elements-dropped"))
        let text = String(decoding: try JourneyCJMLFormat().write(map), as: UTF8.self)
        #expect(!text.contains("bad name"))
    }

    @Test func writesEverySampleMap() throws {
        for sample in [SampleMaps.everyField, SampleMaps.clean] {
            _ = try JourneyCJMLFormat().write(sample)
        }
    }
}
