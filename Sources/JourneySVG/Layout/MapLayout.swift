import JourneyModel

/// A rectangle of the drawing, in pixels from its top left corner.
struct LayoutRect: Hashable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }

    func intersects(_ other: LayoutRect) -> Bool {
        x < other.right && other.x < right && y < other.bottom && other.y < bottom
    }

    /// The area this rectangle and another share.
    func overlap(with other: LayoutRect) -> Double {
        let width = min(right, other.right) - max(x, other.x)
        let height = min(bottom, other.bottom) - max(y, other.y)
        return width > 0 && height > 0 ? width * height : 0
    }
}

/// A sub-column with its size: where it is and how many cards it holds side by side.
struct SubcolumnLayout {
    var x: Double
    var width: Double
    var across: Int
    /// The width of its cards (a row of fewer cards than `across` widens them).
    var cardWidth: Double

    var column: EmotionCurve.Column { EmotionCurve.Column(x: x, width: width) }
}

/// Cards of one cell, placed relative to the cell's top left corner.
struct CellLayout {
    var cards: [(id: String, box: Box, x: Double, y: Double)] = []
    var height = 0.0
}

/// Every size and position of one drawing of a map: the layout phase's result, which the writing
/// phase draws as it is.
struct MapLayout {
    var cardWidth: Double
    /// The widths of the cards drawn, the standard one first: each has its own stripe.
    var cardWidths: [Double]
    var columns: [EmotionCurve.Column]
    var subcolumns: [[SubcolumnLayout]]
    /// The cards of each stage's cells, parallel to ``StagePlan/cells``.
    var cells: [[CellLayout]]
    /// The curve of each lane with its points' labels; `nil` for lanes without a curve.
    var curves: [CurveLayout?]
    var header: Box
    var headerPadding: Double
    var stageHeads: [Box]
    /// The heads of the sub-columns of stages with steps, parallel to ``subcolumns``; `nil` for a
    /// stage drawn as one column.
    var stepHeads: [[Box]?]
    var stageHeadHeight: Double
    var stepHeadHeight: Double
    var laneHeads: [Box]
    var laneHeights: [Double]
    var laneTops: [Double]
    var moves: MovesLayout
    var bandHead: Box?
    var bandTop: Double
    var legend: Box
    var legendTop: Double
    var gridTop: Double
    var gridLeft: Double
    var gridRight: Double
    var gridBottom: Double
    var width: Double
    var height: Double

    /// The top of the lanes: below the stage and step heads.
    var lanesTop: Double { gridTop + stageHeadHeight + stepHeadHeight }

    /// The lanes' part of the grid, where the cards and curves are.
    var laneArea: LayoutRect {
        LayoutRect(x: gridLeft, y: lanesTop, width: gridRight - gridLeft, height: bandTop - lanesTop)
    }

    /// Where the cards and curves are, on the whole drawing.
    func contentRects(plan: MapPlan) -> [LayoutRect] {
        var rects: [LayoutRect] = []
        for (stageIndex, stage) in plan.stages.enumerated() {
            for (cell, layout) in zip(stage.cells, cells[stageIndex]) {
                let origin = cellOrigin(cell, stage: stageIndex)
                for card in layout.cards {
                    rects.append(
                        LayoutRect(
                            x: origin.x + card.x, y: origin.y + card.y, width: card.box.width, height: card.box.height))
                }
            }
        }
        for (lane, curve) in curves.enumerated() {
            guard let curve else { continue }
            rects.append(
                LayoutRect(
                    x: gridLeft, y: laneTops[lane] + curve.top, width: gridRight - gridLeft, height: curve.height))
        }
        return rects
    }

    /// The top left corner of a cell of cards.
    func cellOrigin(_ cell: Cell, stage: Int) -> (x: Double, y: Double) {
        let chart = curves[cell.lane].map { $0.top + $0.height } ?? 0
        return (subcolumns[stage][cell.subcolumn].x, laneTops[cell.lane] + chart)
    }

    /// How the drawing measures: its size and how much of the lanes' area is left blank.
    func figures(plan: MapPlan) -> LayoutFigures {
        LayoutFigures(
            width: width, height: height, cardWidth: cardWidth,
            blankFraction: LayoutFigures.blankFraction(of: laneArea, coveredBy: contentRects(plan: plan)))
    }
}

