import Foundation
import JourneyModel
import JourneySVG
internal import JourneyXML

/// Writes one map as a page: head, header, personas, the journey table with the emotion curve,
/// transitions, legend, footer, the embedded source and the filter script.
struct PageRenderer {
    /// The `generator` element that marks pages written by this module.
    static let generatorMeta = "<meta name=\"generator\" content=\"JourneyKit\">"
    /// The width of a stage column in the emotion curve's drawing; the page scales the drawing.
    static let curveColumnWidth = 200.0

    let map: JourneyMap
    let format: JourneyHTMLFormat
    /// The words the page writes itself, in the map's language or the format's locale.
    let chrome: Chrome
    var out = HTMLOutput()
    /// Persona identifier → the token that stands for it in `data-personas` and the filter.
    private let personaTokens: [String: String]
    /// The personas in map order, each identifier once.
    private let uniquePersonas: [Persona]
    /// The name shown for each persona, by identifier (the first persona with an identifier).
    private let personaNames: [String: String]
    /// Where each stage and step is, for transitions.
    private let places: PlaceIndex
    /// The name of each stage and step, as transitions show them, by identifier.
    private let placeNames: [String: String]
    /// The names of each stage's steps, by identifier, for items that name their step.
    private let stepNames: [[String: String]]

    /// A row of the table: a lane, or the items whose lane the map does not have.
    private struct Row {
        var lane: Lane?
        var token: String
        var title: String
        /// The row's cells that hold items, in stage order: a grid of thousands of stages by
        /// thousands of lanes is mostly empty, and empty cells are not kept.
        var cells: [(stage: Int, items: [Item])] = []

        mutating func append(_ item: Item, stage: Int) {
            if let last = cells.indices.last, cells[last].stage == stage {
                cells[last].items.append(item)
            } else {
                cells.append((stage, [item]))
            }
        }
    }

    init(map: JourneyMap, format: JourneyHTMLFormat) {
        self.map = map
        chrome = Chrome.for(language: format.locale ?? map.language)
        self.format = format
        var tokens: [String: String] = [:]
        var unique: [Persona] = []
        for persona in map.personas where tokens[persona.id] == nil {
            unique.append(persona)
            tokens[persona.id] = "p\(unique.count)"
        }
        personaTokens = tokens
        uniquePersonas = unique
        personaNames = Dictionary(
            unique.map { ($0.id, $0.name.isEmpty ? $0.id : $0.name) }, uniquingKeysWith: { a, _ in a })
        places = PlaceIndex(map)
        var names: [String: String] = [:]
        var steps: [[String: String]] = []
        steps.reserveCapacity(map.stages.count)
        for stage in map.stages {
            let stageName = stage.name.isEmpty ? stage.id : stage.name
            if names[stage.id] == nil { names[stage.id] = stageName }
            var ofStage: [String: String] = [:]
            for step in stage.steps {
                let stepName = step.name.isEmpty ? step.id : step.name
                if ofStage[step.id] == nil { ofStage[step.id] = stepName }
                if names[step.id] == nil { names[step.id] = stageName + " / " + stepName }
            }
            steps.append(ofStage)
        }
        placeNames = names
        stepNames = steps
    }

    /// The whole page.
    mutating func render() throws -> String {
        let source = format.embedsSource ? EmbeddedSource.block(xml: try JourneyXMLFormat().write(map)) : nil
        let curve = try curveMarkup()
        out.trusted("<!DOCTYPE html>\n")
        out.open("html", [("lang", language)] + (direction == .rightToLeft ? [("dir", direction.rawValue)] : []))
        out.newline()
        let rows = rows
        writeHead(emptySpans: Self.emptySpans(rows, stageCount: map.stages.count))
        out.open("body")
        out.newline()
        out.element("a", [("class", "skip-link"), ("href", "#journey")], text: chrome.skipToMap)
        out.newline()
        writeHeader()
        out.open("main")
        out.newline()
        // The map comes first, so it shows on the first screen; the header links to the personas,
        // described in full below it.
        writeJourney(rows: rows, curve: curve)
        writePersonas()
        writeTransitions()
        writeLegend(hasCurve: curve != nil)
        out.closeLine()  // main
        writeFooter()
        if let source {
            out.trusted(source)
            out.newline()
        }
        if format.interactive {
            out.trusted("<script>" + PageScript.source + "</script>\n")
        }
        out.closeLine()  // body
        out.closeLine()  // html
        return out.html
    }

