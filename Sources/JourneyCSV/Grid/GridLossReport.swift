import JourneyModel

/// What the grid layout leaves out of a map, element by element.
///
/// The grid holds the title, the scenario, personas' names, the map's kind, state, scope and
/// language, metadata, stage names, lane titles, item texts (one line each) and emotion scores.
/// Everything else is reported, one warning (code `not-written`) per element naming what it loses,
/// so that a lossy export is never silent; the long layout loses nothing.
struct GridLossReport {
    private(set) var diagnostics: [Diagnostic] = []

    init(_ map: JourneyMap) {
        reportMap(map)
        for persona in map.personas { reportPersona(persona) }
        for lane in map.lanes { reportLane(lane) }
        let laneKinds = Dictionary(map.lanes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for stage in map.stages {
            reportStage(stage)
            for item in stage.items { reportItem(item, stage: stage, laneKind: laneKinds[item.laneID]) }
        }
        if let first = map.transitions.first {
            note(
                ["\(map.transitions.count) transition\(map.transitions.count == 1 ? "" : "s")"],
                at: .transition(first.id), what: "the map")
        }
    }

    private mutating func note(_ lost: [String], at path: ElementPath, what: String) {
        guard !lost.isEmpty else { return }
        diagnostics.append(
            Diagnostic(
                .warning, code: "not-written",
                "\(what): the grid layout does not carry its \(lost.joined(separator: ", ")); the long layout does",
                at: path))
    }

    private mutating func reportMap(_ map: JourneyMap) {
        var lost = ["identifiers and those of its elements"]
        let dropped = map.metadata.keys.filter {
            $0.isEmpty || GridLayoutWriter.reservedKeys.contains($0.lowercased()) || GridLayoutReader.isLaneHeader($0)
        }
        if !dropped.isEmpty { lost.append("metadata \(dropped.sorted().map { "'\($0)'" }.joined(separator: ", "))") }
        if !map.extensions.isEmpty { lost.append("extension data") }
        note(lost, at: .map, what: "the map")
    }

    private mutating func reportPersona(_ persona: Persona) {
        var lost: [String] = []
        let fields: [(String, Bool)] = [
            ("role", persona.role != nil), ("description", persona.description != nil),
            ("goals", !persona.goals.isEmpty), ("needs", !persona.needs.isEmpty),
            ("motivations", !persona.motivations.isEmpty), ("frustrations", !persona.frustrations.isEmpty),
            ("quote", persona.quote != nil), ("attributes", !persona.attributes.isEmpty),
            ("organization", persona.organization != nil), ("decision role", persona.decisionRole != nil),
            ("reports-to", persona.reportsTo != nil), ("extension data", !persona.extensions.isEmpty),
        ]
        for (name, present) in fields where present { lost.append(name) }
        note(lost, at: .persona(persona.id), what: "the persona '\(persona.name)'")
    }

    private mutating func reportLane(_ lane: Lane) {
        var lost: [String] = []
        if LaneKind.recognizing(title: lane.title) != lane.kind { lost.append("its kind (\(lane.kind.rawValue))") }
        if lane.description != nil { lost.append("description") }
        if !lane.extensions.isEmpty { lost.append("extension data") }
        note(lost, at: .lane(lane.id), what: "the lane '\(lane.title)'")
    }

    private mutating func reportStage(_ stage: Stage) {
        var lost: [String] = []
        let fields: [(String, Bool)] = [
            ("goal", stage.goal != nil), ("description", stage.description != nil),
            ("expected duration", stage.expectedDuration != nil), ("personas", !stage.personaIDs.isEmpty),
            ("steps", !stage.steps.isEmpty), ("extension data", !stage.extensions.isEmpty),
        ]
        for (name, present) in fields where present { lost.append(name) }
        note(lost, at: .stage(stage.id), what: "the stage '\(stage.name)'")
    }

    private mutating func reportItem(_ item: Item, stage: Stage, laneKind: LaneKind?) {
        var lost: [String] = []
        let inEmotionLane = laneKind == .emotions
        let text = GridLayoutWriter.singleLine(item.text)
        if text.isEmpty && !(inEmotionLane || item.kind == .emotion) && item.score == nil {
            lost.append("item itself (it has no text)")
        } else if text != item.text {
            lost.append("line breaks and surrounding spaces")
        }
        let carriesScore = inEmotionLane || item.kind == .emotion
        let fields: [(String, Bool)] = [
            ("kind (\(item.kind.rawValue))", laneKind.map { item.kind != $0.defaultItemKind } ?? true),
            ("score", item.score != nil && !carriesScore), ("score's source scale", item.score?.source != nil),
            ("detail", item.detail != nil), ("tags", !item.tags.isEmpty),
            ("activities", !item.activities.isEmpty), ("links", !item.links.isEmpty),
            ("channel", item.channel != nil), ("severity", item.severity != nil), ("priority", item.priority != nil),
            ("owner", item.owner != nil), ("KPI numbers", item.metric != nil),
            ("content type", item.contentType != nil), ("personas", !item.personaIDs.isEmpty),
            ("step", item.stepID != nil), ("extension data", !item.extensions.isEmpty),
        ]
        for (name, present) in fields where present { lost.append(name) }
        note(lost, at: .item(item.id, inStage: stage.id), what: "the item")
    }
}
