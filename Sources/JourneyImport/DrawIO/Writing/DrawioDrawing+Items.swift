import JourneyModel
import JourneySVG

extension DrawioDrawing {
    /// Where an item goes: a card's frame, or an emotion point's centre and the width of its slot.
    struct ItemPlace {
        var row: Int
        var frame: DrawioCell.Frame?
        var center: (x: Double, y: Double) = (0, 0)
        var slotWidth: Double = 0
        var labelAbove = false
    }

    /// Cards and emotion points in map order (stage by stage, each stage's items in order, so that
    /// the file keeps the order across lanes), then the curves joining the points.
    mutating func addItems(in table: Table) throws {
        var itemNumber = 0
        var series = [[String: [String]]](repeating: [:], count: table.rows.count)
        var seriesOrder = [[String]](repeating: [], count: table.rows.count)
        for (stageIndex, stage) in map.stages.enumerated() {
            let places = placesOfItems(in: stage, stageIndex: stageIndex, table: table)
            for (item, place) in zip(stage.items, places) {
                itemNumber += 1
                let id = "item-\(itemNumber)"
                if let frame = place.frame {
                    try addCard(item, id: id, frame: frame)
                    continue
                }
                try addPoint(item, id: id, place: place)
                let key = item.personaIDs.first ?? ""
                if series[place.row][key] == nil { seriesOrder[place.row].append(key) }
                series[place.row][key, default: []].append(id)
            }
        }
        for row in table.rows.indices { addCurves(series[row], order: seriesOrder[row]) }
    }

    /// The place of each of a stage's items, in the stage's order: cards stacked from the top of
    /// their cell, points spread across it at the height of their score.
    func placesOfItems(in stage: Stage, stageIndex: Int, table: Table) -> [ItemPlace] {
        let left = table.x + metrics.laneHeadWidth + Double(stageIndex) * metrics.stageWidth
        var places = stage.items.map { ItemPlace(row: table.row(of: $0)) }
        // The stage's items by row, in one pass: not one pass per row, as maps can have thousands.
        var positionsByRow: [Int: [Int]] = [:]
        for position in places.indices { positionsByRow[places[position].row, default: []].append(position) }
        for (rowIndex, positions) in positionsByRow.sorted(by: { $0.key < $1.key })
        where table.rows.indices.contains(rowIndex) {
            let row = table.rows[rowIndex]
            let top = table.y + row.y
            var cardTop = top + metrics.cardInset
            for (slot, position) in positions.enumerated() {
                let item = stage.items[position]
                if row.isCurve {
                    let x = left + metrics.stageWidth * Double(slot + 1) / Double(positions.count + 1)
                    let y = EmotionCurve.y(
                        forScore: item.score?.value ?? 0, top: top, height: row.height, padding: metrics.curvePadding)
                    places[position].center = (x, y)
                    places[position].slotWidth = metrics.stageWidth / Double(positions.count)
                    places[position].labelAbove = slot % 2 == 1
                } else {
                    let height = metrics.cardHeight(for: item.text)
                    places[position].frame = DrawioCell.Frame(
                        x: left + metrics.cardInset, y: cardTop, width: metrics.stageWidth - 2 * metrics.cardInset,
                        height: height)
                    cardTop += height + metrics.cardGap
                }
            }
        }
        return places
    }

    /// The wrapper attributes every item shape carries: its JSON, its kind as a tooltip and its
    /// first web or mail link, so that draw.io makes only those clickable.
    private func itemData(_ item: Item) throws -> [(name: String, value: String)] {
        var data: [(name: String, value: String)] = [("tooltip", item.kind.displayName)]
        if let link = item.links.first(where: \.isSafe) { data.append(("link", link.url)) }
        data.append((JourneyAttribute.item, try AttributeJSON.encode(item)))
        return data
    }

    private mutating func addCard(_ item: Item, id: String, frame: DrawioCell.Frame) throws {
        var card = DrawioCell(id: id, parent: "1", kind: .vertex)
        card.label = try DrawioLabelMarkup.markup(for: item.text)
        card.data = try itemData(item)
        card.style = cardStyle(fill: background(for: item.kind), stroke: theme.cardBorder)
        card.frame = frame
        cells.append(card)
        // The kind's colour as a stripe at the left edge, as in the SVG export; a child of the card,
        // so it moves with it.
        var stripe = DrawioCell(id: "\(id)-kind", parent: id, kind: .vertex)
        stripe.connectable = false
        stripe.style = DrawioStyle([
            ("rounded", "0"), ("html", "1"), ("fillColor", color(theme.accent(for: item.kind))),
            ("strokeColor", "none"), ("movable", "0"), ("resizable", "0"), ("editable", "0"),
            ("selectable", "0"), ("pointerEvents", "0"),
        ])
        stripe.frame = .init(x: 0, y: 0, width: metrics.stripeWidth, height: frame.height)
        cells.append(stripe)
    }