    /// Which way the page reads: right to left for Arabic, Hebrew and the like, by the format's
    /// locale or the map's language.
    private var direction: WritingDirection { WritingDirection(language: format.locale ?? map.language) }

    /// The page's language: the map's, when it is a language tag, else English like the page's labels.
    private var language: String {
        if let language = map.language, Identifiers.isLanguageTag(language) { return language }
        return "en"
    }

    /// The title for the page and the table, never empty.
    private var title: String {
        map.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? chrome.untitledMap : map.title
    }

    /// The content security policy: nothing may be loaded, only this page's styles apply and only
    /// its own script runs.
    private var contentSecurityPolicy: String {
        let script = format.interactive ? PageScript.hashSource : "'none'"
        return "default-src 'none'; style-src 'unsafe-inline'; script-src \(script); base-uri 'none'; "
            + "form-action 'none'"
    }

    // MARK: - Head

    private mutating func writeHead(emptySpans: Set<Int>) {
        out.open("head")
        out.newline()
        out.trusted("<meta charset=\"utf-8\">\n")
        // The policy holds no text of the map: keywords and a base64 hash only.
        out.trusted("<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy + "\">\n")
        out.trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        let scheme = PageStyle.colorScheme(theme: format.theme, darkTheme: format.darkTheme)
        out.open("meta", [("name", "color-scheme"), ("content", scheme)])
        out.newline()
        out.trusted("<meta name=\"referrer\" content=\"no-referrer\">\n")
        out.trusted(Self.generatorMeta + "\n")
        out.element("title", text: title)
        out.newline()
        let css = PageStyle.css(
            theme: format.theme, darkTheme: format.darkTheme, stageCount: map.stages.count, paper: format.paper,
            emptySpans: emptySpans)
        out.trusted("<style>\n" + css + "</style>\n")
        out.closeLine()  // head
    }

    // MARK: - Header

    private mutating func writeHeader() {
        out.open("header", [("class", "page-header")])
        out.newline()
        out.element("h1", text: title)
        out.newline()
        out.element("p", [("class", "map-facts")], text: PageLabels.facts(map, chrome: chrome))
        out.newline()
        if let summary = map.summary, !summary.isEmpty {
            out.element("p", [("class", "summary")], text: summary)
            out.newline()
        }
        if !map.metadata.isEmpty {
            out.open("dl", [("class", "metadata")])
            for key in map.metadata.keys.sorted() {
                out.element("dt", text: key)
                out.element("dd", text: map.metadata[key] ?? "")
            }
            out.closeLine()
        }
        writePersonaLinks()
        out.closeLine()  // header
    }

    /// One line naming the personas, each a link to its description below the map.
    private mutating func writePersonaLinks() {
        guard !map.personas.isEmpty else { return }
        // A B2B map names the buying committee, as the section below does.
        let list = map.kind == .b2b ? chrome.committeeList : chrome.personaList
        let template = list.replacingOccurrences(of: "{1}", with: "{}")
        let parts = template.components(separatedBy: "{}")
        out.open("p", [("class", "persona-links")])
        out.text(parts.first ?? "")
        for (index, persona) in map.personas.enumerated() {
            if index > 0 { out.text(", ") }
            out.element(
                "a", [("href", "#persona-\(index + 1)")], text: persona.name.isEmpty ? persona.id : persona.name)
        }
        out.text(parts.dropFirst().joined(separator: ""))
        out.closeLine()  // p
    }

    // MARK: - Personas

    private mutating func writePersonas() {
        guard !map.personas.isEmpty else { return }
        let heading =
            map.kind == .b2b ? chrome.buyingCommittee : (map.personas.count == 1 ? chrome.persona : chrome.personas)
        out.open("section", [("class", "personas"), ("aria-labelledby", "personas-heading")])
        out.newline()
        out.element("h2", [("id", "personas-heading")], text: heading)
        out.newline()
        out.open("ul", [("class", "persona-list")])
        out.newline()
        for (index, persona) in map.personas.enumerated() {
            writePersona(persona, index: index)
        }
        out.closeLine()  // ul
        writeApprovalChains()
        out.closeLine()  // section
    }

