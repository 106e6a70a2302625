import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Lays a map out and writes it as SVG.
///
/// Layout first, then drawing: a lane is as tall as its tallest cell, so every card must be
/// measured before anything is written. Each step visits each item a bounded number of times, and
/// only cells that hold cards are kept (a grid of thousands of stages by thousands of lanes is
/// mostly empty), so the cost grows linearly with the items, lanes and stages, never with their
/// product.
struct MapRenderer {
    let map: JourneyMap
    let format: JourneySVGFormat
    let theme: SVGTheme
    let styles: TextStyles
    let geometry: Geometry
    var ids: SVGIdentifiers
    let prefix: String
    /// The words the drawing writes itself, in the map's language or the format's locale.
    let chrome: Chrome
    /// Persona names by identifier; the identifier where a persona has no name.
    let personaNames: [String: String]
    /// Persona positions in the map by identifier, for curve styles.
    let personaPositions: [String: Int]
    /// The curve style of each persona with a curve, so a card's marker matches its line.
    var seriesStyles: [String: Int] = [:]
    private var kindStyles: [ItemKind: KindStyle] = [:]
    /// The emotion curves of the lanes drawn, once rendering has collected them.
    private(set) var emotionCurves: EmotionLaneCurves?
    /// How many cells rendering laid out: those that hold cards.
    private(set) var cellsLaidOut = 0

    init(map: JourneyMap, format: JourneySVGFormat) {
        self.map = map
        self.format = format
        chrome = Chrome.for(language: format.locale ?? map.language)
        theme = format.theme
        styles = TextStyles(fontSize: format.fontSize)
        geometry = Geometry(fontSize: format.fontSize)
        let sanitized = SVGIdentifiers.sanitize(map.id)
        prefix = "jm-" + sanitized + "-"
        ids = SVGIdentifiers(prefix: prefix)
        var names: [String: String] = [:]
        var positions: [String: Int] = [:]
        for (index, persona) in map.personas.enumerated() where names[persona.id] == nil {
            names[persona.id] = persona.name.isEmpty ? persona.id : persona.name
            positions[persona.id] = index
        }
        personaNames = names
        personaPositions = positions
    }

    /// The names of personas joined with commas; a persona the map lacks is named by its identifier.
    private func personaList(_ ids: [String]) -> String {
        // A loop rather than `map(personaName)`: a method reference would capture a copy of the
        // whole renderer.
        var text = ""
        for id in ids {
            if !text.isEmpty { text += ", " }
            text += personaNames[id] ?? id
        }
        return text
    }

    // MARK: - What to draw

    /// The lanes to draw, declared ones first, then lanes items name but the map does not declare.
    private func resolveLanes() throws -> [Lane] {
        var lanes: [Lane] = []
        var known: Set<String> = []
        for lane in map.lanes where known.insert(lane.id).inserted { lanes.append(lane) }
        for stage in map.stages {
            for item in stage.items where known.insert(item.laneID).inserted {
                lanes.append(
                    Lane(
                        id: item.laneID, kind: item.kind.defaultLane,
                        title: item.laneID.isEmpty ? chrome.otherLane : item.laneID
                    ))
            }
        }
        guard let wanted = format.lanes else { return lanes }
        var byID: [String: Lane] = [:]
        for lane in lanes where byID[lane.id] == nil { byID[lane.id] = lane }
        var shown: [Lane] = []
        var seen: Set<String> = []
        for id in wanted where seen.insert(id).inserted {
            guard let lane = byID[id] else {
                let names = lanes.map(\.id).joined(separator: ", ")
                throw WriteError("the map has no lane '\(id)' to draw (its lanes: \(names))", kind: .invalidOptions)
            }
            shown.append(lane)
        }
        return shown
    }

    private func resolvePersonas() throws -> Set<String>? {
        guard let wanted = format.personas else { return nil }
        let known = Set(map.personas.map(\.id))
        for id in wanted where !known.contains(id) {
            let names = map.personas.map(\.id).joined(separator: ", ")
            throw WriteError("the map has no persona '\(id)' to draw (its personas: \(names))", kind: .invalidOptions)
        }
        return Set(wanted)
    }

    private static func isShown(_ personaIDs: [String], _ filter: Set<String>?) -> Bool {
        guard let filter, !personaIDs.isEmpty else { return true }
        return personaIDs.contains { filter.contains($0) }
    }

    // MARK: - Rendering

