import Foundation
import JourneyModel

/// Finds the journey map in a diagram.
///
/// The recognizer finds the grid of stages and lanes, the items in its cells, personas, the title and
/// transitions. Every label ends up somewhere; what cannot be placed is kept as an unplaced note and
/// reported.
public struct JourneyRecognizer: Sendable {
    /// The choices the recognizer would otherwise guess.
    public var options: RecognitionOptions

    public init(options: RecognitionOptions = RecognitionOptions()) {
        self.options = options
    }

    /// The namespace of the extension data the recognizer adds (unplaced notes, spans).
    public static let namespace = "journeykit.import"

    /// Recognizes a map in a diagram read from `file`.
    public func recognize(_ diagram: Diagram, file: String?) throws -> (
        map: JourneyMap, report: ImportReport, diagnostics: [Diagnostic]
    ) {
        // Pages without a name (GraphML) are called by their identifier, or by their position.
        let pages = diagram.pages.enumerated().map { index, page in
            var named = page
            if named.name.isEmpty { named.name = page.id.isEmpty ? "Page-\(index + 1)" : page.id }
            return named
        }
        var diagnostics: [Diagnostic] = []
        let chosenIndex: Int?
        if let wanted = options.page {
            guard let index = Self.pageIndex(named: wanted, in: pages) else {
                let names = pages.map { "'\($0.name)'" }.joined(separator: ", ")
                throw ReadError("the file has no page '\(wanted)' (pages: \(names))", at: SourceLocation(file: file))
            }
            chosenIndex = index
        } else {
            chosenIndex = nil
        }

        // Recognize every candidate page and keep the one that places the most.
        var best: PageRecognition?
        for (index, page) in pages.enumerated() where chosenIndex == nil || chosenIndex == index {
            let recognition = PageRecognition(page: page, format: diagram.format, options: options, file: file)
            if best == nil || recognition.score > best!.score { best = recognition }
        }

        var map = best?.map ?? JourneyMap(id: "imported", title: file.map(Self.baseName) ?? "Imported map")
        var unplaced = best?.unplaced ?? []
        diagnostics += best?.diagnostics ?? []
        // Labels on the other pages are kept too.
        for page in pages where page.id != best?.page.id || page.name != best?.page.name {
            for shape in page.shapes where !shape.text.isBlank {
                unplaced.append(
                    .init(
                        text: shape.text, page: page.name, x: shape.bounds?.midX, y: shape.bounds?.midY,
                        reason: "on another page"))
            }
            for edge in page.edges where !edge.text.isBlank {
                unplaced.append(
                    .init(text: edge.text, page: page.name, x: nil, y: nil, reason: "connector label on another page"))
            }
        }
        for (number, note) in unplaced.enumerated() {
            let key = "unplaced-\(number + 1)"
            map.extensions[Self.namespace, key] = note.text
            var position = "page '\(note.page)'"
            if let x = note.x, let y = note.y {
                position += " at x=\(NumberText.format(x.rounded())), y=\(NumberText.format(y.rounded()))"
            }
            map.extensions[Self.namespace, key + "-position"] = position
            map.extensions[Self.namespace, key + "-reason"] = note.reason
        }
        let labels = pages.reduce(0) { total, page in
            total + page.shapes.filter { !$0.text.isBlank }.count + page.edges.filter { !$0.text.isBlank }.count
        }
        let report = ImportReport(
            format: diagram.format, page: best?.page.name, layout: best?.layout ?? "none",
            orientation: best?.stagesAsRows == true ? "rows" : "columns", labels: labels, stages: map.stages.count,
            lanes: map.lanes.count, items: map.allItems.count, personas: map.personas.count,
            transitions: map.transitions.count, title: best?.titleFromLabel ?? false, unplaced: unplaced)
        if !unplaced.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .note, code: "import-unplaced",
                    "\(unplaced.count) label(s) could not be placed in the map and are kept as unplaced notes (extension data '\(Self.namespace)')",
                    location: SourceLocation(file: file)))
        }
        return (map, report, diagnostics)
    }

    static func pageIndex(named wanted: String, in pages: [DiagramPage]) -> Int? {
        if let index = pages.firstIndex(where: { $0.name == wanted || $0.id == wanted }) { return index }
        if let number = Int(wanted), number >= 1, number <= pages.count { return number - 1 }
        return nil
    }

    static func baseName(_ file: String) -> String {
        var name = URL(fileURLWithPath: file).lastPathComponent
        while let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

/// A band of the grid: a column (x range) or a row (y range) with its header.
struct Band {
    var title: String
    var start: Double
    var end: Double
    /// The header shapes that named the band.
    var headerIDs: [String]
    /// The header's own position, for ordering.
    var position: Double

    func contains(_ value: Double) -> Bool { value >= start && value < end }
}

/// The recognition of one page.
struct PageRecognition {
    let page: DiagramPage
    let format: String
    let options: RecognitionOptions
    let file: String?

    var map: JourneyMap
    var unplaced: [ImportReport.UnplacedLabel] = []
    var diagnostics: [Diagnostic] = []
    var layout = "none"
    var stagesAsRows = false
    var titleFromLabel = false
    /// How well the page reads as a journey map: items placed, plus headers.
    var score = 0

    private var used: Set<String> = []
    /// The position of each shape in `page.shapes`, by identifier.
    private var positionByID: [String: Int] = [:]
    /// The positions of each container's children in `page.shapes`.
    private var childrenByParent: [String: [Int]] = [:]

    init(page: DiagramPage, format: String, options: RecognitionOptions, file: String?) {
        self.page = page
        self.format = format
        self.options = options
        self.file = file
        map = JourneyMap(id: Identifiers.slug(page.name, fallback: "imported-map"), title: page.name)
        for (position, shape) in page.shapes.enumerated() {
            positionByID[shape.id] = position
            if let parent = shape.parentID { childrenByParent[parent, default: []].append(position) }
        }
        recognize()
    }

    // MARK: - Finding the grid

    private mutating func recognize() {
        var columns: [Band] = []
        var rows: [Band] = []
        var cellTexts: [(shape: DiagramShape, lines: Bool)] = []

        if let table = findTable() {
            layout = "table"
            (columns, rows, cellTexts) = table
        } else if let lanes = findSwimlanes() {
            layout = "swimlanes"
            (columns, rows) = lanes
        }
        if columns.isEmpty || rows.isEmpty {
            let loose = findLooseHeaders(knownColumns: columns, knownRows: rows)
            if columns.isEmpty { columns = loose.columns }
            if rows.isEmpty { rows = loose.rows }
            if layout == "none" && (!columns.isEmpty || !rows.isEmpty) { layout = "shapes" }
        }
        // Loose shapes make a journey map only when some header reads like one; otherwise the page
        // is another kind of diagram (a flowchart), and its labels are kept as notes.
        if layout == "shapes" {
            let titles = (columns + rows).map(\.title)
            if !titles.contains(where: { LaneKind.recognizing(title: $0) != nil || Stage.isCommonName($0) }) {
                for band in columns + rows {
                    for id in band.headerIDs { used.remove(id) }
                }
                columns = []
                rows = []
                layout = "none"
            }
        }
        guard !columns.isEmpty || !rows.isEmpty else {
            finishOutsideGrid(gridTop: nil, gridLeft: nil)
            return
        }
        decideOrientation(columns: columns, rows: rows)
        var stageBands = stagesAsRows ? rows : columns
        var laneBands = stagesAsRows ? columns : rows
        if stageBands.isEmpty {
            stageBands = [Band(title: "Journey", start: -.infinity, end: .infinity, headerIDs: [], position: 0)]
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-stages",
                    "page '\(page.name)': no stage headers found; all items are placed in one stage 'Journey'",
                    location: SourceLocation(file: file, detail: "page \(page.name)")))
        }
        if laneBands.isEmpty {
            laneBands = [Band(title: "Notes", start: -.infinity, end: .infinity, headerIDs: [], position: 0)]
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-lanes",
                    "page '\(page.name)': no lane headers found; all items are placed in one lane 'Notes'",
                    location: SourceLocation(file: file, detail: "page \(page.name)")))
        }
        buildStagesAndLanes(stageBands: stageBands, laneBands: laneBands)
        placeItems(stageBands: stageBands, laneBands: laneBands, cellTexts: cellTexts)
        let top = (stagesAsRows ? laneBands : stageBands).compactMap { band in
            band.headerIDs.compactMap { shape(withID: $0)?.bounds?.y }.min()
        }.min()
        let left = (stagesAsRows ? stageBands : laneBands).compactMap { band in
            band.headerIDs.compactMap { shape(withID: $0)?.bounds?.x }.min()
        }.min()
        placeTransitions()
        finishOutsideGrid(gridTop: top, gridLeft: left)
        score = map.allItems.count * 2 + map.stages.count + map.lanes.count
    }

    /// A table (`shape=table`): its first row and column (or the ones named in the options) are the
    /// headers; its other cells hold items, one per line.
    private mutating func findTable() -> (columns: [Band], rows: [Band], cells: [(shape: DiagramShape, lines: Bool)])? {
        let tables = page.shapes.filter { $0.kind == .table && $0.bounds != nil }
        guard let table = tables.max(by: { ($0.bounds?.area ?? 0) < ($1.bounds?.area ?? 0) }) else { return nil }
        let tableRows = children(of: table.id).sorted { $0.bounds!.y < $1.bounds!.y }
        let grid: [[DiagramShape]] = tableRows.map { row in children(of: row.id).sorted { $0.bounds!.x < $1.bounds!.x }
        }
        guard grid.count >= 2, grid.allSatisfy({ !$0.isEmpty }) else { return nil }
        used.insert(table.id)
        for row in tableRows { used.insert(row.id) }
        if !table.text.isBlank { noteTitleCandidate(table) }
        let headerRowIndex = min(max((options.headerRow ?? 1) - 1, 0), grid.count - 1)
        let headerColumnIndex = max((options.headerColumn ?? 1) - 1, 0)

        var columns: [Band] = []
        for (index, cell) in grid[headerRowIndex].enumerated() where index != headerColumnIndex {
            used.insert(cell.id)
            let bounds = cell.bounds!
            columns.append(
                Band(title: cell.text, start: bounds.x, end: bounds.maxX, headerIDs: [cell.id], position: bounds.x))
        }
        var rows: [Band] = []
        var cells: [(shape: DiagramShape, lines: Bool)] = []
        for (rowIndex, row) in grid.enumerated() where rowIndex != headerRowIndex {
            if headerColumnIndex < row.count {
                let header = row[headerColumnIndex]
                used.insert(header.id)
                let bounds = tableRows[rowIndex].bounds!
                rows.append(
                    Band(
                        title: header.text, start: bounds.y, end: bounds.maxY, headerIDs: [header.id],
                        position: bounds.y))
            }
            for (columnIndex, cell) in row.enumerated() where columnIndex != headerColumnIndex {
                cells.append((cell, true))
            }
        }
        for cell in grid[headerRowIndex].enumerated()
        where cell.offset == headerColumnIndex && !cell.element.text.isBlank {
            unplaced.append(note(cell.element, reason: "corner header of the table"))
            used.insert(cell.element.id)
        }
        // Let the bands meet, so loose shapes drawn over the table are placed too.
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        return (columns, rows, cells)
    }

    private func shape(withID id: String) -> DiagramShape? {
        positionByID[id].map { page.shapes[$0] }
    }

    /// The children of a shape that have geometry, in document order.
    private func children(of id: String) -> [DiagramShape] {
        (childrenByParent[id] ?? []).map { page.shapes[$0] }.filter { $0.bounds != nil }
    }

    /// Swimlanes as rows and columns of the grid.
    ///
    /// Lanes with the title band at the left run as rows, lanes with the title band on top run as
    /// columns. Swimlanes that hold other swimlanes (pools) only give a title.
    private mutating func findSwimlanes() -> (columns: [Band], rows: [Band])? {
        let swimlanes = page.shapes.filter { $0.kind == .swimlane && $0.bounds != nil }
        guard !swimlanes.isEmpty else { return nil }
        let swimlaneParents = Set(swimlanes.compactMap(\.parentID))
        let leaves = swimlanes.filter { !swimlaneParents.contains($0.id) }
        let pools = swimlanes.filter { swimlaneParents.contains($0.id) }
        for pool in pools {
            used.insert(pool.id)
            if !pool.text.isBlank { noteTitleCandidate(pool) }
        }
        var columns: [Band] = []
        var rows: [Band] = []
        for lane in leaves {
            let bounds = lane.bounds!
            used.insert(lane.id)
            if lane.isHorizontal == true {
                rows.append(
                    Band(title: lane.text, start: bounds.y, end: bounds.maxY, headerIDs: [lane.id], position: bounds.y))
            } else {
                columns.append(
                    Band(title: lane.text, start: bounds.x, end: bounds.maxX, headerIDs: [lane.id], position: bounds.x))
            }
        }
        columns.sort { $0.position < $1.position }
        rows.sort { $0.position < $1.position }
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        return (columns, rows)
    }

    /// Loose shapes laid out as a grid: the top row of aligned shapes names the columns, the left
    /// column of aligned shapes names the rows.
    private mutating func findLooseHeaders(knownColumns: [Band], knownRows: [Band]) -> (columns: [Band], rows: [Band]) {
        let candidates = page.shapes.filter {
            !used.contains($0.id) && !$0.text.isBlank && $0.bounds != nil && $0.kind != .table && $0.kind != .tableRow
                && $0.kind != .swimlane && !isPersonaCard($0)
        }
        guard candidates.count >= 2 else { return ([], []) }
        let heights = candidates.map { $0.bounds!.height }.sorted()
        let widths = candidates.map { $0.bounds!.width }.sorted()
        let rowTolerance = max(8, heights[heights.count / 2] * 0.5)
        let columnTolerance = max(8, widths[widths.count / 2] * 0.25)

        let rowClusters = Self.clusters(candidates, tolerance: rowTolerance) { $0.bounds!.midY }
        let columnClusters = Self.clusters(candidates, tolerance: columnTolerance) { $0.bounds!.midX }

        var headerRow: [DiagramShape] = []
        var headerColumn: [DiagramShape] = []
        if knownColumns.isEmpty {
            let multi = rowClusters.filter { $0.count >= 2 }
            let index = min(max((options.headerRow ?? 1) - 1, 0), max(multi.count - 1, 0))
            if !multi.isEmpty { headerRow = multi[index].sorted { $0.bounds!.x < $1.bounds!.x } }
        }
        if knownRows.isEmpty {
            let multi = columnClusters.filter { $0.count >= 2 }
            let index = min(max((options.headerColumn ?? 1) - 1, 0), max(multi.count - 1, 0))
            if !multi.isEmpty { headerColumn = multi[index].sorted { $0.bounds!.y < $1.bounds!.y } }
        }
        // The shape where the header row and column meet is a corner label, not a header.
        if let corner = headerRow.first, headerColumn.contains(where: { $0.id == corner.id }) {
            headerRow.removeFirst()
            headerColumn.removeAll { $0.id == corner.id }
            unplaced.append(note(corner, reason: "corner header of the grid"))
            used.insert(corner.id)
        }
        // A header column lies left of the header row and a header row above the header column.
        let rowShapes = headerRow
        let columnShapes = headerColumn
        if let firstRowX = rowShapes.map({ $0.bounds!.x }).min() {
            headerColumn.removeAll { $0.bounds!.midX > firstRowX }
        }
        if let firstColumnY = columnShapes.map({ $0.bounds!.y }).min() {
            headerRow.removeAll { $0.bounds!.midY > firstColumnY }
        }
        if let columnRight = headerColumn.map({ $0.bounds!.maxX }).max() {
            headerRow.removeAll { $0.bounds!.midX < columnRight }
        }
        if let rowBottom = headerRow.map({ $0.bounds!.maxY }).max() {
            headerColumn.removeAll { $0.bounds!.midY < rowBottom }
        }
        if headerRow.count < 2 { headerRow = [] }
        if headerColumn.count < 2 { headerColumn = [] }

        var columns = headerRow.map { shape -> Band in
            used.insert(shape.id)
            return Band(
                title: shape.text, start: shape.bounds!.x, end: shape.bounds!.maxX, headerIDs: [shape.id],
                position: shape.bounds!.x)
        }
        var rows = headerColumn.map { shape -> Band in
            used.insert(shape.id)
            return Band(
                title: shape.text, start: shape.bounds!.y, end: shape.bounds!.maxY, headerIDs: [shape.id],
                position: shape.bounds!.y)
        }
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        // The grid begins below the header row and right of the header column.
        if let first = columns.first, let headerRight = headerColumn.map({ $0.bounds!.maxX }).max() {
            columns[0].start = min(first.start, headerRight)
        }
        if let first = rows.first, let headerBottom = headerRow.map({ $0.bounds!.maxY }).max() {
            rows[0].start = min(first.start, headerBottom)
        }
        return (columns, rows)
    }

    /// Groups shapes whose coordinate (from `value`) lies within `tolerance` of the group's first,
    /// in increasing order of the coordinate.
    static func clusters(_ shapes: [DiagramShape], tolerance: Double, by value: (DiagramShape) -> Double)
        -> [[DiagramShape]]
    {
        let sorted = shapes.sorted { value($0) < value($1) }
        var result: [[DiagramShape]] = []
        var anchor = -Double.infinity
        for shape in sorted {
            if value(shape) - anchor <= tolerance, !result.isEmpty {
                result[result.count - 1].append(shape)
            } else {
                result.append([shape])
                anchor = value(shape)
            }
        }
        return result
    }

    /// Extends bands so that neighbours meet halfway and the outer ones reach outwards.
    static func closeGaps(_ bands: inout [Band]) {
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
        bands[bands.count - 1].end = .infinity
    }

    /// Stages are columns unless the options say otherwise or the headers' texts say so: lane
    /// titles across the top or stage names down the side.
    private mutating func decideOrientation(columns: [Band], rows: [Band]) {
        switch options.orientation {
        case .stagesAsColumns: stagesAsRows = false
        case .stagesAsRows: stagesAsRows = true
        case .automatic:
            func laneScore(_ bands: [Band]) -> Int {
                bands.filter { LaneKind.recognizing(title: $0.title) != nil }.count
            }
            func stageScore(_ bands: [Band]) -> Int { bands.filter { Stage.isCommonName($0.title) }.count }
            let usual = laneScore(rows) + stageScore(columns)
            let transposed = laneScore(columns) + stageScore(rows)
            stagesAsRows = transposed > usual
        }
    }

    // MARK: - Building the map

    private mutating func buildStagesAndLanes(stageBands: [Band], laneBands: [Band]) {
        var ids = Set<String>()
        func unique(_ base: String) -> String {
            var candidate = base
            var number = 2
            while ids.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            ids.insert(candidate)
            return candidate
        }
        // A header's first line names the stage or lane; further lines describe it.
        func split(_ title: String) -> (name: String, rest: String?) {
            let lines = title.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let first = lines.first else { return ("", nil) }
            return (first, lines.count > 1 ? lines.dropFirst().joined(separator: "\n") : nil)
        }
        func identifier(_ name: String, fallback: String) -> String {
            let slug = Identifiers.slug(name, fallback: fallback)
            guard slug.count > 40 else { return slug }
            let cut = slug.prefix(40)
            return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        map.stages = stageBands.map { band in
            let (name, rest) = split(band.title)
            var stage = Stage(
                id: unique(identifier(name, fallback: "stage")), name: name.isEmpty ? "Stage" : name, goal: rest)
            if let header = band.headerIDs.first.flatMap({ shape(withID: $0) }) {
                keepSource(of: header, in: &stage.extensions)
            }
            return stage
        }
        map.lanes = laneBands.map { band in
            let (name, rest) = split(band.title)
            let title = name.isEmpty ? "Lane" : name
            let kind = LaneKind.recognizing(title: title) ?? LaneKind(rawValue: identifier(title, fallback: "lane"))
            var lane = Lane(
                id: unique(identifier(title, fallback: "lane")), kind: kind, title: title, description: rest)
            if let header = band.headerIDs.first.flatMap({ shape(withID: $0) }) {
                keepSource(of: header, in: &lane.extensions)
            }
            return lane
        }
    }

    private mutating func placeItems(
        stageBands: [Band], laneBands: [Band], cellTexts: [(shape: DiagramShape, lines: Bool)]
    ) {
        var counters: [String: Int] = [:]
        let cellIDs = Set(cellTexts.map(\.shape.id))
        var emotionPoints: [(stage: Int, item: Item, y: Double)] = []

        func place(_ shape: DiagramShape, splittingLines: Bool) -> Bool {
            guard let bounds = shape.bounds else { return false }
            let (columnValue, rowValue) = (bounds.midX, bounds.midY)
            let stageValue = stagesAsRows ? rowValue : columnValue
            let laneValue = stagesAsRows ? columnValue : rowValue
            guard var stageIndex = stageBands.firstIndex(where: { $0.contains(stageValue) }),
                let laneIndex = laneBands.firstIndex(where: { $0.contains(laneValue) })
            else { return false }
            let spanned = spannedStages(bounds, stageBands: stageBands)
            // A shape spanning stages is kept once, in the first stage it covers.
            if spanned.count > 1, let first = spanned.first { stageIndex = first }
            let lane = map.lanes[laneIndex]
            let texts: [String] =
                splittingLines
                ? shape.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
                : [shape.text]
            // Unlabelled markers in the emotion lane are points of the curve.
            if texts.isEmpty || texts == [""] {
                guard lane.kind == .emotions, shape.kind == .shape else { return false }
                let band = laneBands[laneIndex]
                guard band.start.isFinite, band.end.isFinite, band.end > band.start else { return false }
                let value = 2 - 4 * (laneValue - band.start) / (band.end - band.start)
                var item = Item(
                    kind: .emotion, laneID: lane.id, text: "", score: EmotionScore((value * 100).rounded() / 100))
                keepSource(of: shape, in: &item.extensions)
                emotionPoints.append((stageIndex, item, laneValue))
                return true
            }
            for text in texts {
                let stageID = map.stages[stageIndex].id
                counters["\(stageID)|\(lane.id)", default: 0] += 1
                var item = Item(
                    id: "\(stageID)-\(lane.id)-\(counters["\(stageID)|\(lane.id)"]!)",
                    kind: itemKind(for: text, in: lane),
                    laneID: lane.id, text: text)
                if lane.kind == .emotions || item.kind == .emotion {
                    item.score = EmotionScore(recognizing: text)
                    if item.score == nil {
                        let band = laneBands[laneIndex]
                        if band.start.isFinite, band.end.isFinite, band.end > band.start, shape.kind != .tableCell {
                            let value = 2 - 4 * (laneValue - band.start) / (band.end - band.start)
                            item.score = EmotionScore((min(2, max(-2, value)) * 100).rounded() / 100)
                        }
                    }
                }
                if lane.kind == .touchpoints { item.channel = Self.channel(in: text) }
                keepSource(of: shape, in: &item.extensions)
                if spanned.count > 1 {
                    item.extensions[JourneyRecognizer.namespace, "spans"] = spanned.map { map.stages[$0].id }.joined(
                        separator: " ")
                }
                map.stages[stageIndex].items.append(item)
            }
            return true
        }

        for (shape, lines) in cellTexts {
            used.insert(shape.id)
            if shape.text.isBlank { continue }
            if !place(shape, splittingLines: lines) {
                unplaced.append(note(shape, reason: "table cell outside the grid"))
            }
        }
        for shape in page.shapes where !used.contains(shape.id) && !cellIDs.contains(shape.id) {
            if shape.text.isBlank && shape.kind != .shape { continue }
            if shape.kind == .container || shape.kind == .table || shape.kind == .tableRow {
                if shape.text.isBlank { continue }
            }
            if shape.text.isBlank {
                // Only emotion markers are placed without text; other unlabelled shapes are decoration.
                if place(shape, splittingLines: false) { used.insert(shape.id) }
                continue
            }
            if isPersonaCard(shape) { continue }
            if place(shape, splittingLines: false) { used.insert(shape.id) }
        }
        // Curve points become emotion items, numbered after the labelled ones.
        for point in emotionPoints.sorted(by: { $0.stage < $1.stage }) {
            var item = point.item
            let stageID = map.stages[point.stage].id
            counters["\(stageID)|\(item.laneID)", default: 0] += 1
            item.id = "\(stageID)-\(item.laneID)-\(counters["\(stageID)|\(item.laneID)"]!)"
            map.stages[point.stage].items.append(item)
        }
        for (index, stage) in map.stages.enumerated() {
            for item in stage.items where item.extensions[JourneyRecognizer.namespace, "spans"] != nil {
                diagnostics.append(
                    Diagnostic(
                        .note, code: "import-spanning",
                        "'\(item.text)' spans the stages \(item.extensions[JourneyRecognizer.namespace, "spans"]!); it is kept once, in '\(stage.name)'",
                        at: .item(item.id, inStage: map.stages[index].id),
                        location: SourceLocation(file: file, detail: "page \(page.name)")))
            }
        }
    }

    private func spannedStages(_ bounds: DiagramRect, stageBands: [Band]) -> [Int] {
        let (start, end) = stagesAsRows ? (bounds.y, bounds.maxY) : (bounds.x, bounds.maxX)
        let length = end - start
        guard length > 0 else { return [] }
        return stageBands.indices.filter { index in
            let overlap = min(end, stageBands[index].end) - max(start, stageBands[index].start)
            return overlap > length * 0.25
        }
    }

    private func itemKind(for text: String, in lane: Lane) -> ItemKind {
        switch lane.kind {
        case .thoughts where text.hasSuffix("?"): return .question
        case .opportunities
        where text.range(of: "moment of truth", options: .caseInsensitive) != nil
            || text.range(of: "key moment", options: .caseInsensitive) != nil:
            return .keyMoment
        default: return lane.kind.defaultItemKind
        }
    }

    /// The channel a touchpoint's text names, if any.
    static func channel(in text: String) -> Channel? {
        let words = Set(TitleWords.of(text))
        let table: [(Set<String>, Channel)] = [
            (["email", "e", "mail", "newsletter"], .email), (["phone", "call", "hotline", "telephone"], .phone),
            (["store", "shop", "showroom", "branch", "dealer", "dealership"], .store),
            (["website", "web", "online", "site", "landing"], .web), (["app", "mobile"], .app),
            (["chat", "chatbot"], .chat),
            (["instagram", "facebook", "linkedin", "social", "twitter", "tiktok", "youtube"], .social),
            (["event", "fair", "conference", "webinar"], .event),
            (["sales", "rep", "representative", "account"], .salesRep),
            (["ad", "ads", "advert", "advertising", "banner", "billboard"], .advertising),
            (["google", "search", "seo"], .search),
        ]
        if words.contains("email") || (words.contains("e") && words.contains("mail")) { return .email }
        for (keys, channel) in table where channel != .email && !keys.isDisjoint(with: words) { return channel }
        return nil
    }

    /// Transitions from connectors whose ends lie in different stages.
    private mutating func placeTransitions() {
        var stageOfShape: [String: String] = [:]
        let emotionLanes = Set(map.lanes.filter { $0.kind == .emotions }.map(\.id))
        for (index, stage) in map.stages.enumerated() {
            // Connectors between emotion points draw the curve; they are no transitions.
            for item in stage.items where !emotionLanes.contains(item.laneID) {
                if let source = item.extensions[format, "id"] { stageOfShape[source] = map.stages[index].id }
            }
            if let header = stage.extensions[format, "id"] { stageOfShape[header] = stage.id }
        }
        var ids = Set<String>()
        for edge in page.edges {
            guard let source = edge.sourceID.flatMap({ stageOfShape[$0] }),
                let target = edge.targetID.flatMap({ stageOfShape[$0] }),
                source != target
            else { continue }
            var id = "\(source)-to-\(target)"
            var number = 2
            while ids.contains(id) {
                id = "\(source)-to-\(target)-\(number)"
                number += 1
            }
            ids.insert(id)
            var transition = Transition(id: id, from: source, to: target, label: edge.text.isBlank ? nil : edge.text)
            transition.extensions[format, "id"] = edge.id
            map.transitions.append(transition)
            used.insert("edge:" + edge.id)
        }
    }

    /// Shapes outside the grid: persona cards, the title, and notes.
    private mutating func finishOutsideGrid(gridTop: Double?, gridLeft: Double?) {
        // Data a tool keeps on the diagram's root (draw.io's root wrapper) belongs to the map.
        for shape in page.shapes where shape.kind == .container && shape.shapeName == "root" && shape.bounds == nil {
            for (key, value) in shape.attributes { map.extensions[format, "document." + key] = value }
        }
        var titleShape: DiagramShape?
        let remaining = page.shapes.filter { !used.contains($0.id) && !$0.text.isBlank }
        for shape in remaining where isPersonaCard(shape) {
            addPersona(from: shape)
        }
        let rest = remaining.filter { !used.contains($0.id) }
        // The title: the topmost label above the grid (or the topmost label when there is no grid).
        let gridRight = page.shapes.filter { used.contains($0.id) }.compactMap { $0.bounds?.maxX }.max()
        let aboveGrid = rest.filter { shape in
            guard let bounds = shape.bounds else { return false }
            guard let gridTop else { return layout == "none" }
            // Above the grid and overlapping it horizontally: a far-away note is no title.
            let left = gridLeft ?? -.infinity
            let right = gridRight ?? .infinity
            return bounds.maxY <= gridTop + 1 && bounds.maxX > left && bounds.x < right
        }
        if let candidate = (aboveGrid.isEmpty ? titleCandidates : aboveGrid + titleCandidates)
            .min(by: {
                ($0.bounds?.y ?? .infinity, $0.bounds?.x ?? .infinity) < (
                    $1.bounds?.y ?? .infinity, $1.bounds?.x ?? .infinity
                )
            })
        {
            titleShape = candidate
            map.title = candidate.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            titleFromLabel = true
            used.insert(candidate.id)
            keepSource(of: candidate, in: &map.extensions, prefix: "title-")
        }
        for shape in page.shapes where !used.contains(shape.id) && !shape.text.isBlank && shape.id != titleShape?.id {
            let inGrid = gridTop.map { (shape.bounds?.midY ?? 0) > $0 } ?? false
            let reason =
                layout == "none"
                ? "no journey map grid on the page" : inGrid ? "no stage or lane contains it" : "outside the grid"
            unplaced.append(note(shape, reason: reason))
            used.insert(shape.id)
        }
        for edge in page.edges where !used.contains("edge:" + edge.id) && !edge.text.isBlank {
            let middle = edge.points.isEmpty ? nil : edge.points[edge.points.count / 2]
            unplaced.append(
                .init(
                    text: edge.text, page: page.name, x: middle?.x, y: middle?.y,
                    reason: "connector label not between two stages"))
        }
    }

    private var titleCandidates: [DiagramShape] = []

    private mutating func noteTitleCandidate(_ shape: DiagramShape) {
        titleCandidates.append(shape)
    }

    /// A persona card: a stick figure, a shape with a `persona` attribute, or text that starts with
    /// "Persona".
    private func isPersonaCard(_ shape: DiagramShape) -> Bool {
        if shape.text.isBlank { return false }
        if let name = shape.shapeName, name.range(of: "actor", options: .caseInsensitive) != nil { return true }
        if !shape.attributes.isEmpty, shape.attributes.keys.contains(where: { $0.lowercased() == "persona" }) {
            return true
        }
        return shape.text.prefix(7).lowercased() == "persona"
    }

    private mutating func addPersona(from shape: DiagramShape) {
        used.insert(shape.id)
        var lines = shape.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        var name = lines.isEmpty ? "Persona" : lines.removeFirst()
        let lowered = name.lowercased()
        if lowered.hasPrefix("persona") {
            name = String(name.dropFirst("persona".count)).trimmingCharacters(in: CharacterSet(charactersIn: " :–-"))
            if name.isEmpty, !lines.isEmpty { name = lines.removeFirst() }
        }
        if name.isEmpty { name = "Persona" }
        var id = Identifiers.slug(name, fallback: "persona")
        var number = 2
        while map.personas.contains(where: { $0.id == id }) {
            id = "\(Identifiers.slug(name, fallback: "persona"))-\(number)"
            number += 1
        }
        var persona = Persona(id: id, name: name, description: lines.isEmpty ? nil : lines.joined(separator: "\n"))
        if let role = shape.attributes.first(where: { $0.key.lowercased() == "role" })?.value { persona.role = role }
        keepSource(of: shape, in: &persona.extensions)
        map.personas.append(persona)
    }

    // MARK: - Keeping the source

    /// Keeps the source's identifier, style, custom attributes and rich label as extension data.
    private func keepSource(of shape: DiagramShape, in extensions: inout ExtensionData, prefix: String = "") {
        extensions[format, prefix + "id"] = shape.id
        if !shape.style.isEmpty {
            extensions[format, prefix + "style"] = shape.style.keys.sorted().map { key in
                shape.style[key]!.isEmpty ? key : "\(key)=\(shape.style[key]!)"
            }.joined(separator: ";")
        }
        if let raw = shape.rawText { extensions[format, prefix + "label"] = raw }
        for (key, value) in shape.attributes { extensions[format, prefix + "attribute." + key] = value }
        if let bounds = shape.bounds {
            extensions[format, prefix + "bounds"] = [bounds.x, bounds.y, bounds.width, bounds.height]
                .map { NumberText.format(($0 * 100).rounded() / 100) }.joined(separator: " ")
        }
    }

    private func note(_ shape: DiagramShape, reason: String) -> ImportReport.UnplacedLabel {
        .init(text: shape.text, page: page.name, x: shape.bounds?.midX, y: shape.bounds?.midY, reason: reason)
    }
}
