import Foundation
import JourneyKit

/// A plain-text outline of a map, read and written: `# title`, `## stage`, `- lane: text`.
struct OutlineFormat: JourneyReader, JourneyWriter {
    var identifier: String { "outline" }
    var name: String { "Journey outline" }
    var fileExtensions: [String] { ["outline.txt"] }
    var mediaType: String { "text/plain" }

    func write(_ map: JourneyMap) throws -> Data {
        var lines = ["# \(map.title)"]
        for stage in map.stages {
            lines.append("## \(stage.name)")
            for item in stage.items {
                guard !item.text.contains(where: \.isNewline) else {
                    throw WriteError("an outline holds one line per item", at: .item(item.id, inStage: stage.id))
                }
                lines.append("- \(item.laneID): \(item.text)")
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    func recognizes(_ sample: ContentSample) -> Bool {
        sample.text?.hasPrefix("# ") ?? false
    }

    func read(_ data: Data, file: String?) throws -> ReadResult {
        var title = "Untitled journey"
        var stages: [Stage] = []
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if line.hasPrefix("# ") {
                title = String(line.dropFirst(2))
            } else if line.hasPrefix("## ") {
                stages.append(Stage(String(line.dropFirst(3))))
            } else if line.hasPrefix("- "), let colon = line.firstIndex(of: ":"), !stages.isEmpty {
                let lane = LaneKind(String(line.dropFirst(2)[..<colon]))
                let text = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                stages[stages.count - 1].items.append(
                    Item(kind: lane.defaultItemKind, laneID: lane.rawValue, text: text))
            } else {
                throw ReadError(
                    "expected '# title', '## stage' or '- lane: text'",
                    at: SourceLocation(file: file, line: index + 1, column: 1))
            }
        }
        let map = JourneyMap(title: title) {
            for stage in stages { stage }
        }
        return ReadResult(map: map.completed())
    }
}
