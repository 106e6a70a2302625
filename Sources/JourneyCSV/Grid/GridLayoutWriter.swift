import JourneyModel

/// Writes a map as the grid people build by hand: a header block, then one row per lane and one
/// column per stage, the items of a cell one per line.
///
/// The grid holds titles, personas' names, the scenario, metadata, stage names, lane titles, item
/// texts and emotion scores; identifiers, item fields and extension data have no place in it (use the
/// long layout for a lossless file).
struct GridLayoutWriter {
    var output: CSVOutput

    /// Header-block keys the grid reader interprets; metadata with these keys, or with a key that
    /// would read as the grid's header row, is not written.
    static let reservedKeys: Set<String> = [
        "title", "name", "map", "journey", "scenario", "summary", "description", "persona", "personas", "id", "kind",
        "type", "state", "scope", "language", "lane", "lanes",
    ]

    mutating func write(_ map: JourneyMap) throws {
        try output.record(["Title", map.title])
        if let summary = map.summary { try output.record(["Scenario", summary]) }
        for persona in map.personas { try output.record(["Persona", persona.name], path: .persona(persona.id)) }
        if map.kind != .b2c { try output.record(["Kind", map.kind.rawValue]) }
        if map.state != .current { try output.record(["State", map.state.rawValue]) }
        if map.scope != .customerJourney { try output.record(["Scope", map.scope.rawValue]) }
        if let language = map.language { try output.record(["Language", language]) }
        for (key, value) in map.metadata.sorted(by: { $0.key < $1.key })
        where !Self.reservedKeys.contains(key.lowercased()) && !key.isEmpty && !GridLayoutReader.isLaneHeader(key) {
            try output.record([key, value])
        }
        output.endRecord()

        try output.record(["Lane"] + map.stages.map(\.name))
        var laneIDs = map.lanes.map(\.id)
        var titles = map.lanes.map(\.title)
        var emotionLanes = Set(map.lanes.filter { $0.kind == .emotions }.map(\.id))
        // Items whose lane is not declared still get a row, titled by the lane identifier.
        for item in map.allItems where !laneIDs.contains(item.laneID) {
            laneIDs.append(item.laneID)
            titles.append(item.laneID)
            if item.kind == .emotion { emotionLanes.insert(item.laneID) }
        }
        for (laneID, title) in zip(laneIDs, titles) {
            var cells: [String?] = [title]
            for stage in map.stages {
                let lines = stage.items.filter { $0.laneID == laneID }.compactMap { item -> String? in
                    let text = Self.singleLine(item.text)
                    let line =
                        emotionLanes.contains(laneID) || item.kind == .emotion
                        ? EmotionCells.line(score: item.score?.value, text: text) : text
                    return line.isEmpty ? nil : line
                }
                cells.append(lines.isEmpty ? nil : lines.joined(separator: "\n"))
            }
            try output.record(cells, path: .lane(laneID))
        }
    }

    /// Line breaks inside one item's text become spaces: in a grid cell, each line is an item.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text.trimmingWhitespace }
        return String(text.map { $0.isNewline ? " " : $0 }).trimmingWhitespace
    }
}

extension String {
    /// The text without white space at either end.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