    private mutating func writePersona(_ persona: Persona, index: Int) {
        out.open("li", [("class", "persona"), ("id", "persona-\(index + 1)")])
        out.element("h3", [("dir", "auto")], text: persona.name.isEmpty ? persona.id : persona.name)
        let roleLine = [persona.role, persona.organization].compactMap { $0 }.filter { !$0.isEmpty }
        if !roleLine.isEmpty {
            out.element("p", [("class", "persona-role")], text: roleLine.joined(separator: ", "))
        }
        if persona.decisionRole != nil || persona.reportsTo != nil {
            out.open("p")
            if let role = persona.decisionRole {
                out.element("span", [("class", "chip")], text: Chrome.fill(chrome.decisionRole, chrome.name(role)))
            }
            if let superior = persona.reportsTo {
                out.element("span", [("class", "chip")], text: Chrome.fill(chrome.reportsTo, personaName(superior)))
            }
            out.close()
        }
        if let description = persona.description, !description.isEmpty {
            out.element("p", text: description)
        }
        if let quote = persona.quote, !quote.isEmpty {
            out.open("blockquote")
            out.element("p", text: quote)
            out.close()
        }
        let lists: [(String, [String])] = [
            (chrome.goals, persona.goals), (chrome.needs, persona.needs), (chrome.motivations, persona.motivations),
            (chrome.frustrations, persona.frustrations),
        ]
        if lists.contains(where: { !$0.1.isEmpty }) {
            out.open("dl", [("class", "persona-lists")])
            for (name, values) in lists where !values.isEmpty {
                out.open("div")
                out.element("dt", text: name)
                out.open("dd")
                out.open("ul")
                for value in values { out.element("li", text: value) }
                out.close()
                out.close()
                out.close()
            }
            out.close()
        }
        let attributes = persona.attributes.keys.sorted()
        if !attributes.isEmpty {
            out.open("dl", [("class", "persona-attributes")])
            for key in attributes {
                out.element("dt", text: key)
                out.element("dd", text: persona.attributes[key] ?? "")
            }
            out.close()
        }
        out.closeLine()  // li
    }

    /// The approval chains: from each persona nobody reports to, up the reports-to links.
    private mutating func writeApprovalChains() {
        let reporting = uniquePersonas.filter { $0.reportsTo != nil }
        guard !reporting.isEmpty else { return }
        let superiors = Set(reporting.compactMap(\.reportsTo))
        var starts = reporting.filter { !superiors.contains($0.id) }
        if starts.isEmpty, let first = reporting.first { starts = [first] }
        out.element(
            "h3", [("class", "chain-heading")], text: starts.count == 1 ? chrome.approvalChain : chrome.approvalChains)
        out.newline()
        out.element(
            "p", [("class", "persona-role")],
            text: chrome.approvalChainNote)
        out.newline()
        for start in starts {
            let chain = map.approvalChain(from: start.id)
            var steps = chain.map { persona -> (String, String?) in
                (persona.name.isEmpty ? persona.id : persona.name, persona.decisionRole.map { chrome.name($0) })
            }
            if let last = chain.last, let next = last.reportsTo {
                if personaNames[next] == nil {
                    steps.append((next + " (not among the personas)", nil))
                } else {
                    steps.append((personaName(next) + " (again: the chain loops)", nil))
                }
            }
            out.open(
                "ol", [("class", "chain"), ("aria-label", Chrome.fill(chrome.approvalChainFrom, steps.first?.0 ?? ""))])
            for (offset, step) in steps.enumerated() {
                out.open("li")
                out.open("span", [("class", "chain-step")])
                out.element("strong", text: step.0)
                if let role = step.1 {
                    out.text(" ")
                    out.element("span", [("class", "chip")], text: role)
                }
                out.close()
                if offset < steps.count - 1 {
                    out.element("span", [("class", "chain-arrow"), ("aria-hidden", "true")], text: "\u{2192}")
                }
                out.close()
            }
            out.closeLine()
        }
    }

    private func personaName(_ id: String) -> String {
        personaNames[id] ?? id
    }

    // MARK: - Journey table

