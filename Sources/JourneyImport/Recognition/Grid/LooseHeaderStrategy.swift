import Foundation
import JourneyModel

/// The headers found among loose shapes.
struct LooseHeaders {
    var columns: [Band] = []
    var rows: [Band] = []
    /// Stage headers above a row of step headers (then `columns` are the steps).
    var stageGroups: [Band] = []
}

extension PageRecognition {
    /// Loose shapes laid out as a grid: a row of aligned shapes names the columns, the left column
    /// of aligned shapes names the rows.
    ///
    /// The header row is the top row of aligned shapes, unless that row reads as persona cards or
    /// a lower one names more usual stages; above known lanes (a pool) it is the row nearest their
    /// top. A header row whose shapes each span several shapes of the row just below it groups
    /// steps: the row below gives the columns.
    mutating func findLooseHeaders(knownColumns: [Band], knownRows: [Band]) -> LooseHeaders {
        var candidates = headerCandidates()
        guard candidates.count >= 2 else { return LooseHeaders() }
        // Tall labelled bands behind each stage's notes are the columns.
        let bandColumns =
            knownColumns.isEmpty && options.headerRow == nil ? labelledColumnBands(among: candidates) : []
        if !bandColumns.isEmpty {
            let bandHeaders = Set(bandColumns.map { $0.headers[0] })
            candidates.removeAll { bandHeaders.contains($0) }
        }
        let shapes = page.shapes
        let rowTolerance = max(8, Self.median(candidates.map { shapes[$0].bounds!.height }) * 0.5)
        let columnTolerance = max(8, Self.median(candidates.map { shapes[$0].bounds!.width }) * 0.25)
        let midY: (Int) -> Double = { shapes[$0].bounds!.midY }
        let midX: (Int) -> Double = { shapes[$0].bounds!.midX }

        var headerRow: [Int] = []
        var headerColumn: [Int] = []
        var stageRow: [Int] = []
        if knownRows.isEmpty {
            if let number = options.headerColumn {
                headerColumn = Self.multiCluster(number: number, of: candidates, tolerance: columnTolerance, by: midX)
            } else {
                headerColumn = chooseHeaderColumn(candidates, tolerance: columnTolerance)
            }
            headerColumn.sort { bounds($0)!.y < bounds($1)!.y }
        }
        if knownColumns.isEmpty && bandColumns.isEmpty {
            if !knownRows.isEmpty && options.headerRow == nil {
                (stageRow, headerRow) = rowAbove(knownRows, candidates: candidates, tolerance: rowTolerance)
            } else if let number = options.headerRow {
                headerRow = Self.multiCluster(number: number, of: candidates, tolerance: rowTolerance, by: midY)
            } else {
                headerRow = chooseHeaderRow(candidates, tolerance: rowTolerance)
                let laneTop = headerColumn.map { bounds($0)!.y }.min()
                if let steps = stepRow(
                    below: headerRow, candidates: candidates, tolerance: rowTolerance, above: laneTop)
                {
                    stageRow = headerRow
                    headerRow = columnsOf(stages: stageRow, steps: steps)
                }
            }
            headerRow.sort { bounds($0)!.x < bounds($1)!.x }
        }
        // Captions, numbers and labels after a wide gap are no headers; they go before the row and
        // the column are measured against each other.
        headerRow = withoutStrayEnds(mainRun(of: withoutNumberMarks(headerRow), across: true), across: true)
        headerColumn = withoutStrayEnds(mainRun(of: withoutNumberMarks(headerColumn), across: false), across: false)
        // The shape where the header row and column meet is a corner label, not a header.
        if let corner = (stageRow.first ?? headerRow.first), headerColumn.contains(corner) {
            stageRow.removeAll { $0 == corner }
            headerRow.removeAll { $0 == corner }
            headerColumn.removeAll { $0 == corner }
            unplaced.append(note(corner, reason: "corner header of the grid"))
            used[corner] = true
        }
        // A header column lies left of the header row and a header row above the header column.
        // Labels of the header row left of the column (a heading over persona cards) go first, so
        // that they do not push the column aside.
        if let columnRight = headerColumn.map({ bounds($0)!.maxX }).max() {
            headerRow.removeAll { bounds($0)!.midX < columnRight }
            stageRow.removeAll { bounds($0)!.maxX < columnRight }
        }
        if let rowBottom = headerRow.map({ bounds($0)!.maxY }).max() {
            headerColumn.removeAll { bounds($0)!.midY < rowBottom }
        }
        if let firstRowX = headerRow.map({ bounds($0)!.x }).min() {
            headerColumn.removeAll { bounds($0)!.midX > firstRowX }
        }
        if let firstColumnY = headerColumn.map({ bounds($0)!.y }).min() {
            headerRow.removeAll { bounds($0)!.midY > firstColumnY }
        }
        if headerRow.count < 2 { headerRow = [] }
        if headerColumn.count < 2 { headerColumn = [] }
        if headerRow.isEmpty { stageRow = [] }

        var found = LooseHeaders()
        let stageHeaders = Set(stageRow)
        found.columns = headerRow.map { position in
            var band = across(bounds(position)!, title: page.shapes[position].text, header: position)
            band.isStep = !stageRow.isEmpty && !stageHeaders.contains(position)
            return band
        }
        found.rows = headerColumn.map { down(bounds($0)!, title: page.shapes[$0].text, header: $0) }
        found.stageGroups = stageRow.map { across(bounds($0)!, title: page.shapes[$0].text, header: $0) }
        for position in headerRow + headerColumn + stageRow { used[position] = true }
        if !bandColumns.isEmpty {
            found.columns = bandColumns
            for band in bandColumns { used[band.headers[0]] = true }
        }
        // Beside known lanes the columns reach as far as the lanes do.
        let lanesRight = knownRows.flatMap(\.headers).compactMap { bounds($0)?.maxX }.max() ?? -.infinity
        let bandsRight = bandColumns.map(\.end).max() ?? -.infinity
        Self.closeGaps(&found.columns, lastEnd: max(Self.typicalEnd(of: found.columns), lanesRight, bandsRight))
        Self.closeGaps(&found.stageGroups, lastEnd: found.columns.last?.end ?? .infinity)
        Self.closeGaps(&found.rows, lastEnd: Self.typicalEnd(of: found.rows))
        // Lines drawn between lanes (or stages) bound them where they are drawn.
        boundBySeparators(&found.rows, across: true)
        if bandColumns.isEmpty { boundBySeparators(&found.columns, across: false) }
        // The grid begins below the header row and right of the header column.
        if let first = found.columns.first, let headerRight = headerColumn.map({ bounds($0)!.maxX }).max() {
            found.columns[0].start = min(first.start, headerRight)
            if !found.stageGroups.isEmpty { found.stageGroups[0].start = found.columns[0].start }
        }
        if let first = found.rows.first, let headerBottom = headerRow.map({ bounds($0)!.maxY }).max() {
            found.rows[0].start = min(first.start, headerBottom)
        }
        // Beside drawn stages (swimlanes, containers) or lanes, the grid begins where their title
        // bands end: cards drawn above the first loose lane title still belong to its lane.
        if !found.rows.isEmpty, let bodyTop = bodyStart(of: knownColumns, across: false) {
            found.rows[0].start = min(found.rows[0].start, bodyTop)
        }
        if !found.columns.isEmpty, let bodyLeft = bodyStart(of: knownRows, across: true) {
            found.columns[0].start = min(found.columns[0].start, bodyLeft)
            if !found.stageGroups.isEmpty { found.stageGroups[0].start = found.columns[0].start }
        }
        return found
    }

