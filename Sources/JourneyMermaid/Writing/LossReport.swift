import JourneyModel

/// What a map holds that a Mermaid journey has no place for.
enum LossReport {
    /// One diagnostic per kind of thing dropped, naming the element.
    static func unwritten(in map: JourneyMap) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func dropped(_ code: String, _ message: String, at path: ElementPath = .map) {
            diagnostics.append(Diagnostic(.warning, code: code, message, at: path))
        }
        var mapFields: [String] = []
        if map.kind != .b2c { mapFields.append("kind") }
        if map.state != .current { mapFields.append("state") }
        if map.scope != .customerJourney { mapFields.append("scope") }
        if map.language != nil { mapFields.append("language") }
        if !map.metadata.isEmpty { mapFields.append("metadata") }
        if !mapFields.isEmpty {
            dropped("mermaid-map-details-dropped", "the map's \(mapFields.joined(separator: ", ")) cannot be written")
        }
        if !map.transitions.isEmpty {
            dropped("mermaid-transitions-dropped", "\(map.transitions.count) transitions cannot be written")
        }
        for persona in map.personas {
            let details =
                persona.role != nil || persona.description != nil || !persona.goals.isEmpty || !persona.needs.isEmpty
                || !persona.motivations.isEmpty || !persona.frustrations.isEmpty || persona.quote != nil
                || !persona.attributes.isEmpty || persona.organization != nil || persona.decisionRole != nil
                || persona.reportsTo != nil
            if details {
                dropped(
                    "mermaid-persona-details-dropped",
                    "only the name of persona “\(persona.name)” is written (as an actor)",
                    at: .persona(persona.id))
            }
        }
        let written: Set<LaneKind> = [.actions, .emotions]
        let laneKinds = Dictionary(map.lanes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        // Counted in one pass over the items, not one per lane.
        var itemsPerLane: [String: Int] = [:]
        for item in map.allItems { itemsPerLane[item.laneID, default: 0] += 1 }
        for lane in map.lanes where !written.contains(lane.kind) {
            let count = itemsPerLane[lane.id, default: 0]
            if count > 0 {
                dropped(
                    "mermaid-lane-dropped",
                    "the \(count) items of lane “\(lane.title)” (\(lane.kind.rawValue)) cannot be written",
                    at: .lane(lane.id))
            }
        }
        for stage in map.stages {
            if stage.goal != nil || stage.description != nil || stage.expectedDuration != nil || !stage.steps.isEmpty
                || !stage.personaIDs.isEmpty
            {
                dropped(
                    "mermaid-stage-details-dropped", "only the name and items of stage “\(stage.name)” are written",
                    at: .stage(stage.id))
            }
            for item in stage.items where laneKinds[item.laneID].map(written.contains) ?? false {
                if item.detail != nil || !item.tags.isEmpty || !item.activities.isEmpty || !item.links.isEmpty
                    || item.stepID != nil
                {
                    dropped(
                        "mermaid-item-details-dropped",
                        "the detail, tags, activities, links or step of “\(item.text)” cannot be written",
                        at: .item(item.id, inStage: stage.id))
                }
            }
        }
        let foreign = foreignExtensionCount(map)
        if foreign > 0 {
            dropped(
                "mermaid-extensions-dropped", "\(foreign) extension data entries outside “mermaid” cannot be written")
        }
        return diagnostics
    }

    private static func foreignExtensionCount(_ map: JourneyMap) -> Int {
        func count(_ data: ExtensionData) -> Int {
            data.sortedEntries.filter { $0.namespace != MapBuilder.namespace }.count
        }
        var total = count(map.extensions)
        total += map.personas.reduce(0) { $0 + count($1.extensions) }
        total += map.lanes.reduce(0) { $0 + count($1.extensions) }
        total += map.transitions.reduce(0) { $0 + count($1.extensions) }
        for stage in map.stages {
            total += count(stage.extensions) + stage.items.reduce(0) { $0 + count($1.extensions) }
        }
        return total
    }
}
