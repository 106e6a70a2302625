import JourneyModel

/// What goes where, before anything is measured: the lanes drawn, each stage's sub-columns, and the
/// items of each cell, as cards or as points of the emotion curve.
///
/// Only cells that hold items are kept (a grid of thousands of stages by thousands of lanes is mostly
/// empty), so the plan grows with the items, lanes and stages, never with their product.
struct MapPlan {
    /// The lanes drawn, in order.
    var lanes: [Lane]
    /// The personas drawn.
    var personas: [Persona]
    /// The personas asked for; `nil` for all.
    var personaFilter: Set<String>?
    /// The emotion curve of each lane, by lane position; `nil` for a lane without one.
    var curves: [EmotionCurve?]
    /// Each stage's sub-columns and cells, in map order.
    var stages: [StagePlan]
}

/// A stage's sub-columns and the items in them.
struct StagePlan {
    /// The sub-columns, left to right.
    ///
    /// Items of no step first, then one per step that holds items, in the stage's order. A stage
    /// has at least one.
    var subcolumns: [SubcolumnPlan]
    /// Cells of cards, lane by lane, then sub-column by sub-column.
    var cells: [Cell]
    /// Cells of points on an emotion curve, in the same order.
    var points: [Cell]
    /// Whether a step of the stage has no sub-column (it holds no item drawn), so the stage head
    /// still lists the steps.
    var hasStepsWithoutColumn: Bool

    /// For each sub-column, the most cards one of its cells holds.
    var fullestCells: [Int] {
        var fullest = Array(repeating: 0, count: subcolumns.count)
        for cell in cells { fullest[cell.subcolumn] = max(fullest[cell.subcolumn], cell.positions.count) }
        return fullest
    }
}

/// One sub-column of a stage.
struct SubcolumnPlan {
    /// The position of the step in the stage's steps; `nil` for the items of no step.
    var step: Int?
}

/// The items of one lane in one sub-column: their positions in their stage's items.
struct Cell {
    var lane: Int
    var subcolumn: Int
    var positions: [Int]
}

extension MapRenderer {
    /// Sorts every shown item into its stage, sub-column and lane.
    mutating func plan() throws -> MapPlan {
        let lanes = try resolveLanes()
        let personaFilter = try resolvePersonas()
        let personas = map.personas.filter { personaFilter?.contains($0.id) ?? true }
        var laneIndex: [String: Int] = [:]
        for (index, lane) in lanes.enumerated() where laneIndex[lane.id] == nil { laneIndex[lane.id] = index }

        // The emotion curves, from one pass over the items for all emotions lanes.
        var emotionLanes: [String] = []
        var emotionLaneOffsets: [Int] = []
        for (offset, lane) in lanes.enumerated() where lane.kind == .emotions {
            emotionLanes.append(lane.id)
            emotionLaneOffsets.append(offset)
        }
        let collected = EmotionLaneCurves(map: map, lanes: emotionLanes, personas: format.personas, chrome: chrome)
        emotionCurves = collected
        var curves: [EmotionCurve?] = Array(repeating: nil, count: lanes.count)
        for (offset, curve) in zip(emotionLaneOffsets, collected.curves) { curves[offset] = curve }
        for curve in collected.curves {
            for series in curve?.series ?? [] {
                if let id = series.personaID, seriesStyles[id] == nil { seriesStyles[id] = series.styleIndex }
            }
        }

        var stages: [StagePlan] = []
        stages.reserveCapacity(map.stages.count)
        for stage in map.stages {
            var stepIndex: [String: Int] = [:]
            for (index, step) in stage.steps.enumerated() where stepIndex[step.id] == nil { stepIndex[step.id] = index }
            // Items by (lane, step), step -1 for items of no step.
            var cards: [Int: [Int: [Int]]] = [:]
            var points: [Int: [Int: [Int]]] = [:]
            var usedSteps: Set<Int> = []
            for (position, item) in stage.items.enumerated() where Self.isShown(item.personaIDs, personaFilter) {
                guard let lane = laneIndex[item.laneID] else { continue }
                let step = item.stepID.flatMap { stepIndex[$0] } ?? -1
                usedSteps.insert(step)
                if curves[lane] != nil, Self.isOnCurve(item) {
                    points[lane, default: [:]][step, default: []].append(position)
                } else {
                    cards[lane, default: [:]][step, default: []].append(position)
                }
            }
            let order = usedSteps.sorted()
            var subcolumnOf: [Int: Int] = [:]
            for (index, step) in order.enumerated() { subcolumnOf[step] = index }
            let subcolumns =
                order.isEmpty ? [SubcolumnPlan(step: nil)] : order.map { SubcolumnPlan(step: $0 < 0 ? nil : $0) }
            func cells(_ byLane: [Int: [Int: [Int]]]) -> [Cell] {
                byLane.keys.sorted().flatMap { lane in
                    let bySteps = byLane[lane]!
                    return bySteps.keys.sorted().map { step in
                        Cell(lane: lane, subcolumn: subcolumnOf[step] ?? 0, positions: bySteps[step]!)
                    }
                }
            }
            let stepsWithColumns = usedSteps.filter { $0 >= 0 }.count
            stages.append(
                StagePlan(
                    subcolumns: subcolumns, cells: cells(cards), points: cells(points),
                    hasStepsWithoutColumn: stepsWithColumns < stage.steps.count))
        }
        return MapPlan(lanes: lanes, personas: personas, personaFilter: personaFilter, curves: curves, stages: stages)
    }

