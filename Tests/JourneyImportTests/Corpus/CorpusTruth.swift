import Foundation
import JourneyImport
import JourneyModel

/// What a person reading a corpus map sees: the truth file beside each map
/// (`Fixtures/journeys/README.md` describes it).
struct CorpusTruth: Decodable {
    struct Lane: Decodable {
        var title: String
        var kind: String?
    }

    struct Cell: Decodable {
        var stage: String
        var lane: String
        var text: String
        var step: String?
    }

    struct Emotion: Decodable {
        var stage: String
        var lane: String?
        var score: Double
        var label: String
    }

    var style: String
    var tool: String
    var language: String
    var page: String?
    var orientation: String?
    var title: String?
    var stages: [String]
    var steps: [String: [String]]?
    var lanes: [Lane]
    var cells: [Cell]
    var emotions: [Emotion]
    var personas: [String]
    var notes: [String]?
}

/// A corpus map: the drawing and its truth.
struct CorpusMap: CustomStringConvertible {
    var url: URL
    var truth: CorpusTruth

    var name: String { url.lastPathComponent }
    var description: String { name }

    /// The importer for the drawing's file name.
    var format: DiagramImportFormat {
        switch url.pathExtension.lowercased() {
        case "graphml": .graphml
        case "vsdx": .vsdx
        default: .drawio
        }
    }

    /// Every map of the corpus with its truth, in name order.
    static func all() throws -> [CorpusMap] {
        guard let folder = Bundle.module.url(forResource: "Fixtures/journeys", withExtension: nil) else { return [] }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        return try files.filter { $0.lastPathComponent.hasSuffix(".truth.json") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .compactMap { truthURL -> CorpusMap? in
                let base = String(truthURL.lastPathComponent.dropLast(".truth.json".count))
                guard
                    let drawing = files.first(where: {
                        $0.lastPathComponent.hasPrefix(base + ".") && !$0.lastPathComponent.hasSuffix(".truth.json")
                    })
                else { return nil }
                let truth = try JSONDecoder().decode(CorpusTruth.self, from: Data(contentsOf: truthURL))
                return CorpusMap(url: drawing, truth: truth)
            }
    }
}

/// How a recognized map compares with its truth.
struct CorpusScore {
    var stagesExact: Bool
    var lanesExact: Bool
    var cellsRight = 0
    var cells = 0
    var extraItems = 0
    var emotionsRight = 0
    var emotions = 0
    var personasExact: Bool
    var notesKept = 0
    var notes = 0
    var titleRight: Bool
    var pageRight: Bool
    var misses: [String] = []

    /// Texts compared with white space collapsed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
            .precomposedStringWithCanonicalMapping
    }

    init(map: JourneyMap, report: ImportReport, truth: CorpusTruth) {
        let n = Self.normalized
        stagesExact = map.stages.map { n($0.name) } == truth.stages.map(n)
        let laneKinds = map.lanes.map { $0.kind.isKnown ? $0.kind.rawValue : nil }
        lanesExact =
            map.lanes.map { n($0.title) } == truth.lanes.map { n($0.title) } && laneKinds == truth.lanes.map(\.kind)
        personasExact = Set(map.personas.map { n($0.name) }) == Set(truth.personas.map(n))
        titleRight = truth.title.map { n($0) == n(map.title) } ?? true
        pageRight = truth.page.map { $0 == report.page } ?? true
        if !stagesExact { misses.append("stages \(map.stages.map(\.name)) ≠ \(truth.stages)") }
        if !lanesExact {
            misses.append("lanes \(zip(map.lanes.map(\.title), laneKinds).map { "\($0):\($1 ?? "-")" })")
        }
        if !personasExact { misses.append("personas \(map.personas.map(\.name)) ≠ \(truth.personas)") }
        if !titleRight { misses.append("title '\(map.title)' ≠ '\(truth.title ?? "")'") }
        if !pageRight { misses.append("page '\(report.page ?? "-")' ≠ '\(truth.page ?? "")'") }

        let laneTitle = Dictionary(map.lanes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let emotionLanes = Set(map.lanes.filter { $0.kind == .emotions }.map(\.id))
        var found: [String: Int] = [:]
        var foundEmotions: [(stage: String, label: String, score: Double?)] = []
        for stage in map.stages {
            let stepName = Dictionary(stage.steps.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for item in stage.items {
                if item.kind == .emotion || emotionLanes.contains(item.laneID) {
                    foundEmotions.append((n(stage.name), n(item.text), item.score?.value))
                    continue
                }
                let step = item.stepID.flatMap { stepName[$0] }.map(n) ?? ""
                let key = [n(stage.name), n(laneTitle[item.laneID] ?? ""), n(item.text), step].joined(
                    separator: "\u{1}")
                found[key, default: 0] += 1
            }
        }
        for cell in truth.cells {
            cells += 1
            let key = [n(cell.stage), n(cell.lane), n(cell.text), cell.step.map(n) ?? ""].joined(separator: "\u{1}")
            if let count = found[key], count > 0 {
                found[key] = count - 1
                cellsRight += 1
            } else {
                misses.append(
                    "cell '\(cell.text)' not in \(cell.stage) × \(cell.lane)\(cell.step.map { " / \($0)" } ?? "")")
            }
        }
        extraItems = found.values.reduce(0, +)
        for (key, count) in found where count > 0 {
            misses.append("extra item \(key.split(separator: "\u{1}").map(String.init))")
        }
        for emotion in truth.emotions {
            emotions += 1
            if let index = foundEmotions.firstIndex(where: {
                $0.stage == n(emotion.stage) && $0.label == n(emotion.label)
                    && abs(($0.score ?? .nan) - emotion.score) <= 0.25
            }) {
                foundEmotions.remove(at: index)
                emotionsRight += 1
            } else {
                misses.append("emotion \(emotion.score) '\(emotion.label)' not in \(emotion.stage)")
            }
        }
        for emotion in foundEmotions {
            misses.append(
                "extra emotion \(emotion.score.map { String($0) } ?? "none") '\(emotion.label)' in \(emotion.stage)")
        }
        let unplaced = Set(report.unplaced.map { n($0.text) })
        for note in truth.notes ?? [] {
            notes += 1
            if unplaced.contains(n(note)) {
                notesKept += 1
            } else {
                misses.append("note '\(note)' not kept as a note")
            }
        }
    }
}
