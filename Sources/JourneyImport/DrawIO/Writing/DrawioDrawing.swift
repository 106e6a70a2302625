import JourneyModel
import JourneySVG

/// Turns a map into the cells of a draw.io page: the title, persona cards, a table of stages ×
/// lanes, cards and emotion points over it, the emotion curve and the transitions.
///
/// Cards and points sit on the layer, over the table, rather than inside its cells: draw.io lets a
/// user drag them from one cell to another freely, and the importer places them by where they are.
struct DrawioDrawing {
    let map: JourneyMap
    let theme: SVGTheme
    let metrics: DrawioLayoutMetrics
    var cells: [DrawioCell] = []

    /// One row of the table: a lane, or the row for items whose lane the map does not have.
    struct Row {
        var lane: Lane?
        var y: Double
        var height: Double
        /// Emotion lanes show their items as points on a curve rather than as cards.
        var isCurve: Bool { lane?.kind == .emotions }
    }

    /// Where the table is and what its rows are, worked out before any cell is made.
    struct Table {
        var x: Double
        var y: Double
        var rows: [Row] = []
        var width: Double = 0
        var height: Double = 0
        /// The row of each lane: the first, when the map repeats a lane's identifier.
        var rowOfLane: [String: Int] = [:]
        /// The row after the lanes, for items whose lane the map does not have.
        var looseRow: Int?

        /// The row an item is drawn in: its lane's, or the row for items without a known lane.
        func row(of item: Item) -> Int { rowOfLane[item.laneID] ?? looseRow ?? 0 }
    }

    init(map: JourneyMap, theme: SVGTheme, metrics: DrawioLayoutMetrics) {
        self.map = map
        self.theme = theme
        self.metrics = metrics
    }

    /// Every cell of the page, in writing order: containers before what they hold.
    mutating func build() throws -> [DrawioCell] {
        cells = []
        try addRootAndLayer()
        let table = layOutTable()
        try addTitle(width: table.width)
        try addPersonas()
        try addTable(table)
        try addItems(in: table)
        try addTransitions()
        return cells
    }

    /// The size of the whole drawing, margins included.
    func pageSize(of table: Table) -> (width: Double, height: Double) {
        (table.x + table.width + metrics.margin, table.y + table.height + metrics.margin)
    }

    // MARK: - Root, title, personas

    private mutating func addRootAndLayer() throws {
        var skeleton = map
        for index in skeleton.stages.indices { skeleton.stages[index].items = [] }
        var root = DrawioCell(id: "0", kind: .root)
        root.data = [
            (JourneyAttribute.version, JourneyAttribute.currentVersion),
            (JourneyAttribute.map, try AttributeJSON.encode(skeleton)),
        ]
        cells.append(root)
        cells.append(DrawioCell(id: "1", parent: "0", kind: .layer))
    }

    private mutating func addTitle(width: Double) throws {
        var title = DrawioCell(id: "title", parent: "1", kind: .vertex)
        title.label = try DrawioLabelMarkup.markup(for: map.title)
        title.data = [(JourneyAttribute.title, "1")]
        title.style = DrawioStyle(
            shape: "text",
            [
                ("html", "1"), ("whiteSpace", "wrap"), ("align", "left"), ("verticalAlign", "middle"),
                ("fontSize", number(metrics.titleFontSize)), ("fontStyle", "1"), ("fontColor", color(theme.text)),
            ])
        title.frame = .init(x: metrics.margin, y: metrics.margin, width: width, height: metrics.titleHeight)
        cells.append(title)
    }

    private var personasTop: Double { metrics.margin + metrics.titleHeight + metrics.personaGap }

    private mutating func addPersonas() throws {
        for (index, persona) in map.personas.enumerated() {
            var card = DrawioCell(id: "persona-\(index + 1)", parent: "1", kind: .vertex)
            card.label = try DrawioLabelMarkup.markup(
                for: [persona.name, persona.role].compactMap { $0 }.joined(separator: "\n"))
            card.data = [(JourneyAttribute.persona, persona.id)]
            card.style = cardStyle(fill: theme.cardBackground, stroke: theme.cardBorder)
            card.style.set("fontStyle", "1")
            card.frame = .init(
                x: metrics.margin + Double(index) * (metrics.personaWidth + metrics.personaGap), y: personasTop,
                width: metrics.personaWidth, height: metrics.personaHeight)
            cells.append(card)
        }
    }

