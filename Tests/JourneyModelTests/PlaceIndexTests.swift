import JourneyModel
import JourneyTestSupport
import Testing

/// `PlaceIndex` answers as `JourneyMap.stageIndex(containing:)` and `isBackward(_:)`, its plain
/// reference, do — including for identifiers that repeat.
@Suite("Place index")
struct PlaceIndexTests {
    @Test func answersAsTheMapsOwnSearch() {
        var random = SeededGenerator(seed: 11)
        let ids = ["a", "b", "c", "d", "e", "f"]
        for _ in 0..<300 {
            var map = JourneyMap(id: "m", title: "M")
            for stageIndex in 0..<Int.random(in: 1...4, using: &random) {
                var stage = Stage(id: ids.randomElement(using: &random)!, name: "S\(stageIndex)")
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    stage.steps.append(Step(id: ids.randomElement(using: &random)!, name: "step"))
                }
                map.stages.append(stage)
            }
            let index = PlaceIndex(map)
            for from in ids + ["nowhere"] {
                #expect(index.stageIndex(containing: from) == map.stageIndex(containing: from))
                for to in ids + ["nowhere"] {
                    let transition = Transition(id: "t", from: from, to: to)
                    #expect(index.isBackward(transition) == map.isBackward(transition), "\(map) \(from) → \(to)")
                }
            }
        }
    }
}