    /// The rows: every lane in order (items go to the first lane with their lane identifier), then
    /// the items whose lane the map does not have.
    private var rows: [Row] {
        var rows: [Row] = []
        var rowOfLane: [String: Int] = [:]
        for (index, lane) in map.lanes.enumerated() {
            if rowOfLane[lane.id] == nil { rowOfLane[lane.id] = rows.count }
            rows.append(Row(lane: lane, token: "l\(index + 1)", title: lane.title.isEmpty ? lane.id : lane.title))
        }
        var other = Row(lane: nil, token: "other", title: chrome.otherItems)
        for (stageIndex, stage) in map.stages.enumerated() {
            for item in stage.items {
                if let row = rowOfLane[item.laneID] {
                    rows[row].append(item, stage: stageIndex)
                } else {
                    other.append(item, stage: stageIndex)
                }
            }
        }
        if !other.cells.isEmpty { rows.append(other) }
        return rows
    }

    private mutating func writeJourney(rows: [Row], curve: String?) {
        let stageCount = map.stages.count
        out.open("section", [("class", "journey-section"), ("id", "journey"), ("aria-labelledby", "journey-heading")])
        out.newline()
        out.element("h2", [("id", "journey-heading")], text: chrome.journey)
        out.newline()
        if format.interactive { writeFilters(rows: rows, hasCurve: curve != nil) }
        out.open(
            "div",
            [("class", "table-scroll"), ("role", "region"), ("aria-labelledby", "journey-caption"), ("tabindex", "0")])
        out.newline()
        out.open("table", [("class", "journey")])
        out.newline()
        out.element("caption", [("id", "journey-caption")], text: title)
        out.newline()
        out.open("colgroup")
        out.open("col", [("class", "lane-col")])
        if stageCount > 0 { out.open("col", [("span", "\(stageCount)")]) }
        out.closeLine()
        out.open("thead")
        out.open("tr")
        out.newline()
        out.element("td", [("class", "corner")], text: "")
        out.newline()
        for (index, stage) in map.stages.enumerated() {
            writeStageHeader(stage, index: index)
        }
        out.close()  // tr
        out.closeLine()  // thead
        out.open("tbody")
        out.newline()
        let curveAfter = rows.firstIndex { $0.lane?.kind == .emotions } ?? (rows.count - 1)
        if rows.isEmpty, let curve { writeCurveRow(curve) }
        for (index, row) in rows.enumerated() {
            writeRow(row)
            if index == curveAfter, let curve { writeCurveRow(curve) }
        }
        out.closeLine()  // tbody
        out.closeLine()  // table
        out.closeLine()  // div
        out.closeLine()  // section
    }

    private mutating func writeFilters(rows: [Row], hasCurve: Bool) {
        out.open("div", [("class", "filters"), ("id", "journey-filters")], flags: ["hidden"])
        out.newline()
        if !uniquePersonas.isEmpty {
            out.open("div")
            out.element("label", [("for", "filter-persona")], text: chrome.persona + " ")
            out.open("select", [("id", "filter-persona")])
            out.element("option", [("value", "")], text: chrome.allPersonas)
            for persona in uniquePersonas {
                out.element(
                    "option", [("value", personaTokens[persona.id])],
                    text: persona.name.isEmpty ? persona.id : persona.name
                )
            }
            out.close()
            out.closeLine()
        }
        out.open("fieldset")
        out.element("legend", text: chrome.lanes)
        out.open("div", [("class", "filter-options")])
        var choices = rows.map { ($0.token, $0.title) }
        if hasCurve { choices.append(("curve", chrome.emotionCurve)) }
        for (token, label) in choices {
            out.open("label")
            out.open("input", [("type", "checkbox"), ("data-lane", token)], flags: ["checked"])
            out.text(" " + label)
            out.close()
        }
        out.close()  // div
        out.closeLine()  // fieldset
        out.element(
            "p",
            [
                ("class", "filter-status"), ("id", "filter-status"), ("aria-live", "polite"),
                ("data-template", chrome.filterStatus),
            ], text: "")
        out.newline()
        out.closeLine()  // div
    }

