import JourneyModel

// The cards: measured once per card width, placed in rows within their cell.
extension MapRenderer {
    /// An item's card at a width, measured once per width.
    ///
    /// While a layout is searched (``measuresOnly``), the card is measured but not drawn: a box of its
    /// size without pieces.
    mutating func card(stage stageIndex: Int, position: Int, width: Double) -> Box {
        let key = CardKey(stage: stageIndex, position: position, width: width)
        if measuresOnly { return Box(width: width, height: cardHeight(key), background: "") }
        if let box = cardCache[key] { return box }
        let box = cardContent(stage: stageIndex, position: position).box(
            width: width, geometry: geometry, styles: styles)
        cardCache[key] = box
        return box
    }

    /// A card's height at a width, from its texts measured once.
    mutating func cardHeight(_ key: CardKey) -> Double {
        if let height = cardHeights[key] { return height }
        let itemKey = CardKey(stage: key.stage, position: key.position, width: 0)
        let measured =
            measuredCards[itemKey]
            ?? MeasuredCard(cardContent(stage: key.stage, position: key.position), styles: styles)
        measuredCards[itemKey] = measured
        let height = measured.height(width: key.width, geometry: geometry, styles: styles)
        cardHeights[key] = height
        return height
    }

    /// What an item's card says, worked out once per item.
    mutating func cardContent(stage stageIndex: Int, position: Int) -> CardContent {
        let key = CardKey(stage: stageIndex, position: position, width: 0)
        if let content = cardContents[key] { return content }
        let stage = map.stages[stageIndex]
        let item = stage.items[position]
        var stepName: String?
        if let stepID = item.stepID, let step = stage.steps.first(where: { $0.id == stepID }) {
            stepName = step.name.isEmpty ? step.id : step.name
        }
        // The kind's style first: a mutating call among the arguments would copy the renderer.
        let kind = kindStyle(item.kind)
        let content = cardContent(item, kind: kind, stepName: stepName)
        cardContents[key] = content
        return content
    }

    /// The cards of a cell in rows of at most `across`.
    ///
    /// As few rows as that allows, with the cards spread evenly over the rows; a row of fewer cards
    /// widens them to the sub-column's width. Each row is as tall as its tallest card.
    ///
    /// - Parameter widths: the card widths used so far, the standard one first; a card of another
    ///   width gets the stripe drawn for that width.
    mutating func cellLayout(
        _ cell: Cell, stageIndex: Int, across: Int, cardWidth: Double, widths: inout [Double]
    ) -> CellLayout {
        let g = geometry
        var layout = CellLayout()
        guard !cell.positions.isEmpty else { return layout }
        cellsLaidOut += 1
        layout.cards.reserveCapacity(cell.positions.count)
        let items = map.stages[stageIndex].items
        let count = cell.positions.count
        let rows = (count + across - 1) / across
        let inner = Double(across) * cardWidth + Double(across - 1) * g.cardGap
        var y = g.cellPadding
        var start = 0
        for row in 0..<rows {
            let size = count / rows + (row < count % rows ? 1 : 0)
            let end = start + size
            let width =
                size == across ? cardWidth : ((inner - Double(size - 1) * g.cardGap) / Double(size)).rounded(.down)
            let variant = widths.firstIndex(of: width) ?? widths.count
            if variant == widths.count { widths.append(width) }
            var boxes: [Box] = []
            var rowHeight = 0.0
            for index in start..<end {
                var box = card(stage: stageIndex, position: cell.positions[index], width: width)
                if variant > 0, !measuresOnly { box.background += "-" + String(variant) }
                rowHeight = max(rowHeight, box.height)
                boxes.append(box)
            }
            for (offset, index) in (start..<end).enumerated() {
                let position = cell.positions[index]
                var box = boxes[offset]
                box.height = rowHeight
                let itemID = items[position].id
                let id =
                    measuresOnly ? "" : ids.make("item", itemID.isEmpty ? "\(stageIndex)-\(position)" : itemID)
                let x = g.cellPadding + Double(offset) * (width + g.cardGap)
                layout.cards.append((id, box, x, y))
            }
            y += rowHeight + g.cardGap
            start = end
        }
        layout.height = y - g.cardGap + g.cellPadding
        return layout
    }

