import Foundation
import JourneyModel

extension PageRecognition {
    /// What the placing of items needs to know of a lane, worked out once.
    struct LaneFacts: Sendable {
        let id: String
        let kind: LaneKind
        let defaultItemKind: ItemKind
        /// The band's extent, when finite: where a shape sits in it gives an emotion's score.
        let start: Double
        let end: Double
        let hasExtent: Bool

        /// The score a position in the band stands for: +2 at the top, −2 at the bottom.
        func score(at value: Double) -> Double? {
            guard hasExtent else { return nil }
            return 2 - 4 * (value - start) / (end - start)
        }
    }

    /// Where a shape goes: the stage and lane, and the items it gives.
    ///
    /// Kept small, as there is one per shape.
    struct Placement: Sendable {
        var position: Int32
        var stage: Int32
        var lane: Int32
        /// The number of the (first) item in its stage and lane.
        var number: Int32
        /// Where the (first) item goes among its stage's items.
        var slot: Int32
        /// The index of the placement's spans, lines and label in `PlacementDetails`, or −1.
        var detail: Int32
        /// The step band it is in, or −1 when the map has no steps.
        var step: Int32
        /// Whether the shape is an unlabelled point of the emotion curve.
        var isCurvePoint: Bool
    }

    /// What few placements have: the stages a shape spans, the lines of a table cell.
    struct PlacementDetail: Sendable {
        var spans: [Int]?
        var lines: [String]?
        /// The shape whose text labels a point of the emotion curve.
        var label: Int?
    }

    /// Plans where every shape goes (stage, lane, number, slot) in one pass, then builds the items
    /// on every core, each straight into its place.
    mutating func placeItems(columns: StageColumns, laneBands: [Band], cellTexts: [Int]) {
        let lanes = zip(map.lanes, laneBands).map { lane, band in
            let finite = band.start.isFinite && band.end.isFinite && band.end > band.start
            return LaneFacts(
                id: lane.id, kind: lane.kind, defaultItemKind: lane.kind.defaultItemKind, start: band.start,
                end: band.end, hasExtent: finite)
        }
        let stageIDs = map.stages.map(\.id)
        let laneCount = lanes.count
        // Items are numbered per stage and lane (`awareness-actions-3`) and kept in the order placed.
        var numbers = [Int32](repeating: 0, count: stageIDs.count * laneCount)
        var stageCounts = [Int](repeating: 0, count: stageIDs.count)
        var isCell = [Bool](repeating: false, count: page.shapes.count)
        for cell in cellTexts { isCell[cell] = true }
        var placements: [Placement] = []
        placements.reserveCapacity(page.shapes.count - used.lazy.filter { $0 }.count)
        var details: [PlacementDetail] = []
        var curvePoints: [Placement] = []
        let stageBands = columns.stages
        let curveLabels = labelsOfCurvePoints(columns: columns, laneBands: laneBands, lanes: lanes)

        /// The stage, step and lane a shape's centre lies in, and the stages it spans.
        func cell(of position: Int) -> (stage: Int, step: Int, lane: Int, laneValue: Double, spans: [Int]?)? {
            guard let shapeBounds = bounds(position) else { return nil }
            let stageValue = stagesAsRows ? shapeBounds.midY : shapeBounds.midX
            let laneValue = stagesAsRows ? shapeBounds.midX : shapeBounds.midY
            guard let band = Band.index(containing: stageValue, in: columns.bands),
                let lane = Band.index(containing: laneValue, in: laneBands)
            else { return nil }
            var stage = columns.stageOfBand[band]
            var step = columns.step(ofBand: band)
            // A shape spanning stages is kept once, in the first stage it covers.
            let spans = spannedStages(shapeBounds, stageBands: stageBands)
            if let spans, spans[0] != stage {
                stage = spans[0]
                step = -1
            }
            return (stage, step, lane, laneValue, spans)
        }

        /// Plans a shape's items; `false` when it lies outside the grid.
        func place(_ position: Int, splittingLines: Bool) -> Bool {
            guard let (stage, step, lane, laneValue, spans) = cell(of: position) else { return false }
            var lines = splittingLines ? Self.lines(of: page.shapes[position].text) : []
            if splittingLines && lanes[lane].kind == .emotions { lines = emotionLines(lines) }
            var placement = Placement(
                position: Int32(position), stage: Int32(stage), lane: Int32(lane), number: 0, slot: 0, detail: -1,
                step: Int32(step), isCurvePoint: false)
            if blank[position] && !splittingLines || splittingLines && lines.isEmpty {
                // Unlabelled markers in the emotion lane are points of the curve.
                guard isCurvePoint(position, in: lanes[lane], at: laneValue) else { return false }
                placement.isCurvePoint = true
                if let label = curveLabels[position] {
                    placement.detail = Int32(details.count)
                    details.append(PlacementDetail(label: label))
                }
                curvePoints.append(placement)
                return true
            }
            let count = splittingLines ? lines.count : 1
            let counter = stage * laneCount + lane
            placement.number = numbers[counter] + 1
            numbers[counter] += Int32(count)
            placement.slot = Int32(stageCounts[stage])
            stageCounts[stage] += count
            if spans != nil || splittingLines {
                placement.detail = Int32(details.count)
                details.append(PlacementDetail(spans: spans, lines: splittingLines ? lines : nil))
            }
            placements.append(placement)
            if lanes[lane].kind != .emotions { stageOfShape[position] = Int32(stage) }
            return true
        }

        for position in cellTexts {
            used[position] = true
            if blank[position] { continue }
            if !place(position, splittingLines: true) {
                unplaced.append(note(position, reason: "table cell outside the grid"))
            }
        }
        for label in curveLabels.values { used[label] = true }
        for position in page.shapes.indices where !used[position] && !isCell[position] {
            if blank[position] {
                // Only emotion markers are placed without text; other unlabelled shapes are decoration.
                if page.shapes[position].kind == .shape, place(position, splittingLines: false) {
                    used[position] = true
                }
                continue
            }
            if isPersonaCard(position) { continue }
            // The cells of a table that is not the map's grid (a price list beside it) are notes.
            if page.shapes[position].kind == .tableCell { continue }
            // "Source: …", "Legend": notes about the map, kept as such.
            if matcher.isNote(page.shapes[position].text) { continue }
            if place(position, splittingLines: false) { used[position] = true }
        }
        // Curve points become emotion items, numbered after the labelled ones.
        for var point in curvePoints.sorted(by: { $0.stage < $1.stage }) {
            let counter = Int(point.stage) * laneCount + Int(point.lane)
            numbers[counter] += 1
            point.number = numbers[counter]
            point.slot = Int32(stageCounts[Int(point.stage)])
            stageCounts[Int(point.stage)] += 1
            placements.append(point)
        }

        // Reported stage by stage, in the order of the stage's items.
        let spanning = placements.filter { $0.detail >= 0 && details[Int($0.detail)].spans != nil }
        for placement in spanning.sorted(by: { ($0.stage, $0.slot) < ($1.stage, $1.slot) }) {
            let detail = details[Int(placement.detail)]
            guard let spans = detail.spans else { continue }
            let stage = Int(placement.stage)
            let names = spans.map { stageIDs[$0] }.joined(separator: " ")
            for (offset, text) in (detail.lines ?? [page.shapes[Int(placement.position)].text]).enumerated() {
                let id = "\(stageIDs[stage])-\(lanes[Int(placement.lane)].id)-\(Int(placement.number) + offset)"
                diagnostics.append(
                    Diagnostic(
                        .note, code: "import-spanning",
                        "'\(text)' spans the stages \(names); it is kept once, in '\(map.stages[stage].name)'",
                        at: .item(id, inStage: stageIDs[stage]),
                        location: SourceLocation(file: file, detail: "page \(page.name)")))
            }
        }

        // The items are built on every core, each straight into its place in its stage.
        let factory = ItemFactory(
            page: page, format: format, lanes: lanes, stageIDs: stageIDs,
            prefixes: stageIDs.flatMap { stage in lanes.map { "\(stage)-\($0.id)-" } }, details: details,
            stagesAsRows: stagesAsRows, reader: ItemReader(matcher: matcher), stepIDs: stepIDs(columns))
        plannedItems = stageCounts.reduce(0, +)
        pendingItems = PendingItems(factory: factory, placements: placements, stageCounts: stageCounts)
    }

