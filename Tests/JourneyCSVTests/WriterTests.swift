import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyCSV

@Suite("Writing CSV records")
struct WriterTests {
    private func write(_ rows: [[String?]], delimiter: Character = ",", neutralize: Bool = false) throws -> String {
        var output = CSVOutput(
            delimiter: delimiter.asciiValue ?? 0, neutralizesFormulas: neutralize, byteOrderMark: false)
        for row in rows { try output.record(row) }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test func quotesOnlyWhatMustBeQuotedAndEndsRecordsWithCRLF() throws {
        let text = try write([["plain", "with,comma", "with \"quote\"", "two\nlines", "cr\rhere", " spaced "]])
        #expect(text == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\"cr\rhere\", spaced \r\n")
    }

    @Test func writesEmptyTextAsQuotesAndNoValueAsNothing() throws {
        #expect(try write([["", nil, "x", nil]]) == "\"\",,x,\r\n")
        #expect(try write([[]]) == "\r\n")
    }

    @Test func quotesTheDelimiterInUseOnly() throws {
        #expect(try write([["a,b", "c;d"]], delimiter: ";") == "a,b;\"c;d\"\r\n")
        #expect(try write([["a\tb", "c,d"]], delimiter: "\t") == "\"a\tb\"\tc,d\r\n")
    }

    @Test func refusesNULCharacters() throws {
        let error = try #require(throws: WriteError.self) { try write([["bad\u{0}text"]]) }
        #expect(error.message.contains("NUL"))
        var map = SampleMaps.clean
        map.stages[0].items[0].text = "a\u{0}b"
        let mapError = try #require(throws: WriteError.self) { try map.export(as: .csv) }
        #expect(mapError.path == ElementPath.item(map.stages[0].items[0].id, inStage: map.stages[0].id))
    }

    @Test func writesAByteOrderMarkByDefault() throws {
        let data = try SampleMaps.clean.export(as: .csv)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "s")]))
        let plain = try SampleMaps.clean.export(as: JourneyCSVFormat(byteOrderMark: false))
        #expect(plain.starts(with: Array("stage,lane,kind,text,".utf8)))
    }

    @Test func writesTheSameBytesForTheSameMap() throws {
        for layout in JourneyCSVFormat.Layout.allCases {
            let format = JourneyCSVFormat(layout: layout)
            #expect(try SampleMaps.everyField.export(as: format) == SampleMaps.everyField.export(as: format))
        }
    }

    @Test func writesWithTheChosenDelimiter() throws {
        let semicolons = text(try SampleMaps.clean.export(as: .csv(layout: .long, delimiter: ";")))
        #expect(semicolons.hasPrefix("stage;lane;kind;text;id;"))
        let tabs = text(try SampleMaps.clean.export(as: .tsv))
        #expect(tabs.hasPrefix("stage\tlane\tkind\ttext\tid\t"))
        let grid = text(try SampleMaps.clean.export(as: .csv(layout: .grid, delimiter: ";")))
        #expect(grid.contains("\r\nLane;Awareness;Purchase\r\n"))
    }

    @Test func refusesDelimitersThatCannotSeparateCells() throws {
        for delimiter: JourneyCSVFormat.Delimiter in ["\"", "a", "7", "\n", "é"] {
            #expect(throws: WriteError.self) { try SampleMaps.clean.export(as: JourneyCSVFormat(delimiter: delimiter)) }
        }
    }

    @Test func refusesNumbersThatCannotBeReadBack() throws {
        var map = SampleMaps.clean
        map.stages[0].items[1].score = EmotionScore(.nan)
        #expect(throws: WriteError.self) { try map.export(as: .csv) }
        map = SampleMaps.clean
        map.stages[0].items[3].metric?.target = .infinity
        #expect(throws: WriteError.self) { try map.export(as: .csv) }
    }

    @Test func refusesStagesThatShareAnIdentifier() throws {
        var map = SampleMaps.clean
        map.stages[1].id = map.stages[0].id
        let error = try #require(throws: WriteError.self) { try map.export(as: .csv) }
        #expect(error.message.contains("two stages have the identifier"))
        #expect(throws: Never.self) { try map.export(as: .csv(layout: .grid)) }
    }
}
