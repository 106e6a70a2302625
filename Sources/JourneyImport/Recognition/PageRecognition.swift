import Foundation
import JourneyModel

/// The recognition of one page.
///
/// Shapes are referred to by their position in `page.shapes`: pages can hold hundreds of thousands
/// of them, and copying shapes or hashing their identifiers would dominate the time.
struct PageRecognition {
    let page: DiagramPage
    let format: String
    let options: RecognitionOptions
    let file: String?
    /// The words that tell what labels are.
    let matcher: VocabularyMatcher

    var map: JourneyMap
    var unplaced: [ImportReport.UnplacedLabel] = []
    var diagnostics: [Diagnostic] = []
    /// How the grid is looked for.
    let strategy: GridStrategy
    /// How the grid was drawn, as found.
    var layout = GridLayout.none
    var stagesAsRows = false
    var titleFromLabel = false
    /// How well the page reads as a journey map: items placed, plus headers.
    var score = 0
    /// How many shapes and connectors have a label.
    private(set) var labels = 0

    /// Whether each shape has found its place (or is decoration that needs none).
    var used: [Bool]
    /// Whether each shape's label is empty or only white space.
    let blank: [Bool]
    /// Whether each connector became a transition.
    var usedEdges: [Bool]
    /// The positions of each container's children.
    var childrenByParent: [String: [Int]] = [:]
    /// How many items the page's plan holds, before they are built.
    var plannedItems = 0
    /// The items planned and not yet built (``buildItems()``).
    var pendingItems: PendingItems?
    /// The box around each turned shape as drawn (draw.io `rotation`, Visio `Angle`), by position.
    var turned: [Int: DiagramRect] = [:]
    /// Whether each shape is a persona card.
    var personaCards: [Bool] = []
    /// The identifiers of the personas found so far.
    var personaIDs: Set<String> = []
    /// The shapes that might name the map.
    var titleCandidates: [Int] = []
    /// For each shape placed as an item outside the emotion lanes, the stage it is in (−1 for none).
    var stageOfShape: [Int32]

    init(
        page: DiagramPage, format: String, strategy: GridStrategy, options: RecognitionOptions,
        matcher: VocabularyMatcher, file: String?
    ) {
        self.page = page
        self.format = format
        self.options = options
        self.file = file
        self.matcher = matcher
        self.strategy = strategy
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
        personaCards = Self.personaCards(of: page, blank: blank, matcher: matcher)
        labels += page.edges.reduce(0) { $0 + ($1.text.isBlank ? 0 : 1) }
        for position in page.shapes.indices {
            if let box = Self.turnedBounds(of: page.shapes[position]) { turned[position] = box }
        }
        // What the tool does not show (a hidden layer's designer notes) is no part of the map.
        for position in page.shapes.indices where page.shapes[position].style["visible"] == "0" {
            used[position] = true
            if !blank[position] { unplaced.append(note(position, reason: "on a hidden layer")) }
        }
        recognize()
    }

    /// Where a shape is on the page: its bounds, or for a turned shape the box around it as drawn.
    func bounds(_ position: Int) -> DiagramRect? {
        turned.isEmpty ? page.shapes[position].bounds : turned[position] ?? page.shapes[position].bounds
    }

