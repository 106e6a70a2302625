import Foundation
import JourneyModel
internal import JourneyXMLCore

/// The fields ``StreamedMapBuilder`` fills from text and attributes, by element name, as
/// ``XMLMapReader`` fills them from the tree; anything else is a ``StreamedMapBuilder/Refusal``.
enum StreamedValues {
    static func assign(_ value: String, to name: XMLName, key: String, of persona: inout Persona) throws {
        switch name {
        case "name": persona.name = value
        case "role": persona.role = value
        case "organization": persona.organization = value
        case "description": persona.description = value
        case "quote": persona.quote = value
        case "goal": persona.goals.append(value)
        case "need": persona.needs.append(value)
        case "motivation": persona.motivations.append(value)
        case "frustration": persona.frustrations.append(value)
        case "attribute":
            // Keys are unique (the schema's identity constraint, checked here).
            guard persona.attributes[key] == nil else { throw StreamedMapBuilder.Refusal() }
            persona.attributes[key] = value
        default: throw StreamedMapBuilder.Refusal()
        }
    }

    static func assign(_ value: String, to name: XMLName, of lane: inout Lane) throws {
        switch name {
        case "title": lane.title = value
        case "description": lane.description = value
        default: throw StreamedMapBuilder.Refusal()
        }
    }

    static func assign(_ value: String, to name: XMLName, of stage: inout Stage) throws {
        switch name {
        case "name": stage.name = value
        case "goal": stage.goal = value
        case "description": stage.description = value
        case "duration": stage.expectedDuration = value
        default: throw StreamedMapBuilder.Refusal()
        }
    }

    static func assign(_ value: String, to name: XMLName, of step: inout Step) throws {
        switch name {
        case "name": step.name = value
        case "description": step.description = value
        default: throw StreamedMapBuilder.Refusal()
        }
    }

    static func assign(_ value: String, to name: XMLName, of item: inout Item) throws {
        switch name {
        case "text": item.text = value
        case "detail": item.detail = value
        case "owner": item.owner = value
        case "tag": item.tags.append(value)
        case "activity": item.activities.append(value)
        default: throw StreamedMapBuilder.Refusal()
        }
    }

    /// A `<score>`, or a refusal.
    static func score(_ element: XMLStartElement) throws -> EmotionScore {
        do {
            return try ScoreAndMetric.score { element.attribute($0)?.string }
        } catch {
            throw StreamedMapBuilder.Refusal()
        }
    }

    /// A `<metric>`, or a refusal.
    static func metric(_ element: XMLStartElement) throws -> Metric {
        do {
            return try ScoreAndMetric.metric { element.attribute($0)?.string }
        } catch {
            throw StreamedMapBuilder.Refusal()
        }
    }
}
