import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

/// Exported files read by an independent CSV reader, Python's `csv` module.
///
/// Each test compares cell by cell with what the writer meant to write. Needs `python3` (Debian
/// package `python3`).
@Suite("Python's csv module reads the exports")
struct PythonCSVTests {
    /// Reads a file with `csv.reader`, as Excel-minded Python code would: BOM-aware, universal newlines off.
    private static let script = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle, delimiter=sys.argv[2], strict=True))
        json.dump(rows, sys.stdout)
        """

    private func python() -> URL? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The rows Python reads from `data`.
    private func pythonRows(_ data: Data, delimiter: String) throws -> [[String]] {
        let executable = try #require(python(), "python3 is needed for this test (Debian package python3)")
        let directory = FileManager.default.temporaryDirectory
        let file = directory.appendingPathComponent("journeykit-python-\(UUID()).csv")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Commands.run(executable, ["-c", Self.script, file.path, delimiter])
        try #require(result.status == 0, "python3 could not read the file: \(result.errors)")
        return try JSONDecoder().decode([[String]].self, from: result.outputData)
    }

    /// The documented neutralization rule, written out again here: a `'` before text starting with
    /// `= + - @ ' tab CR`, except plain numbers.
    private func neutralized(_ text: String) -> String {
        guard let first = text.first, "=+-@'\t\r".contains(first) else { return text }
        let number = #"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$"#
        if first == "+" || first == "-", text.range(of: number, options: .regularExpression) != nil { return text }
        return "'" + text
    }

    @Test(arguments: [",", ";"])
    func readsTheLongLayoutCellByCell(delimiter: String) throws {
        let map = hostileMap()
        let format = JourneyCSVFormat(layout: .long, delimiter: .init(argument: delimiter), byteOrderMark: true)
        let data = try map.export(as: format)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = try pythonRows(data, delimiter: delimiter)
        #expect(rows == (try tokenize(text(data), delimiter: Character(delimiter)).rows))
        let header = try #require(rows.first)
        #expect(Array(header.prefix(4)) == ["stage", "lane", "kind", "text"])
        let items = map.allItems
        let stageOfItem = map.stages.flatMap { stage in stage.items.map { _ in stage.id } }
        for (index, item) in items.enumerated() {
            let row = rows[index + 1]
            #expect(row.count == header.count)
            let expected = [stageOfItem[index], item.laneID, item.kind.rawValue, neutralized(item.text)]
            #expect(Array(row.prefix(4)) == expected, "item \(item.id)")
            #expect(row[4] == item.id && row[13] == (item.owner.map(neutralized) ?? ""))
        }
        #expect(rows[items.count + 1] == ["#map"])
        #expect(rows.allSatisfy { $0.count <= header.count })
    }

    @Test(arguments: [",", ";"])
    func readsTheGridCellByCell(delimiter: String) throws {
        var map = JourneyMap(id: "grid", title: "Grid, \"quoted\"", kind: .b2c)
        map.personas = [Persona(id: "anna", name: "Anna; Ben")]
        map.lanes = [Lane(kind: .actions), Lane(kind: .emotions)]
        map.stages = [
            Stage(
                id: "a", name: "Awareness",
                items: [
                    Item(id: "1", kind: .action, laneID: "actions", text: "Reads \"reviews\", compares"),
                    Item(id: "2", kind: .action, laneID: "actions", text: "Asks a friend"),
                    Item(id: "3", kind: .emotion, laneID: "emotions", text: "Curious", score: EmotionScore(1)),
                ]),
            Stage(
                id: "b", name: "Consideration; or not",
                items: [Item(id: "4", kind: .emotion, laneID: "emotions", text: "", score: EmotionScore(-1))]),
            Stage(
                id: "c", name: "=Decide",
                items: [
                    Item(id: "5", kind: .action, laneID: "actions", text: "+1 call"),
                    Item(id: "6", kind: .emotion, laneID: "emotions", text: "@mention 😊", score: EmotionScore(2)),
                ]),
        ]
        let format = JourneyCSVFormat(layout: .grid, delimiter: .init(argument: delimiter), byteOrderMark: true)
        let rows = try pythonRows(try map.export(as: format), delimiter: delimiter)
        #expect(
            rows == [
                ["Title", "Grid, \"quoted\""],
                ["Persona", "Anna; Ben"],
                [],
                ["Lane", "Awareness", "Consideration; or not", "'=Decide"],
                ["Actions", "Reads \"reviews\", compares\nAsks a friend", "", "'+1 call"],
                ["Emotions", "Curious (+1)", "-1", "'@mention 😊 (+2)"],
            ])
    }

    @Test(arguments: 0..<12)
    func readsGeneratedMapsLikeTheReaderDoes(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let delimiter = seed % 2 == 0 ? "," : ";"
        for layout in JourneyCSVFormat.Layout.allCases {
            let data = try map.export(as: JourneyCSVFormat(layout: layout, delimiter: .init(argument: delimiter)))
            let expected = pythonStyleRows(try tokenize(text(data), delimiter: Character(delimiter)).records)
            #expect(try pythonRows(data, delimiter: delimiter) == expected, "\(layout)")
        }
    }
}