    /// Shapes that may be headers: labelled, placed, not yet used, not tables or swimlanes, not
    /// persona cards and not notes about the map.
    private func headerCandidates() -> [Int] {
        var candidates: [Int] = []
        for position in page.shapes.indices where !used[position] && !blank[position] && bounds(position) != nil {
            let kind = page.shapes[position].kind
            guard kind != .table && kind != .tableRow && kind != .tableCell && kind != .swimlane,
                !isPersonaCard(position)
            else { continue }
            // Notes are no headers: a free text ("Source: …") or a box of several lines (a legend).
            let text = page.shapes[position].text
            if matcher.isNote(text) && (kind == .text || text.contains(where: \.isNewline)) { continue }
            candidates.append(position)
        }
        return candidates
    }

    private func across(_ box: DiagramRect, title: String, header: Int) -> Band {
        Band(title: title, start: box.x, end: box.maxX, headers: [header], position: box.x)
    }

    private func down(_ box: DiagramRect, title: String, header: Int) -> Band {
        Band(title: title, start: box.y, end: box.maxY, headers: [header], position: box.y)
    }

    /// The row of steps just below `stages`, if there is one.
    ///
    /// Each step lies under a stage and some stage spans several (stages without steps may stand
    /// alone). The row lies above the lanes' first header, when that is known.
    private func stepRow(below stages: [Int], candidates: [Int], tolerance: Double, above laneTop: Double?) -> [Int]? {
        guard stages.count >= 1, let stagesBottom = stages.map({ bounds($0)!.maxY }).max() else { return nil }
        let floor = stages.map { bounds($0)!.midY }.max()! + tolerance
        let below = candidates.filter { bounds($0)!.midY > floor }
        guard let steps = Self.firstClusters(1, of: below, tolerance: tolerance, by: { bounds($0)!.midY }).first
        else { return nil }
        let stepsTop = steps.map { bounds($0)!.y }.min()!
        let height = Self.median(steps.map { bounds($0)!.height })
        guard stepsTop - stagesBottom <= max(height * 1.5, 24) else { return nil }
        if let laneTop, steps.contains(where: { bounds($0)!.midY > laneTop }) { return nil }
        var most = 0
        var inside = 0
        for stage in stages {
            let box = bounds(stage)!
            let under = steps.filter { bounds($0)!.midX >= box.x - 4 && bounds($0)!.midX <= box.maxX + 4 }.count
            inside += under
            most = max(most, under)
        }
        let namedSteps = steps.filter { matcher.isStepName(page.shapes[$0].text) }.count
        guard inside == steps.count, most >= 2 || namedSteps * 2 > steps.count else { return nil }
        return steps
    }

