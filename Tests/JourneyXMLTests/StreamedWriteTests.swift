import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

/// Writing piece by piece gives the bytes the document written whole gives.
@Suite("Canonical XML written piece by piece")
struct StreamedWriteTests {
    /// The pieces a streamed write hands on.
    private func pieces(_ map: JourneyMap, _ format: JourneyXMLFormat = JourneyXMLFormat()) throws -> [Data] {
        try StreamedWrites.pieces(format, map)
    }

    private func expectSameBytes(_ map: JourneyMap, _ comment: Comment? = nil) throws {
        for format in [JourneyXMLFormat(), JourneyXMLFormat(indentation: nil), JourneyXMLFormat(indentation: "\t")] {
            #expect(try pieces(map, format).reduce(Data(), +) == (try format.write(map)), comment)
        }
    }

    @Test func writesTheExamplesAsTheWholeDocument() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".journey.xml")
        }
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let map = try JourneyMap(data, format: .xml)
            try expectSameBytes(map, "\(name)")
            #expect(try pieces(map).reduce(Data(), +) == data, "\(name)")
        }
    }

    @Test func writesEveryFieldAsTheWholeDocument() throws {
        try expectSameBytes(SampleMaps.everyField)
        try expectSameBytes(JourneyMap(id: "m", title: ""))
    }

    @Test(arguments: 0..<50)
    func writesGeneratedMapsAsTheWholeDocument(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        try expectSameBytes(generator.map(), "seed \(seed)")
    }

    @Test func handsALargeMapOnInPiecesNoneOfThemTheWholeDocument() throws {
        let map = StreamedWrites.largeMap(cards: 3_000)
        let whole = try JourneyXMLFormat().write(map)
        let handed = try pieces(map)
        #expect(handed.count >= whole.count / (128 * 1024))
        #expect(handed.count > 1)
        #expect(handed.allSatisfy { $0.count < whole.count / 2 })
        #expect(handed.reduce(Data(), +) == whole)
    }

    @Test func stopsAtTheOutputsError() throws {
        #expect(
            try StreamedWrites.piecesOfferedToAFullOutput(JourneyXMLFormat(), StreamedWrites.largeMap(cards: 3_000))
                == 1)
    }

    @Test func refusesWhatTheWholeDocumentRefuses() throws {
        let map = JourneyMap(id: "has space", title: "T")
        #expect(throws: WriteError.self) { try JourneyXMLFormat().write(map) }
        #expect(throws: WriteError.self) { try JourneyXMLFormat().write(map, to: { _ in }) }
    }
}
