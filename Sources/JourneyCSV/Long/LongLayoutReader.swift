import Foundation
import JourneyModel

/// Reads the long layout record by record, then puts the map together.
///
/// Items come first in the file and name their stage, which the `#stages` section after them
/// defines, so items are kept by stage until the end. Files written by hand or by other tools may
/// lack the sections: stages and lanes are then made from the names in the item rows.
///
/// It refuses what the canonical XML would refuse, so that a map it reads can be written in every
/// format: a cell of an identifier column (`id`, `step`, `lane` with a `#lanes` section, `from`,
/// `to`, `reports_to`) that is empty or holds white space is an error at that cell — most often a row
/// that uses another delimiter than the file — and a section row without an identifier too.
struct LongLayoutReader {
    let file: String?
    let restoresFormulas: Bool
    /// The file's delimiter, to name it when a cell seems to hold another.
    let delimiter: UInt8
    var log = DiagnosticLog()

    private enum Mode {
        case items
        case section(LongLayout.Section)
        case unknownSection(name: String, row: Int)
    }

    private var mode = Mode.items
    private var itemHeader: Header?
    private var sectionHeader: Header?

    private struct StageGroup {
        var key: String
        var row: Int
        var items: [Item] = []
        var rows: [Int] = []

        /// The items, leaving none behind, so that they are not copied when they move to their stage.
        mutating func takeItems() -> [Item] {
            var taken: [Item] = []
            swap(&taken, &items)
            return taken
        }
    }

    private var groups: [StageGroup] = []
    private var groupIndex: [String: Int] = [:]
    private var missingKinds: [(group: Int, item: Int)] = []
    private var missingItemIDs = 0

    private var map: JourneyMap?
    private var mapRow = 0
    private var personas: [(Persona, Int)] = []
    private var lanes: [(Lane, Int)]?
    private var stages: [(Stage, Int)]?
    private var steps: [(stage: String, step: Step, row: Int, column: Int)] = []
    private var transitions: [(Transition, Int)] = []
    /// Where each item's lane cell is, by group and item, for items whose lane must then be checked
    /// against a `#lanes` section.
    private var laneCells: [(group: Int, item: Int, location: SourceLocation)] = []

    init(file: String?, restoresFormulas: Bool, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.file = file
        self.restoresFormulas = restoresFormulas
        self.delimiter = delimiter
    }

    // MARK: - Records

    mutating func consume(_ record: CSVRecord) throws {
        if record.isBlank { return }
        if isMarker(record) {
            endUnknownSection(before: record.row)
            let marker = record.cells[0].text.trimmingCharacters(in: .whitespaces)
            if let section = LongLayout.Section(marker: marker) {
                mode = .section(section)
                if section == .lanes, lanes == nil { lanes = [] }
                if section == .stages, stages == nil { stages = [] }
            } else {
                mode = .unknownSection(name: marker, row: record.row)
            }
            sectionHeader = nil
            return
        }
        switch mode {
        case .items:
            guard let header = itemHeader else {
                let header = Header(
                    record, known: LongLayout.itemHeader, aliases: LongLayout.itemAliases, restores: restoresFormulas,
                    log: &log, file: file)
                try requireItemColumns(header, record)
                itemHeader = header
                return
            }
            try readItem(Cells(record: record, header: header, restores: restoresFormulas))
        case .section(let section):
            guard let header = sectionHeader else {
                sectionHeader = Header(
                    record, known: section.columns, aliases: section.aliases, restores: restoresFormulas, log: &log,
                    file: file)
                return
            }
            try readSectionRow(section, Cells(record: record, header: header, restores: restoresFormulas))
        case .unknownSection:
            return
        }
    }

    /// A marker row: one cell starting with `#` and nothing else (item rows always have a lane cell,
    /// written as `""` when empty).
    private func isMarker(_ record: CSVRecord) -> Bool {
        guard let first = record.cells.first, first.text.hasPrefix("#") else { return false }
        return record.cells.dropFirst().allSatisfy(\.isAbsent)
    }

    private mutating func endUnknownSection(before row: Int) {
        guard case .unknownSection(let name, let start) = mode else { return }
        log.warn(
            "csv-unknown-section",
            "the section '\(name)' is not part of the long layout; its rows \(start)–\(row - 1) were skipped",
            at: SourceLocation(file: file, line: start, column: 1))
    }

