import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Formula neutralization")
struct FormulaNeutralizationTests {
    /// A map with one action per text, to see each text as written and read.
    private func map(_ texts: [String]) -> JourneyMap {
        var stage = Stage(id: "s", name: "S")
        for (index, text) in texts.enumerated() {
            stage.items.append(Item(id: "i\(index)", kind: .action, laneID: "actions", text: text))
        }
        return JourneyMap(id: "m", title: "M", stages: [stage], lanes: [Lane(kind: .actions)])
    }

    /// The text cells of the item rows, as written.
    private func writtenTexts(_ data: Data) throws -> [String] {
        try tokenize(text(data)).rows.dropFirst().prefix { $0.first != "#map" }.map { $0[3] }
    }

    @Test func prefixesFormulaLikeCells() throws {
        let texts = ["=1+1", "+1 call", "-x", "@SUM(A1)", "\tTab", "\rCR", "'quote", "'=both", "plain", "a=b"]
        let written = try writtenTexts(map(texts).export(as: .csv))
        #expect(
            written == [
                "'=1+1", "'+1 call", "'-x", "'@SUM(A1)", "'\tTab", "'\rCR", "''quote", "''=both", "plain", "a=b",
            ])
    }

    @Test func leavesPlainNumbersAlone() throws {
        let texts = ["-2", "+1", "-0.5", "+1.5e3", "2", "-", "+", "-2 points", "1e5", "-.5", "-1e"]
        let written = try writtenTexts(map(texts).export(as: .csv))
        #expect(written == ["-2", "+1", "-0.5", "+1.5e3", "2", "'-", "'+", "'-2 points", "1e5", "-.5", "'-1e"])
    }

    @Test func readingReversesExactlyWhatWritingDid() throws {
        let texts =
            ["=1+1", "+1 call", "-2", "@x", "\tt", "\rr", "'", "''", "'=", "'a", "'-2", "it's", "'tis", ""]
            + HostileStrings.all
        let original = map(texts)
        let again = try JourneyMap(original.export(as: .csv), format: .csv)
        #expect(again == original)
    }

    @Test func keepsHandWrittenApostrophesThatExportWouldNotHaveAdded() throws {
        let csv = "stage,lane,kind,text\r\nS,Actions,action,'tis the season\r\nS,Actions,action,'=shown\r\n"
        let map = try JourneyMap(Data(csv.utf8), format: .csv)
        #expect(map.stages[0].items.map(\.text) == ["'tis the season", "=shown"])
    }

    @Test func canBeTurnedOff() throws {
        let original = map(["=1+1", "'=x", "@me", "'tis"])
        let format = JourneyCSVFormat(neutralizesFormulas: false)
        let data = try original.export(as: format)
        // Formulas are written as they are; only a text that reading would take for a neutralized
        // one gets a `'`, so that reading gives it back.
        #expect(try writtenTexts(data) == ["=1+1", "''=x", "@me", "'tis"])
        #expect(try JourneyMap(data, format: format) == original)
    }

    /// Texts that start with `'` and one of the characters neutralization protects, and others.
    private static let apostrophes = [
        "'=x", "'+1 call", "'-x", "'@me", "'", "''", "'''=", "'-2", "=1+1", "-x", "@me", "'tis", "\t'",
    ]

    @Test func aFileWrittenWithFormulasKeptReadsBackWhateverTheReadersSetting() throws {
        let original = map(Self.apostrophes + HostileStrings.all)
        let data = try original.export(as: JourneyCSVFormat(neutralizesFormulas: false))
        #expect(try JourneyMap(data, format: .csv) == original)
        #expect(try JourneyMap(data, format: JourneyCSVFormat(neutralizesFormulas: false)) == original)
    }

    @Test func aGridWrittenWithFormulasKeptReadsBackWhateverTheReadersSetting() throws {
        // One item per stage, so each cell holds one text; the grid trims white space around texts.
        let texts = Self.apostrophes.filter { $0.first?.isWhitespace != true }
        var original = JourneyMap(id: "m", title: "M", lanes: [Lane(kind: .actions)])
        for (index, text) in texts.enumerated() {
            original.stages.append(
                Stage(
                    id: "s\(index)", name: "S\(index)",
                    items: [Item(id: "i\(index)", kind: .action, laneID: "actions", text: text)]))
        }
        let data = try original.export(as: JourneyCSVFormat(layout: .grid, neutralizesFormulas: false))
        for reader in [JourneyCSVFormat(), JourneyCSVFormat(neutralizesFormulas: false)] {
            let again = try JourneyMap(data, format: reader)
            #expect(again.stages.map { $0.items.map(\.text) } == texts.map { [$0] })
        }
    }

    @Test func aFileWrittenNeutralizedReadsBackWhateverTheReadersSetting() throws {
        let original = map(Self.apostrophes + HostileStrings.all)
        let data = try original.export(as: .csv)
        #expect(try JourneyMap(data, format: .csv) == original)
        #expect(try JourneyMap(data, format: JourneyCSVFormat(neutralizesFormulas: false)) == original)
    }

    @Test func neutralizesGridCellsAndHeaderBlocksToo() throws {
        var original = map(["=cmd|' /C calc'!A0"])
        original.title = "@title"
        let grid = text(try original.export(as: .csv(layout: .grid)))
        #expect(grid.contains("Title,'@title\r\n"))
        #expect(grid.contains("Actions,'=cmd|' /C calc'!A0\r\n"))
        let again = try JourneyMap(Data(grid.utf8), format: .csv)
        #expect(again.title == "@title")
        #expect(again.stages[0].items.map(\.text) == ["=cmd|' /C calc'!A0"])
    }
}
