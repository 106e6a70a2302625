import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads back a drawing JourneyKit wrote: the map from the root cell's data, each item from its
/// card, with what the user changed in draw.io taken from the drawing.
///
/// The drawing wins where it says something: a card's or head's text edited in draw.io replaces the
/// item's text or the stage's or lane's name; a card's place decides its stage (the column its centre
/// is in) and lane (the row), and its position among the cards of its cell; a deleted card deletes
/// the item, a copied one adds an item with a new identifier. Everything else comes from the data,
/// so an unedited drawing gives back exactly the map written.
struct DrawioJourneyRestorer {
    var options: RecognitionOptions

    /// The map, when the diagram is one JourneyKit wrote; `nil` for any other diagram.
    func restore(_ diagram: Diagram, file: String?) -> (
        map: JourneyMap, report: ImportReport, diagnostics: [Diagnostic]
    )? {
        guard diagram.format == "drawio" else { return nil }
        var pages = diagram.pages
        if let wanted = options.page {
            guard let index = JourneyRecognizer.pageIndex(named: wanted, in: pages) else { return nil }
            pages = [pages[index]]
        }
        for page in pages {
            guard let root = page.shapes.first(where: { $0.shapeName == "root" }),
                root.attributes[JourneyAttribute.version] == JourneyAttribute.currentVersion,
                let json = root.attributes[JourneyAttribute.map],
                let skeleton = AttributeJSON.decode(JourneyMap.self, from: json)
            else { continue }
            var page = PageRestoring(page: page, map: skeleton, file: file)
            return page.restore()
        }
        return nil
    }

    /// Warnings for pages that hold JourneyKit's data but cannot be read back from it, so that a
    /// drawing read as an ordinary one instead does not look like a faithful round trip.
    func unreadableData(in diagram: Diagram, file: String?) -> [Diagnostic] {
        guard diagram.format == "drawio" else { return [] }
        var warnings: [Diagnostic] = []
        for page in diagram.pages {
            let root = page.shapes.first { $0.shapeName == "root" }
            let problem: (String, DiagramShape?)?
            if let root, let version = root.attributes[JourneyAttribute.version] {
                if version != JourneyAttribute.currentVersion {
                    problem = (
                        "was written by JourneyKit in version \(version) of its drawing data, not \(JourneyAttribute.currentVersion)",
                        root
                    )
                } else if let json = root.attributes[JourneyAttribute.map],
                    AttributeJSON.decode(JourneyMap.self, from: json) != nil
                {
                    problem = nil
                } else {
                    problem = ("holds JourneyKit's map data in '\(JourneyAttribute.map)', but it cannot be read", root)
                }
            } else if let card = page.shapes.first(where: { $0.attributes[JourneyAttribute.item] != nil }) {
                problem = ("has cards with JourneyKit's item data but not the map data of its root cell", card)
            } else {
                problem = nil
            }
            guard let (message, shape) = problem else { continue }
            warnings.append(
                Diagnostic(
                    .warning, code: "import-drawio-journey",
                    "page '\(page.name)' \(message); it is read as an ordinary drawing, without what only that data holds",
                    location: shape?.location ?? SourceLocation(file: file)))
        }
        return warnings
    }
}

/// The restoring of one page.
struct PageRestoring {
    let page: DiagramPage
    var map: JourneyMap
    let file: String?
    private let converter = HTMLTextConverter()
    private var diagnostics: [Diagnostic] = []
    private var unplaced: [ImportReport.UnplacedLabel] = []

    init(page: DiagramPage, map: JourneyMap, file: String?) {
        self.page = page
        self.map = map
        self.file = file
    }

    /// A span of page coordinates a stage's column or a lane's row covers.
    struct Band {
        var index: Int
        var low: Double
        var high: Double

        func distance(to value: Double) -> Double {
            value < low ? low - value : value > high ? value - high : 0
        }
    }

    mutating func restore() -> (map: JourneyMap, report: ImportReport, diagnostics: [Diagnostic]) {
        if let title = page.shapes.first(where: { $0.attributes[JourneyAttribute.title] != nil }) {
            map.title = edited(title.text, original: map.title)
        }
        renamePersonas()
        let columns = stageColumns().sorted { ($0.low, $0.index) < ($1.low, $1.index) }
        noteStagesWithoutHeads(columns)
        let rows = laneRows().sorted { ($0.low, $0.index) < ($1.low, $1.index) }
        placeItems(columns: columns, rows: rows)
        noteForeignLabels()
        let report = ImportReport(
            format: "drawio", page: page.name, layout: .table, orientation: .columns, score: 0, alternatives: [],
            steps: map.stages.reduce(0) { $0 + $1.steps.count }, labels: labelCount, stages: map.stages.count,
            lanes: map.lanes.count, items: map.allItems.count, personas: map.personas.count,
            transitions: map.transitions.count, title: true, unplaced: unplaced)
        return (map, report, diagnostics)
    }

