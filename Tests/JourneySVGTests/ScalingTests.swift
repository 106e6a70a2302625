import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneySVG

/// The work of drawing grows with the items, lanes and stages, not with their products: counted in
/// items looked at and cells laid out, not timed.
@Suite("Drawing work")
struct ScalingTests {
    /// `stages` × `lanes`, every other lane an emotions lane; the emotion cards name one of two
    /// personas, or none, and some are unscored emotions; `filled` of the cells hold a card.
    static func emotionGrid(stages: Int, lanes: Int, filled: (Int, Int) -> Bool = { _, _ in true }) -> JourneyMap {
        var map = JourneyMap(
            id: "emotions", title: "Emotions",
            personas: [Persona(id: "anna", name: "Anna"), Persona(id: "ben", name: "Ben")])
        for lane in 0..<lanes {
            let kind: LaneKind = lane % 2 == 0 ? .emotions : .actions
            map.lanes.append(Lane(id: "l\(lane)", kind: kind, title: "Lane \(lane)"))
        }
        for stage in 0..<stages {
            var items: [Item] = []
            for lane in 0..<lanes where filled(stage, lane) {
                var item = Item(
                    id: "i\(stage)-\(lane)", kind: lane % 2 == 0 ? .emotion : .action, laneID: "l\(lane)",
                    text: "Card \(stage)-\(lane)")
                if lane % 2 == 0 {
                    if (stage + lane) % 3 != 0 { item.score = EmotionScore(Double((stage + lane) % 5) - 2) }
                    item.personaIDs = [[], ["anna"], ["ben", "anna"], ["carla"]][(stage + lane) % 4]
                }
                items.append(item)
            }
            map.stages.append(Stage(id: "s\(stage)", name: "Stage \(stage)", items: items))
        }
        return map
    }

    @Test func thePerLaneCurvesComeFromOnePassAndMatchTheReference() {
        let map = Self.emotionGrid(stages: 12, lanes: 40)
        let lanes = map.lanes.filter { $0.kind == .emotions }.map(\.id)
        for personas in [nil, ["anna"]] as [[String]?] {
            let collected = EmotionLaneCurves(map: map, lanes: lanes, personas: personas)
            // Each item once, not once per lane.
            #expect(collected.itemsExamined == map.allItems.count)
            #expect(collected.curves.count == lanes.count)
            for (lane, curve) in zip(lanes, collected.curves) {
                let reference = EmotionCurve(map: map, lanes: [lane], personas: personas)
                #expect(curve == (reference.isEmpty ? nil : reference), "\(lane)")
            }
        }
    }

    @Test func aMapWithManyEmotionLanesDrawsACurveInEachFromOnePass() throws {
        let map = Self.emotionGrid(stages: 30, lanes: 120)
        var renderer = MapRenderer(map: map, format: JourneySVGFormat())
        let svg = String(decoding: try renderer.render(), as: UTF8.self)
        #expect(renderer.emotionCurves?.itemsExamined == map.allItems.count)
        #expect(svg.components(separatedBy: "<g class=\"chart\" role=\"img\">").count - 1 == 60)
        // Cells of cards and cells of points, each laid out once for the drawing.
        #expect(renderer.cellsLaidOut == 30 * 120)
    }

    @Test func emptyCellsAreNeitherLaidOutNorDrawn() throws {
        // 300 × 300 cells, one in a hundred holding a card.
        let map = Self.emotionGrid(stages: 300, lanes: 300) { stage, lane in (stage * 7 + lane * 13) % 100 == 0 }
        let filled = map.stages.reduce(0) { $0 + $1.items.count }
        var renderer = MapRenderer(map: map, format: JourneySVGFormat())
        let data = try renderer.render()
        #expect(renderer.cellsLaidOut == filled)
        #expect(renderer.emotionCurves?.itemsExamined == filled)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.components(separatedBy: "<g class=\"cell\"").count - 1 == filled)
        // Heads, grid lines and cards: a few hundred bytes per stage, lane and card, nothing per
        // empty cell.
        #expect(data.count < (300 + 300 + filled) * 3_000)
    }
}