    private mutating func writeStageHeader(_ stage: Stage, index: Int) {
        out.open("th", [("scope", "col"), ("id", "stage-\(index + 1)"), ("class", "stage stage-col-\(index + 1)")])
        out.element("span", [("class", "stage-name")], text: stage.name.isEmpty ? stage.id : stage.name)
        if let goal = stage.goal, !goal.isEmpty {
            out.element("span", [("class", "stage-goal")], text: Chrome.fill(chrome.goal, goal))
        }
        if let description = stage.description, !description.isEmpty {
            out.element("span", [("class", "stage-description")], text: description)
        }
        var facts: [String] = []
        if let duration = stage.expectedDuration, !duration.isEmpty {
            facts.append(Chrome.fill(chrome.takes, DisplayText.duration(duration, chrome: chrome)))
        }
        if !stage.personaIDs.isEmpty {
            facts.append(Chrome.fill(chrome.personaList, stage.personaIDs.map(personaName).joined(separator: ", ")))
        }
        if !facts.isEmpty {
            out.element("span", [("class", "stage-meta")], text: facts.joined(separator: " \u{00B7} "))
        }
        if !stage.steps.isEmpty {
            out.open("ol", [("class", "steps"), ("aria-label", chrome.steps)])
            for step in stage.steps {
                out.element("li", text: step.name.isEmpty ? step.id : step.name)
            }
            out.close()
        }
        out.closeLine()
    }

    private mutating func writeRow(_ row: Row) {
        out.open("tr", [("data-lane", row.token)])
        out.newline()
        out.open("th", [("scope", "row"), ("class", "lane-head")])
        out.text(row.title)
        if let description = row.lane?.description, !description.isEmpty {
            out.element("span", [("class", "lane-description")], text: description)
        } else if row.lane == nil {
            out.element("span", [("class", "lane-description")], text: chrome.otherItemsNote)
        }
        out.closeLine()
        // Cells with items, and between them one empty cell for each run of empty ones, spanning
        // their stage columns: the table grows with the items, not with lanes × stages.
        var next = 0
        for (index, items) in row.cells {
            if index > next { writeEmptyCells(from: next, count: index - next, title: row.title) }
            out.open("td", [("class", "stage-col-\(index + 1)"), ("data-label", row.title)])
            out.open("ul", [("class", "items")])
            for item in items {
                writeItem(item, lane: row.lane, stageIndex: index)
            }
            out.close()
            out.closeLine()
            next = index + 1
        }
        if next < map.stages.count { writeEmptyCells(from: next, count: map.stages.count - next, title: row.title) }
        out.closeLine()  // tr
    }

    /// `count` empty cells from the stage column `first`: one cell, spanning them when more than one
    /// (its `span-N` class draws the column lines inside it, see ``PageStyle``).
    private mutating func writeEmptyCells(from first: Int, count: Int, title: String) {
        if count > 1 {
            out.open(
                "td",
                [("colspan", "\(count)"), ("class", "stage-col-\(first + 1) gap span-\(count)"), ("data-label", title)])
        } else {
            out.open("td", [("class", "stage-col-\(first + 1)"), ("data-label", title)])
        }
        out.closeLine()
    }

    /// The numbers of stage columns that runs of empty cells span (two or more), for the style sheet.
    private static func emptySpans(_ rows: [Row], stageCount: Int) -> Set<Int> {
        var spans: Set<Int> = []
        for row in rows {
            var next = 0
            for (index, _) in row.cells {
                if index - next > 1 { spans.insert(index - next) }
                next = index + 1
            }
            if stageCount - next > 1 { spans.insert(stageCount - next) }
        }
        return spans
    }

    private mutating func writeCurveRow(_ curve: String) {
        out.open("tr", [("class", "curve-row"), ("data-lane", "curve")])
        out.newline()
        out.open("th", [("scope", "row"), ("class", "curve-head")])
        out.text(chrome.emotionCurve)
        out.element(
            "span", [("class", "lane-description")], text: chrome.emotionCurveNote)
        out.closeLine()
        out.open("td", [("class", "curve-cell"), ("colspan", "\(max(map.stages.count, 1))")])
        out.trusted(curve)
        out.closeLine()
        out.closeLine()  // tr
    }

    // MARK: - Items

