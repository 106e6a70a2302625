import Foundation
import JourneyModel
internal import JourneyXMLCore

/// One element of a CJML document, read into plain values: its name, attributes, text and children.
///
/// Texts and attribute values are trimmed of surrounding white space, and the spreadsheet
/// converter's `nan` reads as empty. Elements the model has no place for are kept in extension data
/// as these values, encoded as JSON, and written back as they were.
struct CJMLNode: Hashable, Sendable, Codable {
    /// An attribute's name and value.
    struct Attribute: Hashable, Sendable, Codable {
        var name: String
        var value: String
        /// The namespace URI of a prefixed attribute (`xsi:noNamespaceSchemaLocation`).
        var namespace: String? = nil
    }

    var name: String
    /// The namespace URI of an element from another vocabulary; CJML's own have none.
    var namespace: String? = nil
    var attributes: [Attribute] = []
    var text: String = ""
    var children: [CJMLNode] = []
    /// Where the start tag is; not kept in extension data.
    var line = 0
    var column = 0

    private enum CodingKeys: String, CodingKey {
        case name = "n"
        case attributes = "a"
        case text = "t"
        case children = "c"
        case namespace = "u"
    }

    init(name: String, attributes: [Attribute] = [], text: String = "", children: [CJMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        attributes = try container.decodeIfPresent([Attribute].self, forKey: .attributes) ?? []
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        children = try container.decodeIfPresent([CJMLNode].self, forKey: .children) ?? []
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        if !text.isEmpty { try container.encode(text, forKey: .text) }
        if !children.isEmpty { try container.encode(children, forKey: .children) }
        try container.encodeIfPresent(namespace, forKey: .namespace)
    }

    /// The first child of this name.
    func child(_ name: String) -> CJMLNode? { children.first { $0.name == name } }

    /// The children of this name.
    func children(_ name: String) -> [CJMLNode] { children.filter { $0.name == name } }

    /// The text of the first child of this name; `nil` when there is none or it is empty.
    func text(of name: String) -> String? {
        guard let text = child(name)?.text, !text.isEmpty else { return nil }
        return text
    }

    /// The value of an attribute; `nil` when absent.
    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Whether the element holds nothing: no attributes, no text, no children.
    var isEmpty: Bool { attributes.isEmpty && text.isEmpty && children.isEmpty }

    /// The children not named in `mapped` that hold something.
    func unmappedChildren(_ mapped: Set<String>) -> [CJMLNode] {
        children.filter { !mapped.contains($0.name) && !$0.isEmpty }
    }
}

extension CJMLNode {
    /// Reads an element and everything inside it; `emptied` counts the `nan` values read as empty.
    init(_ element: XMLElement, emptied: inout Int) {
        name = element.localName
        namespace = element.namespaceURI
        attributes = element.attributes.map {
            Attribute(name: $0.localName, value: Self.value($0.value, emptied: &emptied), namespace: $0.namespaceURI)
        }
        text = Self.value(element.text, emptied: &emptied)
        children = element.children.map { CJMLNode($0, emptied: &emptied) }
        line = element.location.line
        column = element.location.column
    }

    private static func value(_ raw: String, emptied: inout Int) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed == CJMLNames.emptyValue {
            emptied += 1
            return ""
        }
        return trimmed
    }
}

/// Elements kept in extension data: a JSON array of ``CJMLNode``, with sorted keys so the same
/// elements give the same text.
enum KeptElements {
    /// The text kept for `nodes`; `nil` when there are none.
    static func encode(_ nodes: [CJMLNode]) -> String? {
        guard !nodes.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(nodes) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The text kept for attributes (those of the root other than `version`); `nil` when there are
    /// none.
    static func encode(_ attributes: [CJMLNode.Attribute]) -> String? {
        guard !attributes.isEmpty else { return nil }
        return encode([CJMLNode(name: "attributes", attributes: attributes)])
    }

    /// The attributes kept in `text` by ``encode(_:)-(CJMLNode.Attribute)``.
    static func decodeAttributes(_ text: String?) -> [CJMLNode.Attribute] {
        decode(text)?.first?.attributes ?? []
    }

    /// The elements kept in `text`; `nil` when it is not what ``encode(_:)`` writes.
    static func decode(_ text: String?) -> [CJMLNode]? {
        guard let text else { return [] }
        return try? JSONDecoder().decode([CJMLNode].self, from: Data(text.utf8))
    }
}

extension KeptElements {
    /// Whether `name` can be written as an element or attribute name.
    ///
    /// Letters, digits, `-`, `_` and `.`, beginning with a letter or `_`. Names read from a document
    /// always can; names edited in extension data might not.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }

    /// Whether every name in `node` can be written.
    static func isWritable(_ node: CJMLNode) -> Bool {
        isName(node.name) && node.attributes.allSatisfy { isName($0.name) } && node.children.allSatisfy(isWritable)
    }
}
