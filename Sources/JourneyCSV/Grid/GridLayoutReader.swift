import Foundation
import JourneyModel

/// Reads the grid people build by hand, keeping everything it sees.
///
/// The grid header row is the first row whose first cell names the lanes (`Lane`, `Lanes`,
/// `Lane / Stage`); without one, the first row after the first empty row, or else the first row.
/// Rows above it form the header block of `key,value` rows. Each non-empty line of a cell becomes
/// an item of the lane's kind; emotion lines with a score become scored emotions.
struct GridLayoutReader {
    let file: String?
    let restoresFormulas: Bool
    /// The words that tell lane titles.
    let matcher: VocabularyMatcher
    var log = DiagnosticLog()
    private var records: [CSVRecord] = []

    init(file: String?, restoresFormulas: Bool, matcher: VocabularyMatcher = .standard) {
        self.file = file
        self.restoresFormulas = restoresFormulas
        self.matcher = matcher
    }

    mutating func consume(_ record: CSVRecord) {
        records.append(record)
    }

    private func text(_ record: CSVRecord, _ index: Int) -> String {
        let text = record.text(at: index)
        return restoresFormulas ? FormulaNeutralization.restore(text) : text
    }

    private func location(_ record: CSVRecord, column: Int) -> SourceLocation {
        SourceLocation(
            file: file, line: record.row, column: column,
            detail: record.line == record.row ? nil : "line \(record.line)")
    }

    /// Whether a first cell names the lane column: `Lane`, `Lanes`, `Lane / Stage`, `Swimlane`.
    static func isLaneHeader(_ cell: String) -> Bool {
        let words = cell.lowercased().split { !$0.isLetter }
        return words.contains { ["lane", "lanes", "swimlane", "swimlanes"].contains($0) }
    }

