import JourneyModel

/// A transition drawn in the band below the lanes: its box and its arrow.
struct MoveLayout {
    enum Direction { case back, forward, loop }

    var id: String
    var box: Box
    var boxX: Double
    var from: Double
    var to: Double
    var track: Int
    var direction: Direction
}

/// The band of transitions: moves in tracks, so that no two boxes or arrows of a track overlap.
struct MovesLayout {
    var items: [MoveLayout] = []
    var trackTops: [Double] = []
    var trackBoxHeights: [Double] = []
    var height = 0.0
    var isEmpty: Bool { items.isEmpty }
    var hasBack: Bool { items.contains { $0.direction == .back } }
    var onlyBack: Bool { items.allSatisfy { $0.direction == .back } }
}

extension MapRenderer {
    /// Every transition between places the map has: back (leftwards), forward (rightwards, also to the
    /// next stage: its label says why people move on) and to the same place (a loop), each from and
    /// to the middle of its step's sub-column or its stage's column.
    mutating func movesLayout(
        _ plan: MapPlan, columns: [EmotionCurve.Column], subcolumns: [[SubcolumnLayout]], gridLeft: Double,
        gridRight: Double, cardWidth: Double
    ) -> MovesLayout {
        let g = geometry
        var result = MovesLayout()
        // The middle of each place by identifier, and its name: stages, then steps.
        var middle: [String: Double] = [:]
        var names: [String: String] = [:]
        for (index, stage) in map.stages.enumerated() where index < columns.count {
            if middle[stage.id] == nil {
                middle[stage.id] = columns[index].x + columns[index].width / 2
                names[stage.id] = stage.name
            }
            var stepColumn: [Int: SubcolumnLayout] = [:]
            for (sub, size) in zip(plan.stages[index].subcolumns, subcolumns[index]) {
                if let step = sub.step { stepColumn[step] = size }
            }
            for (position, step) in stage.steps.enumerated() where middle[step.id] == nil {
                let column = stepColumn[position].map { $0.x + $0.width / 2 } ?? middle[stage.id]!
                middle[step.id] = column
                names[step.id] = step.name
            }
        }
        let places = placeIndex ?? PlaceIndex(map)
        placeIndex = places
        for (index, transition) in map.transitions.enumerated()
        where Self.isShown(transition.personaIDs, plan.personaFilter) {
            guard let from = middle[transition.from], let to = middle[transition.to] else { continue }
            let direction: MoveLayout.Direction =
                places.isBackward(transition) || to < from
                ? .back : (transition.from == transition.to || from == to ? .loop : .forward)
            let span = abs(from - to)
            // Boxes of moves to the next place sit between the two middles, with a gap, so a chain of
            // them fits in one track.
            let boxWidth = min(max(span - g.cardGap, cardWidth), gridRight - gridLeft - 2 * g.cellPadding)
            let centre = (from + to) / 2
            let boxX = min(max(centre - boxWidth / 2, gridLeft + g.cellPadding), gridRight - g.cellPadding - boxWidth)
            let key = CardKey(stage: index, position: direction == .loop ? 1 : 0, width: boxWidth)
            let box =
                moveBoxes[key]
                ?? moveBox(
                    transition, loop: direction == .loop, width: boxWidth,
                    from: names[transition.from].flatMap { $0.isEmpty ? nil : $0 } ?? transition.from,
                    to: names[transition.to].flatMap { $0.isEmpty ? nil : $0 } ?? transition.to)
            moveBoxes[key] = box
            // The arrow runs between the middles, a little short of each.
            let inset = abs(from - to) < 1 ? 0 : min(g.arrowHead, span / 4) * (to > from ? 1 : -1)
            let id =
                measuresOnly
                ? "" : ids.make("transition", transition.id.isEmpty ? "\(result.items.count)" : transition.id)
            result.items.append(
                MoveLayout(
                    id: id, box: box, boxX: boxX, from: from + inset, to: to - inset, track: 0, direction: direction))
        }
        // Tracks by interval partitioning: moves sorted by their left end, each into the first track
        // free there, which takes as few tracks as the most moves over one place.
        let extents = result.items.map { move -> (Double, Double) in
            let loop = abs(move.from - move.to) < 1 ? g.arrowSpace : 0
            return (
                min(move.boxX, move.to, move.from - loop), max(move.boxX + move.box.width, move.from + loop, move.to)
            )
        }
        let order = result.items.indices.sorted { (extents[$0].0, $0) < (extents[$1].0, $1) }
        var trackEnds: [Double] = []
        var trackHeights: [Double] = []
        for index in order {
            let (lower, upper) = extents[index]
            var track = trackEnds.firstIndex { $0 <= lower } ?? trackEnds.count
            if track == trackEnds.count {
                trackEnds.append(upper)
                trackHeights.append(0)
            } else {
                trackEnds[track] = upper
            }
            track = min(track, trackEnds.count - 1)
            result.items[index].track = track
            trackHeights[track] = max(trackHeights[track], result.items[index].box.height)
        }
        var y = g.cellPadding
        for height in trackHeights {
            result.trackTops.append(y)
            result.trackBoxHeights.append(height)
            y += height + g.arrowSpace
        }
        result.height = y + g.cellPadding - g.cardGap
        return result
    }

