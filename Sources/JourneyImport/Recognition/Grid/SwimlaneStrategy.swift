import Foundation
import JourneyModel

extension PageRecognition {
    /// Swimlanes, or containers drawn as lanes, as rows and columns of the grid.
    ///
    /// Lanes with the title band at the left run as rows, lanes with the title band on top run as
    /// columns. Swimlanes that hold other swimlanes (pools) only give a title. Without swimlanes,
    /// two or more containers (groups) stacked as bands, wider than high, are the lanes (side by
    /// side and higher than wide, the stages). Bands keep their drawn extent: a footnote below the
    /// last lane is no item of it.
    mutating func findSwimlanes() -> (columns: [Band], rows: [Band], containers: Bool)? {
        var swimlanes = page.shapes.indices.filter { page.shapes[$0].kind == .swimlane && bounds($0) != nil }
        var containers = false
        if swimlanes.isEmpty {
            swimlanes = laneContainers()
            containers = true
        }
        guard !swimlanes.isEmpty else { return nil }
        let swimlaneParents = Set(swimlanes.compactMap { page.shapes[$0].parentID })
        var columns: [Band] = []
        var rows: [Band] = []
        for lane in swimlanes {
            used[lane] = true
            let shape = page.shapes[lane]
            if swimlaneParents.contains(shape.id) {
                // A pool.
                if !blank[lane] { titleCandidates.append(lane) }
                continue
            }
            let laneBounds = shape.bounds!
            let runsAcross = containers ? laneBounds.width >= laneBounds.height : shape.isHorizontal == true
            if runsAcross {
                rows.append(
                    Band(
                        title: shape.text, start: laneBounds.y, end: laneBounds.maxY, headers: [lane],
                        position: laneBounds.y))
            } else {
                columns.append(
                    Band(
                        title: shape.text, start: laneBounds.x, end: laneBounds.maxX, headers: [lane],
                        position: laneBounds.x))
            }
        }
        guard !columns.isEmpty || !rows.isEmpty else { return nil }
        // A frame around the lanes (a cross-functional flowchart's container) gives the title.
        let laneBoxes = swimlanes.compactMap { bounds($0) }
        for position in page.shapes.indices where !used[position] && !blank[position] {
            guard page.shapes[position].kind == .container || page.shapes[position].kind == .shape,
                let frame = bounds(position)
            else { continue }
            // Holding a lane whole, not only its middle (a phase band behind the lanes holds that).
            let held = laneBoxes.filter { lane in
                let slack = 0.02 * max(lane.width, lane.height)
                return lane.x >= frame.x - slack && lane.maxX <= frame.maxX + slack && lane.y >= frame.y - slack
                    && lane.maxY <= frame.maxY + slack
            }.count
            if held >= 2 {
                used[position] = true
                titleCandidates.append(position)
            }
        }
        // A table whose rows and columns are swimlanes (yEd) gives the title.
        for position in page.shapes.indices where page.shapes[position].kind == .table && !used[position] {
            used[position] = true
            if !blank[position] { titleCandidates.append(position) }
        }
        Self.closeGaps(&columns, lastEnd: columns.map(\.end).max() ?? .infinity)
        Self.closeGaps(&rows, lastEnd: rows.map(\.end).max() ?? .infinity)
        return (columns, rows, containers)
    }

    /// Containers drawn as lanes: at least two labelled groups with geometry and children, bands
    /// much wider than high stacked one above the other (or much higher than wide side by side),
    /// sharing most of their extent across.
    private func laneContainers() -> [Int] {
        let candidates = page.shapes.indices.filter { position in
            guard page.shapes[position].kind == .container, let box = bounds(position), !blank[position],
                box.width > 0, box.height > 0
            else { return false }
            return box.width >= 2 * box.height || box.height >= 2 * box.width
        }
        let across = candidates.filter { bounds($0)!.width >= bounds($0)!.height }
        let down = candidates.filter { bounds($0)!.width < bounds($0)!.height }
        func aligned(_ group: [Int], horizontal: Bool) -> [Int] {
            guard group.count >= 2 else { return [] }
            // Keep the lanes sharing most of their extent with the widest (highest) one.
            let widest = group.max {
                horizontal ? bounds($0)!.width < bounds($1)!.width : bounds($0)!.height < bounds($1)!.height
            }!
            let reference = bounds(widest)!
            let kept = group.filter { position in
                let box = bounds(position)!
                let shared =
                    horizontal
                    ? min(box.maxX, reference.maxX) - max(box.x, reference.x)
                    : min(box.maxY, reference.maxY) - max(box.y, reference.y)
                return shared >= 0.5 * (horizontal ? box.width : box.height)
            }
            return kept.count >= 2 ? kept : []
        }
        let rows = aligned(across, horizontal: true)
        let columns = aligned(down, horizontal: false)
        return rows.count >= columns.count ? rows : columns
    }
}
