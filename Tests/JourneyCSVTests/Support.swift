import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyCSV

/// Tokenizes CSV text the way the reader does and returns the records as texts, with the warnings.
func tokenize(
    _ text: String, delimiter: Character = ",", file: String? = "t.csv", chunkSize: Int? = nil
) throws -> (rows: [[String]], records: [CSVRecord], warnings: [Diagnostic]) {
    try tokenize(Data(text.utf8), delimiter: delimiter, file: file, chunkSize: chunkSize)
}

/// Tokenizes CSV bytes, fed in chunks of `chunkSize` bytes (all at once when `nil`).
func tokenize(
    _ data: Data, delimiter: Character = ",", file: String? = "t.csv", chunkSize: Int? = nil
) throws -> (rows: [[String]], records: [CSVRecord], warnings: [Diagnostic]) {
    var tokenizer = CSVTokenizer(delimiter: delimiter.asciiValue ?? 0, file: file, log: DiagnosticLog())
    var records: [CSVRecord] = []
    let bytes = [UInt8](data)
    let size = max(chunkSize ?? bytes.count, 1)
    var start = 0
    repeat {
        let end = min(start + size, bytes.count)
        try bytes[start..<end].withUnsafeBytes { buffer in try tokenizer.feed(buffer) { records.append($0) } }
        start = end
    } while start < bytes.count
    try tokenizer.finish { records.append($0) }
    return (records.map { $0.cells.map(\.text) }, records, tokenizer.log.diagnostics(file: file))
}

/// The text of CSV output, without a byte-order mark.
func text(_ data: Data) -> String {
    let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    return String(decoding: bytes, as: UTF8.self)
}

/// The package's root folder, found from this file's path.
func packageRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// A map holding every hostile string in every text field the long layout carries.
func hostileMap() -> JourneyMap {
    var map = JourneyMap(id: "hostile", title: "=HYPERLINK(\"http://evil.example\",\"click\")", kind: .b2b)
    map.summary = "+1 call, -2 score, @mention"
    map.metadata = ["=key": "-value", "'quoted": "'=already"]
    map.personas = [Persona(id: "p", name: "@persona", role: "\tTabbed", quote: "\r\nCR first")]
    map.lanes = [Lane(id: "l", kind: .actions, title: "-lane"), Lane(id: "e", kind: .emotions, title: "Emotions")]
    var stage = Stage(id: "s", name: "=stage", goal: "'", description: "''")
    for (index, text) in HostileStrings.all.enumerated() {
        var item = Item(id: "i\(index)", kind: .action, laneID: "l", text: text, detail: text, tags: [text, text])
        item.owner = text
        item.activities = [text, "pricing_view"]
        item.extensions["csv", text] = text
        stage.items.append(item)
    }
    stage.items.append(Item(id: "score", kind: .emotion, laneID: "e", text: "-2", score: EmotionScore(-2)))
    stage.items.append(Item(id: "plus", kind: .action, laneID: "l", text: "+1 call"))
    stage.items.append(Item(id: "quote", kind: .action, laneID: "l", text: "'=already quoted"))
    stage.items.append(Item(id: "rtl", kind: .action, laneID: "l", text: "\u{202E}reversed \u{200F}עברית"))
    map.stages = [stage, Stage(id: "t", name: "@second")]
    map.transitions = [Transition(id: "back", from: "t", to: "s", label: "=1+1")]
    return map
}

/// The rows as Python's `csv` module gives them: a blank line is an empty row.
func pythonStyleRows(_ records: [CSVRecord]) -> [[String]] {
    records.map { record in
        record.cells.count == 1 && record.cells[0].isAbsent ? [] : record.cells.map(\.text)
    }
}
