import JourneyModel

/// A journey → the map: planned/actual → state, phases → stages, actors → personas.
extension CJMLReader {
    mutating func readJourney(_ journey: CJMLNode) throws -> JourneyMap {
        let journeyID = journey.text(of: CJMLTag.journeyID)
        let title = journey.text(of: CJMLTag.journeyTitle)
        var map = JourneyMap(
            id: Identifiers.slug(journeyID ?? title ?? "", fallback: "journey"),
            title: title ?? journeyID ?? CJMLNames.untitled,
            summary: journey.text(of: CJMLTag.journeyShortSummary),
            state: journey.name == CJMLNames.plannedJourney ? .future : .current)
        usedIDs.insert(map.id)
        sourceMap.locations[.map] = location(journey)
        journeyKind = journey.name == CJMLNames.plannedJourney ? CJMLTag.planned : CJMLTag.actual
        map.extensions[CJMLNames.namespace, CJMLKey.journeyID] = journeyID
        if journeyID == nil { map.extensions[CJMLNames.namespace, CJMLKey.journeyIDAbsent] = "true" }
        if title == nil { map.extensions[CJMLNames.namespace, CJMLKey.titleAbsent] = "true" }
        map.extensions[CJMLNames.namespace, CJMLKey.extra] = KeptElements.encode(
            journey.unmappedChildren(CJMLNames.mappedJourneyChildren))

        if let phases = journey.child(CJMLTag.journeyPhases) {
            for phase in phases.children where !phase.isEmpty { readPhase(phase) }
        } else {
            map.extensions[CJMLNames.namespace, CJMLKey.phasesAbsent] = "true"
        }
        for actor in journey.child(CJMLTag.actors)?.children ?? [] where !actor.isEmpty { readActor(actor) }
        for touchpoint in journey.child(CJMLTag.touchpoints)?.children ?? [] where !touchpoint.isEmpty {
            try readTouchpoint(touchpoint)
        }
        map.stages = stages
        map.personas = personas
        map.lanes = lanes()
        return map
    }

    /// The lanes the items use, actions first.
    private func lanes() -> [Lane] {
        let used = Set(stages.flatMap { $0.items.map(\.laneID) })
        return [Lane(kind: .actions), Lane(kind: .touchpoints), Lane(kind: .emotions)].filter { used.contains($0.id) }
    }

    private mutating func readPhase(_ phase: CJMLNode) {
        let phaseID = phase.attribute(CJMLTag.phaseID) ?? ""
        let name = phase.text(of: CJMLTag.phaseName) ?? phaseID
        var stage = Stage(
            id: uniqueID(phaseID.isEmpty ? name : phaseID, fallback: "phase"),
            name: name.isEmpty ? CJMLNames.unnamedPhase : name, description: phase.text(of: CJMLTag.phaseDescription))
        stage.extensions[CJMLNames.namespace, CJMLKey.phaseID] = phaseID
        if phase.text(of: CJMLTag.phaseName) == nil {
            stage.extensions[CJMLNames.namespace, CJMLKey.nameAbsent] = "true"
        }
        var rest = phase
        rest.attributes.removeAll { $0.name == CJMLTag.phaseID }
        rest.children = phase.unmappedChildren([CJMLTag.phaseName, CJMLTag.phaseDescription])
        if phase.name != CJMLTag.journeyPhase || !rest.attributes.isEmpty || !rest.children.isEmpty {
            rest.text = ""
            stage.extensions[CJMLNames.namespace, CJMLKey.extra] = KeptElements.encode([rest])
        }
        sourceMap.locations[.stage(stage.id)] = location(phase)
        if stageIndexesByPhase[phaseID] == nil { stageIndexesByPhase[phaseID] = stages.count }
        stages.append(stage)
    }

    private mutating func readActor(_ actor: CJMLNode) {
        let reference = actor.attribute(CJMLTag.actorID) == nil && actor.attribute(CJMLTag.actorIDref) != nil
        let actorID = actor.attribute(CJMLTag.actorID) ?? actor.attribute(CJMLTag.actorIDref) ?? ""
        let name = actor.text(of: CJMLTag.actorName) ?? actorID
        var persona = Persona(
            id: uniqueID(actorID.isEmpty ? name : actorID, fallback: CJMLTag.actor),
            name: name.isEmpty ? CJMLNames.role(ofActorElement: actor.name) ?? actor.name : name,
            role: CJMLNames.role(ofActorElement: actor.name))
        persona.organization = actor.text(of: CJMLTag.companyName)
        persona.extensions[CJMLNames.namespace, CJMLKey.actorType] = actor.name
        persona.extensions[CJMLNames.namespace, CJMLKey.actorID] = actorID
        if reference { persona.extensions[CJMLNames.namespace, CJMLKey.actorReference] = "true" }
        var rest = actor
        rest.attributes.removeAll { $0.name == CJMLTag.actorID || $0.name == CJMLTag.actorIDref }
        rest.children = actor.unmappedChildren(CJMLNames.mappedActorChildren)
        if !rest.attributes.isEmpty || !rest.children.isEmpty || !rest.text.isEmpty {
            persona.extensions[CJMLNames.namespace, CJMLKey.extra] = KeptElements.encode([rest])
        }
        sourceMap.locations[.persona(persona.id)] = location(actor)
        if personaIDsByActor[actorID] == nil { personaIDsByActor[actorID] = persona.id }
        personas.append(persona)
    }

    /// The persona an actor reference names; one is made, with a warning, for an undeclared actor.
    mutating func persona(forActor actorID: String, at node: CJMLNode) -> String {
        if let id = personaIDsByActor[actorID] { return id }
        var persona = Persona(
            id: uniqueID(actorID, fallback: CJMLTag.actor), name: actorID.isEmpty ? "Unnamed actor" : actorID)
        persona.extensions[CJMLNames.namespace, CJMLKey.actorID] = actorID
        persona.extensions[CJMLNames.namespace, CJMLKey.undeclared] = "true"
        warn(
            "cjml-undeclared-actor",
            "the actor “\(actorID)” is referred to but not declared in <actors>; a persona is made for it",
            at: .persona(persona.id), node)
        sourceMap.locations[.persona(persona.id)] = location(node)
        personaIDsByActor[actorID] = persona.id
        personas.append(persona)
        return persona.id
    }
}
