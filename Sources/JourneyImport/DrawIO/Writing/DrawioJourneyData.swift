import Foundation
import JourneyModel
internal import JourneyXMLCore

/// The attributes JourneyKit writes on the `<UserObject>` wrappers of its draw.io drawings, so that
/// its importer reads its own drawings back without loss.
///
/// Every name starts with `journeykit-`, so a user sees in draw.io's Edit Data dialog whose they
/// are, and no other tool's attributes are mistaken for them. The values are JSON (the map's own
/// `Codable` form, keys sorted) or identifiers.
enum JourneyAttribute {
    /// On the root cell: the map as JSON, with every stage's items left out (they sit on the cards).
    static let map = "journeykit-map"
    /// On the root cell: the version of this mapping.
    static let version = "journeykit-version"
    /// On a card or emotion point: the item as JSON, its text and place included.
    static let item = "journeykit-item"
    /// On a stage's column head: the stage's identifier.
    static let stage = "journeykit-stage"
    /// On a lane's row head: the lane's identifier.
    static let lane = "journeykit-lane"
    /// On a persona's card: the persona's identifier.
    static let persona = "journeykit-persona"
    /// On a transition's edge: the transition's identifier.
    static let transition = "journeykit-transition"
    /// On the title: marks the text shape that holds the map's title.
    static let title = "journeykit-title"

    /// The version written; a drawing with another one is recognized like any other diagram.
    static let currentVersion = "1"
}

/// The JSON kept in the attributes: deterministic (sorted keys) and compact.
enum AttributeJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch let EncodingError.invalidValue(value, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw WriteError(
                "\(value) cannot be written as JSON in the draw.io data (at \(path)): \(context.debugDescription)")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) -> Value? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

/// Labels as draw.io shows them with `html=1`: the text escaped, line breaks as `<br/>`.
enum DrawioLabelMarkup {
    /// The HTML label of a text, written through libxml2 so that every character is escaped.
    static func markup(for text: String) throws -> String {
        guard text.contains(where: { "<>&\n\r".contains($0) }) else { return text }
        let writer = try XMLWriter(indentation: nil)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 {
                try writer.startElement("br")
                try writer.endElement()
            }
            if !line.isEmpty { try writer.writeText(String(line)) }
        }
        return String(decoding: try writer.finish(), as: UTF8.self)
    }

    /// The plain text the importer reads from the label written for `text`: a label that reads
    /// otherwise was edited in draw.io.
    static func plainText(writtenFor text: String, converter: HTMLTextConverter) -> String? {
        guard let markup = try? markup(for: text) else { return nil }
        return converter.plainText(fromHTML: markup)
    }
}
