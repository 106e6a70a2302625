import Foundation
import JourneyModel

extension PageRecognition {
    /// Transitions from connectors whose ends lie in different stages.
    mutating func placeTransitions() {
        guard !page.edges.isEmpty else { return }
        var stageByID: [String: String] = [:]
        // Connectors between emotion points draw the curve; they are no transitions.
        for (position, stage) in stageOfShape.enumerated() where stage >= 0 {
            stageByID[page.shapes[position].id] = map.stages[Int(stage)].id
        }
        for stage in map.stages {
            if let header = stage.extensions[format, "id"] { stageByID[header] = stage.id }
        }
        var ids = Set<String>()
        var nextNumber: [String: Int] = [:]
        for (index, edge) in page.edges.enumerated() {
            guard let source = edge.sourceID.flatMap({ stageByID[$0] }),
                let target = edge.targetID.flatMap({ stageByID[$0] }),
                source != target
            else { continue }
            // Repeated connectors between two stages are numbered, at a cost independent of how many.
            let base = "\(source)-to-\(target)"
            var id = base
            var number = nextNumber[base] ?? 2
            while ids.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
            nextNumber[base] = number
            ids.insert(id)
            var transition = Transition(id: id, from: source, to: target, label: edge.text.isBlank ? nil : edge.text)
            transition.extensions[format, "id"] = edge.id
            map.transitions.append(transition)
            usedEdges[index] = true
        }
    }
}