    private func requireItemColumns(_ header: Header, _ record: CSVRecord) throws {
        let missing = [LongLayout.ItemColumn.stage, .text].filter { header.positions[$0.rawValue] < 0 }
        guard missing.isEmpty else {
            throw ReadError(
                "the long layout needs the columns stage, lane, kind and text (only stage and text are required); "
                    + "the header row lacks \(missing.map(\.name).joined(separator: " and "))",
                at: SourceLocation(file: file, line: record.row, column: 1))
        }
    }

    // MARK: - Items

    private mutating func readItem(_ cells: Cells) throws {
        typealias Column = LongLayout.ItemColumn
        checkWidth(cells)
        guard let stageKey = cells[Column.stage.rawValue] else {
            throw ReadError(
                "the item has no stage; every item row names its stage in the stage column",
                at: cells.location(Column.stage.rawValue))
        }
        var item = Item(
            id: try identifier(cells, Column.id.rawValue) ?? "", kind: ItemKind(""),
            text: cells[Column.text.rawValue] ?? "")
        let itemID = item.id
        // Made only for a diagnostic: building paths for every row costs a tenth of the reading time.
        let path = { ElementPath.item(itemID, inStage: stageKey) }
        item.laneID = cells[Column.lane.rawValue] ?? ""
        // An empty kind, channel or content type (`""`) is no value: the canonical XML has no empty ones.
        let kind = cells[Column.kind.rawValue].flatMap { $0.isEmpty ? nil : $0 }
        if let kind { item.kind = ItemKind(kind) }
        item.stepID = try identifier(cells, Column.step.rawValue)
        item.detail = cells[Column.detail.rawValue]
        item.owner = cells[Column.owner.rawValue]
        item.personaIDs = try identifiers(cells, Column.personas.rawValue)
        item.tags = CellCoding.decode(lines: cells[Column.tags.rawValue])
        item.activities = CellCoding.decode(lines: cells[Column.activities.rawValue])
        item.links = CellCoding.decode(links: cells[Column.links.rawValue])
        item.channel = cells[Column.channel.rawValue].flatMap { $0.isEmpty ? nil : Channel($0) }
        item.contentType = cells[Column.contentType.rawValue].flatMap { $0.isEmpty ? nil : ContentType($0) }
        var extensions = ExtensionData()
        if let text = cells[Column.extensions.rawValue] {
            if let decoded = CellCoding.decode(extensions: text) {
                extensions = decoded
            } else {
                invalid(text, cells, Column.extensions.rawValue, "a JSON object of namespaces", &extensions, path)
            }
        }
        item.severity = enumeration(cells, Column.severity.rawValue, Severity.self, &extensions, path)
        item.priority = enumeration(cells, Column.priority.rawValue, Priority.self, &extensions, path)
        if let score = number(cells, Column.score.rawValue, &extensions, path) {
            var source: SourceScore?
            if let value = number(cells, Column.sourceScore.rawValue, &extensions, path),
                let scale = cells[Column.sourceScale.rawValue]
            {
                if let (minimum, maximum) = CellCoding.decode(scale: scale) {
                    source = SourceScore(value: value, minimum: minimum, maximum: maximum)
                } else {
                    invalid(scale, cells, Column.sourceScale.rawValue, "a scale such as 1..5", &extensions, path)
                }
            }
            item.score = EmotionScore(value: score, source: source)
        }
        let metricKind = cells[Column.metric.rawValue]
        let value = number(cells, Column.value.rawValue, &extensions, path)
        let target = number(cells, Column.target.rawValue, &extensions, path)
        let unit = cells[Column.unit.rawValue]
        var direction: MetricDirection?
        if let text = cells[Column.direction.rawValue] {
            direction = CellCoding.decode(direction: text)
            if direction == nil {
                let expected = "higher, lower or a target range such as 20..30"
                invalid(text, cells, Column.direction.rawValue, expected, &extensions, path)
            }
        }
        if metricKind != nil || value != nil || target != nil || unit != nil || direction != nil {
            let kind = metricKind.flatMap { $0.isEmpty ? nil : MetricKind($0) }
            item.metric = Metric(kind: kind, value: value, target: target, unit: unit, direction: direction)
        }
        for extra in cells.header.extras {
            if let text = cells.text(atIndex: extra.index) { extensions["csv", extra.name] = text }
        }
        keepCellsPastTheHeader(cells, &extensions)
        item.extensions = extensions

        let group: Int
        if let index = groupIndex[stageKey] {
            group = index
        } else {
            group = groups.count
            groupIndex[stageKey] = group
            groups.append(StageGroup(key: stageKey, row: cells.record.row))
        }
        if kind == nil { missingKinds.append((group, groups[group].items.count)) }
        if item.id.isEmpty { missingItemIDs += 1 }
        if !Identifiers.isValid(item.laneID) {
            laneCells.append((group, groups[group].items.count, cells.location(Column.lane.rawValue)))
        }
        groups[group].items.append(item)
        groups[group].rows.append(cells.record.row)
    }

