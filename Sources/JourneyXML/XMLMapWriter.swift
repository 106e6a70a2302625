import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Writes a map as canonical XML.
///
/// Element and attribute order is fixed and dictionaries are written sorted by key, so the same map
/// always gives the same bytes.
struct XMLMapWriter {
    let indentation: String?

    func write(_ map: JourneyMap) throws -> Data {
        do {
            let writer = try XMLWriter(indentation: indentation)
            try writer.startDocument()
            try writeMap(map, to: writer)
            var data = try writer.finish()
            if indentation == nil, data.last != 0x0A { data.append(0x0A) }
            return data
        } catch let error as XMLError {
            throw WriteError(error.message)
        }
    }

    /// Writes the map to `output` piece by piece as it goes: the bytes ``write(_:)`` returns, never
    /// the whole document in memory.
    func write(_ map: JourneyMap, to output: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        do {
            let writer = try XMLWriter(indentation: indentation, output: output)
            try writer.startDocument()
            try writeMap(map, to: writer)
            _ = try writer.finish()
            if indentation == nil, writer.lastByteWritten != 0x0A {
                try withUnsafeBytes(of: UInt8(0x0A)) { try output($0) }
            }
        } catch let error as XMLError {
            throw WriteError(error.message)
        }
    }

    private func writeMap(_ map: JourneyMap, to writer: XMLWriter) throws {
        try writer.startElement("journeyMap", namespaceURI: JourneyXMLSchema.namespace)
        try writeIdentifier("id", map.id, to: writer)
        try writer.writeAttribute("kind", map.kind.rawValue)
        try writer.writeAttribute("state", map.state.rawValue)
        try writer.writeAttribute("scope", map.scope.rawValue)
        if let language = map.language {
            guard Identifiers.isLanguageTag(language) else {
                throw WriteError("the language '\(language)' is not a language tag such as 'en' or 'de-CH'")
            }
            try writer.writeAttribute("language", language)
        }
        try writer.writeElement("title", text: map.title)
        if let summary = map.summary { try writer.writeElement("summary", text: summary) }
        if !map.metadata.isEmpty {
            try writer.startElement("metadata")
            try writeEntries(map.metadata, named: "entry", to: writer)
            try writer.endElement()
        }
        try writeList("personas", map.personas, to: writer, at: { .persona($0.id) }, writePersona)
        try writeList("lanes", map.lanes, to: writer, at: { .lane($0.id) }, writeLane)
        try writeList("stages", map.stages, to: writer, at: { .stage($0.id) }, writeStage)
        try writeList("transitions", map.transitions, to: writer, at: { .transition($0.id) }, writeTransition)
        try writeExtensions(map.extensions, to: writer)
        try writer.endElement()
    }

    private func writePersona(_ persona: Persona, to writer: XMLWriter) throws {
        try writer.startElement("persona")
        try writeIdentifier("id", persona.id, to: writer)
        if let role = persona.decisionRole { try writeName("decisionRole", role.rawValue, to: writer) }
        if let boss = persona.reportsTo { try writeIdentifier("reportsTo", boss, to: writer) }
        try writer.writeElement("name", text: persona.name)
        try writeOptional("role", persona.role, to: writer)
        try writeOptional("organization", persona.organization, to: writer)
        try writeOptional("description", persona.description, to: writer)
        try writeOptional("quote", persona.quote, to: writer)
        for goal in persona.goals { try writer.writeElement("goal", text: goal) }
        for need in persona.needs { try writer.writeElement("need", text: need) }
        for motivation in persona.motivations { try writer.writeElement("motivation", text: motivation) }
        for frustration in persona.frustrations { try writer.writeElement("frustration", text: frustration) }
        try writeEntries(persona.attributes, named: "attribute", to: writer)
        try writeExtensions(persona.extensions, to: writer)
        try writer.endElement()
    }

    private func writeLane(_ lane: Lane, to writer: XMLWriter) throws {
        try writer.startElement("lane")
        try writeIdentifier("id", lane.id, to: writer)
        try writeName("kind", lane.kind.rawValue, to: writer)
        try writer.writeElement("title", text: lane.title)
        try writeOptional("description", lane.description, to: writer)
        try writeExtensions(lane.extensions, to: writer)
        try writer.endElement()
    }

    private func writeStage(_ stage: Stage, to writer: XMLWriter) throws {
        try writer.startElement("stage")
        try writeIdentifier("id", stage.id, to: writer)
        try writeIdentifiers("personas", stage.personaIDs, to: writer)
        try writer.writeElement("name", text: stage.name)
        try writeOptional("goal", stage.goal, to: writer)
        try writeOptional("description", stage.description, to: writer)
        try writeOptional("duration", stage.expectedDuration, to: writer)
        for step in stage.steps {
            try writing(.step(step.id, inStage: stage.id)) {
                try writer.startElement("step")
                try writeIdentifier("id", step.id, to: writer)
                try writer.writeElement("name", text: step.name)
                try writeOptional("description", step.description, to: writer)
                try writeExtensions(step.extensions, to: writer)
                try writer.endElement()
            }
        }
        for item in stage.items {
            try writing(.item(item.id, inStage: stage.id)) { try writeItem(item, to: writer) }
        }
        try writeExtensions(stage.extensions, to: writer)
        try writer.endElement()
    }

