import Foundation
import JourneyJSON
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("JSON")
struct JSONFormatTests {
    @Test func roundTripsEveryField() throws {
        let map = SampleMaps.everyField
        #expect(try JourneyMap(map.export(as: .json), format: .json) == map)
    }

    @Test(arguments: 0..<200)
    func roundTripsGeneratedMaps(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let data = try map.export(as: .json)
        let again = try JourneyMap(data, format: .json)
        #expect(again == map, "seed \(seed)")
        #expect(try again.export(as: .json) == data)
    }

    @Test func writesSortedKeysAndLeavesOutWhatIsEmpty() throws {
        let text = String(decoding: try SampleMaps.clean.export(as: .json), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\" : \"journeykit-map\",\n  \"map\" : {"))
        #expect(text.hasSuffix("\"version\" : 1\n}\n"))
        #expect(!text.contains("\"tags\""))
        #expect(!text.contains("\"activities\""))
        #expect(!text.contains("\"extensions\""))
        #expect(!text.contains("null"))
    }

    @Test func readsHandWrittenMapsWithoutEmptyLists() throws {
        let text = """
            {"format": "journeykit-map", "version": 1,
             "map": {"id": "m", "title": "Hand-written",
                     "stages": [{"id": "s", "name": "S", "items": [{"id": "i", "kind": "action", "lane": "l", "text": "Do"}]}]}}
            """
        let map = try JourneyMap(Data(text.utf8), format: .json)
        #expect(map.kind == .b2c && map.state == .current && map.scope == .customerJourney)
        #expect(map.stages[0].items[0].tags == [] && map.personas == [])
    }

    @Test func locatesErrors() throws {
        let format = JourneyJSONFormat()
        let syntax = try #require(throws: ReadError.self) {
            try format.read(Data("{\n  \"format\": \"journeykit-map\",\n  \"map\": {,\n}".utf8), file: "m.json")
        }
        #expect(syntax.location.file == "m.json")
        #expect(syntax.location.line == 3)
        let missing = try #require(throws: ReadError.self) {
            try format.read(
                Data(#"{"format": "journeykit-map", "version": 1, "map": {"id": "m", "stages": [{"id": "s"}]}}"#.utf8),
                file: "m.json")
        }
        #expect(missing.message.contains("\"title\"") || missing.message.contains("\"name\""))
        let wrongType = try #require(throws: ReadError.self) {
            try format.read(
                Data(#"{"format": "journeykit-map", "version": 1, "map": {"id": "m", "title": 5}}"#.utf8),
                file: "m.json")
        }
        #expect(wrongType.message.contains("expected a string at map.title"))
    }

    @Test func refusesOtherFormatsAndVersions() throws {
        let format = JourneyJSONFormat()
        let version = try #require(throws: ReadError.self) {
            try format.read(
                Data(#"{"format": "journeykit-map", "version": 2, "map": {"id": "m", "title": "t"}}"#.utf8), file: nil)
        }
        #expect(version.message.contains("version 2"))
        #expect(throws: ReadError.self) {
            try format.read(
                Data(#"{"format": "other", "version": 1, "map": {"id": "m", "title": "t"}}"#.utf8), file: nil)
        }
    }

    @Test func refusesNonFiniteNumbers() throws {
        var map = SampleMaps.clean
        map.stages[0].items[1].score = EmotionScore(.nan)
        #expect(throws: WriteError.self) { try map.export(as: .json) }
    }

    @Test func refusesIdentifiersAndLanguagesTheOtherLosslessFormatsCannotHold() throws {
        let format = JourneyJSONFormat()
        var spaced = SampleMaps.clean
        spaced.stages[0].items[0].laneID = " " + spaced.stages[0].items[0].laneID
        // Written without complaint (validation reports it), refused on reading, as XML and CSV do.
        let written = try spaced.export(as: format)
        let error = try #require(throws: ReadError.self) { try format.read(written, file: "spaced.json") }
        #expect(
            error.message.contains("the laneID \" \(SampleMaps.clean.stages[0].items[0].laneID)\" is not an identifier")
        )
        #expect(error.message.hasPrefix("stage[\(spaced.stages[0].id)]/item[\(spaced.stages[0].items[0].id)]"))
        #expect(error.location.file == "spaced.json")

        var language = SampleMaps.clean
        language.language = "not a tag"
        #expect(throws: ReadError.self) { try format.read(try language.export(as: format), file: nil) }
        #expect(try format.read(try SampleMaps.clean.export(as: format), file: nil).map == SampleMaps.clean)
    }

    @Test func recognizesItsContent() throws {
        let format = JourneyJSONFormat()
        #expect(format.recognizes(ContentSample(try SampleMaps.clean.export(as: .json))))
        #expect(
            format.recognizes(ContentSample(try SampleMaps.clean.export(as: JourneyJSONFormat(prettyPrinted: false)))))
        #expect(!format.recognizes(ContentSample(Data(#"{"format": "other"}"#.utf8))))
        #expect(!format.recognizes(ContentSample(Data("<journeyMap/>".utf8))))
    }
}