    /// A transition's box: where from and to, its label and its personas.
    func moveBox(_ transition: Transition, loop: Bool, width: Double, from: String, to: String) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cardPadding, styles: styles)
        stacker.text(loop ? from + " \u{21BA}" : from + " \u{2192} " + to, .meta)
        if let label = transition.label { stacker.text(label, .secondary, gap: g.tinyGap) }
        if !transition.personaIDs.isEmpty {
            stacker.text(personaList(transition.personaIDs), .meta, gap: g.tinyGap)
        }
        return stacker.box(padding: g.cardPadding, background: "box b-card")
    }

    func writeMoves(_ moves: MovesLayout, head: Box, top: Double, output: SVGOutput) throws {
        let g = geometry
        let title = moves.onlyBack ? chrome.goingBack : chrome.transitions
        try output.open(
            "g", ["id": prefix + "section-transitions", "class": "transitions", "role": "list", "aria-label": title])
        try output.newline()
        try output.open("g", ["class": "lane"])
        try BoxDrawing.write(head, x: g.margin, y: top, radius: 0, markerPrefix: prefix, theme: theme, to: output)
        try output.close()
        try output.newline()
        for move in moves.items {
            let trackTop = top + moves.trackTops[move.track]
            let arrowY = trackTop + moves.trackBoxHeights[move.track] + g.arrowSpace / 2
            let className = move.direction == .back ? "transition back" : "transition"
            try output.open("g", ["id": move.id, "class": className, "role": "listitem"])
            try BoxDrawing.write(
                move.box, x: move.boxX, y: trackTop, radius: 3, markerPrefix: prefix, theme: theme, to: output)
            if abs(move.from - move.to) < 1 {
                try TransitionDrawing.writeLoop(x: move.from, y: arrowY, size: g.arrowHead, to: output)
            } else {
                try TransitionDrawing.writeArrow(from: move.from, to: move.to, y: arrowY, size: g.arrowHead, to: output)
            }
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()
    }
}

/// Arrows of transitions: a dot where the move starts, a head where it arrives.
enum TransitionDrawing {
    static func writeArrow(from: Double, to: Double, y: Double, size: Double, to output: SVGOutput) throws {
        var line = PathData()
        line.move(from, y)
        line.line(to + size * (from >= to ? 1 : -1), y)
        try output.path(line.text, className: "arrow")
        var head = PathData()
        let direction = from >= to ? 1.0 : -1.0
        head.move(to, y)
        head.line(to + direction * size, y - size / 2)
        head.line(to + direction * size, y + size / 2)
        head.close()
        let radius = size / 4
        head.move(from + radius, y)
        head.line(from, y + radius)
        head.line(from - radius, y)
        head.line(from, y - radius)
        head.close()
        try output.path(head.text, className: "arrow-head")
    }

    /// A move that comes back to where it starts: a loop below the box, ending in a head pointing up
    /// where it began.
    static func writeLoop(x: Double, y: Double, size: Double, to output: SVGOutput) throws {
        let radius = size * 1.1
        var line = PathData()
        line.move(x - radius, y - radius / 2)
        line.curve(x - radius, y + radius * 1.2, x + radius, y + radius * 1.2, x + radius, y)
        try output.path(line.text, className: "arrow")
        var head = PathData()
        head.move(x + radius, y - radius / 2 - size * 0.2)
        head.line(x + radius - size / 2, y + size * 0.3)
        head.line(x + radius + size / 2, y + size * 0.3)
        head.close()
        try output.path(head.text, className: "arrow-head")
    }
}