    private mutating func addPoint(
        _ item: Item, id: String, place: ItemPlace
    ) throws {
        let (center, slotWidth) = (place.center, place.slotWidth)
        var point = DrawioCell(id: id, parent: "1", kind: .vertex)
        point.label = try DrawioLabelMarkup.markup(for: item.text)
        point.data = try itemData(item)
        point.style = DrawioStyle(
            shape: "ellipse",
            [
                ("html", "1"), ("whiteSpace", "wrap"), ("aspect", "fixed"),
                ("fillColor", color(theme.accent(for: .emotion))), ("strokeColor", color(theme.page)),
                ("fontColor", color(theme.text)), ("fontSize", number(metrics.fontSize - 1)),
                // Neighbouring points put their labels on opposite sides, so that they do not overlap.
                ("verticalLabelPosition", place.labelAbove ? "top" : "bottom"),
                ("verticalAlign", place.labelAbove ? "bottom" : "top"), ("labelPosition", "center"),
                ("align", "center"), ("labelWidth", number(max(slotWidth - metrics.cardGap, metrics.pointSize))),
            ])
        point.frame = .init(
            x: center.x - metrics.pointSize / 2, y: center.y - metrics.pointSize / 2, width: metrics.pointSize,
            height: metrics.pointSize)
        cells.append(point)
    }

    /// One line per series, point to point, coloured as the SVG export colours them: everyone's
    /// emotions in the first colour, each persona's in the colour of its place in the map.
    private mutating func addCurves(_ series: [String: [String]], order: [String]) {
        for key in order {
            let points = series[key] ?? []
            let colorIndex = key.isEmpty ? 0 : (map.personas.firstIndex { $0.id == key }).map { $0 + 1 } ?? 0
            for (from, to) in zip(points, points.dropFirst()) {
                var edge = DrawioCell(id: "\(from)-curve", parent: "1", kind: .edge(source: from, target: to))
                edge.style = DrawioStyle([
                    ("endArrow", "none"), ("html", "1"), ("curved", "1"), ("strokeWidth", "2"),
                    ("strokeColor", color(theme.seriesColor(colorIndex))),
                ])
                cells.append(edge)
            }
        }
    }

    /// Transitions as arrows between the heads of their stages, arching over the table.
    mutating func addTransitions() throws {
        for (index, transition) in map.transitions.enumerated() {
            guard let from = stageNumber(of: transition.from), let to = stageNumber(of: transition.to) else { continue }
            var edge = DrawioCell(
                id: "transition-\(index + 1)", parent: "1", kind: .edge(source: "stage-\(from)", target: "stage-\(to)"))
            edge.label = try DrawioLabelMarkup.markup(for: transition.label ?? "")
            edge.data = [(JourneyAttribute.transition, transition.id)]
            edge.style = DrawioStyle([
                ("edgeStyle", "orthogonalEdgeStyle"), ("curved", "1"), ("html", "1"), ("endArrow", "block"),
                ("exitX", "0.5"), ("exitY", "0"), ("entryX", "0.5"), ("entryY", "0"),
                ("strokeColor", color(map.isBackward(transition) ? theme.arrow : theme.mutedText)),
                ("fontColor", color(theme.text)), ("fontSize", number(metrics.fontSize - 1)),
                ("labelBackgroundColor", color(theme.cardBackground)),
            ])
            cells.append(edge)
        }
    }

    /// The number of the stage head (from 1) of a stage or of the stage holding a step.
    private func stageNumber(of id: String) -> Int? {
        map.stages.firstIndex { $0.id == id || $0.steps.contains { $0.id == id } }.map { $0 + 1 }
    }

    private func background(for kind: ItemKind) -> SVGColor {
        switch kind {
        case .painPoint: theme.painPointBackground
        case .opportunity: theme.opportunityBackground
        case .keyMoment: theme.keyMomentBackground
        default: theme.cardBackground
        }
    }
}