    // MARK: - The table

    func layOutTable() -> Table {
        var top = personasTop
        if !map.personas.isEmpty { top += metrics.personaHeight + metrics.personaGap }
        // Room above the stage heads for the transitions' arcs.
        if !map.transitions.isEmpty { top += metrics.stageHeadHeight }
        var table = Table(x: metrics.margin, y: top)
        var lanes: [Lane?] = map.lanes
        for (index, lane) in map.lanes.enumerated() where table.rowOfLane[lane.id] == nil {
            table.rowOfLane[lane.id] = index
        }
        if map.allItems.contains(where: { table.rowOfLane[$0.laneID] == nil }) {
            table.looseRow = lanes.count
            lanes.append(nil)
        }
        let stacks = tallestStacks(in: table)
        var y = metrics.stageHeadHeight
        for lane in lanes {
            let row = Row(lane: lane, y: y, height: metrics.laneMinimumHeight)
            let height =
                row.isCurve
                ? metrics.emotionLaneHeight : max(metrics.laneMinimumHeight, stacks[table.rows.count] ?? 0)
            table.rows.append(row)
            y += height
            table.rows[table.rows.count - 1].height = height
        }
        table.width = metrics.laneHeadWidth + Double(map.stages.count) * metrics.stageWidth
        table.height = y
        return table
    }

    /// The height of the tallest stack of cards any stage has in each row, by row, in one pass over
    /// the items (not one per row: maps can have thousands of lanes).
    private func tallestStacks(in table: Table) -> [Int: Double] {
        var tallest: [Int: Double] = [:]
        for stage in map.stages {
            var stacks: [Int: (height: Double, count: Int)] = [:]
            for item in stage.items {
                stacks[table.row(of: item), default: (0, 0)].height += metrics.cardHeight(for: item.text)
                stacks[table.row(of: item), default: (0, 0)].count += 1
            }
            for (row, stack) in stacks {
                let height = stack.height + Double(stack.count - 1) * metrics.cardGap + 2 * metrics.cardInset
                tallest[row] = max(tallest[row] ?? 0, height)
            }
        }
        return tallest
    }

    private mutating func addTable(_ table: Table) throws {
        var shape = DrawioCell(id: "table", parent: "1", kind: .vertex)
        shape.style = DrawioStyle([
            ("shape", "table"), ("startSize", "0"), ("container", "1"), ("collapsible", "0"),
            ("childLayout", "tableLayout"), ("fixedRows", "1"), ("rowLines", "1"),
            ("fontSize", number(metrics.fontSize)),
            ("html", "1"), ("strokeColor", color(theme.line)), ("fillColor", color(theme.page)),
        ])
        shape.frame = .init(x: table.x, y: table.y, width: table.width, height: table.height)
        cells.append(shape)
        try addHeadRow(table)
        for (index, row) in table.rows.enumerated() { try addLaneRow(row, number: index + 1, table: table) }
    }

    private mutating func addHeadRow(_ table: Table) throws {
        addRow(id: "row-0", y: 0, height: metrics.stageHeadHeight, width: table.width)
        var corner = tableCell(
            id: "head-0", row: "row-0", x: 0, width: metrics.laneHeadWidth, height: metrics.stageHeadHeight)
        corner.style.set("fillColor", color(theme.stageBackground))
        cells.append(corner)
        for (index, stage) in map.stages.enumerated() {
            var head = tableCell(
                id: "stage-\(index + 1)", row: "row-0", x: metrics.laneHeadWidth + Double(index) * metrics.stageWidth,
                width: metrics.stageWidth, height: metrics.stageHeadHeight)
            head.label = try DrawioLabelMarkup.markup(for: stage.name)
            head.data = [(JourneyAttribute.stage, stage.id)]
            head.connectable = true
            head.style.set("fillColor", color(theme.stageBackground))
            head.style.set("fontStyle", "1")
            head.style.set("fontSize", number(metrics.headFontSize))
            cells.append(head)
        }
    }

