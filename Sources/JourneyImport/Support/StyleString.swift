internal import JourneyXMLCore

/// A draw.io style string: `key=value;` pairs, possibly led by bare tokens naming the shape.
struct StyleString {
    /// The key/value pairs in order; a bare token is a key with an empty value.
    private(set) var pairs: [(key: String, value: String)] = []
    /// The bare tokens, in order (`swimlane`, `text`, `ellipse`, …).
    private(set) var tokens: [String] = []

    /// Splits on `;`, then on the first `=`: values may hold `=`, commas and data URIs.
    init(_ style: String) {
        for part in style.split(separator: ";", omittingEmptySubsequences: true) {
            if let equals = part.firstIndex(of: "=") {
                pairs.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
            } else {
                let token = String(part)
                tokens.append(token)
                pairs.append((token, ""))
            }
        }
    }

    /// The pairs as a dictionary; a key given twice keeps its last value, as draw.io does.
    var properties: [String: String] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The value of a key, ignoring ASCII case (`whiteSpace` and `whitespace` both occur).
    subscript(key: String) -> String? {
        pairs.last { Self.equalIgnoringASCIICase($0.key, key) }?.value
    }

    /// Whether a bare token or a `shape=` value names this shape (given in lowercase).
    func names(_ shape: String) -> Bool {
        tokens.contains { Self.equalIgnoringASCIICase($0, shape) }
            || self["shape"].map { Self.equalIgnoringASCIICase($0, shape) } == true
    }

    private static func equalIgnoringASCIICase(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator()
        var secondBytes = second.utf8.makeIterator()
        while true {
            switch (firstBytes.next(), secondBytes.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                let lowerA = a >= 65 && a <= 90 ? a + 32 : a
                let lowerB = b >= 65 && b <= 90 ? b + 32 : b
                if lowerA != lowerB { return false }
            default: return false
            }
        }
    }
}

/// A draw.io style parsed once, with what the reader asks of it: styles repeat across cells, so each
/// distinct style string is parsed only once.
final class ParsedStyle: Sendable {
    /// The style of a cell that names none.
    static let none = ParsedStyle("")

    /// The key/value pairs; a key given twice keeps its last value, as draw.io does.
    let properties: [String: String]
    /// The form's name: the first bare token, or the `shape=` value.
    let shapeName: String?
    /// Whether the label is HTML (`html=1`).
    let isHTML: Bool
    /// The rows and columns a table cell spans.
    let rowSpan: Int
    let columnSpan: Int
    /// For swimlanes: whether the title band is at the left, and its size.
    let isHorizontalLane: Bool
    let headerSize: Double
    private let ownKind: ShapeKind?

    init(_ text: String) {
        let style = StyleString(text)
        properties = style.properties
        shapeName = style.tokens.first ?? style["shape"]
        isHTML = style["html"] == "1"
        rowSpan = max(1, Int(style["rowspan"] ?? "") ?? 1)
        columnSpan = max(1, Int(style["colspan"] ?? "") ?? 1)
        isHorizontalLane = style["horizontal"] == "0"
        headerSize = Double(style["startSize"] ?? "") ?? 23
        if style.names("table") {
            ownKind = .table
        } else if style.names("tablerow") {
            ownKind = .tableRow
        } else {
            ownKind = nil
        }
        otherKind =
            if style.names("swimlane") || style.names("pool") || style.names("lane") {
                .swimlane
            } else if style.names("image") || style["image"] != nil {
                .image
            } else if style.names("group") || style["container"] == "1" || style["childLayout"] != nil {
                .container
            } else if style.names("text") {
                .text
            } else {
                .shape
            }
    }

    /// What the style makes a shape; a shape in a table row is a table cell unless it is a table or
    /// row itself.
    func kind(parentIsTableRow: Bool) -> ShapeKind {
        if let ownKind { return ownKind }
        return parentIsTableRow ? .tableCell : otherKind
    }

    private let otherKind: ShapeKind
}

/// The styles of one file, each parsed once.
final class StyleCache {
    private var parsed: [String: ParsedStyle] = [:]
    /// The styles met last, most recent first: cells mostly repeat a few, found here without making
    /// a string.
    private var recent: [(text: String, style: ParsedStyle)] = []

    /// The style a `style` attribute holds.
    func parsed(_ value: XMLValue) -> ParsedStyle {
        for (index, known) in recent.enumerated() where value.equals(known.text) {
            if index > 0 { recent.swapAt(index, index - 1) }
            return known.style
        }
        let text = value.string
        let style: ParsedStyle
        if let known = parsed[text] {
            style = known
        } else {
            style = ParsedStyle(text)
            parsed[text] = style
        }
        if recent.count == 8 { recent.removeLast() }
        recent.append((text, style))
        return style
    }
}