/// A drawing's size and how much of its grid is blank, for choosing among layouts and for tests.
struct LayoutFigures: Hashable, Sendable {
    var width: Double
    var height: Double
    var cardWidth: Double
    /// The part of the grid's lanes (inside the stage columns) that no card or curve covers, 0…1.
    var blankFraction: Double

    /// Width divided by height: above 1 for landscape.
    var aspectRatio: Double { height > 0 ? width / height : 0 }

    /// The part of `area` that none of `rects` covers, 0…1.
    ///
    /// The rectangles must not overlap each other (cards never do; the tests check it); parts outside the area do not count.
    static func blankFraction(of area: LayoutRect, coveredBy rects: [LayoutRect]) -> Double {
        let total = area.width * area.height
        guard total > 0 else { return 0 }
        var covered = 0.0
        for rect in rects { covered += area.overlap(with: rect) }
        return min(max(1 - covered / total, 0), 1)
    }
}

extension MapRenderer {
    /// Lays the map out with cards of `cardWidth`, a sub-column stacking at most `depth` cards before
    /// it puts another beside them.
    mutating func layout(_ plan: MapPlan, cardWidth: Double, depth: Int, narrows: Bool = false) -> MapLayout {
        let g = geometry
        let lanes = plan.lanes

        // Columns and sub-columns.
        let across = self.across(plan, depth: depth)
        let widths =
            narrows
            ? narrowedCardWidths(plan, cardWidth: cardWidth, across: across)
            : across.map { Array(repeating: cardWidth, count: $0.count) }
        var subcolumns: [[SubcolumnLayout]] = []
        var columns: [EmotionCurve.Column] = []
        var x = g.margin + g.laneHeaderWidth
        for (stageAcross, stageWidths) in zip(across, widths) {
            let left = x
            var row: [SubcolumnLayout] = []
            for (count, card) in zip(stageAcross, stageWidths) {
                let width = Self.subcolumnWidth(across: count, cardWidth: card, geometry: g)
                row.append(SubcolumnLayout(x: x, width: width, across: count, cardWidth: card))
                x += width
            }
            subcolumns.append(row)
            columns.append(EmotionCurve.Column(x: left, width: x - left))
        }
        let gridLeft = g.margin + g.laneHeaderWidth
        let gridRight = x
        let width = drawingWidth(gridRight: gridRight)
        let contentWidth = width - 2 * g.margin

        // Heads.
        let headerPadding = g.smallGap
        var header = cachedHeader(
            width: contentWidth + 2 * headerPadding, padding: headerPadding, personas: plan.personas)
        header.titleID = ids.make("heading", "title")
        var stageHeads: [Box] = []
        var stepHeads: [[Box]?] = []
        for index in map.stages.indices {
            let stagePlan = plan.stages[index]
            stageHeads.append(
                cachedStageHead(
                    index, width: columns[index].width, listsSteps: stagePlan.hasStepsWithoutColumn,
                    personaFilter: plan.personaFilter))
            if stagePlan.subcolumns.contains(where: { $0.step != nil }) {
                var heads: [Box] = []
                for (sub, size) in zip(stagePlan.subcolumns, subcolumns[index]) {
                    heads.append(cachedStepHead(stage: index, step: sub.step, width: size.width))
                }
                stepHeads.append(heads)
            } else {
                stepHeads.append(nil)
            }
        }
        let stageHeadHeight = stageHeads.map(\.height).max() ?? 0
        let stepHeadHeight = stepHeads.compactMap { $0?.map(\.height).max() }.max() ?? 0
        for index in stageHeads.indices {
            stageHeads[index].height = stageHeadHeight + (stepHeads[index] == nil ? stepHeadHeight : 0)
            stageHeads[index].titleID = ids.make("stage-name", map.stages[index].id)
            if stepHeads[index] != nil {
                for sub in stepHeads[index]!.indices { stepHeads[index]![sub].height = stepHeadHeight }
            }
        }

        // Cards, cell by cell, and the curves with their labels.
        var cellLayouts: [[CellLayout]] = []
        cellLayouts.reserveCapacity(plan.stages.count)
        var cardWidths = [cardWidth]
        for (stageIndex, stage) in plan.stages.enumerated() {
            var row: [CellLayout] = []
            row.reserveCapacity(stage.cells.count)
            for cell in stage.cells {
                let sub = subcolumns[stageIndex][cell.subcolumn]
                row.append(
                    cellLayout(
                        cell, stageIndex: stageIndex, across: sub.across, cardWidth: sub.cardWidth,
                        widths: &cardWidths))
            }
            cellLayouts.append(row)
        }
        let curveLayouts = curveLayouts(plan, subcolumns: subcolumns, gridLeft: gridLeft, gridRight: gridRight)
        var laneHeads: [Box] = []
        for (offset, lane) in lanes.enumerated() {
            laneHeads.append(cachedLaneHead(offset, lane: lane, width: g.laneHeaderWidth, curve: plan.curves[offset]))
        }
        // A lane is as tall as its head, its curve and its tallest cell below the curve.
        var laneHeights = lanes.indices.map { max(laneHeads[$0].height, g.minimumLaneHeight) }
        for (offset, curve) in curveLayouts.enumerated() {
            if let curve { laneHeights[offset] = max(laneHeights[offset], curve.top + curve.height + g.cellPadding) }
        }
        for (stage, layouts) in zip(plan.stages, cellLayouts) {
            for (cell, layout) in zip(stage.cells, layouts) {
                let chart = curveLayouts[cell.lane].map { $0.top + $0.height } ?? 0
                laneHeights[cell.lane] = max(laneHeights[cell.lane], chart + layout.height)
            }
        }
        for offset in lanes.indices { laneHeads[offset].height = laneHeights[offset] }

        // Transitions and the legend.
        let moves = movesLayout(
            plan, columns: columns, subcolumns: subcolumns, gridLeft: gridLeft, gridRight: gridRight,
            cardWidth: cardWidth)
        var bandHead = moves.isEmpty ? nil : bandBox(width: g.laneHeaderWidth, onlyBack: moves.onlyBack)
        let bandHeight = moves.isEmpty ? 0 : max(moves.height, bandHead?.height ?? 0)
        bandHead?.height = bandHeight
        // The entries depend on the map alone: worked out once for all the layouts tried.
        let entries = legendCache[moves.hasBack] ?? legendEntries(plan, hasMoves: moves.hasBack)
        legendCache[moves.hasBack] = entries
        let legend = cachedLegend(entries, hasBack: moves.hasBack, width: contentWidth)

        // Vertical positions.
        let gridTop = g.margin - headerPadding + header.height + g.sectionGap
        var laneTops: [Double] = []
        var y = gridTop + stageHeadHeight + stepHeadHeight
        for height in laneHeights {
            laneTops.append(y)
            y += height
        }
        let bandTop = y
        let gridBottom = y + bandHeight
        let legendTop = gridBottom + g.sectionGap
        let height = (legendTop + legend.height + g.margin).rounded(.up)
        return MapLayout(
            cardWidth: cardWidth, cardWidths: cardWidths, columns: columns, subcolumns: subcolumns, cells: cellLayouts,
            curves: curveLayouts,
            header: header, headerPadding: headerPadding, stageHeads: stageHeads, stepHeads: stepHeads,
            stageHeadHeight: stageHeadHeight, stepHeadHeight: stepHeadHeight, laneHeads: laneHeads,
            laneHeights: laneHeights, laneTops: laneTops, moves: moves, bandHead: bandHead, bandTop: bandTop,
            legend: legend, legendTop: legendTop, gridTop: gridTop, gridLeft: gridLeft, gridRight: gridRight,
            gridBottom: gridBottom, width: width, height: height)
    }

    /// How many cards each sub-column puts side by side when it stacks at most `depth`, by stage.
    func across(_ plan: MapPlan, depth: Int) -> [[Int]] {
        plan.stages.map { stage in stage.fullestCells.map { Self.across(cards: $0, depth: depth) } }
    }

    /// The drawing's width when its grid ends at `gridRight`: at least the width asked for and 50
    /// base font sizes.
    func drawingWidth(gridRight: Double) -> Double {
        max(gridRight + geometry.margin, format.width ?? 0, format.fontSize * 50).rounded(.up)
    }

    /// The width of a sub-column of `across` cards of `cardWidth`.
    static func subcolumnWidth(across: Int, cardWidth: Double, geometry g: Geometry) -> Double {
        2 * g.cellPadding + Double(across) * cardWidth + Double(across - 1) * g.cardGap
    }

    /// How many cards a sub-column puts side by side: enough that its fullest cell stacks at most
    /// `depth` cards, up to ``Geometry/maximumAcross``.
    static func across(cards: Int, depth: Int) -> Int {
        min(max((cards + depth - 1) / max(depth, 1), 1), Geometry.maximumAcross)
    }
}
