import JourneyModel

/// The swimlane editor's lowercase `<cjml>` → a map: actors → personas (their role as written),
/// touchpoints → actions and touchpoints in one stage, as the dialect has no phases.
///
/// The shape is what the editor's export (`CJML_swimlane.xml`) writes: `<actor id>` with
/// `actorName` and `actorRole`, `<touchpoint id type>` with `time`, `initiator`,
/// `initiatorDescription` and, for a communication, `receiver`, `receiverDescription` and
/// `channel`; initiators and receivers name actors by name. JavaScript's `undefined` and `null`,
/// which the export writes for a field never filled in, read as empty. Written back, the map is a CJML 2.0
/// document.
extension CJMLReader {
    /// The texts the swimlane editor writes for a field never filled in: JavaScript's `undefined`
    /// and `null`.
    static let unsetValues: Set<String> = ["undefined", "null"]

    mutating func readSwimlane(_ root: CJMLNode) -> JourneyMap {
        var map = JourneyMap(id: "journey", title: CJMLNames.untitled)
        usedIDs.insert(map.id)
        sourceMap.locations[.map] = location(root)
        map.extensions[CJMLNames.namespace, CJMLKey.dialect] = "swimlane"
        map.extensions[CJMLNames.namespace, CJMLKey.phasesAbsent] = "true"
        map.extensions[CJMLNames.namespace, CJMLKey.journeyIDAbsent] = "true"
        map.extensions[CJMLNames.namespace, CJMLKey.titleAbsent] = "true"
        diagnostics.append(
            Diagnostic(
                .warning, code: "cjml-swimlane-dialect",
                "this is the lowercase <cjml> of the CJML swimlane editor: it has no phases, so every touchpoint is in "
                    + "one stage; written as CJML, the map becomes a CJML 2.0 journey",
                at: .map, location: location(root)))
        let elements = Self.withoutUndefined(root).children.flatMap {
            [CJMLTag.actors, CJMLTag.touchpoints].contains($0.name) ? $0.children : [$0]
        }
        for actor in elements where actor.name == CJMLTag.actor { readSwimlaneActor(actor) }
        for touchpoint in elements where touchpoint.name == CJMLTag.touchpoint { readSwimlaneTouchpoint(touchpoint) }
        let unread = elements.filter { $0.name != CJMLTag.actor && $0.name != CJMLTag.touchpoint && !$0.isEmpty }
        map.extensions[CJMLNames.namespace, CJMLKey.extra] = KeptElements.encode(unread)
        map.stages = stages
        map.personas = personas
        map.lanes = [Lane(kind: .actions), Lane(kind: .touchpoints)].filter { lane in
            stages.contains { $0.items.contains { $0.laneID == lane.id } }
        }
        return map
    }

    private static func withoutUndefined(_ node: CJMLNode) -> CJMLNode {
        var node = node
        if unsetValues.contains(node.text) { node.text = "" }
        node.children = node.children.map(withoutUndefined)
        return node
    }

    private mutating func readSwimlaneActor(_ actor: CJMLNode) {
        let actorID = actor.attribute(CJMLTag.id) ?? ""
        let name = actor.text(of: CJMLTag.actorName) ?? actorID
        var persona = Persona(
            id: uniqueID(name.isEmpty ? actorID : name, fallback: CJMLTag.actor),
            name: name.isEmpty ? "Unnamed actor" : name,
            role: actor.text(of: CJMLTag.actorRole))
        persona.extensions[CJMLNames.namespace, CJMLKey.actorID] = actorID.isEmpty ? nil : actorID
        persona.extensions[CJMLNames.namespace, CJMLKey.extra] = KeptElements.encode(
            actor.unmappedChildren([CJMLTag.actorName, CJMLTag.actorRole]))
        sourceMap.locations[.persona(persona.id)] = location(actor)
        // Touchpoints name actors by name; an identifier finds one too.
        for key in [name, actorID] where !key.isEmpty && personaIDsByActor[key] == nil {
            personaIDsByActor[key] = persona.id
        }
        personas.append(persona)
    }

    private mutating func readSwimlaneTouchpoint(_ node: CJMLNode) {
        let isAction = node.attribute(CJMLTag.type) == CJMLTag.actionType
        let touchpointID = node.attribute(CJMLTag.id)
        var item = Item(
            id: uniqueID(touchpointID ?? "", fallback: isAction ? "action" : "touchpoint"),
            kind: isAction ? .action : .touchpoint, laneID: isAction ? "actions" : "touchpoints",
            text: node.text(of: CJMLTag.initiatorDescription) ?? "")
        if stages.isEmpty {
            var stage = Stage(id: uniqueID(CJMLNames.swimlaneStage, fallback: "journey"), name: CJMLNames.swimlaneStage)
            stage.extensions[CJMLNames.namespace, CJMLKey.implicit] = "true"
            stages.append(stage)
        }
        touchpointCount += 1
        var kept: [(String, String?)] = [
            (CJMLKey.touchpointID, touchpointID), (CJMLKey.position, String(touchpointCount)),
            (CJMLKey.receiverLabel, node.text(of: CJMLTag.receiverDescription)),
            (CJMLKey.timestampPrefix + CJMLTag.timeStarted, node.text(of: CJMLTag.time)),
        ]
        for (role, key) in [(CJMLTag.initiator, CJMLKey.initiator), (CJMLTag.receiver, CJMLKey.receiver)] {
            guard let party = node.child(role), !party.text.isEmpty else { continue }
            let personaID = persona(forActor: party.text, at: party)
            kept.append((key, personaID))
            if !item.personaIDs.contains(personaID) { item.personaIDs.append(personaID) }
        }
        if let channel = node.text(of: CJMLTag.channel) {
            item.channel = CJMLNames.channel(named: channel)
            kept.append((CJMLKey.channelName, channel))
        }
        let mapped: Set<String> = [
            CJMLTag.time, CJMLTag.initiator, CJMLTag.initiatorDescription, CJMLTag.receiver,
            CJMLTag.receiverDescription, CJMLTag.channel,
        ]
        kept.append((CJMLKey.extra, KeptElements.encode(node.unmappedChildren(mapped))))
        for (key, value) in kept { item.extensions[CJMLNames.namespace, key] = value }
        if let time = node.child(CJMLTag.time), !time.text.isEmpty, !TimestampText.isReadable(time.text) {
            warn(
                "cjml-unreadable-timestamp",
                "the time “\(time.text)” of touchpoint “\(item.id)” is not a date and time; kept as text",
                at: .item(item.id, inStage: stages[0].id), time)
        }
        sourceMap.locations[.item(item.id, inStage: stages[0].id)] = location(node)
        stages[0].items.append(item)
    }
}
