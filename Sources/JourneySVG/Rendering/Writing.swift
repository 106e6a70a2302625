import Foundation
import JourneyModel

// The writing phase: the chosen layout drawn as it is, in reading order — header, grid, lane heads,
// then stage by stage its head, step heads, cards and emotion points, then transitions and legend.
extension MapRenderer {
    mutating func write(_ layout: MapLayout, plan: MapPlan) throws -> Data {
        let g = geometry
        let lanes = plan.lanes
        let output = try SVGOutput(output: sink)
        // Right-to-left languages: every horizontal position is mirrored as it is written.
        output.mirror = HorizontalMirror(language: format.locale ?? map.language, width: layout.width)
        try output.xml.startDocument()
        try writeRoot(
            output, width: layout.width, height: layout.height, laneCount: lanes.count, personas: plan.personas)
        try SVGStyleSheet.write(
            theme: theme, styles: styles, stripePrefix: prefix, stripeVariants: layout.cardWidths.count, to: output)
        try Definitions.write(
            prefix: prefix, styles: styles, theme: theme, stripes: layout.cardWidths.map { g.stripeWidth / $0 },
            to: output)
        try output.rect(x: 0, y: 0, width: layout.width, height: layout.height, className: "b-page")
        try output.newline()

        // The header.
        try output.open("g", ["id": ids.make("section", "header"), "class": "header"])
        try BoxDrawing.write(
            layout.header, x: g.margin - layout.headerPadding, y: g.margin - layout.headerPadding, radius: 0,
            markerPrefix: prefix, theme: theme, to: output)
        try output.close()
        try output.newline()

        try writeGrid(layout, output: output)

        // Lane heads: the row titles.
        try output.open(
            "g", ["id": ids.make("section", "lanes"), "class": "lanes", "role": "list", "aria-label": chrome.lanes])
        try output.newline()
        for (offset, lane) in lanes.enumerated() {
            try output.open("g", ["id": ids.make("lane", lane.id), "class": "lane", "role": "listitem"])
            try BoxDrawing.write(
                layout.laneHeads[offset], x: g.margin, y: layout.laneTops[offset], radius: 0, markerPrefix: prefix,
                theme: theme, to: output)
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()

        // The emotion curves' plots and lines, under the points the stages draw.
        for (offset, curve) in plan.curves.enumerated() {
            guard let curve, let placed = layout.curves[offset] else { continue }
            let top = layout.laneTops[offset]
            var chart = ChartDrawing(
                curve: curve, columns: layout.columns, top: top + placed.top, left: layout.gridLeft,
                width: layout.gridRight - layout.gridLeft, height: placed.height, styles: styles, theme: theme,
                markerPrefix: prefix)
            chart.plot = (top + placed.plotTop, placed.plotHeight)
            chart.pointX = placed.pointX
            chart.drawsMarkers = false
            try chart.write(to: output, label: chrome.emotionCurve + ": " + lanes[offset].title)
        }

        // Stages, in journey order: the head, the step heads, then the cards and points of each lane.
        for (stageIndex, stage) in map.stages.enumerated() {
            let column = layout.columns[stageIndex]
            let head = layout.stageHeads[stageIndex]
            let stageID = ids.make("stage", stage.id)
            if let titleID = head.titleID {
                try output.open("g", ["id": stageID, "class": "stage", "role": "group", "aria-labelledby": titleID])
            } else {
                try output.open("g", ["id": stageID, "class": "stage", "role": "group"])
            }
            try output.newline()
            try output.open("g", ["class": "stage-head"])
            try BoxDrawing.write(
                head, x: column.x, y: layout.gridTop, radius: 0, markerPrefix: prefix, theme: theme, to: output)
            try output.close()
            try output.newline()
            if let steps = layout.stepHeads[stageIndex] {
                for (box, sub) in zip(steps, layout.subcolumns[stageIndex]) {
                    try output.open("g", ["class": "step-head"])
                    try BoxDrawing.write(
                        box, x: sub.x, y: layout.gridTop + layout.stageHeadHeight, radius: 0, markerPrefix: prefix,
                        theme: theme, to: output)
                    try output.close()
                    try output.newline()
                }
            }
            let stagePlan = plan.stages[stageIndex]
            // Lane by lane: a lane's points (above) before its cards. Cells are sorted by lane.
            let cellLayouts = layout.cells[stageIndex]
            var next = 0
            for lane in Set(stagePlan.cells.map(\.lane)).union(stagePlan.points.map(\.lane)).sorted() {
                if let placed = layout.curves[lane], let curve = plan.curves[lane],
                    let labels = placed.labels[stageIndex]
                {
                    try writePoints(
                        labels, lane: lanes[lane], laneTop: layout.laneTops[lane], stageIndex: stageIndex, curve: curve,
                        output: output)
                }
                while next < stagePlan.cells.count, stagePlan.cells[next].lane == lane {
                    let cell = stagePlan.cells[next]
                    if !cellLayouts[next].cards.isEmpty {
                        let origin = layout.cellOrigin(cell, stage: stageIndex)
                        try writeCell(cellLayouts[next], lane: lanes[lane], x: origin.x, y: origin.y, output: output)
                    }
                    next += 1
                }
            }
            try output.close()
            try output.newline()
        }

        if let bandHead = layout.bandHead {
            try writeMoves(layout.moves, head: bandHead, top: layout.bandTop, output: output)
        }
        try Legend.write(
            layout.legend, x: g.margin, y: layout.legendTop, markerPrefix: prefix, theme: theme, label: chrome.legend,
            to: output)
        try output.closeRoot()
        return try output.finish()
    }

    /// The grid's backgrounds and lines: decoration only.
    private func writeGrid(_ layout: MapLayout, output: SVGOutput) throws {
        let g = geometry
        try output.open("g", ["class": "grid", "aria-hidden": "true"])
        for (offset, top) in layout.laneTops.enumerated() where offset % 2 == 1 {
            try output.rect(
                x: layout.gridLeft, y: top, width: layout.gridRight - layout.gridLeft,
                height: layout.laneHeights[offset], className: "b-band")
        }
        var lines = PathData()
        for column in layout.columns.dropFirst() {
            lines.move(column.x, layout.gridTop)
            lines.line(column.x, layout.gridBottom)
        }
        for top in layout.laneTops.dropFirst() + (layout.moves.isEmpty ? [] : [layout.bandTop]) {
            lines.move(g.margin, top)
            lines.line(layout.gridRight, top)
        }
        if !lines.text.isEmpty { try output.path(lines.text, className: "g-line") }
        // Lines between a stage's steps, lighter than those between stages.
        var steps = PathData()
        for row in layout.subcolumns {
            for sub in row.dropFirst() {
                steps.move(sub.x, layout.lanesTop)
                steps.line(sub.x, layout.bandTop)
            }
        }
        if !steps.text.isEmpty { try output.path(steps.text, className: "g-step") }
        try output.close()
        try output.newline()
    }

    /// What the legend explains.
    ///
    /// The kinds of cards drawn, KPI bars, the baseline of the curves and arrows that go back. The
    /// curves' lines are explained beside them, in their lane heads.
    func legendEntries(_ plan: MapPlan, hasMoves hasBack: Bool) -> [LegendEntry] {
        var kinds: Set<ItemKind> = []
        var hasBar = false
        for (stageIndex, stage) in plan.stages.enumerated() {
            for cell in stage.cells + stage.points {
                for position in cell.positions {
                    let item = map.stages[stageIndex].items[position]
                    kinds.insert(item.kind)
                    if let metric = item.metric,
                        Self.kpiBar(metric, direction: metric.effectiveDirection(text: item.text)) != nil
                    {
                        hasBar = true
                    }
                }
            }
        }
        var entries: [LegendEntry] = ItemKind.knownValues.filter(kinds.contains).map { .kind($0) }
        entries += kinds.filter { !$0.isKnown }.sorted { $0.rawValue < $1.rawValue }.map { .kind($0) }
        if hasBar { entries.append(.kpiBar) }
        if plan.curves.contains(where: { $0 != nil }) { entries.append(.baseline) }
        if hasBack { entries.append(.backArrow) }
        return entries
    }
}
