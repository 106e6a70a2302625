import JourneyModel

/// What a map holds that a CJML document has no place for.
enum LossReport {
    /// The lanes whose items CJML carries: actions, touchpoints and the emotions as experiences.
    static let writtenKinds: Set<ItemKind> = [.action, .touchpoint, .emotion]

    /// One diagnostic per element that loses something, naming it.
    static func unwritten(in map: JourneyMap) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func dropped(_ code: String, _ message: String, at path: ElementPath = .map) {
            diagnostics.append(Diagnostic(.warning, code: code, message, at: path))
        }
        var mapFields: [String] = []
        if map.kind != .b2c { mapFields.append("kind") }
        if map.scope != .customerJourney { mapFields.append("scope") }
        if map.language != nil { mapFields.append("language") }
        if !map.metadata.isEmpty { mapFields.append("metadata") }
        if !mapFields.isEmpty {
            dropped("cjml-map-details-dropped", "the map's \(mapFields.joined(separator: ", ")) cannot be written")
        }
        if !map.transitions.isEmpty {
            dropped("cjml-transitions-dropped", "\(map.transitions.count) transitions cannot be written")
        }
        for persona in map.personas where hasDetails(persona) {
            dropped(
                "cjml-persona-details-dropped",
                "only the name, role and organization of persona “\(persona.name)” are written (as an actor)",
                at: .persona(persona.id))
        }
        // Counted in one pass over the items, not one per lane.
        var unwrittenPerLane: [String: Int] = [:]
        for item in map.allItems where !writtenKinds.contains(item.kind) {
            unwrittenPerLane[item.laneID, default: 0] += 1
        }
        for lane in map.lanes {
            let count = unwrittenPerLane[lane.id, default: 0]
            if count > 0 {
                dropped(
                    "cjml-items-dropped",
                    "the \(count) items of lane “\(lane.title)” that are not actions, touchpoints or emotions cannot be written",
                    at: .lane(lane.id))
            }
        }
        for stage in map.stages {
            if stage.goal != nil || stage.expectedDuration != nil || !stage.steps.isEmpty || !stage.personaIDs.isEmpty {
                dropped(
                    "cjml-stage-details-dropped",
                    "only the name, description and items of stage “\(stage.name)” are written (as a journey phase)",
                    at: .stage(stage.id))
            }
            for item in stage.items where writtenKinds.contains(item.kind) && hasDetails(item) {
                dropped(
                    "cjml-item-details-dropped",
                    "the tags, activities, links, step or fields other than text, detail and channel of “\(item.text)” cannot be written",
                    at: .item(item.id, inStage: stage.id))
            }
        }
        diagnostics += extensionLosses(map)
        return diagnostics
    }

    private static func hasDetails(_ persona: Persona) -> Bool {
        persona.description != nil || !persona.goals.isEmpty || !persona.needs.isEmpty || !persona.motivations.isEmpty
            || !persona.frustrations.isEmpty || persona.quote != nil || !persona.attributes.isEmpty
            || persona.decisionRole != nil || persona.reportsTo != nil
    }

    private static func hasDetails(_ item: Item) -> Bool {
        item.tags.contains { $0 != CJMLNames.deviationTag } || !item.activities.isEmpty || !item.links.isEmpty
            || item.stepID != nil
            || item.severity != nil || item.priority != nil || item.owner != nil || item.metric != nil
            || item.contentType != nil || (item.kind == .emotion && (item.detail != nil || item.channel != nil))
    }

    /// Extension data of other namespaces, and kept elements that cannot be written back.
    private static func extensionLosses(_ map: JourneyMap) -> [Diagnostic] {
        var foreign = 0
        var unwritable = 0
        func count(_ data: ExtensionData) {
            for entry in data.sortedEntries {
                if entry.namespace != CJMLNames.namespace {
                    foreign += 1
                } else if isKept(entry.key),
                    KeptElements.decode(entry.value).map({ $0.allSatisfy(KeptElements.isWritable) }) != true
                {
                    unwritable += 1
                }
            }
        }
        count(map.extensions)
        for persona in map.personas { count(persona.extensions) }
        for lane in map.lanes { count(lane.extensions) }
        for transition in map.transitions { count(transition.extensions) }
        for stage in map.stages {
            count(stage.extensions)
            for item in stage.items { count(item.extensions) }
        }
        var diagnostics: [Diagnostic] = []
        if foreign > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "cjml-extensions-dropped",
                    "\(foreign) extension data entries outside “cjml” cannot be written", at: .map))
        }
        if unwritable > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "cjml-kept-elements-dropped",
                    "\(unwritable) “cjml” extension entries holding elements are not in the form the reader keeps "
                        + "them, or name elements XML cannot carry, and are left out", at: .map))
        }
        return diagnostics
    }

    /// Whether an extension key of ours holds kept elements.
    private static func isKept(_ key: String) -> Bool {
        [
            CJMLKey.extra, CJMLKey.before, CJMLKey.after, CJMLKey.initiatorExtra, CJMLKey.receiverExtra,
            CJMLKey.channelExtra, CJMLKey.experienceExtra, CJMLKey.timestampExtra,
        ].contains(key)
    }
}
