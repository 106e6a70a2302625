import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Bad CSV input")
struct ErrorTests {
    private func readError(_ text: String, format: JourneyCSVFormat = JourneyCSVFormat()) throws -> ReadError {
        try readError(Data(text.utf8), format: format)
    }

    private func readError(_ data: Data, format: JourneyCSVFormat = JourneyCSVFormat()) throws -> ReadError {
        try #require(throws: ReadError.self) { try format.read(data, file: "bad.csv") }
    }

    @Test func namesTheCellOfAnUnbalancedQuote() throws {
        let error = try readError(
            "stage,lane,kind,text\r\nS,actions,action,ok\r\nS,actions,\"action,never closed\r\nS,x,y,z\r\n")
        #expect(error.location == SourceLocation(file: "bad.csv", line: 3, column: 3))
        #expect(error.message.contains("unbalanced quote"))
        let grid = try readError("Lane,A\r\nActions,\"one\ntwo\r\n")
        #expect(grid.location == SourceLocation(file: "bad.csv", line: 2, column: 2))
    }

    @Test func givesThePhysicalLineWhenItDiffersFromTheRow() throws {
        let error = try readError("Lane,A\r\nActions,\"one\ntwo\"\r\nIdeas,\"open\r\n")
        #expect(error.location.line == 3 && error.location.column == 2 && error.location.detail == "line 4")
        #expect(error.description == "bad.csv:3:2 (line 4): error: \(error.message)")
    }

    @Test func refusesNULBytes() throws {
        var data = Data("stage,lane,kind,text\r\nS,actions,action,a".utf8)
        data.append(0)
        data.append(contentsOf: "b\r\n".utf8)
        let error = try readError(data)
        #expect(error.location == SourceLocation(file: "bad.csv", line: 2, column: 4))
        #expect(error.message.contains("NUL"))
    }

    @Test func refusesBytesThatAreNotUTF8() throws {
        let latin1 = try readError(
            Data("stage,lane,kind,text\r\nS,actions,action,Caf".utf8) + Data([0xE9]) + Data("\r\n".utf8))
        #expect(latin1.location == SourceLocation(file: "bad.csv", line: 2, column: 4))
        #expect(latin1.message.contains("UTF-8"))
    }

    @Test func namesAnUnknownStageInTheLongLayout() throws {
        var csv = text(try SampleMaps.clean.export(as: .csv))
        csv = csv.replacingOccurrences(of: "\r\npurchase,actions,", with: "\r\nchekout,actions,")
        let error = try readError(csv)
        #expect(error.message.contains("unknown stage 'chekout'"))
        #expect(error.location == SourceLocation(file: "bad.csv", line: 6, column: 1))
    }

    @Test func acceptsAStageNamedByItsNameInsteadOfItsIdentifier() throws {
        var csv = text(try SampleMaps.clean.export(as: .csv))
        csv = csv.replacingOccurrences(of: "\r\npurchase,actions,", with: "\r\nPurchase,actions,")
        #expect(try JourneyMap(Data(csv.utf8), format: .csv) == SampleMaps.clean)
    }

    @Test func warnsAboutRaggedRowsAndKeepsWhatIsPastTheHeader() throws {
        let csv = "stage,lane,kind,text,id\r\nS,actions,action\r\nS,actions,action,Two,i2,surplus,\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "bad.csv")
        #expect(result.diagnostics.map(\.code) == ["csv-ragged-row", "csv-ragged-row"])
        #expect(
            result.diagnostics.map(\.location) == [
                SourceLocation(file: "bad.csv", line: 2, column: 4),
                SourceLocation(file: "bad.csv", line: 3, column: 6),
            ])
        let items = result.map.stages[0].items
        #expect(items.map(\.text) == ["", "Two"])
        #expect(items[1].extensions["csv", "column 6"] == "surplus")
    }

    @Test func refusesAnItemWithoutAStage() throws {
        let error = try readError("stage,lane,kind,text\r\n,actions,action,Orphan\r\n")
        #expect(error.location == SourceLocation(file: "bad.csv", line: 2, column: 1))
        #expect(error.message.contains("no stage"))
    }

    @Test func refusesALongHeaderWithoutTheNeededColumns() throws {
        let error = try readError("lane,kind\r\nactions,action\r\n", format: JourneyCSVFormat(layout: .long))
        #expect(error.location == SourceLocation(file: "bad.csv", line: 1, column: 1))
        #expect(error.message.contains("stage and text"))
    }

    @Test func refusesEmptyInput() throws {
        for input in ["", "\r\n\r\n", "\u{FEFF}"] {
            let error = try readError(input)
            #expect(error.message.contains("empty"))
        }
    }

    @Test func refusesAnUnusableDelimiter() throws {
        let error = try readError("a,b\r\n", format: JourneyCSVFormat(delimiter: "\""))
        #expect(error.message.contains("cannot separate cells"))
    }

    @Test func keepsGoingAfterBadJSONInAStructuredCell() throws {
        var csv = text(try SampleMaps.everyField.export(as: .csv))
        csv = csv.replacingOccurrences(of: #""{""com.example"":{""regulation"":""GDPR""}}""#, with: "{not json")
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "bad.csv")
        #expect(result.diagnostics.map(\.code) == ["csv-invalid-value"])
        let item = try #require(result.map.allItems.first { $0.kind == ComplianceCheck.itemKind })
        #expect(item.extensions["csv", "extensions"] == "{not json")
    }

    @Test(arguments: 0..<40)
    func neverCrashesOnDamagedFiles(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        var bytes = [UInt8](try generator.map().export(as: .csv))
        var random = SeededGenerator(seed: UInt64(seed))
        for _ in 0..<8 where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                bytes[index] = [UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "\n"), 0xC3].randomElement(
                    using: &random)!
            case 1: bytes.remove(at: index)
            default: bytes.insert(UInt8(ascii: "\""), at: index)
            }
        }
        do {
            _ = try JourneyCSVFormat().read(Data(bytes), file: "damaged.csv")
        } catch let error as ReadError {
            #expect(error.location.file == "damaged.csv")
            #expect(error.location.line > 0)
        }
    }
}
