import Foundation
import JourneyModel

extension PageRecognition {
    /// Shapes outside the grid: persona cards, the title, and notes.
    mutating func finishOutsideGrid(gridTop: Double?, gridLeft: Double?) {
        // Data a tool keeps on the diagram's root (draw.io's root wrapper) belongs to the map.
        for position in page.shapes.indices where page.shapes[position].kind == .container {
            let shape = page.shapes[position]
            guard shape.shapeName == "root", shape.bounds == nil else { continue }
            map.extensions.merge(shape.attributes.map { (format, "document." + $0.key, $0.value) })
        }
        let remaining = page.shapes.indices.filter { !used[$0] && !blank[$0] }
        for position in remaining where isPersonaCard(position) {
            addPersona(from: position)
        }
        var rest = remaining.filter { !used[$0] }
        // The title: the topmost label above the grid (or the topmost label when there is no grid).
        var gridRight: Double?
        for position in page.shapes.indices where used[position] {
            if let maxX = bounds(position)?.maxX { gridRight = max(gridRight ?? maxX, maxX) }
        }
        let aboveGrid = rest.filter { position in
            guard let shapeBounds = bounds(position) else { return false }
            guard let gridTop else { return layout == .none }
            // Above the grid and overlapping it horizontally: a far-away note is no title.
            let left = gridLeft ?? -.infinity
            let right = gridRight ?? .infinity
            return shapeBounds.maxY <= gridTop + 1 && shapeBounds.maxX > left && shapeBounds.x < right
        }
        var titleShape: Int?
        let titleChoices = aboveGrid.filter {
            !matcher.isNote(page.shapes[$0].text) && (gridTop == nil || !isPersonaCardBesideGrid($0))
        }
        if let candidate = (titleChoices.isEmpty ? titleCandidates : titleChoices + titleCandidates)
            .min(by: {
                (bounds($0)?.y ?? .infinity, bounds($0)?.x ?? .infinity) < (
                    bounds($1)?.y ?? .infinity, bounds($1)?.x ?? .infinity
                )
            })
        {
            titleShape = candidate
            map.title = page.shapes[candidate].text.split(whereSeparator: \.isNewline).joined(separator: " ")
            titleFromLabel = true
            used[candidate] = true
            var source = SourceKeeper(format: format)
            source.keep(page.shapes[candidate], in: &map.extensions, prefix: "title-")
        }
        // A pool's or table's label that did not become the title is kept as a note.
        for candidate in titleCandidates where candidate != titleShape {
            unplaced.append(note(candidate, reason: "label of a pool or table; the map has another title"))
        }
        // Cards above the grid with a name and a role (or a description) are the personas it follows.
        if gridTop != nil {
            for position in aboveGrid where position != titleShape && isPersonaCardBesideGrid(position) {
                addPersona(from: position)
            }
            // And cards left of, right of or below the grid: what the grid left over.
            for position in rest where !used[position] && position != titleShape && isPersonaCardBesideGrid(position) {
                addPersona(from: position)
            }
            rest.removeAll { used[$0] }
        }
        for position in page.shapes.indices where !used[position] && !blank[position] && position != titleShape {
            if matcher.isNote(page.shapes[position].text) {
                unplaced.append(note(position, reason: "a note about the map"))
                used[position] = true
                continue
            }
            let inGrid = gridTop.map { (bounds(position)?.midY ?? 0) > $0 } ?? false
            let reason =
                layout == .none
                ? "no journey map grid on the page"
                : page.shapes[position].kind == .tableCell
                    ? "in a table that is not the map" : inGrid ? "no stage or lane contains it" : "outside the grid"
            unplaced.append(note(position, reason: reason))
            used[position] = true
        }
        for (index, edge) in page.edges.enumerated() where !usedEdges[index] && !edge.text.isBlank {
            let middle = edge.points.isEmpty ? nil : edge.points[edge.points.count / 2]
            unplaced.append(
                .init(
                    text: edge.text, page: page.name, x: middle?.x, y: middle?.y,
                    reason: "connector label not between two stages"))
        }
    }
}
