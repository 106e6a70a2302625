import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads canonical XML into a map: parse safely, check against the XSD, then build the map,
/// remembering where each element was.
struct XMLMapReader {
    let file: String?
    private var sourceMap: SourceMap

    init(file: String?) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    /// How many schema errors are reported at once.
    static let errorLimit = 20

    mutating func read(_ data: Data) throws -> ReadResult {
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, fileName: file)
        } catch let error as XMLError {
            throw ReadError(
                error.message, at: location(error.location), kind: ReadError.Kind(rawValue: error.kind.rawValue))
        }
        let root = document.root
        try checkRoot(root)
        let schemaErrors = try JourneyXMLSchema.validate(document).filter { $0.severity != .warning }
        if let first = schemaErrors.first {
            let rest = schemaErrors.dropFirst().prefix(Self.errorLimit - 1).map {
                ReadError($0.message, at: location($0.location), kind: .invalid)
            }
            throw ReadError(
                first.message, at: location(first.location), kind: .invalid, additionalErrors: Array(rest))
        }
        let map = try readMap(root)
        return ReadResult(map: map, diagnostics: [], sourceMap: sourceMap)
    }

    private func checkRoot(_ root: XMLElement) throws {
        let expected = "expected a <journeyMap> root element in the namespace \(JourneyXMLSchema.namespace)"
        guard let namespace = root.namespaceURI else {
            throw ReadError(
                "\(expected), found <\(root.localName)> in no namespace", at: location(root.location),
                kind: .unsupportedFormat)
        }
        if namespace != JourneyXMLSchema.namespace, namespace.hasPrefix(JourneyXMLSchema.namespacePrefix) {
            let version = namespace.dropFirst(JourneyXMLSchema.namespacePrefix.count)
            throw ReadError(
                "this document uses version \(version) of the JourneyKit XML format; this JourneyKit reads version 1",
                at: location(root.location), kind: .unsupportedFormat)
        }
        guard root.localName == "journeyMap", namespace == JourneyXMLSchema.namespace else {
            throw ReadError(
                "\(expected), found <\(root.localName)> in \(namespace)", at: location(root.location),
                kind: .unsupportedFormat)
        }
    }

    // MARK: - Elements

    private mutating func readMap(_ element: XMLElement) throws -> JourneyMap {
        remember(.map, element)
        var map = JourneyMap(
            id: try required(element, "id"),
            title: "",
            kind: try enumeration(element, "kind", MapKind.self) ?? .b2c,
            state: try enumeration(element, "state", MapState.self) ?? .current,
            scope: try enumeration(element, "scope", MapScope.self) ?? .customerJourney,
            language: element.attribute("language"))
        for child in element.children {
            switch child.localName {
            case "title": map.title = child.text
            case "summary": map.summary = child.text
            case "metadata": map.metadata = entries(child.children)
            case "personas": map.personas = try child.children.map { try readPersona($0) }
            case "lanes": map.lanes = try child.children.map { try readLane($0) }
            case "stages": map.stages = try child.children.map { try readStage($0) }
            case "transitions": map.transitions = try child.children.map { try readTransition($0) }
            case "extension": map.extensions = extensions([child], into: map.extensions)
            default: throw unexpected(child)
            }
        }
        return map
    }

    private mutating func readPersona(_ element: XMLElement) throws -> Persona {
        var persona = Persona(
            id: try required(element, "id"), name: "",
            decisionRole: element.attribute("decisionRole").map(DecisionRole.init(rawValue:)),
            reportsTo: element.attribute("reportsTo"))
        remember(.persona(persona.id), element)
        for child in element.children {
            switch child.localName {
            case "name": persona.name = child.text
            case "role": persona.role = child.text
            case "organization": persona.organization = child.text
            case "description": persona.description = child.text
            case "quote": persona.quote = child.text
            case "goal": persona.goals.append(child.text)
            case "need": persona.needs.append(child.text)
            case "motivation": persona.motivations.append(child.text)
            case "frustration": persona.frustrations.append(child.text)
            case "attribute": persona.attributes = entries([child], into: persona.attributes)
            case "extension": persona.extensions = extensions([child], into: persona.extensions)
            default: throw unexpected(child)
            }
        }
        return persona
    }

    private mutating func readLane(_ element: XMLElement) throws -> Lane {
        var lane = Lane(
            id: try required(element, "id"), kind: LaneKind(rawValue: try required(element, "kind")), title: "")
        remember(.lane(lane.id), element)
        for child in element.children {
            switch child.localName {
            case "title": lane.title = child.text
            case "description": lane.description = child.text
            case "extension": lane.extensions = extensions([child], into: lane.extensions)
            default: throw unexpected(child)
            }
        }
        return lane
    }

    private mutating func readStage(_ element: XMLElement) throws -> Stage {
        var stage = Stage(id: try required(element, "id"), name: "", personaIDs: identifiers(element, "personas"))
        remember(.stage(stage.id), element)
        for child in element.children {
            switch child.localName {
            case "name": stage.name = child.text
            case "goal": stage.goal = child.text
            case "description": stage.description = child.text
            case "duration": stage.expectedDuration = child.text
            case "step": stage.steps.append(try readStep(child, inStage: stage.id))
            case "item": stage.items.append(try readItem(child, inStage: stage.id))
            case "extension": stage.extensions = extensions([child], into: stage.extensions)
            default: throw unexpected(child)
            }
        }
        return stage
    }

    private mutating func readStep(_ element: XMLElement, inStage stageID: String) throws -> Step {
        var step = Step(id: try required(element, "id"), name: "")
        remember(.step(step.id, inStage: stageID), element)
        for child in element.children {
            switch child.localName {
            case "name": step.name = child.text
            case "description": step.description = child.text
            case "extension": step.extensions = extensions([child], into: step.extensions)
            default: throw unexpected(child)
            }
        }
        return step
    }

    private mutating func readItem(_ element: XMLElement, inStage stageID: String) throws -> Item {
        var item = Item(
            id: try required(element, "id"),
            kind: ItemKind(rawValue: try required(element, "kind")),
            laneID: try required(element, "lane"),
            stepID: element.attribute("step"),
            text: "",
            personaIDs: identifiers(element, "personas"),
            channel: element.attribute("channel").map(Channel.init(rawValue:)),
            severity: try enumeration(element, "severity", Severity.self),
            priority: try enumeration(element, "priority", Priority.self),
            contentType: element.attribute("contentType").map(ContentType.init(rawValue:)))
        remember(.item(item.id, inStage: stageID), element)
        for child in element.children {
            switch child.localName {
            case "text": item.text = child.text
            case "detail": item.detail = child.text
            case "owner": item.owner = child.text
            case "score": item.score = try value(of: child, ScoreAndMetric.score)
            case "metric": item.metric = try value(of: child, ScoreAndMetric.metric)
            case "tag": item.tags.append(child.text)
            case "activity": item.activities.append(child.text)
            case "link": item.links.append(Link(try required(child, "href"), title: child.attribute("title")))
            case "extension": item.extensions = extensions([child], into: item.extensions)
            default: throw unexpected(child)
            }
        }
        return item
    }

    /// A value made from an element's attributes (``ScoreAndMetric``), its problem reported at the
    /// element.
    private func value<Value>(
        of element: XMLElement, _ make: ((StaticString) -> String?) throws(ScoreAndMetric.Problem) -> Value
    ) throws -> Value {
        do {
            return try make { element.attribute("\($0)") }
        } catch {
            throw ReadError(error.message, at: location(element.location))
        }
    }

    private mutating func readTransition(_ element: XMLElement) throws -> Transition {
        var transition = Transition(
            id: try required(element, "id"), from: try required(element, "from"), to: try required(element, "to"),
            personaIDs: identifiers(element, "personas"))
        remember(.transition(transition.id), element)
        for child in element.children {
            switch child.localName {
            case "label": transition.label = child.text
            case "extension": transition.extensions = extensions([child], into: transition.extensions)
            default: throw unexpected(child)
            }
        }
        return transition
    }

    // MARK: - Values

    private func required(_ element: XMLElement, _ name: String) throws -> String {
        guard let value = element.attribute(name) else { throw missing(element, name) }
        return value
    }

    private func enumeration<Value: RawRepresentable>(_ element: XMLElement, _ name: String, _ type: Value.Type) throws
        -> Value?
    where Value.RawValue == String {
        guard let text = element.attribute(name) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw ReadError(
                "<\(element.localName)> has \(name)=\"\(text)\", which is not a known value",
                at: location(element.location))
        }
        return value
    }

    /// A space-separated list of identifiers.
    private func identifiers(_ element: XMLElement, _ name: String) -> [String] {
        element.attribute(name).map(Identifiers.split) ?? []
    }

    private func entries(_ elements: [XMLElement], into existing: [String: String] = [:]) -> [String: String] {
        var result = existing
        for element in elements { result[element.attribute("key") ?? ""] = element.text }
        return result
    }

    private func extensions(_ elements: [XMLElement], into existing: ExtensionData) -> ExtensionData {
        var result = existing
        for element in elements {
            result[element.attribute("namespace") ?? "", element.attribute("key") ?? ""] = element.text
        }
        return result
    }

    // MARK: - Locations and errors

    private mutating func remember(_ path: ElementPath, _ element: XMLElement) {
        sourceMap.locations[path] = location(element.location)
    }

    private func location(_ location: XMLSourceLocation) -> SourceLocation {
        SourceLocation(file: file, line: location.line, column: location.column)
    }

    private func missing(_ element: XMLElement, _ attribute: String) -> ReadError {
        ReadError("<\(element.localName)> needs the attribute \(attribute)", at: location(element.location))
    }

    private func unexpected(_ element: XMLElement) -> ReadError {
        ReadError("<\(element.localName)> is not expected here", at: location(element.location))
    }
}
