/// Where each stage and step of a map is, found by identifier in constant time.
///
/// ``JourneyMap/stageIndex(containing:)`` and ``JourneyMap/isBackward(_:)`` search the stages each
/// time, which is fine for one question and costs stages × transitions for a whole map; renderers
/// make this index once and ask it instead. It answers exactly as those two do (the tests compare
/// them).
package struct PlaceIndex: Sendable {
    /// The first stage that is, or holds a step with, each identifier.
    private var stageOf: [String: Int] = [:]
    /// For an identifier that is a step of the stage `stageOf` gives, its first position there.
    private var stepOf: [String: Int] = [:]

    package init(_ map: JourneyMap) {
        for (index, stage) in map.stages.enumerated() {
            if stageOf[stage.id] == nil { stageOf[stage.id] = index }
            for (position, step) in stage.steps.enumerated() {
                if stageOf[step.id] == nil { stageOf[step.id] = index }
                if stageOf[step.id] == index, stepOf[step.id] == nil { stepOf[step.id] = position }
            }
        }
    }

    /// The position of the stage that is, or holds a step with, this identifier.
    package func stageIndex(containing id: String) -> Int? { stageOf[id] }

    /// Whether a transition goes back to an earlier stage, or to an earlier step of the same stage.
    package func isBackward(_ transition: Transition) -> Bool {
        guard let from = stageOf[transition.from], let to = stageOf[transition.to] else { return false }
        if from != to { return to < from }
        guard let fromStep = stepOf[transition.from], let toStep = stepOf[transition.to] else { return false }
        return toStep < fromStep
    }
}
