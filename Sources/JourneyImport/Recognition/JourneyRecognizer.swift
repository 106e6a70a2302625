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
        var notes: [(namespace: String, key: String, value: String)] = []
        notes.reserveCapacity(unplaced.count * 3)
        for (number, note) in unplaced.enumerated() {
            let key = "unplaced-\(number + 1)"
            var position = "page '\(note.page)'"
            if let x = note.x, let y = note.y {
                position += " at x=\(NumberText.format(x.rounded())), y=\(NumberText.format(y.rounded()))"
            }
            notes += [(Self.namespace, key, note.text), (Self.namespace, key + "-position", position)]
            notes.append((Self.namespace, key + "-reason", note.reason))
        }
        map.extensions.merge(notes)
        var labels = 0
        for page in pages {
            if let best, page.id == best.page.id && page.name == best.page.name {
                labels += best.labels
                continue
            }
            for position in page.shapes.indices where !page.shapes[position].text.isBlank { labels += 1 }
            for position in page.edges.indices where !page.edges[position].text.isBlank { labels += 1 }
        }
        let report = ImportReport(
            format: diagram.format, page: best?.page.name, layout: best?.layout ?? "none",
            orientation: best?.stagesAsRows == true ? "rows" : "columns", labels: labels, stages: map.stages.count,
            lanes: map.lanes.count, items: map.stages.reduce(0) { $0 + $1.items.count }, personas: map.personas.count,
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
    /// The positions (in the page's shapes) of the header shapes that named the band.
    var headers: [Int]
    /// The header's own position, for ordering.
    var position: Double

    func contains(_ value: Double) -> Bool { value >= start && value < end }
}

