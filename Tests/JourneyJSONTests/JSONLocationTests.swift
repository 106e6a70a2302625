import Foundation
import JourneyJSON
import JourneyModel
import JourneyTestSupport
import Testing

/// Errors in a JSON map name the line and column of the value at fault, not only its path.
@Suite("JSON error locations")
struct JSONLocationTests {
    private func error(reading text: String) throws -> ReadError {
        try #require(throws: ReadError.self) { try JourneyJSONFormat().read(Data(text.utf8), file: "m.json") }
    }

    @Test func aValueOfTheWrongTypeIsLocated() throws {
        let text = """
            {
              "format": "journeykit-map", "version": 1,
              "map": {
                "id": "m",
                "title": 5
              }
            }
            """
        let wrong = try error(reading: text)
        #expect(wrong.message == "expected a string at map.title")
        #expect(wrong.location.line == 5 && wrong.location.column == 14)
        #expect(wrong.description.hasPrefix("m.json:5:14: error: "))
    }

    @Test func aPathThroughArraysAndEscapedKeysIsFollowed() throws {
        let text = """
            {"format": "journeykit-map", "version": 1, "map": {"id": "m", "title": "t", "x\\u0079": [1, {"a": "]"}],
             "stages": [
               {"id": "a", "name": "A", "items": []},
               {"id": "b", "name": "B\\"}", "items": [
                 {"id": "i", "kind": "action", "lane": "actions", "text": "t", "score": "high"}
               ]}
             ]}}
            """
        let wrong = try error(reading: text)
        #expect(wrong.message == "expected an object at map.stages[1].items[0].score")
        #expect(wrong.location.line == 5)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[4]
        let column = line.distance(from: line.startIndex, to: line.range(of: "\"high\"")!.lowerBound) + 1
        #expect(wrong.location.column == column)
    }

    @Test func aMissingKeyPointsAtItsObject() throws {
        let wrong = try error(
            reading: #"{"format": "journeykit-map", "version": 1, "map": {"title": "t", "stages": []}}"#)
        #expect(wrong.message.contains("\"id\" is missing"))
        #expect(wrong.location.line == 1 && wrong.location.column == 51)
    }

    @Test func generatedMapsWithTheirTitleBrokenAreLocatedOnTheTitlesLine() throws {
        var generator = MapGenerator(seed: 7)
        for _ in 0..<20 {
            let map = generator.map()
            let text = String(decoding: try JourneyJSONFormat().write(map), as: UTF8.self)
            // The map's own title (its keys are indented by four spaces) becomes a number; lanes,
            // personas and transitions before or after it have titles and names of their own.
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let target = try #require(lines.firstIndex { $0.hasPrefix("    \"title\" : \"") })
            lines[target] = "    \"title\" : 12,"
            let wrong = try error(reading: lines.joined(separator: "\n"))
            #expect(wrong.message == "expected a string at map.title")
            #expect(wrong.location.line == target + 1 && wrong.location.column == 15, "\(wrong)")
        }
    }
}