    private mutating func writeItem(_ item: Item, lane: Lane?, stageIndex: Int) {
        let known = item.personaIDs.compactMap { personaTokens[$0] }
        var tokens: [String] = []
        for token in known where !tokens.contains(token) { tokens.append(token) }
        let personas = item.personaIDs.isEmpty ? "" : (tokens.isEmpty ? "unknown" : tokens.joined(separator: " "))
        out.open("li", [("class", "item " + PageLabels.kindClass(item.kind)), ("data-personas", personas)])
        let labelled: Set<ItemKind> = [.painPoint, .opportunity, .keyMoment, .question]
        let showsKind = labelled.contains(item.kind) || lane?.kind.defaultItemKind != item.kind
        var meta: [String] = []
        if showsKind {
            var label = chrome.name(item.kind)
            if let severity = item.severity {
                label += " \u{00B7} " + Chrome.fill(chrome.severityInLabel, chrome.severityLevels[severity] ?? "")
            }
            if let priority = item.priority {
                label += " \u{00B7} " + Chrome.fill(chrome.priorityInLabel, chrome.priorityLevels[priority] ?? "")
            }
            out.open("span", [("class", "item-kind")])
            if let icon = PageLabels.icon(item.kind) {
                out.element("span", [("class", "icon"), ("aria-hidden", "true")], text: icon)
            }
            out.text(label)
            out.close()
        } else {
            if let severity = item.severity {
                meta.append(Chrome.fill(chrome.severity, chrome.severityLevels[severity] ?? severity.rawValue))
            }
            if let priority = item.priority {
                meta.append(Chrome.fill(chrome.priority, chrome.priorityLevels[priority] ?? priority.rawValue))
            }
        }
        out.element("p", [("class", "item-text"), ("dir", "auto")], text: item.text)
        if let score = item.score {
            out.open("p", [("class", "item-meta")])
            out.text(chrome.score + " ")
            out.element("span", [("class", "score")], text: PageLabels.score(score.value))
            if let source = score.source {
                out.text(
                    " (\(NumberText.format(source.value)) on a scale of \(NumberText.format(source.minimum))"
                        + "\u{2013}\(NumberText.format(source.maximum)))")
            }
            out.close()
        }
        if let metric = item.metric { writeMetric(metric, of: item) }
        if let detail = item.detail, !detail.isEmpty {
            out.element("p", [("class", "item-detail")], text: detail)
        }
        if let channel = item.channel { meta.append(Chrome.fill(chrome.channel, chrome.name(channel))) }
        if let contentType = item.contentType { meta.append(Chrome.fill(chrome.content, chrome.name(contentType))) }
        if let owner = item.owner, !owner.isEmpty { meta.append(Chrome.fill(chrome.owner, owner)) }
        if let stepID = item.stepID {
            meta.append(Chrome.fill(chrome.step, stepNames[stageIndex][stepID] ?? stepID))
        }
        if !item.personaIDs.isEmpty {
            meta.append(Chrome.fill(chrome.forPersonas, item.personaIDs.map(personaName).joined(separator: ", ")))
        }
        if !meta.isEmpty {
            out.element("p", [("class", "item-meta")], text: meta.joined(separator: " \u{00B7} "))
        }
        if !item.tags.isEmpty {
            out.open("ul", [("class", "tags"), ("aria-label", chrome.tags)])
            for tag in item.tags { out.element("li", text: tag) }
            out.close()
        }
        if !item.activities.isEmpty {
            out.open("ul", [("class", "activities"), ("aria-label", chrome.eventActivities)])
            for activity in item.activities { out.element("li", text: activity) }
            out.close()
        }
        if !item.links.isEmpty {
            out.open("ul", [("class", "item-links"), ("aria-label", chrome.links)])
            for link in item.links { writeLink(link) }
            out.close()
        }
        out.closeLine()
    }

    /// A link: clickable only for `http`, `https` and `mailto`; any other address is shown as text.
    private mutating func writeLink(_ link: Link) {
        let label = link.title.flatMap { $0.isEmpty ? nil : $0 } ?? link.url
        out.open("li")
        if link.isSafe {
            out.element("a", [("href", link.url), ("rel", "noopener noreferrer")], text: label)
        } else {
            out.text(label == link.url ? label : label + " (" + link.url + ")")
            out.text(" \u{2014} not linked: only http, https and mailto addresses are")
        }
        out.close()
    }

    // MARK: - Emotion curve

    /// The emotion curve as inline SVG, one column per stage; `nil` when nothing is scored.
    ///
    /// With a dark theme, the dark curve's colours are added to the drawing's own style sheet for
    /// screens in dark mode, so the curve follows the page.
    private func curveMarkup() throws -> String? {
        var curve = EmotionCurve(map: map)
        curve.chrome = chrome
        curve.direction = direction
        guard !curve.isEmpty, !map.stages.isEmpty else { return nil }
        let columns = map.stages.indices.map {
            EmotionCurve.Column(x: Double($0) * Self.curveColumnWidth, width: Self.curveColumnWidth)
        }
        var svg = try curve.svg(columns: columns, height: 150, theme: format.theme, idPrefix: "emotion-curve")
        if let dark = format.darkTheme, dark != format.theme {
            let darkSVG = try curve.svg(columns: columns, height: 150, theme: dark, idPrefix: "emotion-curve")
            if let css = Self.styleSheet(of: darkSVG), let end = svg.range(of: "</style>") {
                svg.insert(contentsOf: "@media screen and (prefers-color-scheme:dark){" + css + "}", at: end.lowerBound)
            }
        }
        return svg
    }