    // MARK: - Sections

    private mutating func readSectionRow(_ section: LongLayout.Section, _ cells: Cells) throws {
        checkWidth(cells)
        let row = cells.record.row
        var extensions = ExtensionData()
        func text(_ name: String) -> String? { cells[cells.header.ordinal(of: name)] }
        func lines(_ name: String) -> [String] { CellCoding.decode(lines: text(name)) }
        func identifiers(_ name: String) throws -> [String] {
            try self.identifiers(cells, cells.header.ordinal(of: name))
        }
        /// An identifier the section needs: a missing one is an error naming the element.
        func required(_ name: String, of element: String) throws -> String {
            let ordinal = cells.header.ordinal(of: name)
            guard let id = try identifier(cells, ordinal) else {
                throw ReadError(
                    "the \(element) has no \(name == "id" ? "identifier" : name); give it one in the \(name) column",
                    at: cells.location(ordinal))
            }
            return id
        }
        func optional(_ name: String) throws -> String? { try identifier(cells, cells.header.ordinal(of: name)) }
        /// A vocabulary value (a kind, a role): an empty cell is no value.
        func name(_ name: String) -> String? { text(name).flatMap { $0.isEmpty ? nil : $0 } }
        let elementPath: ElementPath =
            switch section {
            case .map: .map
            case .personas: .persona(text("id") ?? "")
            case .lanes: .lane(text("id") ?? "")
            case .stages: .stage(text("id") ?? "")
            case .steps: .step(text("id") ?? "", inStage: text("stage") ?? "")
            case .transitions: .transition(text("id") ?? "")
            }
        let path = { elementPath }
        if let cell = text("extensions") {
            if let decoded = CellCoding.decode(extensions: cell) {
                extensions = decoded
            } else {
                let ordinal = cells.header.ordinal(of: "extensions")
                invalid(cell, cells, ordinal, "a JSON object of namespaces", &extensions, path)
            }
        }
        func dictionary(_ name: String) -> [String: String] {
            guard let cell = text(name) else { return [:] }
            if let decoded = CellCoding.decode(dictionary: cell) { return decoded }
            invalid(cell, cells, cells.header.ordinal(of: name), "a JSON object of texts", &extensions, path)
            return [:]
        }
        for extra in cells.header.extras {
            if let value = cells.text(atIndex: extra.index) { extensions["csv", extra.name] = value }
        }
        keepCellsPastTheHeader(cells, &extensions)

        switch section {
        case .map:
            guard map == nil else {
                log.warn(
                    "csv-extra-row", "the #map section holds one row; this one was skipped",
                    at: SourceLocation(file: file, line: row, column: 1))
                return
            }
            var result = JourneyMap(id: try optional("id") ?? defaultMapID, title: text("title") ?? defaultTitle)
            result.summary = text("summary")
            if let language = text("language") {
                if Identifiers.isLanguageTag(language) {
                    result.language = language
                } else {
                    let ordinal = cells.header.ordinal(of: "language")
                    invalid(language, cells, ordinal, "a language tag such as en or de-CH", &extensions, path)
                }
            }
            result.kind = enumeration(cells, cells.header.ordinal(of: "kind"), MapKind.self, &extensions, path) ?? .b2c
            result.state =
                enumeration(cells, cells.header.ordinal(of: "state"), MapState.self, &extensions, path) ?? .current
            result.scope =
                enumeration(cells, cells.header.ordinal(of: "scope"), MapScope.self, &extensions, path)
                ?? .customerJourney
            result.metadata = dictionary("metadata")
            result.extensions = extensions
            map = result
            mapRow = row
        case .personas:
            var persona = Persona(id: try required("id", of: "persona"), name: text("name") ?? "")
            persona.role = text("role")
            persona.description = text("description")
            persona.goals = lines("goals")
            persona.needs = lines("needs")
            persona.motivations = lines("motivations")
            persona.frustrations = lines("frustrations")
            persona.quote = text("quote")
            persona.attributes = dictionary("attributes")
            persona.organization = text("organization")
            persona.decisionRole = name("decision_role").map(DecisionRole.init)
            persona.reportsTo = try optional("reports_to")
            persona.extensions = extensions
            personas.append((persona, row))
        case .lanes:
            let id = try required("id", of: "lane")
            let kind = name("kind").map(LaneKind.init) ?? LaneKind(id)
            let lane = Lane(
                id: id, kind: kind, title: text("title") ?? kind.defaultTitle, description: text("description"),
                extensions: extensions)
            lanes?.append((lane, row))
        case .stages:
            let stage = Stage(
                id: try required("id", of: "stage"), name: text("name") ?? "", goal: text("goal"),
                description: text("description"), expectedDuration: text("duration"),
                personaIDs: try identifiers("personas"), extensions: extensions)
            stages?.append((stage, row))
        case .steps:
            let ordinal = cells.header.ordinal(of: "stage")
            guard let stage = text("stage") else {
                throw ReadError(
                    "the step has no stage; name its stage in the stage column", at: cells.location(ordinal))
            }
            let step = Step(
                id: try required("id", of: "step"), name: text("name") ?? "", description: text("description"),
                extensions: extensions)
            steps.append((stage, step, row, cells.header.column(ordinal)))
        case .transitions:
            let transition = Transition(
                id: try required("id", of: "transition"), from: try required("from", of: "transition"),
                to: try required("to", of: "transition"), label: text("label"),
                personaIDs: try identifiers("personas"), extensions: extensions)
            transitions.append((transition, row))
        }
    }

