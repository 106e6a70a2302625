import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

/// A file whose rows mix delimiters reads either into a map every format can write, or not at all:
/// never into one that JSON and SVG accept and the canonical XML refuses.
@Suite("Rows that mix delimiters")
struct MixedDelimiterTests {
    private func read(_ text: String, format: JourneyCSVFormat = JourneyCSVFormat()) throws -> ReadResult {
        try format.read(Data(text.utf8), file: "mixed.csv")
    }

    @Test func aTabForACommaInAnIdentifierCellIsAnErrorAtThatCell() throws {
        let csv = """
            stage,lane,kind,text,id,step,personas\r
            awareness,thoughts,thought,A hybrid would pay off,aw-th-hybrid,\tjonas\r

            """
        let error = try #require(throws: ReadError.self) { try read(csv) }
        #expect(error.location == SourceLocation(file: "mixed.csv", line: 2, column: 6))
        #expect(error.message.contains("'\\tjonas' in the step column is not an identifier"), "\(error.message)")
        #expect(error.message.contains("another delimiter than the file's ','"), "\(error.message)")
    }

    @Test func identifiersInSectionsAreCheckedToo() throws {
        let csv = """
            stage,lane,kind,text\r
            s,actions,action,Reads\r
            #personas\r
            id,name\r
            anna lee,Anna\r

            """
        let error = try #require(throws: ReadError.self) { try read(csv) }
        #expect(error.location == SourceLocation(file: "mixed.csv", line: 5, column: 1))
        #expect(error.message.contains("'anna lee' in the id column is not an identifier"))
        let missing = try #require(throws: ReadError.self) {
            try read(
                "stage,lane,kind,text\r\ns,actions,action,Reads\r\n#lanes\r\nid,kind,title\r\n,actions,Actions\r\n")
        }
        #expect(missing.message.contains("the lane has no identifier"))
        #expect(missing.location == SourceLocation(file: "mixed.csv", line: 5, column: 1))
    }

    @Test func anItemOutsideTheLanesSectionsIdentifiersIsAnError() throws {
        let csv =
            "stage,lane,kind,text\r\ns,my actions,action,Reads\r\n#lanes\r\nid,kind,title\r\nactions,actions,A\r\n"
        let error = try #require(throws: ReadError.self) { try read(csv) }
        #expect(error.location == SourceLocation(file: "mixed.csv", line: 2, column: 2))
        #expect(error.message.contains("'my actions' in the lane column is not an identifier"))
    }

    @Test func emptyVocabularyCellsReadAsMissingAndBadLanguagesAreKept() throws {
        let csv = """
            stage,lane,kind,text,channel,content_type\r
            s,actions,"","Reads","",""\r
            #map\r
            id,title,language\r
            m,M,English (UK)\r

            """
        let result = try read(csv)
        let item = try #require(result.map.allItems.first)
        #expect(item.kind == .action && item.channel == nil && item.contentType == nil)
        #expect(result.map.language == nil)
        #expect(result.map.extensions["csv", "language"] == "English (UK)")
        #expect(result.diagnostics.contains { $0.code == "csv-invalid-value" && $0.message.contains("language tag") })
        _ = try JourneyXMLFormat().write(result.map)
    }

    @Test func identifierListsSplitOnAnyWhiteSpace() throws {
        let csv = "stage,lane,kind,text,personas\r\ns,actions,action,Reads,\"anna  ben\tcarla\"\r\n"
        let item = try #require(try read(csv).map.allItems.first)
        #expect(item.personaIDs == ["anna", "ben", "carla"])
    }

    @Test func theGridKeepsAnIdentifierOrLanguageItCannotUse() throws {
        let csv = "Title,Buying\r\nid,my map\r\nLanguage,\"German, Swiss\"\r\n\r\nLane,Awareness\r\nActions,Reads\r\n"
        let result = try read(csv)
        #expect(result.map.id == "buying")
        #expect(result.map.language == nil)
        #expect(result.map.metadata["id"] == "my map" && result.map.metadata["Language"] == "German, Swiss")
        _ = try JourneyXMLFormat().write(result.map)
    }

    /// The example written in the long layout, with delimiters swapped here and there: whatever reads
    /// must also write as the canonical XML, as it writes as JSON.
    @Test func whateverReadsAlsoWritesAsXML() throws {
        let example = packageRoot().appendingPathComponent("Examples/car-purchase.journey.xml")
        let map = try JourneyMap(Data(contentsOf: example), format: .xml)
        let original = Array(text(try map.export(as: .csv)).utf8)
        let commas = original.indices.filter { original[$0] == UInt8(ascii: ",") }
        var generator = SeededGenerator(seed: 7)
        var read = 0
        for variant in 0..<120 {
            var bytes = original
            for _ in 0..<(1 + variant % 6) {
                let index = commas[Int(generator.next() % UInt64(commas.count))]
                bytes[index] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")][variant % 3]
            }
            guard let result = try? JourneyCSVFormat().read(Data(bytes), file: "mixed.csv") else { continue }
            read += 1
            #expect(throws: Never.self, "variant \(variant)") { try JourneyXMLFormat().write(result.map) }
        }
        #expect(read > 10)
    }
}
