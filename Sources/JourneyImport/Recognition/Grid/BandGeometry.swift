import Foundation
import JourneyModel

/// A band of the grid: a column (x range) or a row (y range) with its header.
struct Band {
    var title: String
    var start: Double
    var end: Double
    /// The positions (in the page's shapes) of the header shapes that named the band.
    var headers: [Int]
    /// The header's own position, for ordering.
    var position: Double
    /// Whether the band is a step of a stage rather than a stage.
    var isStep = false

    func contains(_ value: Double) -> Bool { value >= start && value < end }

    /// The band of `bands` (in order, each ending where the next starts) that contains `value`,
    /// found by bisection: placing a shape costs the logarithm of the number of bands.
    static func index<Bands: RandomAccessCollection<Band>>(containing value: Double, in bands: Bands) -> Int?
    where Bands.Index == Int {
        var low = 0
        var high = bands.count
        // The first band that starts after the value.
        while low < high {
            let middle = (low + high) / 2
            if bands[middle].start <= value { low = middle + 1 } else { high = middle }
        }
        guard low > 0, bands[low - 1].contains(value) else { return nil }
        return low - 1
    }
}

extension PageRecognition {
    /// The `number`th group (from 1) of two or more shapes that ``clusters(_:tolerance:by:)`` forms, or
    /// the last when there are fewer; empty when there is none.
    ///
    /// The first group, the one usually asked for, is found by looking at the shapes with the smallest
    /// coordinates only: pages can hold hundreds of thousands of shapes, and sorting them all by
    /// each coordinate would take longer than the rest of the recognition.
    static func multiCluster(number: Int, of positions: [Int], tolerance: Double, by value: (Int) -> Double) -> [Int] {
        if number <= 1 {
            var floor = -Double.infinity
            // Single shapes before the first group (a title, a note) are stepped over one at a time.
            for _ in 0..<16 {
                var anchor = Double.infinity
                for position in positions {
                    let coordinate = value(position)
                    if coordinate > floor && coordinate < anchor { anchor = coordinate }
                }
                guard anchor.isFinite else { return [] }
                let members = positions.filter { value($0) >= anchor && value($0) - anchor <= tolerance }
                if members.count >= 2 {
                    let keyed: [(value: Double, position: Int)] = members.map { (value($0), $0) }
                    let sorted = keyed.sorted { (first, second) -> Bool in
                        first.value < second.value || (first.value == second.value && first.position < second.position)
                    }
                    return sorted.map { $0.position }
                }
                floor = anchor + tolerance
            }
        }
        let multi = clusters(positions, tolerance: tolerance, by: value).filter { $0.count >= 2 }
        guard !multi.isEmpty else { return [] }
        return Array(multi[min(max(number - 1, 0), multi.count - 1)])
    }

    /// The first `limit` groups of two or more shapes from the smallest coordinate up.
    ///
    /// Single shapes are stepped over (at most 32 steps); each group is in increasing order of the
    /// coordinate. With an `extent`, a shape sharing a third of the larger extent with the group's
    /// first also joins it.
    ///
    /// Like the first group of ``multiCluster(number:of:tolerance:by:)``, found without sorting every
    /// shape.
    static func firstClusters(
        _ limit: Int, of positions: [Int], tolerance: Double, by value: (Int) -> Double,
        extent: ((Int) -> (low: Double, high: Double))? = nil
    ) -> [[Int]] {
        var groups: [[Int]] = []
        var floor = -Double.infinity
        for _ in 0..<32 where groups.count < limit {
            var anchor = Double.infinity
            var anchorPosition = -1
            for position in positions {
                let coordinate = value(position)
                if coordinate > floor && coordinate < anchor {
                    anchor = coordinate
                    anchorPosition = position
                }
            }
            guard anchor.isFinite else { break }
            // Shapes drawn well off the anchor's line still belong with it when they share much of
            // their extent with it (headers placed by hand).
            let anchorExtent = extent?(anchorPosition)
            let members = positions.filter { position in
                let coordinate = value(position)
                guard coordinate >= anchor else { return false }
                if coordinate - anchor <= tolerance { return true }
                guard let anchorExtent, let own = extent?(position) else { return false }
                let shared = min(anchorExtent.high, own.high) - max(anchorExtent.low, own.low)
                // A third of the larger of the two: a tiny mark at a header's top does not join it.
                let larger = max(anchorExtent.high - anchorExtent.low, own.high - own.low)
                return larger > 0 && shared >= larger / 3
            }
            if members.count >= 2 {
                let keyed: [(value: Double, position: Int)] = members.map { (value($0), $0) }
                let sorted = keyed.sorted { (first, second) -> Bool in
                    first.value < second.value || (first.value == second.value && first.position < second.position)
                }
                groups.append(sorted.map { $0.position })
                floor = max(anchor + tolerance, members.map(value).max() ?? anchor)
            } else {
                floor = anchor + tolerance
            }
        }
        return groups
    }