    mutating func finish() throws -> (JourneyMap, SourceMap) {
        let nonBlank = records.indices.filter { !records[$0].isBlank }
        guard let firstRow = nonBlank.first else {
            throw ReadError("the input holds no rows", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let headerIndex: Int
        if let index = nonBlank.first(where: { Self.isLaneHeader(text(records[$0], 0)) }) {
            headerIndex = index
        } else if let blank = records.indices.first(where: { records[$0].isBlank && $0 > firstRow }),
            let index = nonBlank.first(where: { $0 > blank })
        {
            headerIndex = index
        } else {
            headerIndex = firstRow
        }
        var sourceMap = SourceMap(file: file)
        var map = readHeaderBlock(records[..<headerIndex].filter { !$0.isBlank }, &sourceMap)
        let header = records[headerIndex]
        let laneRecords = records[(headerIndex + 1)...].filter { !$0.isBlank }

        // Stages: the header's cells, and unnamed ones for cells past the header.
        var stageCount = header.cells.count - 1
        // Trailing delimiters without a stage name are no stages; a quoted empty name is one.
        while stageCount > 0, header.cells[stageCount].isAbsent { stageCount -= 1 }
        for record in laneRecords {
            let used = (record.cells.indices.last { !record.cells[$0].text.isEmpty } ?? 0)
            if used > stageCount {
                log.warn(
                    "csv-ragged-row",
                    "the row has cells past the last stage of the header row; they go into stages without a name",
                    at: location(record, column: stageCount + 2))
                stageCount = used
            }
        }
        var identifiers = IdentifierPool(used: Set(map.personas.map(\.id)))
        for column in 1..<(stageCount + 1) {
            let name = text(header, column).trimmingWhitespace
            let id = identifiers.make(from: name, fallback: "stage-\(column)")
            map.stages.append(Stage(id: id, name: name))
            sourceMap.locations[.stage(id)] = location(header, column: column + 1)
        }

        // Lanes: one per row, recognized by name or kept as custom lanes.
        for record in laneRecords {
            let title = text(record, 0).trimmingWhitespace
            let recognized = LaneNames.recognize(title, matcher: matcher)
            let kind = recognized?.lane ?? LaneKind(Identifiers.slug(title, fallback: "lane"))
            let itemKind = recognized?.item ?? kind.defaultItemKind
            let lane = Lane(id: identifiers.make(from: title, fallback: "lane"), kind: kind, title: title)
            map.lanes.append(lane)
            sourceMap.locations[.lane(lane.id)] = location(record, column: 1)
            for column in 1..<(stageCount + 1) where column < record.cells.count {
                let stageIndex = column - 1
                let stageID = map.stages[stageIndex].id
                var number = 0
                for line in Self.lines(text(record, column)) {
                    var item = Item(kind: itemKind, laneID: lane.id, text: line)
                    if kind == .emotions || itemKind == .emotion {
                        let (score, label) = EmotionCells.parse(line)
                        if let score {
                            item.score = EmotionScore(score)
                            item.text = label
                        }
                    }
                    repeat {
                        number += 1
                        item.id = "\(stageID)-\(lane.id)-\(number)"
                    } while !identifiers.insert(item.id)
                    map.stages[stageIndex].items.append(item)
                    sourceMap.locations[.item(item.id, inStage: stageID)] = location(record, column: column + 1)
                }
            }
        }
        return (map, sourceMap)
    }

    /// The items of a cell: its non-empty lines, without surrounding white space or a leading bullet.
    static func lines(_ cell: String) -> [String] {
        cell.split(whereSeparator: \.isNewline).compactMap { line in
            var text = String(line).trimmingWhitespace
            for bullet in ["• ", "· ", "▪ ", "– ", "- ", "* "] where text.hasPrefix(bullet) {
                text = String(text.dropFirst(bullet.count)).trimmingWhitespace
                break
            }
            return text.isEmpty ? nil : text
        }
    }

    // MARK: - Header block

    private mutating func readHeaderBlock(_ rows: [CSVRecord], _ sourceMap: inout SourceMap) -> JourneyMap {
        var title: String?
        var id: String?
        var map = JourneyMap(id: "", title: "")
        var personaIDs = IdentifierPool()
        for record in rows {
            let key = text(record, 0).trimmingWhitespace
            let value = text(record, 1).trimmingWhitespace
            let normalized = key.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            if sourceMap.locations[.map] == nil { sourceMap.locations[.map] = location(record, column: 1) }
            if ["persona", "personas", "customer", "customers"].contains(normalized) {
                for column in 1..<max(record.cells.count, 2) {
                    for name in Self.lines(text(record, column)) {
                        let persona = Persona(id: personaIDs.make(from: name, fallback: "persona"), name: name)
                        map.personas.append(persona)
                        sourceMap.locations[.persona(persona.id)] = location(record, column: column + 1)
                    }
                }
                continue
            }
            warnAboutExtraCells(record)
            switch normalized {
            case "title", "name", "map", "journey", "journey map": title = value
            case "scenario", "summary", "description": map.summary = value
            case "id":
                if value.isEmpty || Identifiers.isValid(value) {
                    id = value.isEmpty ? nil : value
                } else {
                    keep(key, value, record, expected: "an identifier without spaces", in: &map)
                }
            case "language", "lang":
                if value.isEmpty || Identifiers.isLanguageTag(value) {
                    map.language = value.isEmpty ? nil : value
                } else {
                    keep(key, value, record, expected: "a language tag such as en or de-CH", in: &map)
                }
            case "kind", "type":
                if let kind = MapKind(rawValue: value.lowercased()) {
                    map.kind = kind
                } else {
                    keep(key, value, record, expected: "b2c or b2b", in: &map)
                }
            case "state":
                switch value.lowercased() {
                case "current", "as-is", "as is": map.state = .current
                case "future", "to-be", "to be": map.state = .future
                default: keep(key, value, record, expected: "current or future", in: &map)
                }
            case "scope":
                if let scope = MapScope(rawValue: value.lowercased()) {
                    map.scope = scope
                } else {
                    keep(key, value, record, expected: "buyer-journey or customer-journey", in: &map)
                }
            default:
                if key.isEmpty {
                    log.warn(
                        "csv-missing-key",
                        "a header-block row has no key; its value is kept as metadata 'row \(record.row)'",
                        at: location(record, column: 1))
                    map.metadata["row \(record.row)"] = value
                } else {
                    map.metadata[key] = value
                }
            }
        }
        map.title = title ?? defaultTitle
        map.id = id ?? Identifiers.slug(map.title, fallback: "map")
        return map
    }

    private mutating func keep(
        _ key: String, _ value: String, _ record: CSVRecord, expected: String, in map: inout JourneyMap
    ) {
        log.warn(
            "csv-invalid-value", "'\(value)' is not \(expected); it is kept as metadata '\(key)'",
            at: location(record, column: 2))
        map.metadata[key] = value
    }

    private mutating func warnAboutExtraCells(_ record: CSVRecord) {
        guard record.cells.count > 2 else { return }
        let extra = (2..<record.cells.count).filter { !record.cells[$0].text.isEmpty }
        guard let first = extra.first else { return }
        log.warn(
            "csv-extra-cells",
            "a header-block row holds a key and one value; the cells from column \(first + 1) on are ignored",
            at: location(record, column: first + 1))
    }

    private var defaultTitle: String {
        guard let file, !file.isEmpty else { return "Untitled journey" }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "Untitled journey" : name
    }
}
