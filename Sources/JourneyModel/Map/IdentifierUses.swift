/// Every identifier a map holds, its own and those it refers to, with where each is.
///
/// Formats that cannot hold an identifier with white space (XML lists, the CSV columns) refuse such
/// a map on reading; readers of formats that could hold one (JSON) refuse it the same way, so that
/// every lossless format accepts the same maps.
public struct IdentifierUse: Hashable, Sendable {
    /// The identifier as the map holds it.
    public var id: String
    /// The element holding it.
    public var path: ElementPath
    /// The field holding it, such as `id`, `laneID`, `personaIDs`, `reportsTo` or `from`.
    public var field: String
}

extension JourneyMap {
    /// The first identifier that is not valid, or `nil` when all are.
    ///
    /// Checks an element's own identifier and those it refers to, with ``Identifiers/isValid(_:)``.
    public var firstInvalidIdentifier: IdentifierUse? {
        var found: IdentifierUse?
        forEachIdentifier { use in
            if found == nil, !Identifiers.isValid(use.id) { found = use }
        }
        return found
    }

    /// Calls `body` with every identifier of the map, in map order.
    public func forEachIdentifier(_ body: (IdentifierUse) -> Void) {
        func uses(_ ids: [String], _ path: ElementPath, _ field: String) {
            for id in ids { body(IdentifierUse(id: id, path: path, field: field)) }
        }
        uses([id], .map, "id")
        for persona in personas {
            let path = ElementPath.persona(persona.id)
            uses([persona.id], path, "id")
            uses(persona.reportsTo.map { [$0] } ?? [], path, "reportsTo")
        }
        for lane in lanes { uses([lane.id], .lane(lane.id), "id") }
        for stage in stages {
            let path = ElementPath.stage(stage.id)
            uses([stage.id], path, "id")
            uses(stage.personaIDs, path, "personaIDs")
            for step in stage.steps { uses([step.id], .step(step.id, inStage: stage.id), "id") }
            for item in stage.items {
                let itemPath = ElementPath.item(item.id, inStage: stage.id)
                uses([item.id], itemPath, "id")
                uses([item.laneID], itemPath, "laneID")
                uses(item.stepID.map { [$0] } ?? [], itemPath, "stepID")
                uses(item.personaIDs, itemPath, "personaIDs")
            }
        }
        for transition in transitions {
            let path = ElementPath.transition(transition.id)
            uses([transition.id], path, "id")
            uses([transition.from], path, "from")
            uses([transition.to], path, "to")
            uses(transition.personaIDs, path, "personaIDs")
        }
    }
}