    private func writeItem(_ item: Item, to writer: XMLWriter) throws {
        try writer.startElement("item")
        try writeIdentifier("id", item.id, to: writer)
        try writeName("kind", item.kind.rawValue, to: writer)
        try writeIdentifier("lane", item.laneID, to: writer)
        if let step = item.stepID { try writeIdentifier("step", step, to: writer) }
        try writeIdentifiers("personas", item.personaIDs, to: writer)
        if let channel = item.channel { try writeName("channel", channel.rawValue, to: writer) }
        if let severity = item.severity { try writer.writeAttribute("severity", severity.rawValue) }
        if let priority = item.priority { try writer.writeAttribute("priority", priority.rawValue) }
        if let type = item.contentType { try writeName("contentType", type.rawValue, to: writer) }
        try writer.writeElement("text", text: item.text)
        try writeOptional("detail", item.detail, to: writer)
        try writeOptional("owner", item.owner, to: writer)
        if let score = item.score {
            try writer.startElement("score")
            try writer.writeAttribute("value", try number(score.value, "the emotion score of item '\(item.id)'"))
            if let source = score.source {
                try writer.writeAttribute("sourceValue", try number(source.value, "a source score"))
                try writer.writeAttribute("sourceMinimum", try number(source.minimum, "a source scale"))
                try writer.writeAttribute("sourceMaximum", try number(source.maximum, "a source scale"))
            }
            try writer.endElement()
        }
        if let metric = item.metric {
            try writer.startElement("metric")
            if let kind = metric.kind { try writeName("kind", kind.rawValue, to: writer) }
            if let value = metric.value { try writer.writeAttribute("value", try number(value, "a KPI value")) }
            if let target = metric.target { try writer.writeAttribute("target", try number(target, "a KPI target")) }
            if let unit = metric.unit { try writer.writeAttribute("unit", unit) }
            if let direction = metric.direction {
                try writer.writeAttribute("direction", direction.keyword)
                if let range = direction.range {
                    try writer.writeAttribute("targetMinimum", try number(range.lowerBound, "a KPI target range"))
                    try writer.writeAttribute("targetMaximum", try number(range.upperBound, "a KPI target range"))
                }
            }
            try writer.endElement()
        }
        for tag in item.tags { try writer.writeElement("tag", text: tag) }
        for activity in item.activities { try writer.writeElement("activity", text: activity) }
        for link in item.links {
            try writer.startElement("link")
            try writer.writeAttribute("href", link.url)
            if let title = link.title { try writer.writeAttribute("title", title) }
            try writer.endElement()
        }
        try writeExtensions(item.extensions, to: writer)
        try writer.endElement()
    }

    private func writeTransition(_ transition: Transition, to writer: XMLWriter) throws {
        try writer.startElement("transition")
        try writeIdentifier("id", transition.id, to: writer)
        try writeIdentifier("from", transition.from, to: writer)
        try writeIdentifier("to", transition.to, to: writer)
        try writeIdentifiers("personas", transition.personaIDs, to: writer)
        try writeOptional("label", transition.label, to: writer)
        try writeExtensions(transition.extensions, to: writer)
        try writer.endElement()
    }

    /// Writes `<name>` around the elements, or nothing when there are none.
    private func writeList<Element>(
        _ name: String, _ elements: [Element], to writer: XMLWriter, at path: (Element) -> ElementPath,
        _ write: (Element, XMLWriter) throws -> Void
    ) throws {
        guard !elements.isEmpty else { return }
        try writer.startElement(name)
        for element in elements { try writing(path(element)) { try write(element, writer) } }
        try writer.endElement()
    }

    /// Runs `body`, giving a refusal inside it the path of the element being written, unless an
    /// element inside already gave it its own.
    private func writing(_ path: ElementPath, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as XMLError {
            throw WriteError(error.message, at: path)
        } catch var error as WriteError where error.path == nil {
            error.path = path
            throw error
        }
    }

    private func writeOptional(_ name: String, _ text: String?, to writer: XMLWriter) throws {
        if let text { try writer.writeElement(name, text: text) }
    }

    private func writeIdentifiers(_ name: String, _ ids: [String], to writer: XMLWriter) throws {
        guard !ids.isEmpty else { return }
        for id in ids { try checkIdentifier(id, name) }
        try writer.writeAttribute(name, ids.joined(separator: " "))
    }

    /// Writes an identifier attribute, refusing what the schema would refuse on reading.
    private func writeIdentifier(_ name: String, _ id: String, to writer: XMLWriter) throws {
        try checkIdentifier(id, name)
        try writer.writeAttribute(name, id)
    }

    /// Writes a vocabulary value (a kind, a channel), refusing an empty one.
    private func writeName(_ name: String, _ value: String, to writer: XMLWriter) throws {
        guard !value.isEmpty else { throw WriteError("the value of '\(name)' is empty") }
        try writer.writeAttribute(name, value)
    }

    private func checkIdentifier(_ id: String, _ name: String) throws {
        guard Identifiers.isValid(id) else {
            throw WriteError("the identifier '\(id)' in '\(name)' is empty or contains white space")
        }
    }

    private func writeEntries(_ entries: [String: String], named name: String, to writer: XMLWriter) throws {
        for key in entries.keys.sorted() {
            try writer.startElement(name)
            try writeName("key", key, to: writer)
            try writer.writeText(entries[key]!)
            try writer.endElement()
        }
    }

    private func writeExtensions(_ extensions: ExtensionData, to writer: XMLWriter) throws {
        for entry in extensions.sortedEntries {
            try writer.startElement("extension")
            try writeName("namespace", entry.namespace, to: writer)
            try writeName("key", entry.key, to: writer)
            try writer.writeText(entry.value)
            try writer.endElement()
        }
    }

    private func number(_ value: Double, _ what: String) throws -> String {
        guard value.isFinite else { throw WriteError("\(what) is not a finite number") }
        return NumberText.format(value)
    }
}
