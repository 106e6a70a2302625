import Foundation
import JourneyModel

extension PageRecognition {
    /// Whether an unlabelled shape is a point of the emotion curve.
    ///
    /// A point is a small marker in an emotion lane with a drawn extent. Larger shapes (a band
    /// behind a column, a frame) are decoration.
    func isCurvePoint(_ position: Int, in lane: LaneFacts, at laneValue: Double) -> Bool {
        guard lane.kind == .emotions, page.shapes[position].kind == .shape, lane.score(at: laneValue) != nil,
            let box = bounds(position)
        else { return false }
        let laneSize = lane.end - lane.start
        return max(box.width, box.height) <= max(40, laneSize * 0.35)
    }

    /// The word drawn beside each point of an emotion curve, by the point's position.
    ///
    /// For every unlabelled marker in an emotion lane, the nearest short label in the same lane
    /// that states no score of its own (a number or a face), within a few marker sizes. Each label
    /// labels one point.
    func labelsOfCurvePoints(columns: StageColumns, laneBands: [Band], lanes: [LaneFacts]) -> [Int: Int] {
        let emotionLanes = lanes.indices.filter { lanes[$0].kind == .emotions && lanes[$0].hasExtent }
        guard !emotionLanes.isEmpty else { return [:] }
        var points: [(position: Int, lane: Int, center: DiagramPoint, size: Double)] = []
        var labels: [(position: Int, lane: Int, center: DiagramPoint)] = []
        func emotionLane(of box: DiagramRect) -> Int? {
            let laneValue = stagesAsRows ? box.midX : box.midY
            guard let lane = Band.index(containing: laneValue, in: laneBands), emotionLanes.contains(lane) else {
                return nil
            }
            return lane
        }
        // Points first: most maps have none, and then no label needs reading.
        for position in page.shapes.indices where !used[position] && blank[position] {
            guard let box = bounds(position), let lane = emotionLane(of: box) else { continue }
            let laneValue = stagesAsRows ? box.midX : box.midY
            // Only points inside a stage become emotions, and only they may take a word.
            let stageValue = stagesAsRows ? box.midY : box.midX
            guard Band.index(containing: stageValue, in: columns.bands) != nil else { continue }
            if isCurvePoint(position, in: lanes[lane], at: laneValue) {
                points.append((position, lane, box.center, max(box.width, box.height)))
            }
        }
        guard !points.isEmpty else { return [:] }
        for position in page.shapes.indices where !used[position] && !blank[position] {
            guard let box = bounds(position), let lane = emotionLane(of: box) else { continue }
            if page.shapes[position].text.count <= 40, !isPersonaCard(position) {
                let reading = matcher.emotion(in: page.shapes[position].text)
                if reading == nil || reading?.source == .word { labels.append((position, lane, box.center)) }
            }
        }
        guard !points.isEmpty, !labels.isEmpty else { return [:] }
        // Closest pairs first, so each label goes to the point it was drawn beside. Labels sorted
        // across the page are looked up by bisection, so only those within reach are compared.
        let byX = labels.indices.sorted { labels[$0].center.x < labels[$1].center.x }
        var pairs: [(distance: Double, point: Int, label: Int)] = []
        for (pointIndex, point) in points.enumerated() {
            let reach = max(60, point.size * 5)
            var low = 0
            var high = byX.count
            while low < high {
                let middle = (low + high) / 2
                if labels[byX[middle]].center.x < point.center.x - reach { low = middle + 1 } else { high = middle }
            }
            for labelIndex in byX[low...].prefix(while: { labels[$0].center.x <= point.center.x + reach })
            where labels[labelIndex].lane == point.lane {
                let label = labels[labelIndex]
                let distance = hypot(label.center.x - point.center.x, label.center.y - point.center.y)
                if distance <= reach { pairs.append((distance, pointIndex, labelIndex)) }
            }
        }
        pairs.sort { ($0.distance, $0.point, $0.label) < ($1.distance, $1.point, $1.label) }
        var pointTaken = Set<Int>()
        var labelTaken = Set<Int>()
        var result: [Int: Int] = [:]
        for pair in pairs where !pointTaken.contains(pair.point) && !labelTaken.contains(pair.label) {
            pointTaken.insert(pair.point)
            labelTaken.insert(pair.label)
            result[points[pair.point].position] = labels[pair.label].position
        }
        return result
    }
}
