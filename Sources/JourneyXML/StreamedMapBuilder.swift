import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Builds a map from the events of a canonical XML document while libxml2 reads it and checks it
/// against the schema: neither a document tree nor the document's bytes are kept.
///
/// It builds exactly what ``XMLMapReader`` builds from the tree of a valid document, and gives up
/// (``Refusal``) at anything it does not expect; ``StreamedMapReader`` then leaves the document to
/// `XMLMapReader`, whose errors name every problem at its element.
final class StreamedMapBuilder: XMLEventHandler {
    /// Thrown for anything unexpected: the tree reader says what is wrong.
    struct Refusal: Error {}

    let file: String?
    private(set) var map: JourneyMap?
    private(set) var sourceMap: SourceMap

    /// The element below the root being read: `metadata`, `personas`, `stages`, ….
    private var section: Section = .none
    private var persona: Persona?
    private var lane: Lane?
    private var stage: Stage?
    private var step: Step?
    private var item: Item?
    private var transition: Transition?
    /// The text of the element being read, when it holds text.
    private var text: [UInt8] = []
    private var capturing = false
    /// The `key` (and `namespace`) of the entry or extension being read.
    private var key = ""
    private var namespace = ""

    private enum Section { case none, metadata, personas, lanes, stages, transitions }

    init(file: String?) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    // MARK: - Events

    func startElement(_ element: XMLStartElement) throws {
        switch element.depth {
        case 0: try startMap(element)
        case 1: try startSection(element)
        case 2: try startMember(element)
        case 3: try startMemberChild(element)
        case 4: try startDetail(element)
        default: throw Refusal()
        }
    }

    func characters(_ value: XMLValue) throws {
        guard capturing else { return }
        value.withBytes { text.append(contentsOf: $0) }
        // The tree parser refuses a text longer than this; the tree reader decides.
        guard text.count <= XMLParseOptions.maximumMarkupLength else { throw Refusal() }
    }

    func endElement(_ name: XMLName, depth: Int) throws {
        if capturing {
            capturing = false
            let value = String(decoding: text, as: UTF8.self)
            text.removeAll(keepingCapacity: true)
            try assign(value, to: name, depth: depth)
            return
        }
        switch (depth, name) {
        case (2, "persona"): map?.personas.append(try take(&persona))
        case (2, "lane"): map?.lanes.append(try take(&lane))
        case (2, "stage"): map?.stages.append(try take(&stage))
        case (2, "transition"): map?.transitions.append(try take(&transition))
        case (3, "step"): stage?.steps.append(try take(&step))
        case (3, "item"): stage?.items.append(try take(&item))
        case (1, _): section = .none
        default: break
        }
    }

    // MARK: - Starts by depth

    private func startMap(_ element: XMLStartElement) throws {
        guard element.localName == "journeyMap", element.namespaceURI?.string == JourneyXMLSchema.namespace else {
            throw Refusal()
        }
        map = JourneyMap(
            id: try required(element, "id"), title: "",
            kind: try enumeration(element, "kind", MapKind.self) ?? .b2c,
            state: try enumeration(element, "state", MapState.self) ?? .current,
            scope: try enumeration(element, "scope", MapScope.self) ?? .customerJourney,
            language: element.attribute("language")?.string)
        remember(.map, element)
    }

    private func startSection(_ element: XMLStartElement) throws {
        switch element.localName {
        case "title", "summary": capture()
        case "extension": try captureExtension(element)
        case "metadata": section = .metadata
        case "personas": section = .personas
        case "lanes": section = .lanes
        case "stages": section = .stages
        case "transitions": section = .transitions
        default: throw Refusal()
        }
    }

    private func startMember(_ element: XMLStartElement) throws {
        switch (section, element.localName) {
        case (.metadata, "entry"): captureEntry(element)
        case (.personas, "persona"):
            persona = Persona(
                id: try required(element, "id"), name: "",
                decisionRole: element.attribute("decisionRole").map { DecisionRole(rawValue: $0.string) },
                reportsTo: element.attribute("reportsTo")?.string)
            remember(.persona(persona!.id), element)
        case (.lanes, "lane"):
            lane = Lane(
                id: try required(element, "id"), kind: LaneKind(rawValue: try required(element, "kind")), title: "")
            remember(.lane(lane!.id), element)
        case (.stages, "stage"):
            stage = Stage(id: try required(element, "id"), name: "", personaIDs: identifiers(element, "personas"))
            remember(.stage(stage!.id), element)
        case (.transitions, "transition"):
            transition = Transition(
                id: try required(element, "id"), from: try required(element, "from"),
                to: try required(element, "to"), personaIDs: identifiers(element, "personas"))
            remember(.transition(transition!.id), element)
        default: throw Refusal()
        }
    }

    private func startMemberChild(_ element: XMLStartElement) throws {
        switch element.localName {
        case "extension": try captureExtension(element)
        case "attribute" where persona != nil: captureEntry(element)
        case "step" where stage != nil:
            step = Step(id: try required(element, "id"), name: "")
            remember(.step(step!.id, inStage: stage!.id), element)
        case "item" where stage != nil: try startItem(element, inStage: stage!.id)
        default: capture()
        }
    }