    private mutating func addLaneRow(_ row: Row, number index: Int, table: Table) throws {
        let rowID = "row-\(index)"
        addRow(id: rowID, y: row.y, height: row.height, width: table.width)
        var head = tableCell(id: "lane-\(index)", row: rowID, x: 0, width: metrics.laneHeadWidth, height: row.height)
        head.label = try DrawioLabelMarkup.markup(for: row.lane?.title ?? "(no lane)")
        // The row for items without a known lane is marked too, with no identifier.
        head.data = [(JourneyAttribute.lane, row.lane?.id ?? "")]
        head.style.set("fillColor", color(theme.laneBackground))
        head.style.set("fontStyle", "1")
        head.style.set("align", "left")
        head.style.set("spacingLeft", "8")
        cells.append(head)
        let band = index % 2 == 0 ? theme.bandBackground : theme.page
        for stage in map.stages.indices {
            var body = tableCell(
                id: "cell-\(index)-\(stage + 1)", row: rowID,
                x: metrics.laneHeadWidth + Double(stage) * metrics.stageWidth,
                width: metrics.stageWidth, height: row.height)
            body.style.set("fillColor", color(row.isCurve ? theme.chartBackground : band))
            cells.append(body)
        }
    }

    private mutating func addRow(id: String, y: Double, height: Double, width: Double) {
        var row = DrawioCell(id: id, parent: "table", kind: .vertex)
        row.style = DrawioStyle([
            ("shape", "tableRow"), ("horizontal", "0"), ("startSize", "0"), ("swimlaneHead", "0"),
            ("swimlaneBody", "0"),
            ("strokeColor", "inherit"), ("top", "0"), ("left", "0"), ("bottom", "0"), ("right", "0"),
            ("collapsible", "0"), ("dropTarget", "0"), ("fillColor", "none"), ("points", "[[0,0.5],[1,0.5]]"),
            ("portConstraint", "eastwest"), ("fontSize", number(metrics.fontSize)), ("html", "1"),
        ])
        row.frame = .init(x: 0, y: y, width: width, height: height)
        cells.append(row)
    }

    private func tableCell(id: String, row: String, x: Double, width: Double, height: Double) -> DrawioCell {
        var cell = DrawioCell(id: id, parent: row, kind: .vertex)
        cell.connectable = false
        cell.style = DrawioStyle([
            ("shape", "partialRectangle"), ("html", "1"), ("whiteSpace", "wrap"), ("strokeColor", "inherit"),
            ("overflow", "hidden"), ("top", "0"), ("left", "0"), ("bottom", "0"), ("right", "0"),
            ("pointerEvents", "1"), ("fontSize", number(metrics.fontSize)), ("fontColor", color(theme.text)),
        ])
        cell.frame = .init(x: x, y: 0, width: width, height: height)
        cell.alternateSize = (width, height)
        return cell
    }

    // MARK: - Shared

    func cardStyle(fill: SVGColor, stroke: SVGColor) -> DrawioStyle {
        DrawioStyle([
            ("rounded", "1"), ("arcSize", "8"), ("absoluteArcSize", "1"), ("whiteSpace", "wrap"), ("html", "1"),
            ("fillColor", color(fill)), ("strokeColor", color(stroke)), ("fontColor", color(theme.text)),
            ("fontSize", number(metrics.fontSize)), ("align", "left"), ("verticalAlign", "top"),
            ("spacingLeft", number(metrics.cardInset)), ("spacingTop", "4"),
        ])
    }

    func color(_ color: SVGColor) -> String { color.description }

    func number(_ value: Double) -> String { DrawioNumber.text(value) }
}

/// Numbers as draw.io writes them: integers without a fraction, others with at most two decimals.
enum DrawioNumber {
    static func text(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return NumberText.format(rounded)
    }
}
