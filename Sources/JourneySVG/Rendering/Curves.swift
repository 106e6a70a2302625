import JourneyModel

/// An emotions lane's curve as laid out: its box in the lane, the plot of −2…+2 inside it, and a
/// label at every point.
struct CurveLayout {
    /// The top of the curve's box, from the lane's top.
    var top: Double
    /// The box's height: the plot and the labels that reach above or below it.
    var height: Double
    /// The top of the plot, from the lane's top.
    var plotTop: Double
    var plotHeight: Double
    /// The x of each point by stage and item position.
    var pointX: [Int: [Int: Double]]
    /// The labels of the points of each stage that has some, in the order of the plan's point cells.
    var labels: [Int: [PointLabel]]
}

/// The label of an emotion at its point: the item's text in a small box beside the marker.
struct PointLabel {
    var id: String
    var lane: Int
    var position: Int
    /// The lines the point is on, by their position in the curve's series.
    var series: [Int]
    var x: Double
    /// The marker's centre, from the lane's top.
    var markerY: Double
    var box: Box
    /// The box's top left corner: x on the drawing, y from the lane's top.
    var boxX: Double
    var boxY: Double
}

extension MapRenderer {
    /// Places each emotions lane's points at their items' sub-columns and a label beside each point,
    /// moving labels up or down until none overlaps another, a marker or the scale.
    mutating func curveLayouts(
        _ plan: MapPlan, subcolumns: [[SubcolumnLayout]], gridLeft: Double, gridRight: Double
    ) -> [CurveLayout?] {
        let g = geometry
        var result: [CurveLayout?] = Array(repeating: nil, count: plan.lanes.count)
        guard plan.curves.contains(where: { $0 != nil }), !map.stages.isEmpty else { return result }
        let plotHeight = g.chartHeight - g.cellPadding
        let padding = ChartDrawing.padding(styles)
        let markerRadius = ChartDrawing.markerSize(styles) * 1.4
        let axis = styles[.axis]
        func y(_ score: Double) -> Double {
            EmotionCurve.y(forScore: score, top: 0, height: plotHeight, padding: padding)
        }
        // The scale's labels, at the left of the plot.
        var axisRight = gridLeft
        var scale: [LayoutRect] = []
        for score in [2.0, 0, -2] {
            let width = axis.width(Labels.score(score)) + TextStyle.margin
            scale.append(
                LayoutRect(
                    x: gridLeft, y: y(score) - axis.lineHeight / 2, width: styles.base * 0.3 + width,
                    height: axis.lineHeight))
            axisRight = max(axisRight, gridLeft + styles.base * 0.3 + width)
        }
        // The cells of points by lane, in stage order: one pass over the plan, not one per lane.
        var pointCells: [Int: [(stage: Int, cell: Cell)]] = [:]
        for (stageIndex, stage) in plan.stages.enumerated() {
            for cell in stage.points { pointCells[cell.lane, default: []].append((stageIndex, cell)) }
        }
        for (lane, cells) in pointCells.sorted(by: { $0.key < $1.key }) {
            guard let curve = plan.curves[lane] else { continue }
            var seriesAt: [Int: [Int: [Int]]] = [:]
            for (index, line) in curve.series.enumerated() {
                for point in line.points {
                    guard let position = point.position else { continue }
                    if seriesAt[point.stageIndex]?[position]?.last != index {
                        seriesAt[point.stageIndex, default: [:]][position, default: []].append(index)
                    }
                }
            }
            var pointX: [Int: [Int: Double]] = [:]
            // What a label must not overlap, by cell: a label stays in its sub-column, so only the
            // markers and labels of its own cell and the cells beside it can be in its way.
            var obstacles: [[LayoutRect]] = []
            var points: [(stage: Int, position: Int, x: Double, y: Double, left: Double, right: Double, bucket: Int)] =
                []
            do {
                for (stageIndex, cell) in cells {
                    cellsLaidOut += 1
                    obstacles.append([])
                    let sub = subcolumns[stageIndex][cell.subcolumn]
                    // Each line's points in the cell spread evenly over the sub-column, so lines of
                    // different personas meet at its middle as they do on a line chart; a point on
                    // several lines goes by its first.
                    var line: [Int] = []
                    var count: [Int: Int] = [:]
                    for position in cell.positions {
                        let first = seriesAt[stageIndex]?[position]?.first ?? -1
                        line.append(first)
                        count[first, default: 0] += 1
                    }
                    var seen: [Int: Int] = [:]
                    for (index, position) in cell.positions.enumerated() {
                        let slot = seen[line[index], default: 0]
                        seen[line[index]] = slot + 1
                        let x = sub.x + sub.width * Double(slot + 1) / Double(count[line[index]]! + 1)
                        let item = map.stages[stageIndex].items[position]
                        let markerY = y(item.score?.value ?? 0)
                        pointX[stageIndex, default: [:]][position] = x
                        obstacles[obstacles.count - 1].append(
                            LayoutRect(
                                x: x - markerRadius, y: markerY - markerRadius, width: 2 * markerRadius,
                                height: 2 * markerRadius))
                        let left = max(sub.x + g.tinyGap, axisRight + g.tinyGap)
                        points.append(
                            (stageIndex, position, x, markerY, left, sub.x + sub.width - g.tinyGap, obstacles.count - 1)
                        )
                    }
                }
            }
            var labels: [Int: [PointLabel]] = [:]
            var top = 0.0
            var bottom = plotHeight
            for point in points {
                let item = map.stages[point.stage].items[point.position]
                let room = max(min(g.pointLabelWidth, point.right - point.left), styles.base * 3)
                let box = pointLabel(item, stage: point.stage, position: point.position, room: room)
                let x = min(max(point.x - box.width / 2, point.left), max(point.right - box.width, point.left))
                var nearby = scale
                for bucket in max(point.bucket - 1, 0)...min(point.bucket + 1, obstacles.count - 1) {
                    nearby += obstacles[bucket]
                }
                nearby = nearby.filter { $0.x < x + box.width && x < $0.right }
                let placed = Self.place(
                    width: box.width, height: box.height, x: x, anchor: point.y, clearance: markerRadius + g.tinyGap,
                    gap: g.tinyGap, obstacles: nearby)
                obstacles[point.bucket].append(LayoutRect(x: x, y: placed, width: box.width, height: box.height))
                top = min(top, placed)
                bottom = max(bottom, placed + box.height)
                let itemID = item.id.isEmpty ? "\(point.stage)-\(point.position)" : item.id
                labels[point.stage, default: []].append(
                    PointLabel(
                        id: measuresOnly ? "" : ids.make("item", itemID), lane: lane, position: point.position,
                        series: seriesAt[point.stage]?[point.position] ?? [], x: point.x,
                        markerY: point.y, box: box, boxX: x, boxY: placed))
            }
            // Everything moves down by what reaches above the plot.
            let shift = g.cellPadding - top
            for stage in Array(labels.keys) {
                for index in labels[stage]!.indices {
                    labels[stage]![index].boxY += shift
                    labels[stage]![index].markerY += shift
                }
            }
            result[lane] = CurveLayout(
                top: g.cellPadding, height: bottom - top, plotTop: shift, plotHeight: plotHeight, pointX: pointX,
                labels: labels)
        }
        return result
    }

