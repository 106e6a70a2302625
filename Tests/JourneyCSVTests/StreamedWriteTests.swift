import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

/// Writing CSV piece by piece gives the bytes the table written whole gives.
@Suite("CSV written piece by piece")
struct StreamedCSVWriteTests {
    private func pieces(_ map: JourneyMap, _ format: JourneyCSVFormat) throws -> [Data] {
        try StreamedWrites.pieces(format, map)
    }

    private static let formats = [
        JourneyCSVFormat(), JourneyCSVFormat(delimiter: .tab, byteOrderMark: false),
        JourneyCSVFormat(layout: .grid), JourneyCSVFormat(layout: .grid, delimiter: ";", neutralizesFormulas: false),
    ]

    @Test(arguments: 0..<40)
    func writesGeneratedMapsAsTheWholeTable(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        for format in Self.formats {
            #expect(try pieces(map, format).reduce(Data(), +) == (try format.write(map)), "seed \(seed)")
        }
    }

    @Test func writesEveryFieldAndAnEmptyMapAsTheWholeTable() throws {
        for map in [SampleMaps.everyField, JourneyMap(id: "m", title: "")] {
            for format in Self.formats {
                #expect(try pieces(map, format).reduce(Data(), +) == (try format.write(map)))
            }
        }
    }

    @Test func handsALargeMapOnInPiecesEndingWithARecord() throws {
        let map = StreamedWrites.largeMap(cards: 5_000)
        let whole = try JourneyCSVFormat().write(map)
        let handed = try pieces(map, JourneyCSVFormat())
        #expect(handed.count > 1)
        #expect(handed.allSatisfy { $0.count < 2 * 65_536 })
        #expect(handed.allSatisfy { $0.suffix(2) == Data("\r\n".utf8) })
        #expect(handed.reduce(Data(), +) == whole)
    }

    @Test func stopsAtTheOutputsErrorAndRefusesWhatTheWholeTableRefuses() throws {
        let map = StreamedWrites.largeMap(cards: 5_000)
        #expect(try StreamedWrites.piecesOfferedToAFullOutput(JourneyCSVFormat(), map) == 1)
        let nul = JourneyMap(id: "m", title: "A\u{0}B")
        #expect(throws: WriteError.self) { try JourneyCSVFormat().write(nul) }
        #expect(throws: WriteError.self) { try JourneyCSVFormat().write(nul, to: { _ in }) }
    }
}