    /// The text read from a shape, or the original when the shape shows it unedited.
    private func edited(_ read: String, original: String) -> String {
        read == DrawioLabelMarkup.plainText(writtenFor: original, converter: converter) ? original : read
    }

    /// The stages' columns, from their heads; a renamed head renames its stage.
    private mutating func stageColumns() -> [Band] {
        var columns: [Band] = []
        var seen: [String: Int] = [:]
        let positions = Self.positions(of: map.stages.map(\.id))
        for shape in page.shapes {
            guard let id = shape.attributes[JourneyAttribute.stage], let bounds = shape.bounds,
                let index = Self.index(of: id, occurrence: &seen, in: positions)
            else { continue }
            map.stages[index].name = edited(shape.text, original: map.stages[index].name)
            columns.append(Band(index: index, low: bounds.x, high: bounds.maxX))
        }
        return columns
    }

    /// A persona card edited in draw.io renames its persona: the first line is the name, the rest
    /// the role (none when there is no second line).
    private mutating func renamePersonas() {
        // Cards come in map order, so a map repeating an identifier gets each card back to its own
        // persona.
        var seen: [String: Int] = [:]
        let positions = Self.positions(of: map.personas.map(\.id))
        for shape in page.shapes {
            guard let id = shape.attributes[JourneyAttribute.persona],
                let position = Self.index(of: id, occurrence: &seen, in: positions)
            else { continue }
            let persona = map.personas[position]
            let written = [persona.name, persona.role].compactMap { $0 }.joined(separator: "\n")
            let text = edited(shape.text, original: written)
            guard text != written else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            map.personas[position].name = lines[0]
            map.personas[position].role = lines.count > 1 ? lines.dropFirst().joined(separator: "\n") : nil
        }
    }

