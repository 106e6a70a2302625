import JourneyModel

/// Writes a map in the long layout: every field of every element, so reading gives the same map.
struct LongLayoutWriter {
    var output: CSVOutput
    /// Whether the items section has the `activities` column: only when an item has activities.
    private var writesActivities = false
    /// Whether the items section has the `direction` column: only when a KPI states its direction.
    private var writesDirections = false

    init(output: CSVOutput) { self.output = output }

    mutating func write(_ map: JourneyMap) throws {
        try checkStageIdentifiers(map)
        writesActivities = map.stages.contains { stage in stage.items.contains { !$0.activities.isEmpty } }
        writesDirections = map.stages.contains { stage in stage.items.contains { $0.metric?.direction != nil } }
        try output.record(LongLayout.itemHeader(withActivities: writesActivities, withDirections: writesDirections))
        for stage in map.stages {
            for item in stage.items { try writeItem(item, stage: stage) }
        }
        try writeSection(
            .map,
            [
                (
                    .map,
                    [
                        map.id, map.title, map.summary, map.kind.rawValue, map.state.rawValue, map.scope.rawValue,
                        map.language, CellCoding.encode(dictionary: map.metadata),
                        CellCoding.encode(extensions: map.extensions),
                    ]
                )
            ])
        try writeSection(
            .personas,
            map.personas.map { persona in
                (
                    .persona(persona.id),
                    [
                        persona.id, persona.name, persona.role, persona.description,
                        CellCoding.encode(lines: persona.goals), CellCoding.encode(lines: persona.needs),
                        CellCoding.encode(lines: persona.motivations), CellCoding.encode(lines: persona.frustrations),
                        persona.quote, CellCoding.encode(dictionary: persona.attributes), persona.organization,
                        persona.decisionRole?.rawValue, persona.reportsTo,
                        CellCoding.encode(extensions: persona.extensions),
                    ]
                )
            })
        try writeSection(
            .lanes,
            map.lanes.map { lane in
                (
                    .lane(lane.id),
                    [
                        lane.id, lane.kind.rawValue, lane.title, lane.description,
                        CellCoding.encode(extensions: lane.extensions),
                    ]
                )
            })
        try writeSection(
            .stages,
            map.stages.map { stage in
                (
                    .stage(stage.id),
                    [
                        stage.id, stage.name, stage.goal, stage.description, stage.expectedDuration,
                        CellCoding.encode(identifiers: stage.personaIDs),
                        CellCoding.encode(extensions: stage.extensions),
                    ]
                )
            })
        try writeSection(
            .steps,
            map.stages.flatMap { stage in
                stage.steps.map { step in
                    (
                        .step(step.id, inStage: stage.id),
                        [
                            stage.id, step.id, step.name, step.description,
                            CellCoding.encode(extensions: step.extensions),
                        ]
                    )
                }
            })
        try writeSection(
            .transitions,
            map.transitions.map { transition in
                (
                    .transition(transition.id),
                    [
                        transition.id, transition.from, transition.to, transition.label,
                        CellCoding.encode(identifiers: transition.personaIDs),
                        CellCoding.encode(extensions: transition.extensions),
                    ]
                )
            })
    }

    /// Items name their stage by identifier, so two stages must not share one.
    private func checkStageIdentifiers(_ map: JourneyMap) throws {
        var seen: Set<String> = []
        for stage in map.stages where !seen.insert(stage.id).inserted {
            throw WriteError(
                "two stages have the identifier '\(stage.id)'; the long CSV layout names an item's stage by "
                    + "identifier, so stage identifiers must be unique",
                at: .stage(stage.id))
        }
    }

    private mutating func writeItem(_ item: Item, stage: Stage) throws {
        let path = ElementPath.item(item.id, inStage: stage.id)
        if let kind = item.metric?.kind, kind.rawValue.isEmpty {
            throw WriteError("an empty metric kind cannot be written as CSV; leave the kind out instead", at: path)
        }
        let metricKind: String? =
            switch item.metric {
            case nil: nil
            case let metric?:
                // A metric with no field set still exists: an empty quoted cell says so.
                metric.kind?.rawValue ?? (metric.isEmpty ? "" : nil)
            }
        var cells: [String?] = [
            stage.id,
            item.laneID,
            item.kind.rawValue,
            item.text,
            item.id,
            item.stepID,
            CellCoding.encode(identifiers: item.personaIDs),
            try CellCoding.encode(number: item.score?.value, path: path, field: "score"),
            try CellCoding.encode(number: item.score?.source?.value, path: path, field: "source score"),
            try item.score?.source.map { try CellCoding.encode(scale: $0, path: path) },
            item.channel?.rawValue,
            item.severity?.rawValue,
            item.priority?.rawValue,
            item.owner,
            metricKind,
            try CellCoding.encode(number: item.metric?.value, path: path, field: "value"),
            try CellCoding.encode(number: item.metric?.target, path: path, field: "target"),
            item.metric?.unit,
            item.contentType?.rawValue,
            CellCoding.encode(lines: item.tags),
            CellCoding.encode(links: item.links),
            item.detail,
            CellCoding.encode(extensions: item.extensions),
        ]
        if writesActivities { cells.append(CellCoding.encode(lines: item.activities)) }
        if writesDirections {
            cells.append(try item.metric?.direction.map { try CellCoding.encode(direction: $0, path: path) })
        }
        try output.record(cells, path: path)
    }

    /// Writes a section: its marker row, its header row and one row per element.
    private mutating func writeSection(_ section: LongLayout.Section, _ rows: [(ElementPath, [String?])]) throws {
        try output.record([section.marker])
        try output.record(section.columns)
        for (path, cells) in rows { try output.record(cells, path: path) }
    }
}