    /// The label of a curve's point in at most `room`: the item's text, or its score for an item
    /// without text, as narrow as its lines; worked out once per point and room.
    mutating func pointLabel(_ item: Item, stage: Int, position: Int, room: Double) -> Box {
        let key = CardKey(stage: stage, position: position, width: room)
        if let box = labelBoxes[key] { return box }
        let inset = geometry.tinyGap * 1.5
        let text = item.text.isEmpty ? Labels.score(item.score?.value ?? 0) : item.text
        var stacker = BoxStacker(width: room, padding: inset, styles: styles)
        stacker.text(text, .meta)
        var box = stacker.box(padding: inset, background: "box b-label")
        var widest = 0.0
        for piece in box.pieces {
            if case .text(let block, _, _) = piece {
                for line in block.lines { widest = max(widest, styles[.meta].width(line)) }
            }
        }
        box.width = min(room, (widest + 2 * inset + TextStyle.margin).rounded(toPlaces: 2))
        labelBoxes[key] = box
        return box
    }

    /// The top of a label box of `height` beside a point at `anchor`: just above or below the marker,
    /// or past whatever it would overlap, whichever is nearer.
    static func place(
        width: Double, height: Double, x: Double, anchor: Double, clearance: Double, gap: Double,
        obstacles: [LayoutRect]
    ) -> Double {
        var above = anchor - clearance - height
        var below = anchor + clearance
        for _ in 0..<(obstacles.count + 1) {
            let up = LayoutRect(x: x, y: above, width: width, height: height)
            let down = LayoutRect(x: x, y: below, width: width, height: height)
            let upHits = obstacles.filter { $0.intersects(up) }
            let downHits = obstacles.filter { $0.intersects(down) }
            let upFree = upHits.isEmpty
            let downFree = downHits.isEmpty
            if upFree && (!downFree || anchor - (above + height) <= below - anchor) { return above }
            if downFree { return below }
            above = (upHits.map(\.y).min() ?? above) - gap - height
            below = (downHits.map(\.bottom).max() ?? below) + gap
        }
        return below
    }

    /// Writes the points of a stage in one lane, each with its markers, label and details.
    func writePoints(
        _ labels: [PointLabel], lane: Lane, laneTop: Double, stageIndex: Int, curve: EmotionCurve, output: SVGOutput
    ) throws {
        guard !labels.isEmpty else { return }
        try output.open(
            "g", ["class": "cell", "role": "list", "aria-label": lane.title.isEmpty ? lane.id : lane.title])
        try output.newline()
        let stage = map.stages[stageIndex]
        for label in labels {
            let item = stage.items[label.position]
            let series = label.series.map { curve.series[$0] }
            try output.open("g", ["id": label.id, "class": "point", "role": "listitem"])
            try output.element("title", [:], text: pointDetails(item, stage: stage, series: series))
            for line in series {
                try ChartDrawing.writeMarker(
                    series: line.styleIndex, x: label.x, y: laneTop + label.markerY, prefix: prefix, theme: theme,
                    title: nil, to: output)
            }
            try BoxDrawing.write(
                label.box, x: label.boxX, y: laneTop + label.boxY, radius: 3, markerPrefix: prefix, theme: theme,
                to: output)
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()
    }

    /// What a point's tooltip says: whose line, where, the score and the words, and the item's other
    /// fields.
    func pointDetails(_ item: Item, stage: Stage, series: [EmotionCurve.Series]) -> String {
        var place = stage.name.isEmpty ? stage.id : stage.name
        if let stepID = item.stepID, let step = stage.steps.first(where: { $0.id == stepID }) {
            place += " \u{00B7} " + Chrome.fill(chrome.step, step.name.isEmpty ? step.id : step.name)
        }
        var text =
            series.map(\.name).joined(separator: ", ") + ", " + place + ": " + Labels.score(item.score?.value ?? 0)
        if !item.text.isEmpty { text += " (" + item.text + ")" }
        if let owner = item.owner, !owner.isEmpty { text += "; " + Chrome.fill(chrome.owner, owner) }
        for link in item.links { text += "; " + (link.title.flatMap { $0.isEmpty ? nil : $0 } ?? link.url) }
        return text
    }
}
