import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads GraphML files from yEd (desktop) and yEd Live / yFiles for HTML into a ``Diagram``.
///
/// Both dialects are read in one pass. Desktop yEd keeps a node's look in a realizer
/// (`y:ShapeNode`, `y:GenericNode`, `y:ProxyAutoBoundsNode` for groups, `y:TableNode` for swimlane
/// tables); yEd Live keeps labels, geometry and style in separate data (`x:List` of `y:Label`,
/// `y:RectD`, `yjs:…Style`) and shares objects through `y:SharedData`. Data keys are resolved through
/// each file's `<key>` declarations, never by their identifiers. Plain GraphML without yEd
/// graphics reads too: a `label` data value becomes the text.
///
/// Every top-level `<graph>` becomes a page; nodes of nested graphs (groups, tables) become
/// children of their node. A table's rows and columns become ``ShapeKind/swimlane`` shapes.
public struct GraphMLReader: DiagramReader {
    /// Creates a reader.
    public init() {}

    /// `graphml`.
    public var identifier: String { "graphml" }

    /// Whether the content is a GraphML document (root element `graphml`).
    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let root = sample.xmlRoot else { return false }
        let localName = root.name.split(separator: ":").last.map(String.init) ?? root.name
        guard localName == "graphml" else { return false }
        return root.namespace == nil || root.namespace == GraphMLNames.namespace
    }

    public func readDiagram(_ data: Data, file: String?, limits: ReadLimits) throws -> DiagramReadResult {
        try limits.checkInputSize(data.count, file: file)
        let document = try XMLPartParsing.parse(data, file: file, part: nil)
        let root = document.root
        guard root.localName == "graphml" else {
            throw ReadError(
                "expected a <graphml> root element, found <\(root.localName)>",
                at: XMLPartParsing.location(of: root, detail: nil), kind: .unsupportedFormat)
        }
        var reader = GraphMLDocumentReader(root: root)
        return try reader.read().checked(against: limits, file: file)
    }
}

/// Names GraphML files use.
enum GraphMLNames {
    /// The GraphML namespace.
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// Whether an element is a GraphML structure element (`graph`, `node`, `edge`, `data`, `key`).
    static func isStructural(_ element: XMLElement, _ localName: String) -> Bool {
        element.localName == localName && (element.namespaceURI == nil || element.namespaceURI == namespace)
    }
}

/// A label's text: plain, and as the file holds it when that differs (HTML).
struct GraphMLLabel: Hashable {
    var text: String
    var raw: String?

    /// The label of a source text; `nil` when the text is empty.
    ///
    /// Text starting with `<html>` (yEd's marker for rich labels) is turned into plain text and kept
    /// as written in ``raw``.
    init?(source: String) {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.lowercased().hasPrefix("<html") {
            text = HTMLText.plainText(fromHTML: trimmed)
            raw = trimmed
        } else {
            text = trimmed
            raw = nil
        }
    }

    /// Several labels as one text, one label per line.
    static func join(_ labels: [GraphMLLabel]) -> (text: String, raw: String?) {
        let text = labels.map(\.text).joined(separator: "\n")
        guard labels.contains(where: { $0.raw != nil }) else { return (text, nil) }
        return (text, labels.map { $0.raw ?? $0.text }.joined(separator: "\n"))
    }
}
