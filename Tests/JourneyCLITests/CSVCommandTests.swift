import Foundation
import JourneyKit
import Testing

@Suite("journey convert to and from CSV")
struct CSVCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    @Test func theExamplesGoThroughTheLongLayoutByteForByte() throws {
        for example in Journey.examples {
            for delimiter in [",", ";", "tab"] {
                let csv = folder.appendingPathComponent("map.csv").path
                let back = folder.appendingPathComponent("back.journey.xml").path
                let out = try Journey.run(["convert", example.path, csv, "--layout", "long", "--delimiter", delimiter])
                #expect(out.status == 0, "\(out.errors)")
                let again = try Journey.run(["convert", csv, back])
                #expect(again.status == 0, "\(again.errors)")
                #expect(
                    try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: example),
                    "\(example.lastPathComponent) \(delimiter)")
            }
        }
    }

    @Test func theExamplesGoThroughTheGridKeepingStagesLanesAndTexts() throws {
        for example in Journey.examples {
            let original = try JourneyMap(Data(contentsOf: example), format: .xml)
            let grid = folder.appendingPathComponent("grid.csv").path
            #expect(try Journey.run(["convert", example.path, grid, "--layout", "grid"]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: grid)).starts(with: [0xEF, 0xBB, 0xBF]))
            let back = try Journey.run(["convert", grid, "-", "--to", "json"])
            #expect(back.status == 0, "\(back.errors)")
            let map = try JourneyMap(back.outputData, format: .json)
            #expect(map.stages.map(\.name) == original.stages.map(\.name))
            #expect(map.lanes.map(\.title) == original.lanes.map(\.title))
            #expect(Set(map.allItems.map(\.text)).isSuperset(of: original.allItems.map(\.text).filter { !$0.isEmpty }))
        }
    }

    @Test func aLossyWriteListsWhatItLeavesOutAndStrictRefusesIt() throws {
        let example = try #require(Journey.examples.first)
        let grid = folder.appendingPathComponent("grid.csv").path
        let lossy = try Journey.run(["convert", example.path, grid, "--layout", "grid"])
        #expect(lossy.status == 0, "\(lossy.errors)")
        #expect(lossy.errors.contains("\(grid): warning: the map: the grid layout does not carry its identifiers"))
        #expect(lossy.errors.contains("[not-written]"))
        #expect(FileManager.default.fileExists(atPath: grid))
        let strictOutput = folder.appendingPathComponent("strict.csv").path
        let strict = try Journey.run(["convert", example.path, strictOutput, "--layout", "grid", "--strict"])
        #expect(strict.status == 65)
        #expect(strict.errors.contains("nothing was written (--strict)"))
        #expect(!FileManager.default.fileExists(atPath: strictOutput))
        // A lossless output has nothing to report, strict or not.
        let long = try Journey.run([
            "convert", example.path, folder.appendingPathComponent("long.csv").path, "--strict",
        ])
        #expect(long.status == 0)
        #expect(!long.errors.contains("not-written"))
    }

    @Test func addsTheWordsOfAVocabularyFile() throws {
        let grid = folder.appendingPathComponent("grid.csv")
        try Data("Lane,Awareness,Consideration\nGripes,Too many ads,Prices hidden\nMga Gawain,Nakita,Nagtanong\n".utf8)
            .write(to: grid)
        let words = folder.appendingPathComponent("team.json")
        try Data(#"{"laneTitles": {"pain-points": ["gripes"]}}"#.utf8).write(to: words)
        let out = try Journey.run(["convert", grid.path, "-", "--to", "json", "--vocabulary", words.path])
        #expect(out.status == 0, "\(out.errors)")
        let map = try JourneyMap(out.outputData, format: .json)
        #expect(map.lanes.map(\.kind) == [.painPoints, .actions])
        let without = try JourneyMap(
            try Journey.run(["convert", grid.path, "-", "--to", "json"]).outputData, format: .json)
        #expect(without.lanes.map(\.kind.isKnown) == [false, true])

        try Data(#"{"emotionWords": {"stoked": "very"}}"#.utf8).write(to: words)
        let bad = try Journey.run(["convert", grid.path, "-", "--to", "json", "--vocabulary", words.path])
        #expect(bad.status == 65)
        #expect(bad.errors.contains("team.json: error: not a vocabulary"))
        #expect(bad.errors.contains(".emotionWords.stoked"))
        let missing = try Journey.run(["convert", grid.path, "-", "--to", "json", "--vocabulary", "nowhere.json"])
        #expect(missing.status == 66)
    }

    @Test func refusesUnknownLayoutsAndDelimiters() throws {
        let example = try #require(Journey.examples.first)
        #expect(try Journey.run(["convert", example.path, "x.csv", "--layout", "wide"], in: folder).status == 64)
        #expect(try Journey.run(["convert", example.path, "x.csv", "--delimiter", "ab"], in: folder).status == 64)
    }

    @Test func writesTabSeparatedValuesForTSVFiles() throws {
        let example = try #require(Journey.examples.first)
        let tsv = folder.appendingPathComponent("map.tsv").path
        #expect(try Journey.run(["convert", example.path, tsv]).status == 0)
        let firstLine = try String(contentsOfFile: tsv, encoding: .utf8).split(separator: "\r\n").first ?? ""
        #expect(firstLine.hasSuffix("stage\tlane\tkind\ttext") || firstLine.contains("stage\tlane\tkind\ttext"))
    }

    @Test func aFileWrittenWithKeepFormulasReadsBackWithItsApostrophes() throws {
        let texts = ["'=SUM(A1)", "'+1 call", "'-x", "'@me", "=B1", "-2", "'tis"]
        var stage = Stage(id: "s", name: "S")
        for (index, text) in texts.enumerated() {
            stage.items.append(Item(id: "i\(index)", kind: .action, laneID: "actions", text: text))
        }
        let map = JourneyMap(id: "m", title: "M", stages: [stage], lanes: [Lane(kind: .actions)])
        let json = folder.appendingPathComponent("map.json")
        try map.export(as: .json).write(to: json)
        let csv = folder.appendingPathComponent("map.csv").path
        let written = try Journey.run(["convert", json.path, csv, "--keep-formulas"])
        #expect(written.status == 0, "\(written.errors)")
        for options in [[], ["--keep-formulas"]] {
            let back = try Journey.run(["convert", csv, "-", "--to", "json"] + options)
            #expect(back.status == 0, "\(back.errors)")
            #expect(try JourneyMap(back.outputData, format: .json) == map, "\(options)")
        }
    }

    @Test func aRowWithAnotherDelimiterFailsAlikeForEveryOutput() throws {
        let csv = folder.appendingPathComponent("mixed.csv")
        try Data(
            "stage,lane,kind,text,id,step,personas\r\nawareness,thoughts,thought,Hybrid?,aw-th-hybrid,\tjonas\r\n".utf8
        ).write(to: csv)
        for output in ["map.xml", "map.html", "map.svg", "map.json", "map.csv"] {
            let result = try Journey.run(["convert", csv.path, folder.appendingPathComponent(output).path])
            #expect(result.status == 65, "\(output): \(result.errors)")
            #expect(result.errors.contains("mixed.csv:2:6: error: '\\tjonas' in the step column is not an identifier"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
        }
    }
}
