import BenchmarkHarness
import Foundation
import JourneyKit

// Rendering maps to SVG and HTML in-process. First a realistic 10-stage × 10-lane map with 100,
// 1,000 and 10,000 cards (the target is under 10 ms for 1,000 cards on a 2-core machine). Then the
// cost per card of SVG and HTML on four shapes at 1,000, 10,000 and 100,000 cards (the target is
// at most 10 µs a card, the same at every size): tall (10 stages, many lanes), wide (many stages,
// 6 lanes), deep (10 × 10, cards stacked in each cell) and lanes (a square grid, every other lane
// an emotions lane, as imported drawings can have).
//
//   swift run -c release --package-path Benchmarks svg-benchmarks [tall|wide|deep|lanes …] [--cards 1000,10000]

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

/// A map of `stages` × `lanes` cells with `cardsPerCell` cards in each; every `emotionEvery`th lane
/// is an emotions lane with scored cards (as imported drawings with repeated lane bands have).
func makeGrid(stages stageCount: Int, lanes laneCount: Int, cardsPerCell: Int, emotionEvery: Int) -> JourneyMap {
    let lanes = (0..<laneCount).map { index in
        Lane(id: "l\(index)", kind: index % emotionEvery == 0 ? .emotions : .actions, title: "Lane \(index)")
    }
    let stages = (0..<stageCount).map { stageIndex in
        var items: [Item] = []
        for (laneIndex, lane) in lanes.enumerated() {
            for card in 0..<cardsPerCell {
                var item = Item(
                    id: "i\(stageIndex)-\(laneIndex)-\(card)", kind: lane.kind.defaultItemKind, laneID: lane.id,
                    text: "Card \(stageIndex)-\(laneIndex): compares offers")
                if lane.kind == .emotions { item.score = EmotionScore(Double((stageIndex + laneIndex + card) % 5) - 2) }
                items.append(item)
            }
        }
        return Stage(id: "s\(stageIndex)", name: "Stage \(stageIndex + 1)", items: items)
    }
    return JourneyMap(id: "grid", title: "Generated grid", stages: stages, lanes: lanes)
}

/// The processor time this process has used, in seconds.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The shapes of map at `cards` cards: SVG and HTML must cost the same per card on each.
func shapedMap(_ shape: String, cards: Int) -> JourneyMap {
    switch shape {
    case "tall": makeGrid(stages: 10, lanes: cards / 10, cardsPerCell: 1, emotionEvery: 3)
    case "wide": makeGrid(stages: cards / 6, lanes: 6, cardsPerCell: 1, emotionEvery: 3)
    case "deep": makeGrid(stages: 10, lanes: 10, cardsPerCell: max(1, cards / 100), emotionEvery: 3)
    default:  // many lanes: a square grid, every other lane an emotions lane
        makeGrid(
            stages: Int(Double(cards).squareRoot()), lanes: Int(Double(cards).squareRoot()), cardsPerCell: 1,
            emotionEvery: 2)
    }
}

// svg-benchmarks [shape …] [--cards 1000,10000,100000]: µs per card of SVG and HTML on each shape.
let shapeArguments = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("--") }
let cardCounts =
    CommandLine.arguments.firstIndex(of: "--cards").flatMap { index in
        CommandLine.arguments.dropFirst(index + 1).first?.split(separator: ",").compactMap { Int($0) }
    } ?? [1000, 10000, 100000]
var perCard: [String] = []
for shape in shapeArguments.isEmpty ? ["tall", "wide", "deep", "lanes"] : Array(shapeArguments) {
    var shapeTimings: [Timing] = []
    for cards in cardCounts {
        let map = shapedMap(shape, cards: cards)
        let count = map.allItems.count
        let runs = count >= 50_000 ? 1 : count >= 5_000 ? 3 : 11
        for (name, format) in [("SVG", JourneySVGFormat() as any JourneyWriter), ("HTML", JourneyHTMLFormat())] {
            let cpuStart = processorSeconds()
            let timing = try measure(
                "\(name), \(shape), \(map.stages.count) × \(map.lanes.count), \(count) cards", runs: runs
            ) {
                _ = try format.write(map)
            }
            // Processor time per run (the warm-up included): what the work costs when other
            // processes share the cores, which the elapsed time does not show.
            let cpu = (processorSeconds() - cpuStart) / Double(runs + 1)
            shapeTimings.append(timing)
            perCard.append(
                String(
                    format: "%@ %@ %7d cards: %6.2f µs per card elapsed, %6.2f µs per card of processor time", name,
                    shape, count, timing.median / Double(count) * 1e6, cpu / Double(count) * 1e6))
        }
    }
    report(shapeTimings, title: "Shape: \(shape)")
}
print("## Per card (target ≤ 10 µs)")
for line in perCard { print(line) }
print("peak memory: \(mebibytes(peakMemory()))")