    /// Finds the grid the way `strategy` looks for it, then places everything else.
    mutating func recognize() {
        var grid = findGrid()
        // Loose shapes make a journey map only when some header reads like one; otherwise the page
        // is another kind of diagram (a flowchart), and its labels are kept as notes.
        if layout == .shapes {
            let titles = (grid.columns + grid.rows + grid.stageGroups).map(\.title)
            if !titles.contains(where: { matcher.laneKind(forTitle: $0) != nil || matcher.isStageName($0) }) {
                for band in grid.columns + grid.rows + grid.stageGroups {
                    for header in band.headers { used[header] = false }
                }
                grid = FoundGrid()
                layout = .none
            }
        }
        guard !grid.columns.isEmpty || !grid.rows.isEmpty else {
            layout = .none
            finishOutsideGrid(gridTop: nil, gridLeft: nil)
            return
        }
        decideOrientation(columns: grid.columns, rows: grid.rows)
        var stageBands = stagesAsRows ? grid.rows : grid.columns
        var laneBands = stagesAsRows ? grid.columns : grid.rows
        // Steps are the columns; the stages group them.
        var stepGroups = stagesAsRows ? [] : grid.stageGroups
        if stageBands.isEmpty {
            stageBands = [Band(title: "Journey", start: -.infinity, end: .infinity, headers: [], position: 0)]
            stepGroups = []
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
        // Stage headers over steps that do not become stages (the map runs as rows, or has no
        // columns) are placed like any other label.
        if stepGroups.isEmpty {
            for band in grid.stageGroups {
                for header in band.headers { used[header] = false }
            }
        }
        let columns = StageColumns(bands: stageBands, groups: stepGroups)
        buildStagesAndLanes(columns: columns, laneBands: laneBands)
        placeItems(columns: columns, laneBands: laneBands, cellTexts: grid.cells)
        let top = (stagesAsRows ? laneBands : stageBands + stepGroups).compactMap { band in
            band.headers.compactMap { bounds($0)?.y }.min()
        }.min()
        let left = (stagesAsRows ? stageBands : laneBands).compactMap { band in
            band.headers.compactMap { bounds($0)?.x }.min()
        }.min()
        placeTransitions()
        finishOutsideGrid(gridTop: top, gridLeft: left)
        let placed = plannedItems
        // Headers the vocabulary knows, among the first 256 of each kind: on large pages the items
        // placed decide anyway.
        let namedHeaders =
            map.lanes.prefix(256).filter { $0.kind.isKnown }.count
            + map.stages.prefix(256).filter { matcher.isStageName($0.name) }.count
        score = placed * 2 + map.stages.count + map.lanes.count + namedHeaders * 3
    }

    /// The grid's bands, found by this recognition's strategy and completed from loose headers.
    mutating func findGrid() -> FoundGrid {
        var grid = FoundGrid()
        switch strategy {
        case .table:
            guard let table = findTable() else { return grid }
            layout = .table
            (grid.columns, grid.rows, grid.cells) = table
        case .swimlanes:
            guard let lanes = findSwimlanes() else { return grid }
            layout = lanes.containers ? .containers : .swimlanes
            (grid.columns, grid.rows) = (lanes.columns, lanes.rows)
        case .shapes:
            break
        }
        if grid.columns.isEmpty || grid.rows.isEmpty {
            let loose = findLooseHeaders(knownColumns: grid.columns, knownRows: grid.rows)
            if grid.columns.isEmpty {
                grid.columns = loose.columns
                grid.stageGroups = loose.stageGroups
            }
            if grid.rows.isEmpty { grid.rows = loose.rows }
            if layout == .none && (!grid.columns.isEmpty || !grid.rows.isEmpty) { layout = .shapes }
        }
        return grid
    }

    func note(_ position: Int, reason: String) -> ImportReport.UnplacedLabel {
        let shape = page.shapes[position]
        return .init(text: shape.text, page: page.name, x: shape.bounds?.midX, y: shape.bounds?.midY, reason: reason)
    }

    /// The box around a shape turned about its centre, when its style turns it: a lane title
    /// written sideways (`rotation=-90`, `Angle` 1.5708) stands as high as it is long.
    static func turnedBounds(of shape: borrowing DiagramShape) -> DiagramRect? {
        guard let box = shape.bounds, !shape.style.isEmpty else { return nil }
        let radians: Double
        if let degrees = shape.style["rotation"].flatMap(Double.init), degrees.isFinite {
            radians = degrees * .pi / 180
        } else if let angle = shape.style["Angle"].flatMap(Double.init), angle.isFinite {
            radians = angle
        } else {
            return nil
        }
        let cosine = abs(cos(radians))
        let sine = abs(sin(radians))
        guard sine > 1e-9 else { return nil }
        let width = box.width * cosine + box.height * sine
        let height = box.width * sine + box.height * cosine
        return DiagramRect(x: box.midX - width / 2, y: box.midY - height / 2, width: width, height: height)
    }
}
