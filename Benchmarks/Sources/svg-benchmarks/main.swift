import BenchmarkHarness
import Foundation
import JourneyKit

// Rendering maps to SVG in-process: a 10-stage × 10-lane map with 1,000 cards (the target is under
// 10 ms on a 2-core machine), and the same grid with 100 and 10,000 cards to show the cost grows
// linearly with the number of cards. Then square grids whose every other lane is an emotions lane,
// as imported drawings can have, to show the cost grows with the cards and not with the cards
// times the emotion lanes; and the HTML page of the same grids.

/// A 10 × 10 map with `cardsPerCell` items in every cell: realistic texts, every lane kind, emotions
/// per persona, KPIs with targets, channels and links.
func makeMap(cardsPerCell: Int) -> JourneyMap {
    let kinds: [LaneKind] = [
        .actions, .thoughts, .emotions, .touchpoints, .painPoints, .opportunities, .measures, .kpis, .content,
        .backstage,
    ]
    let phrases = [
        "Compares the monthly cost of three offers on the comparison site",
        "Asks a colleague whether the service was worth it",
        "Waits for a reply from support",
        "Reads the terms and conditions twice before signing the contract",
        "Books an appointment online",
        "Gets a confirmation email with the wrong date and has to call",
        "Shares the result with the team",
        "Is unsure which plan fits best",
    ]
    let personas = [
        Persona(id: "anna", name: "Anna Keller", role: "First-time buyer"),
        Persona(id: "jonas", name: "Jonas Brandt", role: "Co-signer"),
    ]
    var stages: [Stage] = []
    var number = 0
    for stageIndex in 0..<10 {
        var items: [Item] = []
        for (laneIndex, kind) in kinds.enumerated() {
            for card in 0..<cardsPerCell {
                number += 1
                var item = Item(
                    id: "i\(number)", kind: kind.defaultItemKind, laneID: kind.rawValue,
                    text: phrases[(stageIndex + laneIndex + card) % phrases.count])
                switch kind {
                case .emotions:
                    item.score = EmotionScore(Double((stageIndex + card) % 5) - 2)
                    item.personaIDs = [personas[card % 2].id]
                case .touchpoints: item.channel = Channel.knownValues[card % Channel.knownValues.count]
                case .painPoints: item.severity = .high
                case .opportunities: item.priority = .medium
                case .kpis: item.metric = Metric(kind: .conversionRate, value: 3.1, target: 5, unit: "%")
                case .content: item.links = [Link("https://example.com/guide/\(number)", title: "Guide")]
                case .measures, .backstage: item.owner = "Customer experience team"
                default: break
                }
                items.append(item)
            }
        }
        stages.append(
            Stage(id: "s\(stageIndex)", name: "Stage \(stageIndex + 1)", goal: "Get things done", items: items))
    }
    return JourneyMap(
        id: "benchmark", title: "Benchmark map", summary: "A generated map.", personas: personas, stages: stages,
        lanes: kinds.map { Lane(kind: $0) },
        transitions: [Transition(id: "back", from: "s5", to: "s2", label: "Starts over")])
}

var timings: [Timing] = []
var sizes: [String] = []
for cardsPerCell in [1, 10, 100] {
    let map = makeMap(cardsPerCell: cardsPerCell)
    let cards = map.allItems.count
    var bytes = 0
    let runs = cardsPerCell == 100 ? 5 : 21
    let timing = try measure("render SVG, 10 × 10, \(cards) cards", runs: runs) {
        bytes = try map.export(as: .svg).count
    }
    timings.append(timing)
    let perCard = timing.median / Double(cards) * 1e6
    sizes.append(
        "\(cards) cards: \(bytes / 1024) KiB of SVG, "
            + String(format: "%.2f µs per card (median)", perCard))
}
report(timings, title: "SVG export")
for line in sizes { print(line) }
print("peak memory: \(mebibytes(peakMemory()))")

/// A `size` × `size` grid, one card per cell, every other lane an emotions lane with a scored card.
func makeEmotionGrid(size: Int) -> JourneyMap {
    var lanes: [Lane] = []
    for index in 0..<size {
        let kind: LaneKind = index % 2 == 0 ? .emotions : .actions
        lanes.append(Lane(id: "l\(index)", kind: kind, title: "Lane \(index)"))
    }
    var stages: [Stage] = []
    for stageIndex in 0..<size {
        var items: [Item] = []
        for (laneIndex, lane) in lanes.enumerated() {
            var item = Item(
                id: "i\(stageIndex)-\(laneIndex)", kind: lane.kind.defaultItemKind, laneID: lane.id,
                text: "Card \(stageIndex)-\(laneIndex)")
            if lane.kind == .emotions { item.score = EmotionScore(Double((stageIndex + laneIndex) % 5) - 2) }
            items.append(item)
        }
        stages.append(Stage(id: "s\(stageIndex)", name: "Stage \(stageIndex + 1)", items: items))
    }
    return JourneyMap(id: "emotion-grid", title: "Emotion grid", stages: stages, lanes: lanes)
}

var gridTimings: [Timing] = []
for size in [50, 100, 200, 400] {
    let map = makeEmotionGrid(size: size)
    let runs = size >= 400 ? 1 : size >= 200 ? 3 : 5
    let cards = map.allItems.count
    gridTimings.append(
        try measure("SVG, \(size) × \(size), \(size / 2) emotion lanes, \(cards) cards", runs: runs) {
            _ = try map.export(as: .svg)
        })
    gridTimings.append(
        try measure("HTML, \(size) × \(size), \(size / 2) emotion lanes, \(cards) cards", runs: runs) {
            _ = try map.export(as: .html)
        })
}
report(gridTimings, title: "Many emotion lanes")
print("peak memory: \(mebibytes(peakMemory()))")
