import Foundation
import JourneyXMLCore

/// A CJML document as the round trip compares it: the element tree with what the reader normalizes
/// taken out.
///
/// - text and attribute values trimmed of surrounding white space, `nan` read as empty;
/// - elements with no attributes, text or children left (after the same for their children) left
///   out: an empty `<phaseDescription></phaseDescription>` says nothing;
/// - children sorted by name, keeping the order of children of the same name (the order of phases,
///   actors and touchpoints counts; the order of a touchpoint's different children does not);
/// - comments and the XML declaration ignored.
struct ElementTree: Hashable, CustomStringConvertible {
    var name: String
    var attributes: [String: String]
    var text: String
    var children: [ElementTree]

    init(_ data: Data) throws {
        self.init(try XMLDocument(data: data).root)!
    }

    init(name: String, attributes: [String: String], text: String, children: [ElementTree]) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    private init?(_ element: XMLElement) {
        func normalized(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed == "nan" ? "" : trimmed
        }
        name = element.localName
        attributes = Dictionary(
            element.attributes.map { ($0.localName, normalized($0.value)) }, uniquingKeysWith: { first, _ in first })
        text = normalized(element.text)
        let kept = element.children.compactMap(ElementTree.init)
        children = kept.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(
            \.element)
        if attributes.isEmpty, text.isEmpty, children.isEmpty { return nil }
    }

    var description: String {
        let attributeText = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\($0.value)\"" }.joined()
        let inner = text + children.map(\.description).joined()
        return "<\(name)\(attributeText)>\(inner)</\(name)>"
    }
}