    /// The middle value (the upper of the two middle ones for an even count; 0 for none), found
    /// without sorting.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var values = values
        let target = values.count / 2
        var low = 0
        var high = values.count - 1
        while low < high {
            // Median of three as the pivot, then a three-way partition.
            let middle = (low + high) / 2
            let smaller = min(values[low], values[middle])
            let larger = max(values[low], values[middle])
            let pivot = max(smaller, min(larger, values[high]))
            var less = low
            var index = low
            var greater = high
            while index <= greater {
                if values[index] < pivot {
                    values.swapAt(less, index)
                    less += 1
                    index += 1
                } else if values[index] > pivot {
                    values.swapAt(index, greater)
                    greater -= 1
                } else {
                    index += 1
                }
            }
            if target < less {
                high = less - 1
            } else if target > greater {
                low = greater + 1
            } else {
                return pivot
            }
        }
        return values[target]
    }

    /// Groups shapes whose coordinate (from `value`) lies within `tolerance` of the group's first,
    /// in increasing order of the coordinate (shapes at the same coordinate in document order).
    static func clusters(_ positions: [Int], tolerance: Double, by value: (Int) -> Double) -> [ArraySlice<Int>] {
        let keyed: [(value: Double, position: Int)] = positions.map { (value($0), $0) }
        let sorted = keyed.sorted { (first, second) -> Bool in
            first.value < second.value || (first.value == second.value && first.position < second.position)
        }
        let ordered: [Int] = sorted.map { $0.position }
        var result: [ArraySlice<Int>] = []
        var start = 0
        var anchor = -Double.infinity
        for index in sorted.indices {
            if sorted[index].value - anchor > tolerance || index == 0 {
                if index > start { result.append(ordered[start..<index]) }
                start = index
                anchor = sorted[index].value
            }
        }
        if start < ordered.count { result.append(ordered[start...]) }
        return result
    }

    /// Extends bands so that neighbours meet halfway and the outer ones reach outwards.
    ///
    /// The last band ends at `lastEnd`: where the drawing shows the grid ends, or, for loose
    /// headers, ``typicalEnd(of:)``.
    static func closeGaps(_ bands: inout [Band], lastEnd: Double = .infinity) {
        bands.sort { $0.position < $1.position }
        guard !bands.isEmpty else { return }
        for index in bands.indices.dropLast() {
            let middle = (bands[index].end + bands[index + 1].start) / 2
            if bands[index].end < bands[index + 1].start {
                bands[index].end = middle
                bands[index + 1].start = middle
            } else {
                bands[index].end = bands[index + 1].start
            }
        }
        bands[bands.count - 1].end = max(lastEnd, bands[bands.count - 1].start)
    }

    /// Where the last of a row or column of loose headers ends; open for a single header.
    ///
    /// Headers that tile their axis (lane titles as high as their lanes, with small gaps between)
    /// show where each band ends: the last ends a usual gap past its header. Otherwise it ends a
    /// quarter past the usual distance between two headers, or at its header's end when further.
    static func typicalEnd(of bands: [Band]) -> Double {
        let ordered = bands.sorted { $0.position < $1.position }
        guard ordered.count >= 2, let last = ordered.last else { return .infinity }
        let starts = ordered.map(\.position)
        let spacing = median(zip(starts.dropFirst(), starts).map { $0 - $1 })
        let gaps = zip(ordered, ordered.dropFirst()).map { $1.position - $0.end }
        let usualGap = median(gaps)
        let usualSize = median(ordered.map { $0.end - $0.position })
        if usualGap >= 0, usualGap <= usualSize * 0.25 {
            return last.end + usualGap
        }
        return max(last.end, last.position + spacing * 1.25)
    }
}