/// The recognition of one page.
///
/// Shapes are referred to by their position in `page.shapes`: pages can hold hundreds of thousands
/// of them, and copying shapes or hashing their identifiers would dominate the time.
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
    /// How many shapes and connectors have a label.
    private(set) var labels = 0

    /// Whether each shape has found its place (or is decoration that needs none).
    private var used: [Bool]
    /// Whether each shape's label is empty or only white space.
    private let blank: [Bool]
    /// Whether each connector became a transition.
    private var usedEdges: [Bool]
    /// The positions of each container's children.
    private var childrenByParent: [String: [Int]] = [:]
    /// The shapes that might name the map.
    private var titleCandidates: [Int] = []
    /// For each shape placed as an item outside the emotion lanes, the stage it is in (−1 for none).
    private var stageOfShape: [Int32]

    init(page: DiagramPage, format: String, options: RecognitionOptions, file: String?) {
        self.page = page
        self.format = format
        self.options = options
        self.file = file
        map = JourneyMap(id: Identifiers.slug(page.name, fallback: "imported-map"), title: page.name)
        used = [Bool](repeating: false, count: page.shapes.count)
        usedEdges = [Bool](repeating: false, count: page.edges.count)
        stageOfShape = [Int32](repeating: -1, count: page.shapes.count)
        var blank = [Bool](repeating: true, count: page.shapes.count)
        for position in page.shapes.indices {
            if !page.shapes[position].text.isBlank {
                blank[position] = false
                labels += 1
            }
            if let parent = page.shapes[position].parentID {
                childrenByParent[parent, default: []].append(position)
            }
        }
        self.blank = blank
        labels += page.edges.reduce(0) { $0 + ($1.text.isBlank ? 0 : 1) }
        recognize()
    }

    private func bounds(_ position: Int) -> DiagramRect? { page.shapes[position].bounds }

    // MARK: - Finding the grid

    private mutating func recognize() {
        var columns: [Band] = []
        var rows: [Band] = []
        var cellTexts: [Int] = []

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
                    for header in band.headers { used[header] = false }
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
            stageBands = [Band(title: "Journey", start: -.infinity, end: .infinity, headers: [], position: 0)]
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-stages",
                    "page '\(page.name)': no stage headers found; all items are placed in one stage 'Journey'",
                    location: SourceLocation(file: file, detail: "page \(page.name)")))
        }
        if laneBands.isEmpty {
            laneBands = [Band(title: "Notes", start: -.infinity, end: .infinity, headers: [], position: 0)]
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-lanes",
                    "page '\(page.name)': no lane headers found; all items are placed in one lane 'Notes'",
                    location: SourceLocation(file: file, detail: "page \(page.name)")))
        }
        buildStagesAndLanes(stageBands: stageBands, laneBands: laneBands)
        placeItems(stageBands: stageBands, laneBands: laneBands, cellTexts: cellTexts)
        let top = (stagesAsRows ? laneBands : stageBands).compactMap { band in
            band.headers.compactMap { bounds($0)?.y }.min()
        }.min()
        let left = (stagesAsRows ? stageBands : laneBands).compactMap { band in
            band.headers.compactMap { bounds($0)?.x }.min()
        }.min()
        placeTransitions()
        finishOutsideGrid(gridTop: top, gridLeft: left)
        score = map.stages.reduce(0) { $0 + $1.items.count } * 2 + map.stages.count + map.lanes.count
    }

    /// A table (`shape=table`): its first row and column (or the ones named in the options) are the
    /// headers; its other cells hold items, one per line.
    private mutating func findTable() -> (columns: [Band], rows: [Band], cells: [Int])? {
        var table: Int?
        for position in page.shapes.indices where page.shapes[position].kind == .table {
            guard let area = bounds(position)?.area else { continue }
            if table == nil || area > bounds(table!)!.area { table = position }
        }
        guard let table else { return nil }
        let tableRows = children(of: table).sorted { bounds($0)!.y < bounds($1)!.y }
        let grid: [[Int]] = tableRows.map { row in children(of: row).sorted { bounds($0)!.x < bounds($1)!.x } }
        guard grid.count >= 2, grid.allSatisfy({ !$0.isEmpty }) else { return nil }
        used[table] = true
        for row in tableRows { used[row] = true }
        if !blank[table] { titleCandidates.append(table) }
        let headerRowIndex = min(max((options.headerRow ?? 1) - 1, 0), grid.count - 1)
        let headerColumnIndex = max((options.headerColumn ?? 1) - 1, 0)

        var columns: [Band] = []
        for (index, cell) in grid[headerRowIndex].enumerated() where index != headerColumnIndex {
            used[cell] = true
            let cellBounds = bounds(cell)!
            columns.append(
                Band(
                    title: page.shapes[cell].text, start: cellBounds.x, end: cellBounds.maxX, headers: [cell],
                    position: cellBounds.x))
        }
        var rows: [Band] = []
        var cells: [Int] = []
        for (rowIndex, row) in grid.enumerated() where rowIndex != headerRowIndex {
            if headerColumnIndex < row.count {
                let header = row[headerColumnIndex]
                used[header] = true
                let rowBounds = bounds(tableRows[rowIndex])!
                rows.append(
                    Band(
                        title: page.shapes[header].text, start: rowBounds.y, end: rowBounds.maxY, headers: [header],
                        position: rowBounds.y))
            }
            for (columnIndex, cell) in row.enumerated() where columnIndex != headerColumnIndex {
                cells.append(cell)
            }
        }
        for (index, cell) in grid[headerRowIndex].enumerated() where index == headerColumnIndex && !blank[cell] {
            unplaced.append(note(cell, reason: "corner header of the table"))
            used[cell] = true
        }
        // Let the bands meet, so loose shapes drawn over the table are placed too.
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        return (columns, rows, cells)
    }

    /// The children of a shape that have geometry, in document order.
    private func children(of position: Int) -> [Int] {
        (childrenByParent[page.shapes[position].id] ?? []).filter { bounds($0) != nil }
    }

    /// Swimlanes as rows and columns of the grid.
    ///
    /// Lanes with the title band at the left run as rows, lanes with the title band on top run as
    /// columns. Swimlanes that hold other swimlanes (pools) only give a title.
    private mutating func findSwimlanes() -> (columns: [Band], rows: [Band])? {
        let swimlanes = page.shapes.indices.filter { page.shapes[$0].kind == .swimlane && bounds($0) != nil }
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
            if shape.isHorizontal == true {
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
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        return (columns, rows)
    }

    /// Loose shapes laid out as a grid: the top row of aligned shapes names the columns, the left
    /// column of aligned shapes names the rows.
    private mutating func findLooseHeaders(knownColumns: [Band], knownRows: [Band]) -> (columns: [Band], rows: [Band]) {
        let shapes = page.shapes
        var candidates: [Int] = []
        for position in shapes.indices where !used[position] && !blank[position] && shapes[position].bounds != nil {
            let kind = shapes[position].kind
            if kind != .table && kind != .tableRow && kind != .swimlane && !Self.isPersonaCard(shapes[position]) {
                candidates.append(position)
            }
        }
        guard candidates.count >= 2 else { return ([], []) }
        let rowTolerance = max(8, Self.median(candidates.map { shapes[$0].bounds!.height }) * 0.5)
        let columnTolerance = max(8, Self.median(candidates.map { shapes[$0].bounds!.width }) * 0.25)

        var headerRow: [Int] = []
        var headerColumn: [Int] = []
        if knownColumns.isEmpty {
            headerRow = Self.multiCluster(
                number: options.headerRow ?? 1, of: candidates, tolerance: rowTolerance, by: { shapes[$0].bounds!.midY }
            ).sorted { shapes[$0].bounds!.x < shapes[$1].bounds!.x }
        }
        if knownRows.isEmpty {
            headerColumn = Self.multiCluster(
                number: options.headerColumn ?? 1, of: candidates, tolerance: columnTolerance,
                by: { shapes[$0].bounds!.midX }
            ).sorted { shapes[$0].bounds!.y < shapes[$1].bounds!.y }
        }
        // The shape where the header row and column meet is a corner label, not a header.
        if let corner = headerRow.first, headerColumn.contains(corner) {
            headerRow.removeFirst()
            headerColumn.removeAll { $0 == corner }
            unplaced.append(note(corner, reason: "corner header of the grid"))
            used[corner] = true
        }
        // A header column lies left of the header row and a header row above the header column.
        let rowShapes = headerRow
        let columnShapes = headerColumn
        if let firstRowX = rowShapes.map({ bounds($0)!.x }).min() {
            headerColumn.removeAll { bounds($0)!.midX > firstRowX }
        }
        if let firstColumnY = columnShapes.map({ bounds($0)!.y }).min() {
            headerRow.removeAll { bounds($0)!.midY > firstColumnY }
        }
        if let columnRight = headerColumn.map({ bounds($0)!.maxX }).max() {
            headerRow.removeAll { bounds($0)!.midX < columnRight }
        }
        if let rowBottom = headerRow.map({ bounds($0)!.maxY }).max() {
            headerColumn.removeAll { bounds($0)!.midY < rowBottom }
        }
        if headerRow.count < 2 { headerRow = [] }
        if headerColumn.count < 2 { headerColumn = [] }

        var columns = headerRow.map { position -> Band in
            let header = bounds(position)!
            return Band(
                title: page.shapes[position].text, start: header.x, end: header.maxX, headers: [position],
                position: header.x)
        }
        var rows = headerColumn.map { position -> Band in
            let header = bounds(position)!
            return Band(
                title: page.shapes[position].text, start: header.y, end: header.maxY, headers: [position],
                position: header.y)
        }
        for position in headerRow + headerColumn { used[position] = true }
        Self.closeGaps(&columns)
        Self.closeGaps(&rows)
        // The grid begins below the header row and right of the header column.
        if let first = columns.first, let headerRight = headerColumn.map({ bounds($0)!.maxX }).max() {
            columns[0].start = min(first.start, headerRight)
        }
        if let first = rows.first, let headerBottom = headerRow.map({ bounds($0)!.maxY }).max() {
            rows[0].start = min(first.start, headerBottom)
        }
        return (columns, rows)
    }

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

    /// The middle value (the upper of the two middle ones for an even count), found without sorting.
    static func median(_ values: [Double]) -> Double {
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
        var source = SourceKeeper(format: format)
        map.stages = stageBands.map { band in
            let (name, rest) = split(band.title)
            var stage = Stage(
                id: unique(identifier(name, fallback: "stage")), name: name.isEmpty ? "Stage" : name, goal: rest)
            if let header = band.headers.first {
                stage.extensions = source.extensions(for: page.shapes[header])
            }
            return stage
        }
        map.lanes = laneBands.map { band in
            let (name, rest) = split(band.title)
            let title = name.isEmpty ? "Lane" : name
            let kind = LaneKind.recognizing(title: title) ?? LaneKind(rawValue: identifier(title, fallback: "lane"))
            var lane = Lane(
                id: unique(identifier(title, fallback: "lane")), kind: kind, title: title, description: rest)
            if let header = band.headers.first {
                lane.extensions = source.extensions(for: page.shapes[header])
            }
            return lane
        }
    }

    /// What the placing of items needs to know of a lane, worked out once.
    private struct LaneFacts: Sendable {
        let id: String
        let kind: LaneKind
        let defaultItemKind: ItemKind
        /// The band's extent, when finite: where a shape sits in it gives an emotion's score.
        let start: Double
        let end: Double
        let hasExtent: Bool

        /// The score a position in the band stands for: +2 at the top, −2 at the bottom.
        func score(at value: Double) -> Double? {
            guard hasExtent else { return nil }
            return 2 - 4 * (value - start) / (end - start)
        }
    }

    /// Where a shape goes: the stage and lane, and the items it gives.
    ///
    /// Kept small, as there is one per shape.
    private struct Placement: Sendable {
        var position: Int32
        var stage: Int32
        var lane: Int32
        /// The number of the (first) item in its stage and lane.
        var number: Int32
        /// Where the (first) item goes among its stage's items.
        var slot: Int32
        /// The index of the placement's spans and lines in `PlacementDetails`, or −1.
        var detail: Int32
        /// Whether the shape is an unlabelled point of the emotion curve.
        var isCurvePoint: Bool
    }

    /// What few placements have: the stages a shape spans, the lines of a table cell.
    private struct PlacementDetail: Sendable {
        var spans: [Int]?
        var lines: [String]?
    }

    /// The items of every stage, each built in its place by whichever thread builds it.
    private final class StageSlots: @unchecked Sendable {
        private var buffers: [UnsafeMutableBufferPointer<Item>?]

        init(counts: [Int]) {
            buffers = counts.map { .allocate(capacity: $0) }
        }

        /// Puts an item in its slot; each slot is filled once, by one thread.
        func put(_ item: Item, stage: Int, slot: Int) {
            (buffers[stage]!.baseAddress! + slot).initialize(to: item)
        }

        /// Moves a stage's items, all slots filled, into an array, and lets go of the slots.
        func takeItems(of stage: Int) -> [Item] {
            guard let buffer = buffers[stage] else { return [] }
            buffers[stage] = nil
            defer { buffer.deallocate() }
            return [Item](unsafeUninitializedCapacity: buffer.count) { destination, count in
                if let base = buffer.baseAddress {
                    destination.baseAddress!.moveInitialize(from: base, count: buffer.count)
                }
                count = buffer.count
            }
        }

        deinit {
            // Stages not taken (none, once building finished) still hold their items.
            for case let buffer? in buffers {
                buffer.deinitialize()
                buffer.deallocate()
            }
        }
    }

    /// What building items from placements needs, shared by the threads that build them.
    private struct ItemFactory: Sendable {
        let page: DiagramPage
        let format: String
        let lanes: [LaneFacts]
        let stageIDs: [String]
        /// `stage-lane-` for every stage and lane, the start of item identifiers.
        let prefixes: [String]
        let details: [PlacementDetail]
        let stagesAsRows: Bool

        /// `prefix` followed by `number`, written at once.
        static func identifier(_ prefix: String, _ number: Int32) -> String {
            var prefix = prefix
            return prefix.withUTF8 { start in
                var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                return withUnsafeMutableBytes(of: &digits) { scratch in
                    var value = Int(number)
                    var count = 0
                    repeat {
                        scratch[scratch.count - 1 - count] = UInt8(ascii: "0") + UInt8(value % 10)
                        value /= 10
                        count += 1
                    } while value > 0 && count < scratch.count
                    return String(unsafeUninitializedCapacity: start.count + count) { buffer in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<start.count]).initialize(from: start)
                        for offset in 0..<count {
                            buffer[start.count + offset] = scratch[scratch.count - count + offset]
                        }
                        return start.count + count
                    }
                }
            }
        }

        func build(_ placements: ArraySlice<Placement>, into slots: StageSlots) {
            var source = SourceKeeper(format: format)
            for placement in placements {
                let position = Int(placement.position)
                let shapeKind = page.shapes[position].kind
                let lane = lanes[Int(placement.lane)]
                let stage = Int(placement.stage)
                let prefix = prefixes[stage * lanes.count + Int(placement.lane)]
                let detail = placement.detail >= 0 ? details[Int(placement.detail)] : nil
                // Where the shape's centre lies across the lanes.
                let laneValue = stagesAsRows ? page.shapes[position].bounds!.midX : page.shapes[position].bounds!.midY
                var extensions = source.extensions(for: page.shapes[position])
                if let spans = detail?.spans {
                    extensions[JourneyRecognizer.namespace, "spans"] = spans.map { stageIDs[$0] }.joined(separator: " ")
                }
                if placement.isCurvePoint {
                    let value = lane.score(at: laneValue) ?? 0
                    var point = Item(
                        id: Self.identifier(prefix, placement.number), kind: .emotion, laneID: lane.id, text: "",
                        score: EmotionScore((value * 100).rounded() / 100))
                    point.extensions = extensions
                    slots.put(point, stage: stage, slot: Int(placement.slot))
                    continue
                }
                for (offset, text) in (detail?.lines ?? [page.shapes[position].text]).enumerated() {
                    var item = Item(
                        id: Self.identifier(prefix, placement.number + Int32(offset)),
                        kind: PageRecognition.itemKind(for: text, in: lane), laneID: lane.id, text: text)
                    if lane.kind == .emotions || item.kind == .emotion {
                        item.score = EmotionScore(recognizing: text)
                        if item.score == nil, shapeKind != .tableCell, let value = lane.score(at: laneValue) {
                            item.score = EmotionScore((min(2, max(-2, value)) * 100).rounded() / 100)
                        }
                    }
                    if lane.kind == .touchpoints { item.channel = PageRecognition.channel(in: text) }
                    item.extensions = extensions
                    slots.put(item, stage: stage, slot: Int(placement.slot) + offset)
                }
            }
        }
    }

    private mutating func placeItems(stageBands: [Band], laneBands: [Band], cellTexts: [Int]) {
        let lanes = zip(map.lanes, laneBands).map { lane, band in
            let finite = band.start.isFinite && band.end.isFinite && band.end > band.start
            return LaneFacts(
                id: lane.id, kind: lane.kind, defaultItemKind: lane.kind.defaultItemKind, start: band.start,
                end: band.end, hasExtent: finite)
        }
        let stageIDs = map.stages.map(\.id)
        let laneCount = lanes.count
        // Items are numbered per stage and lane (`awareness-actions-3`) and kept in the order placed.
        var numbers = [Int32](repeating: 0, count: stageIDs.count * laneCount)
        var stageCounts = [Int](repeating: 0, count: stageIDs.count)
        var isCell = [Bool](repeating: false, count: page.shapes.count)
        for cell in cellTexts { isCell[cell] = true }
        var placements: [Placement] = []
        placements.reserveCapacity(page.shapes.count - used.lazy.filter { $0 }.count)
        var details: [PlacementDetail] = []
        var curvePoints: [Placement] = []

        /// The stage and lane a shape's centre lies in, and the stages it spans.
        func cell(of position: Int) -> (stage: Int, lane: Int, laneValue: Double, spans: [Int]?)? {
            guard let shapeBounds = bounds(position) else { return nil }
            let stageValue = stagesAsRows ? shapeBounds.midY : shapeBounds.midX
            let laneValue = stagesAsRows ? shapeBounds.midX : shapeBounds.midY
            guard var stage = stageBands.firstIndex(where: { $0.contains(stageValue) }),
                let lane = laneBands.firstIndex(where: { $0.contains(laneValue) })
            else { return nil }
            // A shape spanning stages is kept once, in the first stage it covers.
            let spans = spannedStages(shapeBounds, stageBands: stageBands)
            if let spans { stage = spans[0] }
            return (stage, lane, laneValue, spans)
        }

        /// Plans a shape's items; `false` when it lies outside the grid.
        func place(_ position: Int, splittingLines: Bool) -> Bool {
            guard let (stage, lane, laneValue, spans) = cell(of: position) else { return false }
            let lines = splittingLines ? Self.lines(of: page.shapes[position].text) : []
            var placement = Placement(
                position: Int32(position), stage: Int32(stage), lane: Int32(lane), number: 0, slot: 0, detail: -1,
                isCurvePoint: false)
            if blank[position] && !splittingLines || splittingLines && lines.isEmpty {
                // Unlabelled markers in the emotion lane are points of the curve.
                guard lanes[lane].kind == .emotions, page.shapes[position].kind == .shape,
                    lanes[lane].score(at: laneValue) != nil
                else { return false }
                placement.isCurvePoint = true
                curvePoints.append(placement)
                return true
            }
            let count = splittingLines ? lines.count : 1
            let counter = stage * laneCount + lane
            placement.number = numbers[counter] + 1
            numbers[counter] += Int32(count)
            placement.slot = Int32(stageCounts[stage])
            stageCounts[stage] += count
            if spans != nil || splittingLines {
                placement.detail = Int32(details.count)
                details.append(PlacementDetail(spans: spans, lines: splittingLines ? lines : nil))
            }
            placements.append(placement)
            if lanes[lane].kind != .emotions { stageOfShape[position] = Int32(stage) }
            return true
        }

        for position in cellTexts {
            used[position] = true
            if blank[position] { continue }
            if !place(position, splittingLines: true) {
                unplaced.append(note(position, reason: "table cell outside the grid"))
            }
        }
        for position in page.shapes.indices where !used[position] && !isCell[position] {
            if blank[position] {
                // Only emotion markers are placed without text; other unlabelled shapes are decoration.
                if page.shapes[position].kind == .shape, place(position, splittingLines: false) {
                    used[position] = true
                }
                continue
            }
            if isPersonaCard(position) { continue }
            if place(position, splittingLines: false) { used[position] = true }
        }
        // Curve points become emotion items, numbered after the labelled ones.
        for var point in curvePoints.sorted(by: { $0.stage < $1.stage }) {
            let counter = Int(point.stage) * laneCount + Int(point.lane)
            numbers[counter] += 1
            point.number = numbers[counter]
            point.slot = Int32(stageCounts[Int(point.stage)])
            stageCounts[Int(point.stage)] += 1
            placements.append(point)
        }

        // Reported stage by stage, in the order of the stage's items.
        let spanning = placements.filter { $0.detail >= 0 && details[Int($0.detail)].spans != nil }
        for placement in spanning.sorted(by: { ($0.stage, $0.slot) < ($1.stage, $1.slot) }) {
            let detail = details[Int(placement.detail)]
            guard let spans = detail.spans else { continue }
            let stage = Int(placement.stage)
            let names = spans.map { stageIDs[$0] }.joined(separator: " ")
            for (offset, text) in (detail.lines ?? [page.shapes[Int(placement.position)].text]).enumerated() {
                let id = "\(stageIDs[stage])-\(lanes[Int(placement.lane)].id)-\(Int(placement.number) + offset)"
                diagnostics.append(
                    Diagnostic(
                        .note, code: "import-spanning",
                        "'\(text)' spans the stages \(names); it is kept once, in '\(map.stages[stage].name)'",
                        at: .item(id, inStage: stageIDs[stage]),
                        location: SourceLocation(file: file, detail: "page \(page.name)")))
            }
        }

        // The items are built on every core, each straight into its place in its stage.
        let factory = ItemFactory(
            page: page, format: format, lanes: lanes, stageIDs: stageIDs,
            prefixes: stageIDs.flatMap { stage in lanes.map { "\(stage)-\($0.id)-" } }, details: details,
            stagesAsRows: stagesAsRows)
        let slots = StageSlots(counts: stageCounts)
        do {
            // The plan goes once the items are built, before they move to their stages.
            let planned = placements
            placements = []
            _ = Concurrently.map(planned.count) { range in factory.build(planned[range], into: slots) }
        }
        for stage in stageCounts.indices { map.stages[stage].items = slots.takeItems(of: stage) }
    }

    /// The non-empty lines of a table cell, trimmed.
    private static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The stages a shape covers by more than a quarter of its extent, when there are two or more.
    private func spannedStages(_ bounds: DiagramRect, stageBands: [Band]) -> [Int]? {
        let (start, end) = stagesAsRows ? (bounds.y, bounds.maxY) : (bounds.x, bounds.maxX)
        let length = end - start
        guard length > 0 else { return nil }
        func covers(_ index: Int) -> Bool {
            min(end, stageBands[index].end) - max(start, stageBands[index].start) > length * 0.25
        }
        var first: Int?
        for index in stageBands.indices where covers(index) {
            guard first != nil else {
                first = index
                continue
            }
            return stageBands.indices.filter(covers)
        }
        return nil
    }

    private static func itemKind(for text: String, in lane: LaneFacts) -> ItemKind {
        switch lane.kind {
        case .thoughts where text.hasSuffix("?"): return .question
        case .opportunities
        where Self.containsIgnoringASCIICase(text, "moment of truth")
            || Self.containsIgnoringASCIICase(text, "key moment"):
            return .keyMoment
        default: return lane.defaultItemKind
        }
    }

    /// Whether `text` contains `phrase` (lowercase ASCII), ignoring ASCII case.
    static func containsIgnoringASCIICase(_ text: String, _ phrase: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: phrase.utf8Start, count: phrase.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            outer: for start in 0...(haystack.count - needle.count) {
                for offset in 0..<needle.count {
                    var byte = haystack[start + offset]
                    if byte >= 65 && byte <= 90 { byte += 32 }
                    if byte != needle[offset] { continue outer }
                }
                return true
            }
            return false
        }
    }

    /// Words naming channels; where a text names several, the first in this list wins.
    private static let channelWords: [([String], Channel)] = [
        (["phone", "call", "hotline", "telephone"], .phone),
        (["store", "shop", "showroom", "branch", "dealer", "dealership"], .store),
        (["website", "web", "online", "site", "landing"], .web), (["app", "mobile"], .app),
        (["chat", "chatbot"], .chat),
        (["instagram", "facebook", "linkedin", "social", "twitter", "tiktok", "youtube"], .social),
        (["event", "fair", "conference", "webinar"], .event),
        (["sales", "rep", "representative", "account"], .salesRep),
        (["ad", "ads", "advert", "advertising", "banner", "billboard"], .advertising),
        (["google", "search", "seo"], .search),
    ]

    /// Each channel word and the position of its channel in ``channelWords``.
    private static let channelRank: [String: Int] = {
        var rank: [String: Int] = [:]
        for (index, entry) in channelWords.enumerated() {
            for word in entry.0 where rank[word] == nil { rank[word] = index }
        }
        return rank
    }()

    /// The channel a touchpoint's text names, if any: e-mail first ("email", or "e" and "mail"),
    /// then the first channel of ``channelWords`` that one of its words names.
    static func channel(in text: String) -> Channel? {
        var text = text
        switch text.withUTF8(asciiChannel) {
        case .found(let channel): return channel
        case .notASCII: break
        }
        var best: Int?
        var (e, mail) = (false, false)
        for word in TitleWords.of(text) {
            switch word {
            case "email": return .email
            case "e": e = true
            case "mail": mail = true
            default: break
            }
            if let rank = channelRank[word], rank < best ?? .max { best = rank }
        }
        if e && mail { return .email }
        return best.map { channelWords[$0].1 }
    }

    private enum ChannelLookup {
        case found(Channel?)
        case notASCII
    }

    /// A word of up to 16 lowercase ASCII letters and digits, packed into two integers.
    private struct PackedWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init(_ word: some Collection<UInt8>) {
            for (index, byte) in word.enumerated() {
                if index < 8 {
                    low |= UInt64(byte) << (8 * UInt64(index))
                } else {
                    high |= UInt64(byte) << (8 * UInt64(index - 8))
                }
            }
        }
    }

    private static let packedChannelRank: [PackedWord: Int] = Dictionary(
        channelRank.map { (PackedWord($0.key.utf8), $0.value) }, uniquingKeysWith: min)
    private static let packedEmail = PackedWord("email".utf8)
    private static let packedE = PackedWord("e".utf8)
    private static let packedMail = PackedWord("mail".utf8)

    /// ``channel(in:)`` for ASCII text, word by word without making strings.
    private static func asciiChannel(_ bytes: UnsafeBufferPointer<UInt8>) -> ChannelLookup {
        var best: Int?
        var (e, mail) = (false, false)
        var word = PackedWord([UInt8]())
        var length = 0
        for index in 0...bytes.count {
            var byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            if byte >= 0x80 { return .notASCII }
            if byte >= 0x41 && byte <= 0x5A { byte += 32 }
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                if length < 16 {
                    if length < 8 {
                        word.low |= UInt64(byte) << (8 * UInt64(length))
                    } else {
                        word.high |= UInt64(byte) << (8 * UInt64(length - 8))
                    }
                }
                length += 1
                continue
            }
            if length > 0 && length <= 16 {
                if word == packedEmail { return .found(.email) }
                if word == packedE { e = true }
                if word == packedMail { mail = true }
                if let rank = packedChannelRank[word], rank < best ?? .max { best = rank }
            }
            word = PackedWord([UInt8]())
            length = 0
        }
        if e && mail { return .found(.email) }
        return .found(best.map { channelWords[$0].1 })
    }

    /// Transitions from connectors whose ends lie in different stages.
    private mutating func placeTransitions() {
        guard !page.edges.isEmpty else { return }
        var stageByID: [String: String] = [:]
        // Connectors between emotion points draw the curve; they are no transitions.
        for (position, stage) in stageOfShape.enumerated() where stage >= 0 {
            stageByID[page.shapes[position].id] = map.stages[Int(stage)].id
        }
        for stage in map.stages {
            if let header = stage.extensions[format, "id"] { stageByID[header] = stage.id }
        }
        var ids = Set<String>()
        for (index, edge) in page.edges.enumerated() {
            guard let source = edge.sourceID.flatMap({ stageByID[$0] }),
                let target = edge.targetID.flatMap({ stageByID[$0] }),
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
            usedEdges[index] = true
        }
    }

    /// Shapes outside the grid: persona cards, the title, and notes.
    private mutating func finishOutsideGrid(gridTop: Double?, gridLeft: Double?) {
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
        let rest = remaining.filter { !used[$0] }
        // The title: the topmost label above the grid (or the topmost label when there is no grid).
        var gridRight: Double?
        for position in page.shapes.indices where used[position] {
            if let maxX = bounds(position)?.maxX { gridRight = max(gridRight ?? maxX, maxX) }
        }
        let aboveGrid = rest.filter { position in
            guard let shapeBounds = bounds(position) else { return false }
            guard let gridTop else { return layout == "none" }
            // Above the grid and overlapping it horizontally: a far-away note is no title.
            let left = gridLeft ?? -.infinity
            let right = gridRight ?? .infinity
            return shapeBounds.maxY <= gridTop + 1 && shapeBounds.maxX > left && shapeBounds.x < right
        }
        var titleShape: Int?
        if let candidate = (aboveGrid.isEmpty ? titleCandidates : aboveGrid + titleCandidates)
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
        for position in page.shapes.indices where !used[position] && !blank[position] && position != titleShape {
            let inGrid = gridTop.map { (bounds(position)?.midY ?? 0) > $0 } ?? false
            let reason =
                layout == "none"
                ? "no journey map grid on the page" : inGrid ? "no stage or lane contains it" : "outside the grid"
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

    /// A persona card: a stick figure, a shape with a `persona` attribute, or text that starts with
    /// "Persona".
    private func isPersonaCard(_ position: Int) -> Bool {
        blank[position] ? false : Self.isPersonaCard(page.shapes[position])
    }

    private static func isPersonaCard(_ shape: borrowing DiagramShape) -> Bool {
        if let name = shape.shapeName, containsIgnoringASCIICase(name, "actor") { return true }
        if !shape.attributes.isEmpty, shape.attributes.keys.contains(where: { $0.lowercased() == "persona" }) {
            return true
        }
        // Most labels do not begin with the letter p: no need to look further.
        guard let first = shape.text.utf8.first, first == UInt8(ascii: "p") || first == UInt8(ascii: "P") else {
            return false
        }
        return shape.text.prefix(7).lowercased() == "persona"
    }

    private mutating func addPersona(from position: Int) {
        used[position] = true
        let shape = page.shapes[position]
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
        var source = SourceKeeper(format: format)
        persona.extensions = source.extensions(for: shape)
        map.personas.append(persona)
    }

    private func note(_ position: Int, reason: String) -> ImportReport.UnplacedLabel {
        let shape = page.shapes[position]
        return .init(text: shape.text, page: page.name, x: shape.bounds?.midX, y: shape.bounds?.midY, reason: reason)
    }
}

/// Keeps what a shape's source says beyond the map as extension data: its identifier, style, custom
/// attributes, rich label and bounds.
struct SourceKeeper {
    let format: String
    /// The last style written out, as shapes mostly share one style dictionary.
    private var lastStyle: (properties: [String: String], text: String)?

    init(format: String) { self.format = format }

    /// The extension data of a shape's source.
    mutating func extensions(for shape: DiagramShape) -> ExtensionData {
        var extensions = ExtensionData()
        keep(shape, in: &extensions, prefix: "")
        return extensions
    }

    /// Adds a shape's source to `extensions`, with keys starting with `prefix`.
    mutating func keep(_ shape: DiagramShape, in extensions: inout ExtensionData, prefix: String) {
        if prefix != keys.prefix { keys = Keys(prefix: prefix) }
        // In key order (attribute.…, bounds, id, label, style), which extension data keeps anyway.
        var entries: [(namespace: String, key: String, value: String)] = []
        entries.reserveCapacity(4 + shape.attributes.count)
        let attributes = shape.attributes
        if !attributes.isEmpty {
            for key in attributes.keys.sorted() { entries.append((format, keys.attribute + key, attributes[key]!)) }
        }
        if let bounds = shape.bounds { entries.append((format, keys.bounds, Self.text(of: bounds))) }
        entries.append((format, keys.id, shape.id))
        if let raw = shape.rawText { entries.append((format, keys.label, raw)) }
        if !shape.style.isEmpty { entries.append((format, keys.style, styleText(shape.style))) }
        extensions.merge(entries)
    }

    /// `x y width height`, each rounded to hundredths, as ``NumberText`` writes numbers.
    static func text(of bounds: DiagramRect) -> String {
        let values = (bounds.x, bounds.y, bounds.width, bounds.height)
        let rounded = [values.0, values.1, values.2, values.3].map { ($0 * 100).rounded() / 100 }
        // Whole numbers, the usual case, are written digit by digit; others as NumberText does.
        guard rounded.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) else {
            return rounded.map(NumberText.format).joined(separator: " ")
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * 17) { buffer in
            var end = 0
            for (index, value) in rounded.enumerated() {
                if index > 0 {
                    buffer[end] = UInt8(ascii: " ")
                    end += 1
                }
                var whole = Int64(value)
                if whole < 0 {
                    buffer[end] = UInt8(ascii: "-")
                    end += 1
                    whole = -whole
                }
                let start = end
                repeat {
                    buffer[end] = UInt8(ascii: "0") + UInt8(whole % 10)
                    end += 1
                    whole /= 10
                } while whole > 0
                var low = start
                var high = end - 1
                while low < high {
                    buffer.swapAt(low, high)
                    low += 1
                    high -= 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
        }
    }

    /// The keys for one prefix, made once.
    private struct Keys {
        let prefix: String
        let attribute: String
        let bounds: String
        let id: String
        let label: String
        let style: String

        init(prefix: String) {
            self.prefix = prefix
            attribute = prefix + "attribute."
            bounds = prefix + "bounds"
            id = prefix + "id"
            label = prefix + "label"
            style = prefix + "style"
        }
    }

    private var keys = Keys(prefix: "")

    /// A style as `key=value` pairs in key order, joined by `;`.
    private mutating func styleText(_ style: [String: String]) -> String {
        // Comparing dictionaries that share storage is immediate.
        if let lastStyle, lastStyle.properties == style { return lastStyle.text }
        let text = style.keys.sorted().map { key in style[key]!.isEmpty ? key : "\(key)=\(style[key]!)" }.joined(
            separator: ";")
        lastStyle = (style, text)
        return text
    }
}
