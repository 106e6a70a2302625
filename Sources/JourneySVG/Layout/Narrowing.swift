import JourneyModel

extension MapRenderer {
    /// The card width of each sub-column once narrowed.
    ///
    /// A sub-column none of whose cells is the tallest of its lane takes narrower cards, as long as its cells stay within their lanes'
    /// heights and its heads within theirs. The drawing gets narrower and the room beside short
    /// cells, blank before, holds the same text in more lines.
    mutating func narrowedCardWidths(_ plan: MapPlan, cardWidth: Double, across: [[Int]]) -> [[Double]] {
        let g = geometry
        var widths = across.map { Array(repeating: cardWidth, count: $0.count) }
        let narrowest = max(g.minimumCardWidth, (styles.base * 10).rounded(toPlaces: 2))
        let choices = [0.85, 0.7, 0.6].map { (cardWidth * $0).rounded(.down) }.filter { $0 >= narrowest }
        guard !choices.isEmpty else { return widths }
        let savedIDs = ids
        let savedCount = cellsLaidOut
        let savedMeasuring = measuresOnly
        measuresOnly = true
        defer {
            ids = savedIDs
            cellsLaidOut = savedCount
            measuresOnly = savedMeasuring
        }
        var unused: [Double] = []
        // Each cell's height at the standard width, and the tallest of each lane.
        var laneLimit = Array(repeating: 0.0, count: plan.lanes.count)
        for (stageIndex, stage) in plan.stages.enumerated() {
            for cell in stage.cells {
                let layout = cellLayout(
                    cell, stageIndex: stageIndex, across: across[stageIndex][cell.subcolumn], cardWidth: cardWidth,
                    widths: &unused)
                laneLimit[cell.lane] = max(laneLimit[cell.lane], layout.height)
            }
        }
        // The heads' heights at the standard width.
        var stageLimit = 0.0
        var stepLimit = 0.0
        for stageIndex in map.stages.indices {
            let plan = plan.stages[stageIndex]
            let subWidths = across[stageIndex].map {
                Self.subcolumnWidth(across: $0, cardWidth: cardWidth, geometry: g)
            }
            stageLimit = max(
                stageLimit,
                cachedStageHead(
                    stageIndex, width: subWidths.reduce(0, +), listsSteps: plan.hasStepsWithoutColumn,
                    personaFilter: nil
                )
                .height)
            for (sub, width) in zip(plan.subcolumns, subWidths) where sub.step != nil {
                stepLimit = max(stepLimit, cachedStepHead(stage: stageIndex, step: sub.step, width: width).height)
            }
        }
        for (stageIndex, stagePlan) in plan.stages.enumerated() {
            var cellsOf = Array(repeating: [Cell](), count: stagePlan.subcolumns.count)
            for cell in stagePlan.cells { cellsOf[cell.subcolumn].append(cell) }
            for (sub, cells) in cellsOf.enumerated() {
                let count = across[stageIndex][sub]
                for choice in choices {
                    let fits = cells.allSatisfy { cell in
                        cellLayout(cell, stageIndex: stageIndex, across: count, cardWidth: choice, widths: &unused)
                            .height
                            <= laneLimit[cell.lane] + 0.01
                    }
                    let step = stagePlan.subcolumns[sub].step
                    let headFits =
                        step == nil
                        || cachedStepHead(
                            stage: stageIndex, step: step,
                            width: Self.subcolumnWidth(across: count, cardWidth: choice, geometry: g)
                        ).height <= stepLimit + 0.01
                    guard fits, headFits else { break }
                    widths[stageIndex][sub] = choice
                }
            }
            // The stage's head must keep its height too, or the stage keeps its width.
            let hasSteps = stagePlan.subcolumns.contains { $0.step != nil }
            let width = zip(across[stageIndex], widths[stageIndex]).reduce(0.0) {
                $0 + Self.subcolumnWidth(across: $1.0, cardWidth: $1.1, geometry: g)
            }
            let head = cachedStageHead(
                stageIndex, width: width, listsSteps: stagePlan.hasStepsWithoutColumn, personaFilter: nil)
            if head.height > stageLimit + (hasSteps ? 0 : stepLimit) + 0.01 {
                widths[stageIndex] = Array(repeating: cardWidth, count: across[stageIndex].count)
            }
        }
        return widths
    }
}
