import Foundation
import JourneyModel

extension PageRecognition {
    /// Column bands that name their stage.
    ///
    /// Labelled shapes much higher than the shapes around them, side by side, each behind one or
    /// more other labelled shapes (a stage's notes). Their label (usually at their top) names the
    /// stage; they are the columns.
    ///
    /// Unlabelled bands need nothing: blank shapes are decoration.
    func labelledColumnBands(among candidates: [Int]) -> [Band] {
        let heights = candidates.map { bounds($0)!.height }
        guard !heights.isEmpty else { return [] }
        let usual = Self.median(heights)
        let tall = candidates.filter { position in
            let box = bounds(position)!
            return box.height >= usual * 3 && box.height > box.width
        }
        // Journey maps have tens of stages; a page of more tall shapes than this is something else,
        // and the look-up below stays linear in the shapes.
        guard tall.count >= 2, tall.count <= 64 else { return [] }
        // Each must hold the centre of another labelled shape, and together at least two.
        var held = [Int: Int]()
        for position in candidates {
            let center = bounds(position)!.center
            for band in tall where band != position && bounds(band)!.contains(center) {
                held[band, default: 0] += 1
            }
        }
        var bands = tall.filter { held[$0, default: 0] >= 1 }.sorted { bounds($0)!.x < bounds($1)!.x }
        // Side by side: no band overlaps the previous by more than a quarter of its width.
        var kept: [Int] = []
        for band in bands {
            if let last = kept.last, bounds(last)!.maxX - bounds(band)!.x > bounds(band)!.width * 0.25 { continue }
            kept.append(band)
        }
        bands = kept
        guard bands.count >= 2, bands.reduce(0, { $0 + held[$1, default: 0] }) >= 2 else { return [] }
        return bands.map { position in
            let box = bounds(position)!
            return Band(
                title: page.shapes[position].text, start: box.x, end: box.maxX, headers: [position], position: box.x)
        }
    }
}