    private func startItem(_ element: XMLStartElement, inStage stageID: String) throws {
        item = Item(
            id: try required(element, "id"),
            kind: ItemKind(rawValue: try required(element, "kind")),
            laneID: try required(element, "lane"),
            stepID: element.attribute("step")?.string,
            text: "",
            personaIDs: identifiers(element, "personas"),
            channel: element.attribute("channel").map { Channel(rawValue: $0.string) },
            severity: try enumeration(element, "severity", Severity.self),
            priority: try enumeration(element, "priority", Priority.self),
            contentType: element.attribute("contentType").map { ContentType(rawValue: $0.string) })
        remember(.item(item!.id, inStage: stageID), element)
    }

    /// Children of a step or an item.
    private func startDetail(_ element: XMLStartElement) throws {
        switch element.localName {
        case "extension": try captureExtension(element)
        case "score" where item != nil: item!.score = try StreamedValues.score(element)
        case "metric" where item != nil: item!.metric = try StreamedValues.metric(element)
        case "link" where item != nil:
            item!.links.append(Link(try required(element, "href"), title: element.attribute("title")?.string))
        default: capture()
        }
    }

    // MARK: - Text

    private func capture() { capturing = true }

    private func captureEntry(_ element: XMLStartElement) {
        key = element.attribute("key")?.string ?? ""
        capture()
    }

    private func captureExtension(_ element: XMLStartElement) throws {
        namespace = element.attribute("namespace")?.string ?? ""
        key = element.attribute("key")?.string ?? ""
        capture()
    }

    /// Gives the text of the element that ended to the field it fills.
    private func assign(_ value: String, to name: XMLName, depth: Int) throws {
        if name == "extension" {
            try assignExtension(value, depth: depth)
            return
        }
        switch depth {
        case 1: try assignToMap(value, name)
        case 2 where section == .metadata:
            // Keys are unique (the schema's identity constraints, checked here).
            guard map?.metadata[key] == nil else { throw Refusal() }
            map?.metadata[key] = value
        case 3: try assignToMember(value, name)
        case 4 where step != nil: try StreamedValues.assign(value, to: name, of: &step!)
        case 4 where item != nil: try StreamedValues.assign(value, to: name, of: &item!)
        default: throw Refusal()
        }
    }

    private func assignToMap(_ value: String, _ name: XMLName) throws {
        switch name {
        case "title": map?.title = value
        case "summary": map?.summary = value
        default: throw Refusal()
        }
    }

    private func assignToMember(_ value: String, _ name: XMLName) throws {
        if persona != nil {
            try StreamedValues.assign(value, to: name, key: key, of: &persona!)
        } else if lane != nil {
            try StreamedValues.assign(value, to: name, of: &lane!)
        } else if stage != nil {
            try StreamedValues.assign(value, to: name, of: &stage!)
        } else if transition != nil, name == "label" {
            transition!.label = value
        } else {
            throw Refusal()
        }
    }

    /// An `extension` belongs to the innermost element open at its depth.
    private func assignExtension(_ value: String, depth: Int) throws {
        switch depth {
        case 1 where map != nil: try add(value, to: &map!.extensions)
        case 3 where persona != nil: try add(value, to: &persona!.extensions)
        case 3 where lane != nil: try add(value, to: &lane!.extensions)
        case 3 where stage != nil: try add(value, to: &stage!.extensions)
        case 3 where transition != nil: try add(value, to: &transition!.extensions)
        case 4 where step != nil: try add(value, to: &step!.extensions)
        case 4 where item != nil: try add(value, to: &item!.extensions)
        default: throw Refusal()
        }
    }

    /// Adds an extension entry; a second one with the same namespace and key breaks the schema's
    /// identity constraint, which is checked here.
    private func add(_ value: String, to extensions: inout ExtensionData) throws {
        guard extensions[namespace, key] == nil else { throw Refusal() }
        extensions[namespace, key] = value
    }

    // MARK: - Values

    private func take<Value>(_ value: inout Value?) throws -> Value {
        guard let taken = value else { throw Refusal() }
        value = nil
        return taken
    }

    private func required(_ element: XMLStartElement, _ name: StaticString) throws -> String {
        guard let value = element.attribute(name) else { throw Refusal() }
        return value.string
    }

    private func enumeration<Value: RawRepresentable>(
        _ element: XMLStartElement, _ name: StaticString, _ type: Value.Type
    ) throws -> Value? where Value.RawValue == String {
        guard let text = element.attribute(name) else { return nil }
        guard let value = Value(rawValue: text.string) else { throw Refusal() }
        return value
    }

    private func identifiers(_ element: XMLStartElement, _ name: StaticString) -> [String] {
        element.attribute(name).map { Identifiers.split($0.string) } ?? []
    }

    private func remember(_ path: ElementPath, _ element: XMLStartElement) {
        let location = element.location
        sourceMap.locations[path] = SourceLocation(file: file, line: location.line, column: location.column)
    }
}