    // MARK: - Cells

    private mutating func checkWidth(_ cells: Cells) {
        let count = cells.record.cells.count
        let width = cells.header.width
        guard count < width else { return }
        log.warn(
            "csv-ragged-row",
            "the row has \(count) cells but its header \(width); the missing cells are read as empty",
            at: SourceLocation(file: file, line: cells.record.row, column: count + 1))
    }

    /// Cells to the right of the header's last column are kept as extension data `csv/column N`.
    private mutating func keepCellsPastTheHeader(_ cells: Cells, _ extensions: inout ExtensionData) {
        let width = cells.header.width
        guard cells.record.cells.count > width else { return }
        var kept: [Int] = []
        for index in width..<cells.record.cells.count {
            if let text = cells.text(atIndex: index) {
                extensions["csv", "column \(index + 1)"] = text
                kept.append(index + 1)
            }
        }
        guard let first = kept.first else { return }
        log.warn(
            "csv-ragged-row",
            "the row has \(cells.record.cells.count) cells but its header \(width); the cells past the header "
                + "are kept as extension data csv/column N",
            at: SourceLocation(file: file, line: cells.record.row, column: first))
    }

    private mutating func invalid(
        _ text: String, _ cells: Cells, _ ordinal: Int, _ expected: String, _ extensions: inout ExtensionData,
        _ path: () -> ElementPath
    ) {
        let name = cells.header.known[ordinal]
        extensions["csv", name] = text
        log.warn(
            "csv-invalid-value",
            "'\(text)' in the \(name) column is not \(expected); it is kept as extension data csv/\(name)",
            at: cells.location(ordinal), path: path())
    }

    /// The identifier in a cell, `nil` when the cell is absent.
    ///
    /// - Throws: ``ReadError`` at the cell when it is empty or holds white space, which no format
    ///   can carry as an identifier.
    private func identifier(_ cells: Cells, _ ordinal: Int) throws -> String? {
        guard let text = cells[ordinal] else { return nil }
        try requireIdentifier(text, column: cells.header.known[ordinal], at: cells.location(ordinal))
        return text
    }

    /// The identifiers in a list cell (separated by white space, or a JSON array).
    private func identifiers(_ cells: Cells, _ ordinal: Int) throws -> [String] {
        let list = CellCoding.decode(identifiers: cells[ordinal])
        for id in list {
            try requireIdentifier(id, column: cells.header.known[ordinal], at: cells.location(ordinal))
        }
        return list
    }

