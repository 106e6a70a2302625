import Foundation
import JourneyModel

extension PageRecognition {
    /// Where lines drawn across the page (or down it) separate the bands of loose headers.
    ///
    /// A separator is an unlabelled shape much longer than high — a `line` shape, a thin rectangle —
    /// or a connector with no ends, straight across (or down). Many templates draw lanes this way:
    /// a title at the left and a line under each lane, instead of a box around it.
    func separators(across: Bool, minimumLength: Double) -> [Double] {
        var positions: [Double] = []
        for position in page.shapes.indices where blank[position] && !used[position] {
            guard let box = bounds(position) else { continue }
            let (length, thickness) = across ? (box.width, box.height) : (box.height, box.width)
            let isLine = page.shapes[position].shapeName == "line" || thickness <= 4
            guard isLine, length >= minimumLength, length >= thickness * 8 else { continue }
            positions.append(across ? box.midY : box.midX)
        }
        for edge in page.edges where edge.sourceID == nil && edge.targetID == nil && edge.points.count >= 2 {
            let values = edge.points.map { across ? $0.y : $0.x }
            let spread = edge.points.map { across ? $0.x : $0.y }
            guard let low = values.min(), let high = values.max(), high - low <= 4,
                let start = spread.min(), let end = spread.max(), end - start >= minimumLength
            else { continue }
            positions.append((low + high) / 2)
        }
        return positions.sorted()
    }

    /// Bands of loose headers bounded by the separators drawn between them: each band ends at the
    /// first separator below (right of) its header, and the next begins there.
    func boundBySeparators(_ bands: inout [Band], across: Bool) {
        guard bands.count >= 2 else { return }
        let headers = bands.map { band in band.headers.compactMap { bounds($0) } }
        let lengths = headers.flatMap { $0 }.map { across ? $0.width : $0.height }
        let separators = separators(across: across, minimumLength: max(200, 3 * Self.median(lengths)))
        guard separators.count >= bands.count - 1 else { return }
        for index in bands.indices {
            guard let header = headers[index].first else { continue }
            let headerStart = across ? header.y : header.x
            let headerEnd = across ? header.maxY : header.maxX
            let nextStart = index + 1 < bands.count ? bands[index + 1].position : .infinity
            // The first line past the header's middle and before the next header's start.
            let middle = (headerStart + headerEnd) / 2
            guard let line = separators.first(where: { $0 > middle && $0 <= nextStart + 1 }) else { continue }
            bands[index].end = line
            if index + 1 < bands.count { bands[index + 1].start = line }
        }
    }
}
