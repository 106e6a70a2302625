import Foundation
import JourneyModel
import Testing

@testable import JourneyCJML

/// Each fixture reads as its truth file says: stages, personas, items in order, ratings, diagnostics.
@Suite struct ReadingTests {
    @Test(arguments: Fixture.all)
    func readsAsTheTruthSays(fixture: Fixture) throws {
        let truth = try fixture.truth
        let result = try fixture.read()
        let map = result.map
        #expect(map.title == truth.title)
        #expect(map.state.rawValue == truth.state)
        #expect(map.extensions["cjml", "version"] == truth.version)
        #expect(map.stages.map(\.name) == truth.stages)
        #expect(map.personas.map(\.name) == truth.personas.map(\.name))
        #expect(map.personas.map(\.role) == truth.personas.map(\.role))
        #expect(map.personas.map(\.organization) == truth.personas.map(\.organization))
        let actorIDs = Dictionary(
            map.personas.map { ($0.id, $0.extensions["cjml", "actor-id"] ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let items = map.stages.flatMap { stage in stage.items.map { (stage.name, $0) } }
        #expect(items.count == truth.items.count, "\(items.map(\.1.text))")
        for ((stage, item), expected) in zip(items, truth.items) {
            #expect(stage == expected.stage, "\(item.text)")
            #expect(item.kind.rawValue == expected.kind, "\(item.text)")
            #expect(item.text == expected.text)
            #expect(item.channel?.rawValue == expected.channel, "\(item.text)")
            #expect(item.extensions["cjml", "initiator"].flatMap { actorIDs[$0] } == expected.initiator, "\(item.text)")
            #expect(item.extensions["cjml", "receiver"].flatMap { actorIDs[$0] } == expected.receiver, "\(item.text)")
            #expect(item.tags.contains("deviation") == (expected.deviation ?? false), "\(item.text)")
            #expect(item.score?.source?.value == expected.rating, "\(item.text)")
        }
        #expect(Set(result.diagnostics.map(\.code)) == Set(truth.diagnostics), "\(result.diagnostics)")
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location?.file == fixture.url.lastPathComponent)
            #expect((diagnostic.location?.line ?? 0) > 0, "\(diagnostic)")
        }
    }

    @Test func ratingsBecomeEmotionScores() throws {
        let map = try #require(Fixture.all.first { $0.name == "version-3.0" }).read().map
        let scores = map.allItems.compactMap(\.score).map(\.value)
        #expect(scores == [0, 1, -2])
        #expect(map.allItems.compactMap(\.score).allSatisfy { $0.source?.minimum == 1 && $0.source?.maximum == 5 })
    }

    @Test func timestampsAndComplianceAreKept() throws {
        let map = try #require(Fixture.all.first { $0.name == "version-3.0" }).read().map
        let first = try #require(map.stages.first?.items.first)
        #expect(first.extensions["cjml", "timestamp.timeStarted"] == "2024-03-04 09:12:00")
        #expect(first.extensions["cjml", "timestamp.timeCompleted"] == "2024-03-04 09:30:00")
        #expect(first.extensions["cjml", "compliance"] == "completed")
        #expect(map.extensions["cjml", "extra"]?.contains("journeyLongSummary") == true)
    }

    @Test func choosesAJourneyOfSeveral() throws {
        let fixture = try #require(Fixture.all.first { $0.name == "editor-2.0-one-line" })
        let second = try fixture.read(journey: 2)
        #expect(second.map.state == .current)
        #expect(second.map.extensions["cjml", "journey-id"] == "Renew passport, as it went")
        #expect(second.diagnostics.allSatisfy { $0.code != "cjml-several-journeys" })
        #expect(second.map.personas.map { $0.extensions["cjml", "actor-reference"] } == ["true", "true"])
        let compliance = second.map.allItems.compactMap { $0.extensions["cjml", "compliance"] }
        #expect(compliance == ["completed", "adhoc", "missing"])
        #expect(throws: ReadError.self) { try fixture.read(journey: 3) }
    }

    @Test func undeclaredActorsBecomePersonasWithAWarning() throws {
        let result = try #require(Fixture.all.first { $0.name == "excel-converter-2.0" }).read()
        let pharmacy = try #require(result.map.personas.last)
        #expect(pharmacy.extensions["cjml", "undeclared"] == "true")
        #expect(result.diagnostics.contains { $0.code == "cjml-undeclared-actor" && $0.location?.line == 72 })
    }

    /// A rating outside 1…5 is kept as it is, as Mermaid's reader keeps a score outside 1…5: the
    /// reader warns and validation reports the score; nothing else is wrong with a read map.
    @Test func readMapsValidate() throws {
        for fixture in Fixture.all {
            let map = try fixture.read().map
            let errors = map.validate().filter { $0.severity == .error && $0.code != "score-out-of-range" }
            #expect(errors.isEmpty, "\(fixture): \(errors)")
        }
    }

    @Test func identifiersStayUniqueAcrossTheMap() throws {
        let text = """
            <CJML version="2.0"><actualJourney><journeyID>P1</journeyID><journeyPhases>
            <journeyPhase phaseID="P1"><phaseName>One</phaseName></journeyPhase></journeyPhases>
            <actors><endUser actorID="P1"/></actors><touchpoints><actualAction><touchpointID>P1</touchpointID>
            <belongsTo phaseIDref="P1"/><initiator><refersTo actorIDref="P1"/></initiator></actualAction>
            </touchpoints></actualJourney></CJML>
            """
        let map = try JourneyCJMLFormat().read(Data(text.utf8), file: nil).map
        let ids = [map.id] + map.stages.map(\.id) + map.personas.map(\.id) + map.allItems.map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(map.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func recognizesCJMLByItsRoot() {
        let format = JourneyCJMLFormat()
        #expect(format.recognizes(ContentSample(Data("<!-- c -->\n<CJML version=\"2.0\"><actualJourney/>".utf8))))
        #expect(format.recognizes(ContentSample(Data("<cjml>undefined<actor id='a'>".utf8))))
        #expect(!format.recognizes(ContentSample(Data("<journeyMap xmlns=\"urn:journeykit:journey-map:1\">".utf8))))
        #expect(!format.recognizes(ContentSample(Data("<CJML xmlns=\"urn:other\">".utf8))))
        #expect(!format.recognizes(ContentSample(Data("journey\n  title CJML".utf8))))
    }
}