    private func requireIdentifier(_ text: String, column: String, at location: SourceLocation) throws {
        guard !Identifiers.isValid(text) else { return }
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": shown += "\\t"
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        var message =
            "'\(shown)' in the \(column) column is not an identifier: identifiers are not empty and hold no "
            + "spaces, tabs or line breaks"
        let others = CSVPreamble.candidates.filter { $0 != delimiter && text.utf8.contains($0) }
        if let other = others.first {
            let name = other == UInt8(ascii: "\t") ? "a tab" : "'\(Character(Unicode.Scalar(other)))'"
            let own = delimiter == UInt8(ascii: "\t") ? "a tab" : "'\(Character(Unicode.Scalar(delimiter)))'"
            message += "; the cell holds \(name): does the row use another delimiter than the file's \(own)?"
        }
        throw ReadError(message, at: location)
    }

    private mutating func number(
        _ cells: Cells, _ ordinal: Int, _ extensions: inout ExtensionData, _ path: () -> ElementPath
    ) -> Double? {
        guard let text = cells[ordinal] else { return nil }
        // Double's own parser first: NumberText trims white space through Foundation, which is slow.
        if let value = Double(text), value.isFinite { return value }
        if let value = NumberText.parse(text) { return value }
        invalid(text, cells, ordinal, "a finite number", &extensions, path)
        return nil
    }