    /// The plan of a page's items, built only for the page and layout the recognizer keeps.
    struct PendingItems {
        let factory: ItemFactory
        let placements: [Placement]
        let stageCounts: [Int]
    }

    /// Builds the planned items on every core, each straight into its place in its stage.
    mutating func buildItems() {
        guard let pending = pendingItems else { return }
        // The plan goes once the items are built, before they move to their stages.
        pendingItems = nil
        let slots = StageSlots(counts: pending.stageCounts)
        do {
            let planned = pending.placements
            let factory = pending.factory
            _ = Concurrently.map(planned.count) { range in factory.build(planned[range], into: slots) }
        }
        for stage in pending.stageCounts.indices { map.stages[stage].items = slots.takeItems(of: stage) }
        attributeLanesToPersonas()
    }

    /// The non-empty lines of a table cell, trimmed.
    static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The lines of a table cell in an emotion lane, one per emotion: a line without a score of its
    /// own labels the emotion before it when that has no label yet (`🙂 +1` / `Curious` is one).
    func emotionLines(_ lines: [String]) -> [String] {
        var emotions: [(text: String, hasLabel: Bool)] = []
        for line in lines {
            let reading = matcher.emotion(in: line)
            if let last = emotions.last, !last.hasLabel, reading == nil || reading?.source == .word {
                emotions[emotions.count - 1] = (last.text + "\n" + line, true)
            } else {
                emotions.append((line, !(reading?.label.isEmpty ?? false)))
            }
        }
        return emotions.map(\.text)
    }

    /// The stages a shape covers by more than a quarter of its extent, when there are two or more.
    func spannedStages(_ bounds: DiagramRect, stageBands: [Band]) -> [Int]? {
        let (start, end) = stagesAsRows ? (bounds.y, bounds.maxY) : (bounds.x, bounds.maxX)
        let length = end - start
        guard length > 0, !stageBands.isEmpty else { return nil }
        func covers(_ index: Int) -> Bool {
            min(end, stageBands[index].end) - max(start, stageBands[index].start) > length * 0.25
        }
        // Only the bands between the shape's ends can be covered.
        let first = Band.index(containing: start, in: stageBands) ?? 0
        let last = Band.index(containing: end, in: stageBands) ?? stageBands.count - 1
        guard first < last else { return nil }
        let covered = (first...last).filter(covers)
        return covered.count >= 2 ? covered : nil
    }

    /// The identifiers of the steps, one per stage band, when the map has steps.
    func stepIDs(_ columns: StageColumns) -> [String?] {
        guard columns.hasSteps else { return [] }
        var next = [Int](repeating: 0, count: map.stages.count)
        return zip(columns.bands, columns.stageOfBand).map { band, stage in
            guard band.isStep else { return nil }
            defer { next[stage] += 1 }
            return next[stage] < map.stages[stage].steps.count ? map.stages[stage].steps[next[stage]].id : nil
        }
    }
}