    /// Warns of stages whose head is not in the drawing (a deleted column): their cards go to the
    /// nearest stage that has one, and the stage itself is kept, empty unless cards sit in it.
    private mutating func noteStagesWithoutHeads(_ columns: [Band]) {
        let headed = Set(columns.map(\.index))
        for (index, stage) in map.stages.enumerated() where !headed.contains(index) {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-drawio-journey",
                    "page '\(page.name)': stage '\(stage.name)' has no head in the drawing; the cards in its place "
                        + "are read into the nearest stage that has one",
                    at: .stage(stage.id), location: SourceLocation(file: file)))
        }
    }

    /// The lanes' rows, from their heads; a renamed head renames its lane.
    private mutating func laneRows() -> [Band] {
        var rows: [Band] = []
        var seen: [String: Int] = [:]
        let positions = Self.positions(of: map.lanes.map(\.id))
        for shape in page.shapes {
            guard let id = shape.attributes[JourneyAttribute.lane], !id.isEmpty, let bounds = shape.bounds,
                let index = Self.index(of: id, occurrence: &seen, in: positions)
            else { continue }
            map.lanes[index].title = edited(shape.text, original: map.lanes[index].title)
            rows.append(Band(index: index, low: bounds.y, high: bounds.maxY))
        }
        return rows
    }

    /// The positions of each identifier in a list, in order.
    private static func positions(of ids: [String]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (index, id) in ids.enumerated() { positions[id, default: []].append(index) }
        return positions
    }

    /// The position of the next element with this identifier: heads come in map order, so a map
    /// repeating an identifier gets each head back to its own stage or lane.
    private static func index(of id: String, occurrence seen: inout [String: Int], in positions: [String: [Int]])
        -> Int?
    {
        let wanted = seen[id, default: 0]
        seen[id] = wanted + 1
        guard let matches = positions[id], wanted < matches.count else { return nil }
        return matches[wanted]
    }

    /// The band a coordinate falls in, or the nearest one: `bands` sorted by their low ends, the
    /// neighbours of the coordinate found by bisection and, should edits have made bands overlap,
    /// a few more on either side.
    private func band(at value: Double, in bands: [Band]) -> Band? {
        var low = 0
        var high = bands.count
        while low < high {
            let middle = (low + high) / 2
            if bands[middle].low <= value { low = middle + 1 } else { high = middle }
        }
        let nearby = bands[max(0, low - 3)..<min(bands.count, low + 2)]
        return nearby.min { $0.distance(to: value) < $1.distance(to: value) }
    }

    /// An item read from its shape, where it sits and where it came in the file.
    struct Placed {
        var item: Item
        var position: Double
        var order: Int
    }

    private mutating func placeItems(columns: [Band], rows: [Band]) {
        var placed = [[Placed]](repeating: [], count: map.stages.count)
        var identifiers: Set<String> = []
        for (order, shape) in page.shapes.enumerated() {
            guard let json = shape.attributes[JourneyAttribute.item] else { continue }
            guard var item = AttributeJSON.decode(Item.self, from: json), let bounds = shape.bounds,
                let column = band(at: bounds.midX, in: columns)
            else {
                warn("the card '\(shape.id)' holds item data that cannot be read, or lies outside every stage", shape)
                continue
            }
            item.text = edited(shape.text, original: item.text)
            if let row = band(at: bounds.midY, in: rows), row.distance(to: bounds.midY) == 0 {
                item.laneID = map.lanes[row.index].id
            } else if !rows.isEmpty {
                warn(
                    "the card '\(shape.id)' lies outside every lane's row; its item stays in lane '\(item.laneID)'",
                    shape)
            }
            // Cards JourneyKit numbered keep their identifiers, even repeated ones (the map had them);
            // a card copied in draw.io gets a cell identifier of draw.io's and an item identifier of
            // its own.
            if Self.isNumberedCard(shape.id) {
                identifiers.insert(item.id)
            } else if identifiers.contains(item.id) {
                item.id = Self.unused(item.id, in: identifiers)
                identifiers.insert(item.id)
                warn("the card '\(shape.id)' is a copy; its item is read as '\(item.id)'", shape)
            } else {
                identifiers.insert(item.id)
            }
            let onCurve = map.lane(withID: item.laneID)?.kind == .emotions
            placed[column.index].append(Placed(item: item, position: onCurve ? bounds.midX : bounds.midY, order: order))
        }
        for index in map.stages.indices { map.stages[index].items = Self.ordered(placed[index]) }
    }

    /// Whether a cell identifier is one the writer gives cards (`item-12`).
    static func isNumberedCard(_ id: String) -> Bool {
        id.hasPrefix("item-") && id.dropFirst(5).allSatisfy(\.isASCII) && Int(id.dropFirst(5)) != nil
    }

    /// `id-copy`, `id-copy-2`, … whichever is not taken.
    static func unused(_ id: String, in taken: Set<String>) -> String {
        var candidate = "\(id)-copy"
        var number = 1
        while taken.contains(candidate) {
            number += 1
            candidate = "\(id)-copy-\(number)"
        }
        return candidate
    }

    /// A stage's items: in file order across lanes, and within each lane in the order the drawing
    /// shows them (top to bottom, or left to right on a curve), so that moving a card up or down
    /// reorders it and an unmoved drawing keeps the map's order.
    static func ordered(_ placed: [Placed]) -> [Item] {
        var items = placed.sorted { $0.order < $1.order }
        var slots: [String: [Int]] = [:]
        for (slot, entry) in items.enumerated() { slots[entry.item.laneID, default: []].append(slot) }
        for (_, positions) in slots {
            let shown = positions.map { items[$0] }.sorted { ($0.position, $0.order) < ($1.position, $1.order) }
            for (slot, entry) in zip(positions, shown) { items[slot] = entry }
        }
        return items.map(\.item)
    }

    /// Labels the user added that are not JourneyKit's: reported, not guessed at.
    private mutating func noteForeignLabels() {
        for shape in page.shapes
        where !shape.text.isEmpty && shape.shapeName != "root" && shape.shapeName != "layer"
            && !shape.attributes.keys.contains(where: { $0.hasPrefix("journeykit-") })
        {
            unplaced.append(
                ImportReport.UnplacedLabel(
                    text: shape.text, page: page.name, x: shape.bounds?.x, y: shape.bounds?.y,
                    reason: "added in draw.io to a JourneyKit drawing; not part of the map"))
            warn("the shape '\(shape.id)' was added to the drawing and is not read into the map", shape)
        }
    }

    private var labelCount: Int {
        page.shapes.filter { !$0.text.isEmpty }.count + page.edges.filter { !$0.text.isEmpty }.count
    }

    private mutating func warn(_ message: String, _ shape: DiagramShape) {
        diagnostics.append(
            Diagnostic(
                .warning, code: "import-drawio-journey", "page '\(page.name)': \(message)",
                location: shape.location ?? SourceLocation(file: file)))
    }
}
