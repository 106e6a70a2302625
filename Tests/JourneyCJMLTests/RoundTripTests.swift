import Foundation
import JourneyModel
import JourneyXML
import Testing

@testable import JourneyCJML

/// CJML → JourneyKit → CJML loses nothing CJML had, and the examples survive JourneyKit → CJML →
/// JourneyKit with what CJML carries.
@Suite struct RoundTripTests {
    @Test(arguments: Fixture.cjml)
    func writesBackTheSameDocument(fixture: Fixture) throws {
        let journeys = try fixture.truth.journeys ?? 1
        for journey in 1...journeys {
            let map = try fixture.read(journey: journey).map
            let written = try JourneyCJMLFormat().write(map)
            let expected = try ElementTree(fixture.data)
            let actual = try ElementTree(written)
            #expect(actual == expected, "journey \(journey):\n\(actual)\n≠\n\(expected)")
        }
    }

    @Test func theComparisonSeesWhatCounts() throws {
        let document = "<CJML version=\"2.0\"><actualJourney><journeyID> J </journeyID><comment>nan</comment>"
        let same = try ElementTree(Data((document + "<touchpoints/></actualJourney></CJML>").utf8))
        #expect(
            try ElementTree(
                Data("<CJML version=\"2.0\"><actualJourney><journeyID>J</journeyID></actualJourney></CJML>".utf8))
                == same)
        let other = try ElementTree(
            Data("<CJML version=\"2.0\"><actualJourney><journeyID>K</journeyID></actualJourney></CJML>".utf8))
        #expect(other != same)
        let reordered =
            "<CJML version=\"2.0\"><actualJourney><touchpoints><actualAction><touchpointID>2</touchpointID></actualAction><actualAction><touchpointID>1</touchpointID></actualAction></touchpoints></actualJourney></CJML>"
        let ordered =
            "<CJML version=\"2.0\"><actualJourney><touchpoints><actualAction><touchpointID>1</touchpointID></actualAction><actualAction><touchpointID>2</touchpointID></actualAction></touchpoints></actualJourney></CJML>"
        #expect(try ElementTree(Data(reordered.utf8)) != ElementTree(Data(ordered.utf8)), "touchpoint order counts")
    }

    @Test(arguments: Fixture.cjml)
    func readsBackTheSameMap(fixture: Fixture) throws {
        let map = try fixture.read().map
        let again = try JourneyCJMLFormat().read(JourneyCJMLFormat().write(map), file: nil).map
        #expect(again == map)
    }

    @Test(arguments: Fixture.all)
    func writesTheSameBytesEachTime(fixture: Fixture) throws {
        let map = try fixture.read().map
        #expect(try JourneyCJMLFormat().write(map) == JourneyCJMLFormat().write(map))
    }

    /// The swimlane dialect is written as CJML 2.0 with its actors, touchpoints, texts, channels
    /// and times.
    @Test func theSwimlaneDialectBecomesCJML() throws {
        let fixture = try #require(Fixture.all.first { $0.isSwimlane })
        let map = try fixture.read().map
        let written = try JourneyCJMLFormat().write(map)
        #expect(String(decoding: written, as: UTF8.self).hasPrefix("<CJML version=\"2.0\">"))
        let again = try JourneyCJMLFormat().read(written, file: nil).map
        #expect(again.personas.map(\.name) == map.personas.map(\.name))
        #expect(again.personas.map(\.role) == ["Customer", "Service provider"], "the roles of the actor elements")
        func names(_ ids: [String], in map: JourneyMap) -> [String] { ids.compactMap { map.persona(withID: $0)?.name } }
        let pairs = zip(again.allItems, map.allItems)
        #expect(again.allItems.count == map.allItems.count)
        for (read, original) in pairs {
            #expect(read.text == original.text)
            #expect(read.kind == original.kind)
            #expect(read.channel == original.channel)
            #expect(names(read.personaIDs, in: again) == names(original.personaIDs, in: map))
            #expect(
                read.extensions["cjml", "timestamp.timeStarted"] == original.extensions["cjml", "timestamp.timeStarted"]
            )
        }
    }

    @Test(arguments: Examples.all)
    func examplesConvertToCJMLAndBack(example: URL) throws {
        let map = try JourneyXMLFormat().read(Data(contentsOf: example), file: example.lastPathComponent).map
        let format = JourneyCJMLFormat()
        let written = try format.write(map)
        let back = try format.read(written, file: "written.cjml").map
        #expect(back.title == map.title)
        #expect(back.state == map.state)
        #expect(back.summary == map.summary)
        #expect(back.personas.map(\.name) == map.personas.map(\.name))
        let carried = map.stages.filter { stage in stage.items.contains { [.action, .touchpoint].contains($0.kind) } }
        #expect(back.stages.map(\.name) == map.stages.map(\.name))
        for (original, read) in zip(carried, back.stages.filter { !$0.items.isEmpty }) {
            let kinds: Set<ItemKind> = [.action, .touchpoint]
            let expected = original.items.filter { kinds.contains($0.kind) }
            let actual = read.items.filter { kinds.contains($0.kind) }
            #expect(actual.map(\.text) == expected.map(\.text), "\(original.name)")
            #expect(actual.map(\.kind) == expected.map(\.kind), "\(original.name)")
            #expect(actual.map(\.detail) == expected.map(\.detail), "\(original.name)")
        }
        let report = format.lossReport(for: map)
        #expect(!report.isEmpty, "the examples hold lanes CJML cannot carry")
        #expect(report.allSatisfy { $0.severity == .warning && $0.code.hasPrefix("cjml-") })
        let writtenTwice = try format.write(back)
        #expect(try format.write(format.read(writtenTwice, file: nil).map) == writtenTwice)
    }
}