    /// How cards of an item kind look: their label, colour class, icon and background.
    struct KindStyle {
        var label: String
        var accent: String
        var icon: Icon?
        var background: String
    }

    /// The style of a kind, worked out once per kind and map.
    mutating func kindStyle(_ kind: ItemKind) -> KindStyle {
        if let style = kindStyles[kind] { return style }
        var style = KindStyle(
            label: chrome.readableName(kind), accent: SVGStyleSheet.accentClass(kind), icon: nil,
            background: "box b-card")
        switch kind {
        case .painPoint: (style.icon, style.background) = (.painPoint, "box b-pain")
        case .opportunity: (style.icon, style.background) = (.opportunity, "box b-opp")
        case .keyMoment: (style.icon, style.background) = (.keyMoment, "box b-key")
        default: break
        }
        // The fill class paints the kind's stripe along the left edge and the background.
        style.background += " " + SVGStyleSheet.stripeClass(kind)
        kindStyles[kind] = style
        return style
    }

    /// A card's lines: the kind line with its icon, the channel, the text, a KPI's figures, the
    /// owner, the personas and the links.
    func cardContent(_ item: Item, kind: KindStyle, stepName: String?) -> CardContent {
        let g = geometry
        var content = CardContent(background: kind.background)

        // The kind line, with an icon for pain points, opportunities, key moments and emotions.
        var icon = kind.icon
        if icon == nil, item.score != nil || item.kind == .emotion { icon = .marker(series: emotionSeries(item)) }
        var kindLine = [kind.label]
        if let severity = item.severity { kindLine.append(chrome.severities[severity] ?? severity.rawValue) }
        if let priority = item.priority { kindLine.append(chrome.priorities[priority] ?? priority.rawValue) }
        // A score that is not a number is left out, as it is from the curve; validation reports it.
        if let score = item.score, score.value.isFinite { kindLine.append(Labels.score(score.value)) }
        if let type = item.contentType { kindLine.append(chrome.name(type)) }
        if let kind = item.metric?.kind { kindLine.append(chrome.name(kind)) }
        if let stepName { kindLine.append(Chrome.fill(chrome.step, stepName)) }
        if let icon { content.lines.append(.icon(icon, accentClass: kind.accent)) }
        let indent = icon == nil ? 0 : Definitions.iconSize(styles) + g.tinyGap * 2
        content.lines.append(.text(kindLine.joined(separator: " \u{00B7} "), .meta, indent: indent, gap: 0))

        if let channel = item.channel { content.lines.append(.chip(chrome.name(channel), gap: g.tinyGap)) }
        content.lines.append(.text(item.text, .body, indent: 0, gap: g.tinyGap))
        if let metric = item.metric { addMetric(metric, of: item, to: &content) }
        if let owner = item.owner, !owner.isEmpty {
            content.lines.append(.text(Chrome.fill(chrome.owner, owner), .meta, indent: 0, gap: g.tinyGap))
        }
        if !item.personaIDs.isEmpty {
            content.lines.append(.text(personaList(item.personaIDs), .meta, indent: 0, gap: g.tinyGap))
        }
        for link in item.links {
            let title = link.title.flatMap { $0.isEmpty ? nil : $0 } ?? link.url
            if link.isSafe {
                content.lines.append(.link(title, url: link.url, gap: g.tinyGap))
            } else {
                content.lines.append(.text(title, .meta, indent: 0, gap: g.tinyGap))
            }
        }
        return content
    }

    /// The curve style of an emotion item: its first persona's, or everyone's.
    func emotionSeries(_ item: Item) -> Int {
        guard let first = item.personaIDs.first else { return 0 }
        if let style = seriesStyles[first] { return style }
        guard let index = personaPositions[first] else { return map.personas.count + 1 }
        return index + 1
    }

    func writeCell(_ cell: CellLayout, lane: Lane, x: Double, y: Double, output: SVGOutput) throws {
        try output.open(
            "g", ["class": "cell", "role": "list", "aria-label": lane.title.isEmpty ? lane.id : lane.title])
        try output.newline()
        for card in cell.cards {
            try output.open("g", ["id": card.id, "class": "card", "role": "listitem"])
            try BoxDrawing.write(
                card.box, x: x + card.x, y: y + card.y, radius: 3, markerPrefix: prefix, theme: theme, to: output)
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()
    }
}
