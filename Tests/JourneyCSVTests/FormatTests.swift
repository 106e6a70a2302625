import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("CSV format")
struct FormatTests {
    @Test func describesItself() {
        let csv = JourneyCSVFormat()
        #expect(csv.identifier == "csv" && csv.fileExtensions == ["csv"] && csv.mediaType == "text/csv")
        let semicolons = JourneyCSVFormat(delimiter: .semicolon)
        #expect(semicolons.identifier == "csv")
        let tsv = JourneyCSVFormat(delimiter: .tab)
        #expect(tsv.identifier == "tsv" && tsv.fileExtensions == ["tsv", "tab"])
        #expect(tsv.mediaType == "text/tab-separated-values")
        #expect(csv.layout == nil && csv.delimiter == nil && csv.byteOrderMark && csv.neutralizesFormulas)
    }

    @Test func readsDelimiterArguments() {
        typealias Delimiter = JourneyCSVFormat.Delimiter
        #expect(Delimiter(argument: ",") == .comma && Delimiter(argument: ";") == .semicolon)
        #expect(Delimiter(argument: "|")?.description == "|" && Delimiter(argument: "pipe")?.description == "|")
        #expect(Delimiter(argument: "tab") == .tab && Delimiter(argument: "\\t") == .tab)
        #expect(Delimiter(argument: "\t") == .tab && Delimiter(argument: "TAB") == .tab)
        #expect(Delimiter(argument: "semicolon") == .semicolon && Delimiter(argument: "comma") == .comma)
        for bad in ["", ",,", "\"", "'", "a", "1", "é", " ", "\n"] {
            #expect(Delimiter(argument: bad) == nil, "\(bad)")
        }
        #expect(JourneyCSVFormat.Layout(rawValue: "grid") == .grid && JourneyCSVFormat.Layout(rawValue: "wide") == nil)
    }

    @Test func recognizesBothLayouts() throws {
        let format = JourneyCSVFormat()
        for layout in JourneyCSVFormat.Layout.allCases {
            for delimiter: JourneyCSVFormat.Delimiter in [",", ";", "\t"] {
                for byteOrderMark in [true, false] {
                    let data = try SampleMaps.everyField.export(
                        as: JourneyCSVFormat(layout: layout, delimiter: delimiter, byteOrderMark: byteOrderMark))
                    #expect(format.recognizes(ContentSample(data)), "\(layout) \(delimiter) \(byteOrderMark)")
                }
            }
        }
        #expect(format.recognizes(ContentSample(Data("Lanes;Awareness\nDoing;Reads".utf8))))
        #expect(
            format.recognizes(ContentSample(Data(",Awareness,Purchase\nDoing,Reads,Buys\n".utf8), fileName: "x.csv")))
    }

    @Test func leavesOtherFormatsAlone() {
        let format = JourneyCSVFormat()
        let others = [
            #"<?xml version="1.0"?><journeyMap xmlns="urn:journeykit:journey-map:1" id="m"/>"#,
            #"{"format": "journeykit-map", "version": 1, "map": {"id": "m", "title": "Lane,Stage"}}"#,
            "[1, 2, 3]",
            "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n",
            "@startuml\nactor Lane\n@enduml\n",
            ",Awareness,Purchase\nDoing,Reads,Buys\n",
            "just one line of text",
        ]
        for text in others { #expect(!format.recognizes(ContentSample(Data(text.utf8), fileName: "x.txt")), "\(text)") }
        #expect(!format.recognizes(ContentSample(Data([0x00, 0x01, 0xFF, 0xFE]), fileName: "x.csv")))
    }

    @Test func detectsTheLayoutAndTheDelimiterWhenReading() throws {
        for layout in JourneyCSVFormat.Layout.allCases {
            for delimiter: JourneyCSVFormat.Delimiter in [",", ";", "\t", "|"] {
                let data = try SampleMaps.clean.export(as: JourneyCSVFormat(layout: layout, delimiter: delimiter))
                let again = try JourneyMap(data, format: .csv)
                #expect(again.stages.map(\.name) == ["Awareness", "Purchase"], "\(layout) \(delimiter)")
                if layout == .long { #expect(again == SampleMaps.clean) }
            }
        }
    }

    @Test func honoursAnExcelSeparatorLine() throws {
        let csv = "sep=;\r\nLane;A,1;B\r\nActions;x;y\r\n"
        let map = try JourneyMap(Data(csv.utf8), format: .csv)
        #expect(map.stages.map(\.name) == ["A,1", "B"])
    }

    @Test func theLayoutOptionOverridesDetection() throws {
        let csv = Data("stage,lane,kind,text\r\nDoing,x,y,z\r\n".utf8)
        let long = try JourneyMap(csv, format: .csv)
        #expect(long.stages.map(\.name) == ["Doing"] && long.allItems.map(\.text) == ["z"])
        let grid = try JourneyMap(csv, format: .csv(layout: .grid))
        #expect(grid.stages.map(\.name) == ["lane", "kind", "text"])
        #expect(grid.lanes.map(\.kind) == [.actions] && grid.allItems.map(\.text) == ["x", "y", "z"])
    }

    @Test func streamsFromFilesAndStreams() throws {
        var generator = MapGenerator(seed: 7)
        let map = generator.map()
        let data = try map.export(as: .csv)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-csv-\(UUID()).csv")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try JourneyCSVFormat().read(contentsOf: url)
        #expect(fromFile.map == map)
        #expect(fromFile.sourceMap.file == url.path)
        let fromStream = try JourneyCSVFormat().read(from: InputStream(data: data), file: nil)
        #expect(fromStream.map == map)
        let missing = try #require(throws: ReadError.self) {
            try JourneyCSVFormat().read(contentsOf: url.appendingPathExtension("missing"))
        }
        #expect(missing.location.file?.hasSuffix(".missing") == true)
    }

    @Test func streamsLargeFilesAcrossChunks() throws {
        var map = JourneyMap(id: "big", title: "Big", lanes: [Lane(kind: .actions)])
        var stage = Stage(id: "s", name: "S")
        for index in 0..<5000 {
            stage.items.append(
                Item(id: "i\(index)", kind: .action, laneID: "actions", text: "line \(index)\nwith \"quotes\", commas"))
        }
        map.stages = [stage]
        let data = try map.export(as: .csv)
        #expect(data.count > 3 * 65_536)
        #expect(try JourneyCSVFormat().read(from: InputStream(data: data), file: "big.csv").map == map)
    }
}