    private mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ cells: Cells, _ ordinal: Int, _ type: Value.Type, _ extensions: inout ExtensionData,
        _ path: () -> ElementPath
    ) -> Value? where Value.RawValue == String {
        guard let text = cells[ordinal] else { return nil }
        if let value = Value(rawValue: text) { return value }
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let value = Value(rawValue: folded) { return value }
        let expected = "one of " + Value.allCases.map(\.rawValue).joined(separator: ", ")
        invalid(text, cells, ordinal, expected, &extensions, path)
        return nil
    }

    // MARK: - Putting the map together

    private var defaultTitle: String {
        guard let file, !file.isEmpty else { return "Untitled journey" }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "Untitled journey" : name
    }

    private var defaultMapID: String { Identifiers.slug(defaultTitle, fallback: "map") }

    /// The map, once every record has been read.
    mutating func finish(endRow: Int) throws -> (JourneyMap, SourceMap) {
        endUnknownSection(before: endRow)
        guard itemHeader != nil else {
            throw ReadError(
                "the input holds no header row; the long layout starts with stage,lane,kind,text",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var result = map ?? JourneyMap(id: defaultMapID, title: defaultTitle)
        var sourceMap = SourceMap(file: file)
        sourceMap.locations.reserveCapacity(
            groups.reduce(0) { $0 + $1.items.count } + personas.count + transitions.count + steps.count
                + (lanes?.count ?? 0) + (stages?.count ?? groups.count) + 1)
        func remember(_ path: ElementPath, row: Int, column: Int = 1) {
            sourceMap.locations[path] = SourceLocation(file: file, line: row, column: column)
        }
        if map != nil { remember(.map, row: mapRow) }
        result.personas = personas.map(\.0)
        for (persona, row) in personas { remember(.persona(persona.id), row: row) }
        result.transitions = transitions.map(\.0)
        for (transition, row) in transitions { remember(.transition(transition.id), row: row) }

        let derivedItemKinds = try resolveLanes(&result)
        for (lane, row) in lanes ?? [] { remember(.lane(lane.id), row: row) }
        for (group, index) in missingKinds {
            let laneID = groups[group].items[index].laneID
            groups[group].items[index].kind =
                derivedItemKinds[laneID] ?? result.lane(withID: laneID)?.kind.defaultItemKind ?? .note
        }

        let stageColumn = (itemHeader?.column(LongLayout.ItemColumn.stage.rawValue)) ?? 1
        var stageRows: [Int] = []
        // Where each group's items went: the stage and the position of the group's first item.
        var placements: [(stage: Int, offset: Int)] = []
        if let stages {
            result.stages = stages.map(\.0)
            stageRows = stages.map(\.1)
            let finder = StageFinder(result.stages)
            for group in groups {
                guard finder.index(of: group.key) != nil else {
                    throw ReadError(
                        "unknown stage '\(group.key)': the #stages section has no stage with this identifier or name",
                        at: SourceLocation(file: file, line: group.row, column: stageColumn))
                }
            }
            for groupIndex in groups.indices {
                let index = finder.index(of: groups[groupIndex].key) ?? 0
                placements.append((index, result.stages[index].items.count))
                // Move the items rather than copy them: a million items are most of the memory.
                let items = groups[groupIndex].takeItems()
                if result.stages[index].items.isEmpty {
                    result.stages[index].items = items
                } else {
                    result.stages[index].items += items
                }
            }
        } else {
            var identifiers = IdentifierPool()
            for groupIndex in groups.indices {
                let id = identifiers.make(from: groups[groupIndex].key, fallback: "stage")
                placements.append((result.stages.count, 0))
                let items = groups[groupIndex].takeItems()
                result.stages.append(Stage(id: id, name: groups[groupIndex].key, items: items))
                stageRows.append(groups[groupIndex].row)
            }
        }
        let finder = StageFinder(result.stages)
        for entry in steps {
            guard let index = finder.index(of: entry.stage) else {
                throw ReadError(
                    "unknown stage '\(entry.stage)': the step's stage is not a stage of the map",
                    at: SourceLocation(file: file, line: entry.row, column: entry.column))
            }
            result.stages[index].steps.append(entry.step)
            remember(.step(entry.step.id, inStage: result.stages[index].id), row: entry.row)
        }
        if missingItemIDs > 0 { assignItemIdentifiers(&result) }
        for (index, stage) in result.stages.enumerated() where index < stageRows.count {
            remember(.stage(stage.id), row: stageRows[index])
        }
        for (group, placement) in zip(groups, placements) {
            let stage = result.stages[placement.stage]
            for (position, row) in group.rows.enumerated() {
                let item = stage.items[placement.offset + position]
                remember(ElementPath([.init("stage", stage.id), .init("item", item.id)]), row: row)
            }
        }
        return (result, sourceMap)
    }

    /// Sets the map's lanes: from the #lanes section, or made from the lane names in the item rows.
    ///
    /// - Returns: the item kinds that lane names imply ("Questions" → question), by lane identifier.
    private mutating func resolveLanes(_ result: inout JourneyMap) throws -> [String: ItemKind] {
        if let lanes {
            // Item rows name the section's lanes by identifier: the lane cells must hold identifiers.
            for cell in laneCells {
                let laneID = groups[cell.group].items[cell.item].laneID
                if laneID.isEmpty {
                    throw ReadError(
                        "the item names no lane; with a #lanes section, every item names one of its lanes",
                        at: cell.location)
                }
                try requireIdentifier(laneID, column: "lane", at: cell.location)
            }
            result.lanes = lanes.map(\.0)
            return [:]
        }
        var identifiers = IdentifierPool()
        var laneIDs: [String: String] = [:]
        var itemKinds: [String: ItemKind] = [:]
        for groupIndex in groups.indices {
            for itemIndex in groups[groupIndex].items.indices {
                let key = groups[groupIndex].items[itemIndex].laneID
                if let id = laneIDs[key] {
                    groups[groupIndex].items[itemIndex].laneID = id
                    continue
                }
                let lane: Lane
                let itemKind: ItemKind
                if let recognized = LaneNames.recognize(key) {
                    let title = key == recognized.lane.rawValue ? recognized.lane.defaultTitle : key
                    lane = Lane(id: identifiers.make(from: key, fallback: "lane"), kind: recognized.lane, title: title)
                    itemKind = recognized.item
                } else {
                    let kind = groups[groupIndex].items[itemIndex].kind
                    let laneKind =
                        kind.isKnown ? kind.defaultLane : LaneKind(Identifiers.slug(key, fallback: "lane"))
                    lane = Lane(id: identifiers.make(from: key, fallback: "lane"), kind: laneKind, title: key)
                    itemKind = laneKind.defaultItemKind
                }
                laneIDs[key] = lane.id
                itemKinds[lane.id] = itemKind
                result.lanes.append(lane)
                groups[groupIndex].items[itemIndex].laneID = lane.id
            }
        }
        return itemKinds
    }

    /// Gives items without an identifier one made like the builder's: `stage-lane-number`.
    private func assignItemIdentifiers(_ result: inout JourneyMap) {
        var used = Set(result.personas.map(\.id) + result.lanes.map(\.id) + result.transitions.map(\.id))
        for stage in result.stages {
            used.insert(stage.id)
            for step in stage.steps { used.insert(step.id) }
            for item in stage.items where !item.id.isEmpty { used.insert(item.id) }
        }
        for stageIndex in result.stages.indices {
            let stageID = result.stages[stageIndex].id
            var counters: [String: Int] = [:]
            for itemIndex in result.stages[stageIndex].items.indices
            where result.stages[stageIndex].items[itemIndex].id.isEmpty {
                let laneID = result.stages[stageIndex].items[itemIndex].laneID
                var candidate: String
                repeat {
                    let number = counters[laneID, default: 0] + 1
                    counters[laneID] = number
                    candidate = "\(stageID)-\(laneID)-\(number)"
                } while used.contains(candidate)
                used.insert(candidate)
                result.stages[stageIndex].items[itemIndex].id = candidate
            }
        }
    }
}

/// Finds a stage by identifier, or else by a name no other stage has.
struct StageFinder {
    private var byID: [String: Int] = [:]
    private var byName: [String: Int] = [:]

    init(_ stages: [Stage]) {
        for (index, stage) in stages.enumerated() {
            if byID[stage.id] == nil { byID[stage.id] = index }
            byName[stage.name] = byName[stage.name] == nil ? index : -1
        }
    }

    func index(of key: String) -> Int? {
        if let index = byID[key] { return index }
        if let index = byName[key], index >= 0 { return index }
        return nil
    }
}

/// A header row: which column of the records holds each known column, and the columns it does not know.
struct Header {
    /// The known columns, in their canonical order.
    let known: [String]
    /// For each known column, its 0-based index in the records, or -1 when the header lacks it.
    let positions: [Int]
    /// The columns the header has that are not known, with their header text.
    let extras: [(index: Int, name: String)]
    /// The number of cells in the header row.
    let width: Int
    let file: String?

    init(
        _ record: CSVRecord, known: [String], aliases: [String: String], restores: Bool, log: inout DiagnosticLog,
        file: String?
    ) {
        self.known = known
        self.file = file
        var positions = [Int](repeating: -1, count: known.count)
        var extras: [(Int, String)] = []
        let ordinals = Dictionary(known.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, cell) in record.cells.enumerated() {
            let text = restores ? FormulaNeutralization.restore(cell.text) : cell.text
            let normalized = LongLayout.normalize(text)
            if normalized.isEmpty, cell.isAbsent, index == record.cells.count - 1 { continue }
            let name = aliases[normalized] ?? normalized
            if let ordinal = ordinals[name], positions[ordinal] < 0 {
                positions[ordinal] = index
                continue
            }
            let label = text.isEmpty ? "column \(index + 1)" : text
            if ordinals[name] != nil {
                log.warn(
                    "csv-duplicate-column",
                    "the column '\(text)' appears twice; the second one is kept as extension data csv/\(label)",
                    at: SourceLocation(file: file, line: record.row, column: index + 1))
            } else {
                log.note(
                    "csv-unknown-column",
                    "the column '\(text)' is not part of the layout; its cells are kept as extension data csv/\(label)",
                    at: SourceLocation(file: file, line: record.row, column: index + 1))
            }
            extras.append((index, label))
        }
        self.positions = positions
        self.extras = extras
        width = record.cells.count
    }

    /// The ordinal of a known column.
    func ordinal(of name: String) -> Int { known.firstIndex(of: name) ?? -1 }

    /// The 1-based column number of a known column, or 0 when the header lacks it.
    func column(_ ordinal: Int) -> Int { ordinal >= 0 ? positions[ordinal] + 1 : 0 }
}

/// The cells of one record, looked up by the known columns of its header.
struct Cells {
    let record: CSVRecord
    let header: Header
    let restores: Bool

    /// The text of a known column; `nil` when the header lacks the column or the cell is absent.
    subscript(ordinal: Int) -> String? {
        guard ordinal >= 0 else { return nil }
        return text(atIndex: header.positions[ordinal])
    }

    /// The text of the cell at a 0-based index; `nil` when the cell is absent.
    func text(atIndex index: Int) -> String? {
        guard index >= 0, index < record.cells.count else { return nil }
        let cell = record.cells[index]
        if cell.isAbsent { return nil }
        return restores ? FormulaNeutralization.restore(cell.text) : cell.text
    }

    /// Where a known column's cell is.
    func location(_ ordinal: Int) -> SourceLocation {
        SourceLocation(
            file: header.file, line: record.row, column: max(header.column(ordinal), 1),
            detail: record.line == record.row ? nil : "line \(record.line)")
    }
}
