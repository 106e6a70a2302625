import Foundation
import JourneyModel
import Testing

@testable import JourneyCSV

@Suite("Reading CSV records")
struct TokenizerTests {
    @Test func readsQuotesDelimitersAndLineBreaksInsideCells() throws {
        let csv = "a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lf\nonly\"\r\nx,y\r\n"
        let rows = try tokenize(csv).rows
        #expect(rows == [["a", "b,c", "say \"hi\"", "two\r\nlines", "lf\nonly"], ["x", "y"]])
    }

    @Test func readsLineFeedCarriageReturnAndMixedLineEnds() throws {
        #expect(try tokenize("a,b\nc,d\n").rows == [["a", "b"], ["c", "d"]])
        #expect(try tokenize("a,b\r\nc,d\r\n").rows == [["a", "b"], ["c", "d"]])
        #expect(try tokenize("a,b\rc,d\r").rows == [["a", "b"], ["c", "d"]])
        #expect(try tokenize("a\r\nb\nc\rd").rows == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func readsTheLastRecordWithoutALineBreak() throws {
        #expect(try tokenize("a,b\nc,d").rows == [["a", "b"], ["c", "d"]])
        #expect(try tokenize("a,\"b\"").rows == [["a", "b"]])
        #expect(try tokenize("a,").rows == [["a", ""]])
        #expect(try tokenize("").rows == [])
    }

    @Test func tellsAnEmptyQuotedCellFromAnAbsentOne() throws {
        let records = try tokenize("\"\",,x\n").records
        let cells = try #require(records.first?.cells)
        #expect(cells.map(\.isAbsent) == [false, true, false])
        #expect(cells.map(\.text) == ["", "", "x"])
    }

    @Test func keepsBlankLinesAsRecords() throws {
        let records = try tokenize("a\n\nb\n").records
        #expect(records.map(\.isBlank) == [false, true, false])
        #expect(records.map(\.row) == [1, 2, 3])
    }

    @Test func numbersRowsByRecordAndLinesByLineBreak() throws {
        let records = try tokenize("a,\"1\n2\n3\"\r\nb,c\n").records
        #expect(records.map(\.row) == [1, 2])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func givesTheSameRecordsWhateverTheChunkSize(chunkSize: Int) throws {
        let csv = "stage,\"lane\"\"x\",k\r\n\"multi\r\nline\",😀 emoji,\"\"\r\nlast,\"q\"\"\",end"
        let whole = try tokenize(csv)
        let chunked = try tokenize(csv, chunkSize: chunkSize)
        #expect(chunked.rows == whole.rows)
        #expect(chunked.records.map(\.line) == whole.records.map(\.line))
        #expect(chunked.records.map { $0.cells.map(\.quoted) } == whole.records.map { $0.cells.map(\.quoted) })
    }

    @Test func readsOtherDelimiters() throws {
        #expect(try tokenize("a;\"b;c\";d\n", delimiter: ";").rows == [["a", "b;c", "d"]])
        #expect(try tokenize("a\t\"b\tc\"\td\n", delimiter: "\t").rows == [["a", "b\tc", "d"]])
        #expect(try tokenize("a,b;c\n", delimiter: ";").rows == [["a,b", "c"]])
    }

    @Test func keepsStrayQuotesWithAWarning() throws {
        let unquoted = try tokenize("ab\"c,d\n")
        #expect(unquoted.rows == [["ab\"c", "d"]])
        #expect(unquoted.warnings.map(\.code) == ["csv-stray-quote"])
        #expect(unquoted.warnings.first?.location == SourceLocation(file: "t.csv", line: 1, column: 1))

        let quoted = try tokenize("x,\"He said \"hi\" to me\"\n")
        #expect(quoted.rows == [["x", "He said \"hi\" to me"]])
        #expect(quoted.warnings.count == 2)
        #expect(quoted.warnings.allSatisfy { $0.code == "csv-stray-quote" && $0.severity == .warning })
        #expect(quoted.warnings.first?.location?.column == 2)
    }

    @Test func limitsRepeatedWarningsAndCountsTheRest() throws {
        let csv = String(repeating: "a\"b\n", count: DiagnosticLog.limitPerCode + 7)
        let warnings = try tokenize(csv).warnings
        #expect(warnings.count == DiagnosticLog.limitPerCode + 1)
        #expect(warnings.last?.message == "7 more like this were found")
    }

    @Test func detectsTheDelimiterFromTheFirstRows() throws {
        func detect(_ text: String) throws -> Character {
            Character(Unicode.Scalar(CSVPreamble(Array(text.utf8), delimiter: nil).delimiter))
        }
        #expect(try detect("stage,lane,kind,text\n") == ",")
        #expect(try detect("stage;lane;kind;text\n") == ";")
        #expect(try detect("stage\tlane\tkind\ttext\n") == "\t")
        #expect(try detect("Title;Buying a car, quickly\nPersona;Anna\n\nLane;Awareness;Purchase\n") == ";")
        #expect(try detect("\"a;b;c;d\",x\n\"e;f\",y\n") == ",")
        #expect(try detect("one cell\n") == ",")
    }

    @Test func skipsAByteOrderMarkAndExcelsSeparatorLine() throws {
        let bom = CSVPreamble([0xEF, 0xBB, 0xBF] + Array("a;b\n".utf8), delimiter: nil)
        #expect(bom.skip == 3 && bom.delimiter == UInt8(ascii: ";"))
        let hint = CSVPreamble(Array("sep=|\r\na|b,c\n".utf8), delimiter: nil)
        #expect(hint.skip == 7 && hint.delimiter == UInt8(ascii: "|") && hint.skippedSeparatorLine)
        let named = CSVPreamble(Array("a;b;c\n".utf8), delimiter: UInt8(ascii: ","))
        #expect(named.delimiter == UInt8(ascii: ","))
    }
}