    /// The text of the first `<style>` element of an SVG drawing.
    static func styleSheet(of svg: String) -> String? {
        guard let open = svg.range(of: "<style>"),
            let close = svg.range(of: "</style>", range: open.upperBound..<svg.endIndex)
        else { return nil }
        return String(svg[open.upperBound..<close.lowerBound])
    }

    // MARK: - Transitions, legend, footer

    private mutating func writeTransitions() {
        guard !map.transitions.isEmpty else { return }
        out.open("section", [("class", "transitions"), ("aria-labelledby", "transitions-heading")])
        out.newline()
        out.element("h2", [("id", "transitions-heading")], text: chrome.transitions)
        out.newline()
        out.open("ul", [("class", "transition-list")])
        out.newline()
        for transition in map.transitions {
            out.open("li")
            out.text(placeName(transition.from) + " \u{2192} " + placeName(transition.to))
            if let label = transition.label, !label.isEmpty { out.text(": " + label) }
            if !transition.personaIDs.isEmpty {
                out.text(" (" + transition.personaIDs.map(personaName).joined(separator: ", ") + ")")
            }
            if places.isBackward(transition) {
                out.text(" ")
                out.open("span", [("class", "back-marker")])
                out.element("span", [("aria-hidden", "true")], text: "\u{21A9} ")
                out.text(chrome.goesBack)
                out.close()
            }
            out.closeLine()
        }
        out.closeLine()  // ul
        out.closeLine()  // section
    }

    /// The name of a stage or step, or the identifier when the map has neither.
    private func placeName(_ id: String) -> String {
        placeNames[id] ?? id
    }

    private mutating func writeLegend(hasCurve: Bool) {
        var kinds: [ItemKind] = []
        var seen: Set<ItemKind> = []
        for stage in map.stages {
            for item in stage.items where seen.insert(item.kind).inserted { kinds.append(item.kind) }
        }
        let order = ItemKind.knownValues
        kinds.sort { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }
        out.open("section", [("class", "legend"), ("aria-labelledby", "legend-heading")])
        out.newline()
        out.element("h2", [("id", "legend-heading")], text: chrome.legend)
        out.newline()
        if !kinds.isEmpty {
            out.open("ul", [("class", "legend-list")])
            out.newline()
            for kind in kinds {
                out.open("li", [("class", "item " + PageLabels.kindClass(kind))])
                out.open("span", [("class", "item-kind")])
                if let icon = PageLabels.icon(kind) {
                    out.element("span", [("class", "icon"), ("aria-hidden", "true")], text: icon)
                }
                out.text(chrome.name(kind))
                out.close()
                out.element("p", text: chrome.kindDescriptions[kind] ?? chrome.customKindDescription)
                out.closeLine()
            }
            out.closeLine()
        }
        var notes = [
            chrome.legendEveryone, chrome.legendSigns,
        ]
        if hasCurve {
            notes.append(chrome.legendScores)
        }
        if map.items(of: KPI.self).contains(where: { $0.item.metric?.target != nil }) {
            notes.append(chrome.legendKPIs)
        }
        if format.interactive {
            notes.append(chrome.legendFilters)
        }
        out.open("ul")
        for note in notes { out.element("li", text: note) }
        out.closeLine()
        out.closeLine()  // section
    }

    private mutating func writeFooter() {
        out.open("footer", [("class", "page-footer")])
        out.newline()
        out.open("p")
        out.text(chrome.madeWith)
        if format.embedsSource {
            let parts = chrome.readBack.components(separatedBy: "{}")
            out.text(" " + (parts.first ?? ""))
            out.element("code", text: "journey convert page.html map.journey.xml")
            out.text(parts.dropFirst().joined())
        }
        out.close()
        out.newline()
        out.closeLine()
    }
}