    /// The columns of a header row over a row of steps: each stage's steps, or the stage itself
    /// where it has none.
    private func columnsOf(stages: [Int], steps: [Int]) -> [Int] {
        let alone = stages.filter { stage in
            let box = bounds(stage)!
            return !steps.contains { bounds($0)!.midX >= box.x - 4 && bounds($0)!.midX <= box.maxX + 4 }
        }
        return (alone + steps).sorted { bounds($0)!.x < bounds($1)!.x }
    }

    /// Above known lanes: the row of aligned shapes nearest their top, within their extent across;
    /// when the row above that groups it as stages over steps, both.
    private func rowAbove(_ lanes: [Band], candidates: [Int], tolerance: Double) -> (stages: [Int], headers: [Int]) {
        let laneBoxes = lanes.flatMap(\.headers).compactMap { bounds($0) }
        guard let top = laneBoxes.map(\.y).min(), let left = laneBoxes.map(\.x).min(),
            let right = laneBoxes.map(\.maxX).max()
        else { return ([], []) }
        let above = candidates.filter { position in
            let box = bounds(position)!
            return box.maxY <= top + tolerance && box.midX >= left - tolerance && box.midX <= right + tolerance
        }
        // Rows from the lanes upwards; a header drawn well off its row joins it when it shares a
        // third of its height with the row's first.
        let rows = Self.firstClusters(
            2, of: above, tolerance: tolerance, by: { -bounds($0)!.midY },
            extent: { (-bounds($0)!.maxY, -bounds($0)!.y) })
        guard let first = rows.first else { return ([], []) }
        let nearest = grown(first, candidates: above)
        if rows.count >= 2, let upper = rows.last, !looksLikePersonaCards(upper),
            let steps = stepRow(below: upper, candidates: nearest, tolerance: tolerance, above: nil)
        {
            return (upper, columnsOf(stages: upper, steps: steps))
        }
        return ([], nearest)
    }

    /// Where the body of drawn bands begins: below the title bands of stages drawn as swimlanes,
    /// right of the title bands of lanes; `nil` without drawn bands.
    private func bodyStart(of bands: [Band], across: Bool) -> Double? {
        let starts = bands.flatMap(\.headers).compactMap { header -> Double? in
            guard let box = bounds(header) else { return nil }
            let band = page.shapes[header].headerSize ?? 0
            return (across ? box.x : box.y) + max(0, band)
        }
        return starts.min()
    }
}
