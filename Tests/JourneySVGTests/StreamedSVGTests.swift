import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import Testing

/// Drawing piece by piece gives the bytes the drawing written whole gives.
@Suite("SVG written piece by piece")
struct StreamedSVGTests {
    private func pieces(_ map: JourneyMap, _ format: JourneySVGFormat) throws -> [Data] {
        try StreamedWrites.pieces(format, map)
    }

    @Test func writesTheExamplesAndEveryFieldAsTheWholeDrawing() throws {
        let maps = try exampleMaps().map(\.map) + [SampleMaps.everyField, JourneyMap(id: "m", title: "")]
        for map in maps {
            for format in [
                JourneySVGFormat(), JourneySVGFormat(theme: .dark, width: 900), JourneySVGFormat(locale: "ar"),
            ] {
                #expect(try pieces(map, format).reduce(Data(), +) == (try format.write(map)), "\(map.id)")
            }
        }
    }

    @Test(arguments: 0..<20)
    func writesGeneratedMapsAsTheWholeDrawing(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        #expect(try pieces(map, JourneySVGFormat()).reduce(Data(), +) == (try JourneySVGFormat().write(map)))
    }

    @Test func handsALargeDrawingOnInPieces() throws {
        let map = Fixtures.grid(stages: 20, lanes: 30, cardsPerCell: 1)
        let whole = try JourneySVGFormat().write(map)
        let handed = try pieces(map, JourneySVGFormat())
        #expect(handed.count > 2)
        #expect(handed.allSatisfy { $0.count < whole.count / 2 })
        #expect(handed.reduce(Data(), +) == whole)
        #expect(whole.last == 0x0A)
    }

    @Test func stopsAtTheOutputsError() throws {
        let map = Fixtures.grid(stages: 20, lanes: 30, cardsPerCell: 1)
        #expect(try StreamedWrites.piecesOfferedToAFullOutput(JourneySVGFormat(), map) == 1)
    }

    @Test func refusesWhatTheWholeDrawingRefuses() throws {
        let map = JourneyMap(id: "m", title: "T")
        #expect(throws: WriteError.self) { try JourneySVGFormat(fontSize: 2).write(map, to: { _ in }) }
        let control = JourneyMap(id: "m", title: "A\u{1}B")
        #expect(throws: WriteError.self) { try JourneySVGFormat().write(control) }
        #expect(throws: WriteError.self) { try JourneySVGFormat().write(control, to: { _ in }) }
    }
}