    mutating func render() throws -> Data {
        let lanes = try resolveLanes()
        let personaFilter = try resolvePersonas()
        let personas = map.personas.filter { personaFilter?.contains($0.id) ?? true }
        let g = geometry
        let f = format.fontSize

        // Items by stage and lane.
        var laneIndex: [String: Int] = [:]
        for (index, lane) in lanes.enumerated() where laneIndex[lane.id] == nil { laneIndex[lane.id] = index }
        // The cells that hold cards, stage by stage in lane order, with the positions of their items
        // in the stage: copying whole items costs, and empty cells are not kept at all.
        var cells: [[Cell]] = []
        cells.reserveCapacity(map.stages.count)
        for stage in map.stages {
            var byLane: [Int: [Int]] = [:]
            for (position, item) in stage.items.enumerated() where Self.isShown(item.personaIDs, personaFilter) {
                if let index = laneIndex[item.laneID] { byLane[index, default: []].append(position) }
            }
            cells.append(byLane.keys.sorted().map { Cell(lane: $0, positions: byLane[$0]!) })
        }

        // Columns: wide enough for one to four cards side by side, depending on the fullest cell.
        let perColumn = cells.map { stage -> Int in
            let fullest = stage.map(\.positions.count).max() ?? 0
            return min(max((fullest + Geometry.cardsPerSubcolumn - 1) / Geometry.cardsPerSubcolumn, 1), 4)
        }
        let subcolumns = perColumn.reduce(0, +)
        let fixed = perColumn.reduce(0.0) { $0 + 2 * g.cellPadding + Double($1 - 1) * g.cardGap }
        var cardWidth = g.cardWidth
        if let width = format.width, subcolumns > 0 {
            let available = width - 2 * g.margin - g.laneHeaderWidth - fixed
            cardWidth = max(g.minimumCardWidth, (available / Double(subcolumns)).rounded(.down))
        }
        var columns: [EmotionCurve.Column] = []
        var x = g.margin + g.laneHeaderWidth
        for count in perColumn {
            let width = 2 * g.cellPadding + Double(count) * cardWidth + Double(count - 1) * g.cardGap
            columns.append(EmotionCurve.Column(x: x, width: width))
            x += width
        }
        let gridLeft = g.margin + g.laneHeaderWidth
        let gridRight = x
        var totalWidth = max(gridRight + g.margin, format.width ?? f * 50)
        totalWidth = totalWidth.rounded(.up)
        let contentWidth = totalWidth - 2 * g.margin

        // Header, stage heads, lane heads.
        // The header's box reaches a little past the content on every side, so tall glyphs from
        // fallback fonts (emoji) stay inside it.
        let headerPadding = g.smallGap
        var header = headerBox(width: contentWidth + 2 * headerPadding, padding: headerPadding, personas: personas)
        header.titleID = ids.make("heading", "title")
        var stageHeads = map.stages.enumerated().map { index, stage in
            stageBox(stage, width: columns[index].width, personaFilter: personaFilter)
        }
        let stageHeadHeight = stageHeads.map(\.height).max() ?? 0
        for index in stageHeads.indices {
            stageHeads[index].height = stageHeadHeight
            stageHeads[index].titleID = ids.make("stage-name", map.stages[index].id)
        }

        // The emotion curves, from one pass over the items for all emotions lanes, then the cards,
        // cell by cell.
        var emotionLanes: [String] = []
        var emotionLaneOffsets: [Int] = []
        for (offset, lane) in lanes.enumerated() where lane.kind == .emotions {
            emotionLanes.append(lane.id)
            emotionLaneOffsets.append(offset)
        }
        let collected = EmotionLaneCurves(map: map, lanes: emotionLanes, personas: format.personas, chrome: chrome)
        emotionCurves = collected
        var curves: [EmotionCurve?] = Array(repeating: nil, count: lanes.count)
        for (offset, curve) in zip(emotionLaneOffsets, collected.curves) { curves[offset] = curve }
        for curve in collected.curves {
            for series in curve?.series ?? [] {
                if let id = series.personaID, seriesStyles[id] == nil { seriesStyles[id] = series.styleIndex }
            }
        }
        var cellLayouts: [[(lane: Int, layout: CellLayout)]] = []
        cellLayouts.reserveCapacity(map.stages.count)
        for (stageIndex, stage) in map.stages.enumerated() {
            var row: [(lane: Int, layout: CellLayout)] = []
            row.reserveCapacity(cells[stageIndex].count)
            for cell in cells[stageIndex] {
                let layout = cellLayout(
                    cell.positions, stage: stage, stageIndex: stageIndex, subcolumns: perColumn[stageIndex],
                    cardWidth: cardWidth)
                row.append((cell.lane, layout))
            }
            cellsLaidOut += row.count
            cellLayouts.append(row)
        }
        var laneHeads = lanes.map { laneBox($0, width: g.laneHeaderWidth) }
        // A lane is as tall as its head, its tallest cell and its curve above the cells.
        var laneHeights: [Double] = []
        laneHeights.reserveCapacity(lanes.count)
        for laneOffset in lanes.indices {
            var height = max(laneHeads[laneOffset].height, g.minimumLaneHeight)
            if curves[laneOffset] != nil, !map.stages.isEmpty { height = max(height, g.chartHeight + g.cellPadding) }
            laneHeights.append(height)
        }
        for row in cellLayouts {
            for (laneOffset, layout) in row {
                let chart = curves[laneOffset] == nil ? 0 : g.chartHeight + g.cellPadding
                laneHeights[laneOffset] = max(laneHeights[laneOffset], chart + layout.height)
            }
        }
        for laneOffset in lanes.indices { laneHeads[laneOffset].height = laneHeights[laneOffset] }

        // Transitions that go back, and the legend.
        let back = backTransitions(
            columns: columns, gridLeft: gridLeft, gridRight: gridRight, cardWidth: cardWidth,
            personaFilter: personaFilter)
        var bandHead = back.isEmpty ? nil : bandBox(width: g.laneHeaderWidth)
        let bandHeight = back.isEmpty ? 0 : max(back.height, bandHead?.height ?? 0)
        bandHead?.height = bandHeight
        let legend = Legend.box(
            entries: legendEntries(cells: cells, curves: curves, hasBackTransitions: !back.isEmpty),
            width: contentWidth, styles: styles, title: chrome.legend, chrome: chrome)

        // Vertical positions.
        let headerTop = g.margin
        let gridTop = headerTop - headerPadding + header.height + g.sectionGap
        var laneTops: [Double] = []
        var y = gridTop + stageHeadHeight
        for height in laneHeights {
            laneTops.append(y)
            y += height
        }
        let bandTop = y
        y += bandHeight
        let gridBottom = y
        let legendTop = gridBottom + g.sectionGap
        let totalHeight = (legendTop + legend.height + g.margin).rounded(.up)

        // Writing.
        let output = try SVGOutput()
        output.mirror = HorizontalMirror(language: format.locale ?? map.language, width: totalWidth)
        try output.xml.startDocument()
        try writeRoot(output, width: totalWidth, height: totalHeight, laneCount: lanes.count, personas: personas)
        try SVGStyleSheet.write(theme: theme, styles: styles, stripePrefix: prefix, to: output)
        try Definitions.write(
            prefix: prefix, styles: styles, theme: theme, stripe: g.stripeWidth / cardWidth, to: output)
        try output.rect(x: 0, y: 0, width: totalWidth, height: totalHeight, className: "b-page")
        try output.newline()

        // The header.
        try output.open("g", ["id": ids.make("section", "header"), "class": "header"])
        try BoxDrawing.write(
            header, x: g.margin - headerPadding, y: headerTop - headerPadding, radius: 0, markerPrefix: prefix,
            theme: theme, to: output)
        try output.close()
        try output.newline()

        // The grid's backgrounds and lines: decoration only.
        try output.open("g", ["class": "grid", "aria-hidden": "true"])
        for (offset, top) in laneTops.enumerated() where offset % 2 == 1 {
            try output.rect(
                x: gridLeft, y: top, width: gridRight - gridLeft, height: laneHeights[offset], className: "b-band")
        }
        var lines = PathData()
        for column in columns.dropFirst() {
            lines.move(column.x, gridTop)
            lines.line(column.x, gridBottom)
        }
        for top in laneTops.dropFirst() + (back.isEmpty ? [] : [bandTop]) {
            lines.move(g.margin, top)
            lines.line(gridRight, top)
        }
        if !lines.text.isEmpty { try output.path(lines.text, className: "g-line") }
        try output.close()
        try output.newline()

        // Lane heads: the row titles.
        try output.open(
            "g", ["id": ids.make("section", "lanes"), "class": "lanes", "role": "list", "aria-label": chrome.lanes])
        try output.newline()
        for (offset, lane) in lanes.enumerated() {
            try output.open("g", ["id": ids.make("lane", lane.id), "class": "lane", "role": "listitem"])
            try BoxDrawing.write(
                laneHeads[offset], x: g.margin, y: laneTops[offset], radius: 0, markerPrefix: prefix, theme: theme,
                to: output)
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()

        // Stages, in journey order: the head, then the cards of each lane.
        for (stageIndex, stage) in map.stages.enumerated() {
            let column = columns[stageIndex]
            let head = stageHeads[stageIndex]
            let stageID = ids.make("stage", stage.id)
            if let titleID = head.titleID {
                try output.open("g", ["id": stageID, "class": "stage", "role": "group", "aria-labelledby": titleID])
            } else {
                try output.open("g", ["id": stageID, "class": "stage", "role": "group"])
            }
            try output.newline()
            try output.open("g", ["class": "stage-head"])
            try BoxDrawing.write(
                head, x: column.x, y: gridTop, radius: 0, markerPrefix: prefix, theme: theme, to: output)
            try output.close()
            try output.newline()
            for (laneOffset, cell) in cellLayouts[stageIndex] where !cell.cards.isEmpty {
                let chart = curves[laneOffset] == nil ? 0 : g.chartHeight + g.cellPadding
                try writeCell(
                    cell, lane: lanes[laneOffset], x: column.x, y: laneTops[laneOffset] + chart, stage: stage,
                    output: output)
            }
            try output.close()
            try output.newline()
        }

        // Emotion curves over their lanes.
        for (laneOffset, curve) in curves.enumerated() {
            guard let curve else { continue }
            try ChartDrawing(
                curve: curve, columns: columns, top: laneTops[laneOffset] + g.cellPadding, left: gridLeft,
                width: gridRight - gridLeft, height: g.chartHeight - g.cellPadding, styles: styles, theme: theme,
                markerPrefix: prefix
            ).write(to: output, label: chrome.emotionCurve + ": " + lanes[laneOffset].title)
        }

        // Transitions that go back.
        if let bandHead {
            try writeBackTransitions(back, head: bandHead, top: bandTop, output: output)
        }

        try Legend.write(
            legend, x: g.margin, y: legendTop, markerPrefix: prefix, theme: theme, label: chrome.legend, to: output)
        try output.closeRoot()
        return try output.finish()
    }

    // MARK: - The root

    private mutating func writeRoot(
        _ output: SVGOutput, width: Double, height: Double, laneCount: Int, personas: [Persona]
    ) throws {
        var attributes: [(String, String)] = [
            ("xmlns", SVGOutput.namespace), ("xmlns:xlink", SVGOutput.xlinkNamespace), ("version", "1.1"),
            ("class", "jm theme-" + SVGIdentifiers.sanitize(theme.name)), ("width", SVGNumber.format(width)),
            ("height", SVGNumber.format(height)),
            ("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height)),
        ]
        let titleID = ids.make("title", "map")
        let descriptionID = ids.make("desc", "map")
        attributes += [
            ("role", "graphics-document"), ("aria-roledescription", chrome.inSentence(chrome.untitledMap)),
            ("aria-labelledby", titleID),
            ("aria-describedby", descriptionID),
        ]
        if let language = map.language, Self.isLanguageTag(language) {
            attributes += [("xml:lang", language), ("lang", language)]
        }
        attributes += [("font-family", SVGStyleSheet.fontFamily), ("font-size", SVGNumber.format(format.fontSize))]
        try output.openRoot("svg", attributes: attributes)
        try output.element("title", ["id": titleID], text: map.title.isEmpty ? chrome.untitledMap : map.title)
        try output.element("desc", ["id": descriptionID], text: description(laneCount: laneCount, personas: personas))
        try output.newline()
    }

    private func description(laneCount: Int, personas: [Persona]) -> String {
        let kind = Chrome.fill(
            chrome.mapDescription, mapState, chrome.inSentence(mapScope), map.kind == .b2b ? chrome.b2b : chrome.b2c)
        var parts = [kind]
        let stages = map.stages.map(\.name).filter { !$0.isEmpty }
        let stageCount = map.stages.count == 1 ? chrome.stageCountOne : chrome.stageCountOther
        parts.append(
            Chrome.fill(stageCount, String(map.stages.count))
                + (stages.isEmpty ? "" : ": " + stages.joined(separator: ", ")))
        parts.append(Chrome.fill(laneCount == 1 ? chrome.laneCountOne : chrome.laneCountOther, String(laneCount)))
        if !personas.isEmpty {
            parts.append(
                chrome.inSentence(personasHeading(count: personas.count)) + ": "
                    + personas.map(\.name).joined(separator: ", "))
        }
        var text = parts.joined(separator: "; ") + "."
        if let summary = map.summary, !summary.isEmpty { text += " " + summary }
        return text
    }

    private var mapState: String { map.state == .current ? chrome.asIs : chrome.toBe }

    private var mapScope: String { map.scope == .buyerJourney ? chrome.buyerJourney : chrome.customerJourney }

    /// "Buying committee" for B2B maps, else "Persona" or "Personas".
    private func personasHeading(count: Int) -> String {
        map.kind == .b2b ? chrome.buyingCommittee : (count == 1 ? chrome.persona : chrome.personas)
    }

    private static func isLanguageTag(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 35
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            }
    }

    // MARK: - Header

    private func headerBox(width: Double, padding: Double, personas: [Persona]) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: padding, styles: styles)
        stacker.text(map.title.isEmpty ? chrome.untitledMap : map.title, .title)
        var chips = [map.kind == .b2b ? chrome.b2b : chrome.b2c, mapState, mapScope]
        if let language = map.language, !language.isEmpty { chips.append(Chrome.fill(chrome.languageChip, language)) }
        stacker.chips(chips, gap: g.smallGap)
        if let summary = map.summary {
            stacker.text(summary, .body, gap: g.smallGap, maximumWidth: g.readingWidth)
        }
        if !map.metadata.isEmpty {
            let entries = map.metadata.keys.sorted().map { $0 + ": " + (map.metadata[$0] ?? "") }
            stacker.text(entries.joined(separator: " \u{00B7} "), .meta, gap: g.smallGap, maximumWidth: g.readingWidth)
        }
        if !personas.isEmpty {
            stacker.text(personasHeading(count: personas.count), .heading, gap: g.sectionGap * 0.75)
            let boxWidth = min(g.personaWidth, stacker.innerWidth)
            let boxes = personas.map { personaBox($0, width: boxWidth) }
            stacker.boxes(boxes, className: "persona", spacing: g.cardGap * 1.5, gap: g.smallGap)
            if let chain = approvalChain(personas: personas) {
                stacker.text(chain, .secondary, gap: g.smallGap, maximumWidth: g.readingWidth)
            }
        }
        return stacker.box(padding: padding, background: "box b-page")
    }

    private func personaBox(_ persona: Persona, width: Double) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cardPadding, styles: styles)
        stacker.text(persona.name.isEmpty ? persona.id : persona.name, .strong)
        if let role = persona.role { stacker.text(role, .secondary, gap: g.tinyGap) }
        if let organization = persona.organization { stacker.text(organization, .meta, gap: g.tinyGap) }
        if let role = persona.decisionRole {
            stacker.chip(chrome.name(role), gap: g.smallGap)
        }
        if let boss = persona.reportsTo, !boss.isEmpty {
            stacker.text(Chrome.fill(chrome.reportsTo, personaList([boss])), .meta, gap: g.tinyGap)
        }
        if persona.decisionRole == .approver {
            stacker.text(chrome.approvesPurchase, .meta, gap: g.tinyGap)
        }
        return stacker.box(padding: g.cardPadding, background: "box b-card")
    }

    /// "Approval: Maya Brooks (initiator) → Sofia Marino (decision maker) → Katrin Vogel (approver)":
    /// the longest reports-to chain among the personas shown.
    private func approvalChain(personas: [Persona]) -> String? {
        guard map.kind == .b2b else { return nil }
        var byID: [String: Persona] = [:]
        for persona in map.personas where byID[persona.id] == nil { byID[persona.id] = persona }
        // The length of the chain above each persona, remembered, so long chains cost linear time.
        var lengths: [String: Int] = [:]
        func length(_ start: String) -> Int {
            var path: [String] = []
            var seen: Set<String> = []
            var next: String? = start
            while let id = next, lengths[id] == nil, byID[id] != nil, seen.insert(id).inserted {
                path.append(id)
                next = byID[id]?.reportsTo
            }
            var above = next.flatMap { lengths[$0] } ?? 0
            for id in path.reversed() {
                above += 1
                lengths[id] = above
            }
            return lengths[start] ?? 0
        }
        var best: Persona?
        var bestLength = 1
        for persona in personas where persona.reportsTo != nil {
            let candidate = length(persona.id)
            if candidate > bestLength {
                best = persona
                bestLength = candidate
            }
        }
        guard let best else { return nil }
        var chain: [Persona] = []
        var seen: Set<String> = []
        var next: String? = best.id
        while let id = next, let persona = byID[id], seen.insert(id).inserted {
            chain.append(persona)
            next = persona.reportsTo
        }
        let names = chain.map { persona in
            let name = persona.name.isEmpty ? persona.id : persona.name
            guard let role = persona.decisionRole else { return name }
            return name + " (" + chrome.inSentence(chrome.name(role)) + ")"
        }
        return Chrome.fill(chrome.approval, names.joined(separator: " \u{2192} "))
    }

    // MARK: - Stage and lane heads

    private func stageBox(_ stage: Stage, width: Double, personaFilter: Set<String>?) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        stacker.text(stage.name.isEmpty ? stage.id : stage.name, .heading)
        if let goal = stage.goal { stacker.text(goal, .secondary, gap: g.tinyGap) }
        if let duration = stage.expectedDuration, !duration.isEmpty {
            stacker.text(
                Chrome.fill(chrome.duration, DisplayText.duration(duration, chrome: chrome)), .meta, gap: g.tinyGap)
        }
        if !stage.steps.isEmpty {
            let names = stage.steps.map { $0.name.isEmpty ? $0.id : $0.name }
            stacker.text(Chrome.fill(chrome.stepList, names.joined(separator: " \u{2192} ")), .meta, gap: g.tinyGap)
        }
        let who = stage.personaIDs.filter { personaFilter?.contains($0) ?? true }
        if !who.isEmpty { stacker.text(Chrome.fill(chrome.who, personaList(who)), .meta, gap: g.tinyGap) }
        return stacker.box(padding: g.cellPadding, background: "box b-stage")
    }

    private func laneBox(_ lane: Lane, width: Double) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        stacker.text(lane.title.isEmpty ? lane.id : lane.title, .strong)
        if let description = lane.description { stacker.text(description, .meta, gap: g.tinyGap) }
        return stacker.box(padding: g.cellPadding, background: "box b-lane")
    }

    private func bandBox(width: Double) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        stacker.text(chrome.goingBack, .strong)
        stacker.text(chrome.goingBackNote, .meta, gap: g.tinyGap)
        return stacker.box(padding: g.cellPadding, background: "box b-lane")
    }

    // MARK: - Cards

    /// A cell that holds cards: its lane's position among the lanes drawn, and the positions of its
    /// items in their stage.
    private struct Cell {
        var lane: Int
        var positions: [Int]
    }

    private struct CellLayout {
        var cards: [(id: String, box: Box, x: Double, y: Double)] = []
        var height = 0.0
    }

    private mutating func cellLayout(
        _ positions: [Int], stage: Stage, stageIndex: Int, subcolumns: Int, cardWidth: Double
    ) -> CellLayout {
        let items = stage.items
        let g = geometry
        var layout = CellLayout()
        guard !positions.isEmpty else { return layout }
        layout.cards.reserveCapacity(positions.count)
        var stepNames: [String: String] = [:]
        for step in stage.steps where stepNames[step.id] == nil {
            stepNames[step.id] = step.name.isEmpty ? step.id : step.name
        }
        var boxes: [Box] = []
        boxes.reserveCapacity(positions.count)
        for position in positions {
            boxes.append(
                cardBox(items[position], kind: kindStyle(items[position].kind), stepNames: stepNames, width: cardWidth))
        }
        var y = g.cellPadding
        var start = 0
        while start < boxes.count {
            let end = min(start + subcolumns, boxes.count)
            var rowHeight = 0.0
            for index in start..<end { rowHeight = max(rowHeight, boxes[index].height) }
            for index in start..<end {
                boxes[index].height = rowHeight
                let itemID = items[positions[index]].id
                let id = ids.make("item", itemID.isEmpty ? "\(stageIndex)-\(positions[index])" : itemID)
                let x = g.cellPadding + Double(index - start) * (cardWidth + g.cardGap)
                layout.cards.append((id, boxes[index], x, y))
            }
            y += rowHeight + g.cardGap
            start = end
        }
        layout.height = y - g.cardGap + g.cellPadding
        return layout
    }

    /// How cards of an item kind look: their label, colour class, icon and background.
    private struct KindStyle {
        var label: String
        var accent: String
        var icon: Icon?
        var background: String
    }

    /// The style of a kind, worked out once per kind and map.
    private mutating func kindStyle(_ kind: ItemKind) -> KindStyle {
        if let style = kindStyles[kind] { return style }
        var style = KindStyle(
            label: chrome.name(kind), accent: SVGStyleSheet.accentClass(kind), icon: nil, background: "box b-card")
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

    private func cardBox(_ item: Item, kind: KindStyle, stepNames: [String: String], width: Double) -> Box {
        let g = geometry
        let accent = kind.accent
        var stacker = BoxStacker(width: width, padding: g.cardPadding, inset: g.stripeWidth, styles: styles)

        // The kind line, with an icon for pain points, opportunities, key moments and emotions.
        var icon = kind.icon
        let background = kind.background
        if icon == nil, item.score != nil || item.kind == .emotion { icon = .marker(series: emotionSeries(item)) }
        var kindLine = [kind.label]
        if let severity = item.severity { kindLine.append(chrome.severities[severity] ?? severity.rawValue) }
        if let priority = item.priority { kindLine.append(chrome.priorities[priority] ?? priority.rawValue) }
        // A score that is not a number is left out, as it is from the curve; validation reports it.
        if let score = item.score, score.value.isFinite { kindLine.append(Labels.score(score.value)) }
        if let type = item.contentType { kindLine.append(chrome.name(type)) }
        if let kind = item.metric?.kind { kindLine.append(chrome.name(kind)) }
        if let stepID = item.stepID, let step = stepNames[stepID] { kindLine.append(Chrome.fill(chrome.step, step)) }
        let meta = styles[.meta]
        let iconSize = Definitions.iconSize(styles)
        if let icon {
            stacker.overlay(
                .icon(
                    icon, x: stacker.left, y: stacker.y + (meta.lineHeight - iconSize) / 2, size: iconSize,
                    accentClass: accent))
        }
        stacker.text(
            kindLine.joined(separator: " \u{00B7} "), .meta, indent: icon == nil ? 0 : iconSize + g.tinyGap * 2)

        if let channel = item.channel { stacker.chip(chrome.name(channel), gap: g.tinyGap) }
        stacker.text(item.text, .body, gap: g.tinyGap)
        if let metric = item.metric { addMetric(metric, of: item, to: &stacker) }
        if let owner = item.owner, !owner.isEmpty {
            stacker.text(Chrome.fill(chrome.owner, owner), .meta, gap: g.tinyGap)
        }
        if !item.personaIDs.isEmpty {
            stacker.text(personaList(item.personaIDs), .meta, gap: g.tinyGap)
        }
        for link in item.links {
            let title = link.title.flatMap { $0.isEmpty ? nil : $0 } ?? link.url
            if link.isSafe {
                stacker.link(title, url: link.url, gap: g.tinyGap)
            } else {
                stacker.text(title, .meta, gap: g.tinyGap)
            }
        }
        return stacker.box(padding: g.cardPadding, background: background)
    }

    /// The curve style of an emotion item: its first persona's, or everyone's.
    private func emotionSeries(_ item: Item) -> Int {
        guard let first = item.personaIDs.first else { return 0 }
        if let style = seriesStyles[first] { return style }
        guard let index = personaPositions[first] else { return map.personas.count + 1 }
        return index + 1
    }

    private func writeCell(
        _ cell: CellLayout, lane: Lane, x: Double, y: Double, stage: Stage, output: SVGOutput
    ) throws {
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

    // MARK: - Transitions that go back

    private struct BackTransition {
        var id: String
        var box: Box
        var boxX: Double
        var from: Double
        var to: Double
        var track: Int
    }

    private struct BackTransitions {
        var items: [BackTransition] = []
        var trackTops: [Double] = []
        var trackBoxHeights: [Double] = []
        var height = 0.0
        var isEmpty: Bool { items.isEmpty }
    }

    private mutating func backTransitions(
        columns: [EmotionCurve.Column], gridLeft: Double, gridRight: Double, cardWidth: Double,
        personaFilter: Set<String>?
    ) -> BackTransitions {
        let g = geometry
        var result = BackTransitions()
        var stageOf: [String: Int] = [:]
        var names: [String: String] = [:]
        for (index, stage) in map.stages.enumerated() {
            if stageOf[stage.id] == nil {
                stageOf[stage.id] = index
                names[stage.id] = stage.name
            }
            for step in stage.steps where stageOf[step.id] == nil {
                stageOf[step.id] = index
                names[step.id] = step.name
            }
        }
        var trackExtents: [[(Double, Double)]] = []
        var trackHeights: [Double] = []
        let places = PlaceIndex(map)
        for transition in map.transitions where Self.isShown(transition.personaIDs, personaFilter) {
            guard let fromIndex = stageOf[transition.from], let toIndex = stageOf[transition.to],
                fromIndex < columns.count, toIndex < columns.count, places.isBackward(transition)
            else { continue }
            let fromColumn = columns[fromIndex]
            let toColumn = columns[toIndex]
            let from: Double
            let to: Double
            if fromIndex != toIndex {
                from = fromColumn.x + fromColumn.width / 2
                to = toColumn.x + toColumn.width / 2
            } else {
                from = fromColumn.x + fromColumn.width - 2 * g.cellPadding
                to = fromColumn.x + 2 * g.cellPadding
            }
            let span = abs(from - to)
            let boxWidth = min(max(span, cardWidth), gridRight - gridLeft - 2 * g.cellPadding)
            let centre = (from + to) / 2
            let boxX = min(max(centre - boxWidth / 2, gridLeft + g.cellPadding), gridRight - g.cellPadding - boxWidth)
            var stacker = BoxStacker(width: boxWidth, padding: g.cardPadding, styles: styles)
            let fromName = names[transition.from].flatMap { $0.isEmpty ? nil : $0 } ?? transition.from
            let toName = names[transition.to].flatMap { $0.isEmpty ? nil : $0 } ?? transition.to
            stacker.text(fromName + " \u{2192} " + toName, .meta)
            if let label = transition.label { stacker.text(label, .secondary, gap: g.tinyGap) }
            if !transition.personaIDs.isEmpty {
                stacker.text(personaList(transition.personaIDs), .meta, gap: g.tinyGap)
            }
            let box = stacker.box(padding: g.cardPadding, background: "box b-card")
            let lower = min(boxX, to) - g.cardGap
            let upper = max(boxX + boxWidth, from) + g.cardGap
            var track = 0
            while track < trackExtents.count,
                trackExtents[track].contains(where: { $0.0 < upper && lower < $0.1 })
            {
                track += 1
            }
            if track == trackExtents.count {
                trackExtents.append([])
                trackHeights.append(0)
            }
            trackExtents[track].append((lower, upper))
            trackHeights[track] = max(trackHeights[track], box.height)
            let id = ids.make("transition", transition.id.isEmpty ? "\(result.items.count)" : transition.id)
            result.items.append(BackTransition(id: id, box: box, boxX: boxX, from: from, to: to, track: track))
        }
        var y = g.cellPadding
        for height in trackHeights {
            result.trackTops.append(y)
            result.trackBoxHeights.append(height)
            y += height + g.arrowSpace
        }
        result.height = y + g.cellPadding - g.cardGap
        return result
    }

    private func writeBackTransitions(_ back: BackTransitions, head: Box, top: Double, output: SVGOutput) throws {
        let g = geometry
        try output.open(
            "g",
            [
                "id": prefix + "section-transitions", "class": "transitions", "role": "list",
                "aria-label": chrome.goingBack,
            ])
        try output.newline()
        try output.open("g", ["class": "lane"])
        try BoxDrawing.write(head, x: g.margin, y: top, radius: 0, markerPrefix: prefix, theme: theme, to: output)
        try output.close()
        try output.newline()
        for transition in back.items {
            let trackTop = top + back.trackTops[transition.track]
            let arrowY = trackTop + back.trackBoxHeights[transition.track] + g.arrowSpace / 2
            try output.open("g", ["id": transition.id, "class": "transition", "role": "listitem"])
            try BoxDrawing.write(
                transition.box, x: transition.boxX, y: trackTop, radius: 3, markerPrefix: prefix, theme: theme,
                to: output)
            try TransitionDrawing.writeArrow(
                from: transition.from, to: transition.to, y: arrowY, size: g.arrowHead, to: output)
            try output.close()
            try output.newline()
        }
        try output.close()
        try output.newline()
    }

    // MARK: - Legend

    private func legendEntries(cells: [[Cell]], curves: [EmotionCurve?], hasBackTransitions: Bool) -> [LegendEntry] {
        var kinds: Set<ItemKind> = []
        var hasBar = false
        for (stageIndex, stage) in cells.enumerated() {
            for cell in stage {
                for position in cell.positions {
                    let item = map.stages[stageIndex].items[position]
                    kinds.insert(item.kind)
                    if let metric = item.metric,
                        Self.kpiBar(metric, direction: metric.effectiveDirection(text: item.text)) != nil
                    {
                        hasBar = true
                    }
                }
            }
        }
        var entries: [LegendEntry] = ItemKind.knownValues.filter(kinds.contains).map { .kind($0) }
        entries += kinds.filter { !$0.isKnown }.sorted { $0.rawValue < $1.rawValue }.map { .kind($0) }
        if hasBar { entries.append(.kpiBar) }
        var seenSeries: Set<Int> = []
        var hasCurve = false
        for curve in curves {
            guard let curve else { continue }
            hasCurve = true
            for series in curve.series where seenSeries.insert(series.styleIndex).inserted {
                entries.append(.series(series.styleIndex, series.name))
            }
        }
        if hasCurve { entries.append(.baseline) }
        if hasBackTransitions { entries.append(.backArrow) }
        return entries
    }
}

/// Arrows of transitions that go back: a dot where the move starts, a head where it arrives.
enum TransitionDrawing {
    static func writeArrow(from: Double, to: Double, y: Double, size: Double, to output: SVGOutput) throws {
        var line = PathData()
        line.move(from, y)
        line.line(to + size * (from >= to ? 1 : -1), y)
        try output.path(line.text, className: "arrow")
        var head = PathData()
        let direction = from >= to ? 1.0 : -1.0
        head.move(to, y)
        head.line(to + direction * size, y - size / 2)
        head.line(to + direction * size, y + size / 2)
        head.close()
        let radius = size / 4
        head.move(from + radius, y)
        head.line(from, y + radius)
        head.line(from - radius, y)
        head.line(from, y - radius)
        head.close()
        try output.path(head.text, className: "arrow-head")
    }
}

/// Sizes that follow from the base font size.
struct Geometry {
    /// How many cards a cell stacks before its stage column gets another card column.
    static let cardsPerSubcolumn = 6

    let margin: Double
    let laneHeaderWidth: Double
    let cardWidth: Double
    let minimumCardWidth: Double
    let cardPadding: Double
    let cellPadding: Double
    let cardGap: Double
    let stripeWidth: Double
    let tinyGap: Double
    let smallGap: Double
    let sectionGap: Double
    let chartHeight: Double
    let minimumLaneHeight: Double
    let personaWidth: Double
    let readingWidth: Double
    let arrowSpace: Double
    let arrowHead: Double

    init(fontSize f: Double) {
        func size(_ factor: Double) -> Double { (f * factor).rounded(toPlaces: 2) }
        margin = size(2)
        laneHeaderWidth = size(11)
        cardWidth = size(15)
        minimumCardWidth = size(7)
        cardPadding = size(0.6)
        cellPadding = size(0.6)
        cardGap = size(0.6)
        stripeWidth = size(0.4)
        tinyGap = size(0.25)
        smallGap = size(0.6)
        sectionGap = size(1.5)
        chartHeight = size(10)
        minimumLaneHeight = size(3.5)
        personaWidth = size(17)
        readingWidth = size(60)
        arrowSpace = size(1.6)
        arrowHead = size(0.7)
    }
}