    /// Whether an item of an emotions lane is a point of its curve rather than a card: scored, or an
    /// emotion (which counts as 0 without a score), as ``EmotionCurve`` collects them.
    static func isOnCurve(_ item: Item) -> Bool {
        guard let score = item.score?.value ?? (item.kind == .emotion ? 0 : nil) else { return false }
        return score.isFinite
    }

    static func isShown(_ personaIDs: [String], _ filter: Set<String>?) -> Bool {
        guard let filter, !personaIDs.isEmpty else { return true }
        return personaIDs.contains { filter.contains($0) }
    }

    /// The lanes to draw, declared ones first, then lanes items name but the map does not declare.
    func resolveLanes() throws -> [Lane] {
        var lanes: [Lane] = []
        var known: Set<String> = []
        for lane in map.lanes where known.insert(lane.id).inserted { lanes.append(lane) }
        for stage in map.stages {
            for item in stage.items where known.insert(item.laneID).inserted {
                lanes.append(
                    Lane(
                        id: item.laneID, kind: item.kind.defaultLane,
                        title: item.laneID.isEmpty ? chrome.otherLane : ReadableName.of(item.laneID)
                    ))
            }
        }
        guard let wanted = format.lanes else { return lanes }
        var byID: [String: Lane] = [:]
        for lane in lanes where byID[lane.id] == nil { byID[lane.id] = lane }
        var shown: [Lane] = []
        var seen: Set<String> = []
        for id in wanted where seen.insert(id).inserted {
            guard let lane = byID[id] else {
                let names = lanes.map(\.id).joined(separator: ", ")
                throw WriteError("the map has no lane '\(id)' to draw (its lanes: \(names))", kind: .invalidOptions)
            }
            shown.append(lane)
        }
        return shown
    }

    func resolvePersonas() throws -> Set<String>? {
        guard let wanted = format.personas else { return nil }
        let known = Set(map.personas.map(\.id))
        for id in wanted where !known.contains(id) {
            let names = map.personas.map(\.id).joined(separator: ", ")
            throw WriteError("the map has no persona '\(id)' to draw (its personas: \(names))", kind: .invalidOptions)
        }
        return Set(wanted)
    }
}

/// Words made from an identifier for a reader: "com.example.customerSupportEscalations" →
/// "Customer support escalations", "pain-points" → "Pain points".
///
/// Lanes that items name but the map does not declare have only an identifier; drawn as it is, a
/// long one is broken mid-word in a narrow lane head.
enum ReadableName {
    static func of(_ identifier: String) -> String {
        // Reverse-DNS names ("com.example.thing"): the last part says what it is.
        var name = Substring(identifier)
        let parts = identifier.split(separator: ".", omittingEmptySubsequences: true)
        if parts.count >= 3, let last = parts.last { name = last }
        var words: [String] = []
        var word = ""
        var previous: Character?
        for character in name {
            if character == "-" || character == "_" || character == "." || character == " " {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else if character.isUppercase, let before = previous, before.isLowercase || before.isNumber {
                if !word.isEmpty { words.append(word) }
                word = String(character)
            } else {
                word.append(character)
            }
            previous = character
        }
        if !word.isEmpty { words.append(word) }
        guard !words.isEmpty else { return identifier }
        // Words after the first are lower-cased unless they are acronyms ("CRM").
        let sentence = words.enumerated().map { index, word in
            index > 0 && word != word.uppercased() ? word.lowercased() : word
        }.joined(separator: " ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}

extension Chrome {
    /// The name of a kind in the chrome's language; a kind without one (a custom kind such as
    /// "com.example.compliance-check") as words ("Compliance check"), not a raw identifier.
    func readableName(_ kind: ItemKind) -> String {
        let name = self.name(kind)
        return name == kind.rawValue ? ReadableName.of(name) : name
    }
}
