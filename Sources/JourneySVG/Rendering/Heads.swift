import JourneyModel

// The root element and the heads: the map's header, personas, stage, step and lane heads.
extension MapRenderer {
    // MARK: - The root

    mutating func writeRoot(
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

    func description(laneCount: Int, personas: [Persona]) -> String {
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

    var mapState: String { map.state == .current ? chrome.asIs : chrome.toBe }

    var mapScope: String { map.scope == .buyerJourney ? chrome.buyerJourney : chrome.customerJourney }

    /// "Buying committee" for B2B maps, else "Persona" or "Personas".
    func personasHeading(count: Int) -> String {
        map.kind == .b2b ? chrome.buyingCommittee : (count == 1 ? chrome.persona : chrome.personas)
    }

    static func isLanguageTag(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 35
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            }
    }

    // MARK: - Header

    /// The page's header: the title, chips, summary and the personas; persona cards and the
    /// approval chain are worked out once for every width tried.
    mutating func headerBox(width: Double, padding: Double, personas: [Persona]) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: padding, styles: styles)
        stacker.text(map.title.isEmpty ? chrome.untitledMap : map.title, .title)
        var chips = [map.kind == .b2b ? chrome.b2b : chrome.b2c, mapState, mapScope]
        if let language = map.language, !language.isEmpty { chips.append(Chrome.fill(chrome.languageChip, language)) }
        stacker.chips(chips, gap: g.smallGap)
        // The summary and the personas side by side when the drawing is wide enough for two
        // persona cards beside the summary's reading width, else one below the other.
        let personasWidth = stacker.innerWidth - g.readingWidth - g.sectionGap
        let sideBySide =
            !personas.isEmpty && personasWidth >= g.personaWidth * Double(min(personas.count, 2)) + g.cardGap * 1.5
        var about = BoxStacker(width: sideBySide ? g.readingWidth : stacker.innerWidth, padding: 0, styles: styles)
        if let summary = map.summary {
            about.text(summary, .body, maximumWidth: g.readingWidth)
        }
        if !map.metadata.isEmpty {
            let entries = map.metadata.keys.sorted().map { $0 + ": " + (map.metadata[$0] ?? "") }
            about.text(entries.joined(separator: " \u{00B7} "), .meta, gap: g.smallGap, maximumWidth: g.readingWidth)
        }
        var who = BoxStacker(width: sideBySide ? personasWidth : stacker.innerWidth, padding: 0, styles: styles)
        if !personas.isEmpty {
            who.text(personasHeading(count: personas.count), .heading)
            let boxWidth = min(g.personaWidth, who.innerWidth)
            var boxes: [Box] = []
            for (index, persona) in personas.enumerated() {
                let key = CardKey(stage: index, position: 0, width: boxWidth)
                let box = personaBoxes[key] ?? personaBox(persona, width: boxWidth)
                personaBoxes[key] = box
                boxes.append(box)
            }
            who.boxes(boxes, className: "persona", spacing: g.cardGap * 1.5, gap: g.smallGap)
            let chain = approvalChainText ?? approvalChain(personas: personas)
            approvalChainText = .some(chain)
            if let chain {
                who.text(chain, .secondary, gap: g.smallGap, maximumWidth: g.readingWidth)
            }
        }
        let aboutBox = about.box(padding: 0, background: "")
        let whoBox = who.box(padding: 0, background: "")
        if sideBySide {
            stacker.columns([(aboutBox, 0), (whoBox, g.readingWidth + g.sectionGap)], gap: g.smallGap)
        } else {
            stacker.columns([(aboutBox, 0)], gap: g.smallGap)
            stacker.columns([(whoBox, 0)], gap: g.sectionGap * 0.75)
        }
        return stacker.box(padding: padding, background: "box b-page")
    }

    func personaBox(_ persona: Persona, width: Double) -> Box {
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
    func approvalChain(personas: [Persona]) -> String? {
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

    func stageBox(_ stage: Stage, width: Double, listsSteps: Bool, personaFilter: Set<String>?) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        stacker.text(stage.name.isEmpty ? stage.id : stage.name, .heading)
        if let goal = stage.goal { stacker.text(goal, .secondary, gap: g.tinyGap) }
        if let duration = stage.expectedDuration, !duration.isEmpty {
            stacker.text(
                Chrome.fill(chrome.duration, DisplayText.duration(duration, chrome: chrome)), .meta, gap: g.tinyGap)
        }
        if listsSteps, !stage.steps.isEmpty {
            let names = stage.steps.map { $0.name.isEmpty ? $0.id : $0.name }
            stacker.text(Chrome.fill(chrome.stepList, names.joined(separator: " \u{2192} ")), .meta, gap: g.tinyGap)
        }
        let who = stage.personaIDs.filter { personaFilter?.contains($0) ?? true }
        if !who.isEmpty { stacker.text(Chrome.fill(chrome.who, personaList(who)), .meta, gap: g.tinyGap) }
        return stacker.box(padding: g.cellPadding, background: "box b-stage")
    }

    /// A lane's head; an emotions lane's also holds the legend of its curve's lines, beside the curve.
    func laneBox(_ lane: Lane, width: Double, curve: EmotionCurve?) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        stacker.text(lane.title.isEmpty ? ReadableName.of(lane.id) : lane.title, .strong)
        if let description = lane.description { stacker.text(description, .meta, gap: g.tinyGap) }
        if let curve {
            let swatchWidth = (styles.base * 2).rounded(toPlaces: 2)
            let meta = styles[.meta]
            for series in curve.series {
                stacker.gap(g.smallGap)
                stacker.overlay(
                    .swatch(
                        .series(series.styleIndex, series.name), x: stacker.left, y: stacker.y, width: swatchWidth,
                        height: meta.lineHeight, iconSize: Definitions.iconSize(styles)))
                stacker.text(series.name, .meta, indent: swatchWidth + g.smallGap)
            }
        }
        return stacker.box(padding: g.cellPadding, background: "box b-lane")
    }

    /// The head of a stage's sub-column: its step's name and description; an empty head over the
    /// items of no step.
    func stepBox(_ step: Step?, width: Double) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        if let step {
            stacker.text(step.name.isEmpty ? step.id : step.name, .strong)
            if let description = step.description { stacker.text(description, .meta, gap: g.tinyGap) }
        }
        return stacker.box(padding: g.cellPadding, background: step == nil ? "b-stage" : "box b-step")
    }

    /// The head of the transitions band: "Going back" when every move drawn goes back.
    func bandBox(width: Double, onlyBack: Bool) -> Box {
        let g = geometry
        var stacker = BoxStacker(width: width, padding: g.cellPadding, styles: styles)
        if onlyBack {
            stacker.text(chrome.goingBack, .strong)
            stacker.text(chrome.goingBackNote, .meta, gap: g.tinyGap)
        } else {
            stacker.text(chrome.transitions, .strong)
        }
        return stacker.box(padding: g.cellPadding, background: "box b-lane")
    }

}
