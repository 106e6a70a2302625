import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyImport

/// Grids drawn at random — lanes as loose boxes, as swimlanes in a pool or as containers, any
/// built-in language, stages across or down, uneven sizes,
/// headers and cards misaligned by up to 14 pixels, with or without a title, goals under the
/// stage names, a footnote and persona cards — read as drawn: every stage and lane by name,
/// every card in its cell.
@Suite("Recognizing generated grids")
struct GeneratedGridTests {
    private struct Drawn {
        var page: DiagramPage
        var stages: [String]
        var lanes: [String]
        /// Card text → (stage, lane).
        var cells: [String: (stage: String, lane: String)]
    }

    private static let languages = ["en", "es", "pt", "de", "fr", "ja", "zh", "tl"]
    private static let laneKinds: [LaneKind] = [.actions, .thoughts, .touchpoints, .painPoints, .opportunities, .kpis]

    private func draw(seed: Int) -> Drawn {
        var random = SeededGenerator(seed: UInt64(seed) &* 31 &+ 5)
        let vocabulary = RecognitionVocabulary.builtIn[Self.languages.randomElement(using: &random)!]!
        let stageCount = Int.random(in: 2...7, using: &random)
        let laneCount = Int.random(in: 2...6, using: &random)
        var stageNames: [String] = []
        for name in vocabulary.stageNames.shuffled(using: &random) where stageNames.count < stageCount {
            let title = name.prefix(1).uppercased() + name.dropFirst()
            if !stageNames.contains(title) { stageNames.append(title) }
        }
        var laneTitles: [String] = []
        for kind in Self.laneKinds.shuffled(using: &random).prefix(laneCount) {
            let title = vocabulary.laneTitles[kind.rawValue]!.first!
            laneTitles.append(title.prefix(1).uppercased() + title.dropFirst())
        }
        let vertical = Int.random(in: 0..<5, using: &random) == 0
        let cellWidth = Double(Int.random(in: 150...260, using: &random))
        let cellHeight = Double(Int.random(in: 90...160, using: &random))
        let headerSize = Double(Int.random(in: 100...180, using: &random))
        let jitter = Double(Int.random(in: 0...14, using: &random))
        let withGoals = Int.random(in: 0..<3, using: &random) == 0
        func wobble() -> Double { Double.random(in: -jitter...jitter, using: &random) }
        var shapes: [DiagramShape] = []
        func add(_ text: String, _ box: DiagramRect, kind: ShapeKind = .shape) {
            shapes.append(DiagramShape(id: "s\(shapes.count)", text: text, bounds: box, kind: kind))
        }
        // The axis across the page and the one down it.
        let (across, down) = vertical ? (laneTitles, stageNames) : (stageNames, laneTitles)
        let top = 120.0
        let left = 40.0
        if Bool.random(using: &random) {
            add("Journey map \(seed)", DiagramRect(x: left, y: 20, width: 400, height: 36), kind: .text)
        }
        if Bool.random(using: &random) && !vertical {
            // The people the map follows, above the stages.
            for index in 0..<Int.random(in: 1...3, using: &random) {
                add(
                    "Anna Keller \(index)\nHead of Purchasing",
                    DiagramRect(x: left + headerSize + 20 + Double(index) * 220, y: top - 70, width: 200, height: 50))
            }
        }
        for (index, name) in across.enumerated() {
            add(
                withGoals && !vertical ? name + "\nGoal: get it done" : name,
                DiagramRect(
                    x: left + headerSize + 20 + Double(index) * cellWidth + wobble(), y: top + wobble(),
                    width: cellWidth - 10, height: 44))
        }
        // Lanes as loose boxes, as swimlanes in a pool, or as labelled containers.
        let drawnLanes = vertical ? 0 : Int.random(in: 0..<3, using: &random)
        if drawnLanes == 1 {
            shapes.append(
                DiagramShape(
                    id: "pool", text: "",
                    bounds: DiagramRect(
                        x: left, y: top + 55, width: headerSize + 30 + Double(across.count) * cellWidth,
                        height: Double(down.count) * cellHeight + 10), kind: .swimlane, isHorizontal: true))
        }
        for (index, name) in down.enumerated() {
            switch drawnLanes {
            case 1, 2:
                shapes.append(
                    DiagramShape(
                        id: "lane\(index)", parentID: drawnLanes == 1 ? "pool" : nil, text: name,
                        bounds: DiagramRect(
                            x: left, y: top + 60 + Double(index) * cellHeight,
                            width: headerSize + 25 + Double(across.count) * cellWidth, height: cellHeight),
                        kind: drawnLanes == 1 ? .swimlane : .container, isHorizontal: true, headerSize: headerSize))
            default:
                add(
                    name,
                    DiagramRect(
                        x: left + wobble(), y: top + 60 + Double(index) * cellHeight + wobble(), width: headerSize,
                        height: cellHeight - 10))
            }
        }
        var cells: [String: (stage: String, lane: String)] = [:]
        for (column, acrossName) in across.enumerated() {
            for (row, downName) in down.enumerated() {
                let cards = Int.random(in: 0...2, using: &random)
                for card in 0..<cards {
                    let text = "Card \(column)-\(row)-\(card) of \(seed)"
                    let height = min(40, (cellHeight - 20) / Double(cards))
                    add(
                        text,
                        DiagramRect(
                            x: left + headerSize + 25 + Double(column) * cellWidth + wobble() / 2,
                            y: top + 65 + Double(row) * cellHeight + Double(card) * (height + 4) + wobble() / 2,
                            width: cellWidth - 30, height: height))
                    cells[text] = vertical ? (downName, acrossName) : (acrossName, downName)
                }
            }
        }
        if Bool.random(using: &random) {
            let bottom = top + 60 + Double(down.count) * cellHeight + 60
            add("Source: 8 interviews", DiagramRect(x: left, y: bottom, width: 300, height: 24), kind: .text)
        }
        return Drawn(
            page: DiagramPage(id: "p", name: "Map", shapes: shapes), stages: stageNames, lanes: laneTitles,
            cells: cells)
    }

    @Test(arguments: 0..<300)
    func readsAGeneratedGridAsDrawn(seed: Int) throws {
        let drawn = draw(seed: seed)
        let diagram = Diagram(format: "drawio", pages: [drawn.page])
        let recognized = try JourneyRecognizer().recognize(diagram, file: "generated")
        let map = recognized.map
        #expect(map.stages.map(\.name) == drawn.stages, "seed \(seed)")
        #expect(map.lanes.map(\.title) == drawn.lanes, "seed \(seed)")
        let laneTitle = Dictionary(uniqueKeysWithValues: map.lanes.map { ($0.id, $0.title) })
        var misplaced: [String] = []
        for stage in map.stages {
            for item in stage.items {
                guard let truth = drawn.cells[item.text] else { continue }
                if truth.stage != stage.name || truth.lane != laneTitle[item.laneID] { misplaced.append(item.text) }
            }
        }
        #expect(misplaced.isEmpty, "seed \(seed): \(misplaced)")
        #expect(map.allItems.count == drawn.cells.count, "seed \(seed)")
    }
}
