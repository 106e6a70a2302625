import Foundation
import JourneyModel

/// A diagram as a drawing tool stores it, before a journey map is recognized in it.
///
/// Readers for draw.io, yEd and Visio turn their files into this neutral model: pages of shapes and
/// edges with plain-text labels, absolute geometry and the attributes the tool kept. The recognizer
/// then finds the journey map in it.
public struct Diagram: Hashable, Sendable {
    /// The identifier of the format the diagram was read from (`drawio`, `graphml`, `vsdx`).
    public var format: String
    /// The pages, in file order.
    public var pages: [DiagramPage]

    public init(format: String, pages: [DiagramPage] = []) {
        self.format = format
        self.pages = pages
    }
}

/// One page (sheet, tab) of a diagram.
public struct DiagramPage: Hashable, Sendable {
    /// The page's identifier in the file, or its position (`page-1`) when it has none.
    public var id: String
    /// The page's name as the tool shows it.
    public var name: String
    /// The shapes, in document order; containers before their children.
    public var shapes: [DiagramShape]
    /// The connectors.
    public var edges: [DiagramEdge]

    public init(id: String, name: String, shapes: [DiagramShape] = [], edges: [DiagramEdge] = []) {
        self.id = id
        self.name = name
        self.shapes = shapes
        self.edges = edges
    }

    /// The shape with this identifier.
    public func shape(withID id: String) -> DiagramShape? { shapes.first { $0.id == id } }
}

/// A point in page coordinates: x to the right, y down, in pixels (1/96 inch).
public struct DiagramPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in page coordinates: x to the right, y down, in pixels (1/96 inch).
public struct DiagramRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var center: DiagramPoint { DiagramPoint(x: midX, y: midY) }
    public var area: Double { max(0, width) * max(0, height) }

    /// Whether the point lies inside or on the edge.
    public func contains(_ point: DiagramPoint) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }

    /// The area this rectangle shares with another.
    public func overlap(with other: DiagramRect) -> Double {
        let width = min(maxX, other.maxX) - max(x, other.x)
        let height = min(maxY, other.maxY) - max(y, other.y)
        return width > 0 && height > 0 ? width * height : 0
    }

    /// The rectangle moved by an offset.
    public func offsetBy(dx: Double, dy: Double) -> DiagramRect {
        DiagramRect(x: x + dx, y: y + dy, width: width, height: height)
    }
}

/// What a shape is, as far as the tool says.
public enum ShapeKind: String, Hashable, Sendable {
    /// An ordinary shape with a label: rectangle, ellipse, sticky note, …
    case shape
    /// Free text without a border.
    case text
    /// A container, group or swimlane that holds other shapes.
    case container
    /// A swimlane: a container with a title band (draw.io `swimlane`, a yEd table row or column).
    case swimlane
    /// A table.
    case table
    /// A row of a table.
    case tableRow
    /// A cell of a table row.
    case tableCell
    /// A picture.
    case image
}

/// A shape on a page: its text, where it is and what the tool knew about it.
///
/// Pages can hold hundreds of thousands of shapes, so a shape keeps the fields few shapes use (a
/// form's name, custom data, table spans, swimlane bands) apart, and its location as a line and
/// column with the file and page shared by the shapes of a page.
public struct DiagramShape: Hashable, Sendable {
    /// The identifier in the file; unique on the page (readers make it so and warn).
    public var id: String
    /// The container, group, table or row the shape is in, or `nil` at the top level.
    public var parentID: String?
    /// The label as plain text: tags removed, entities decoded, line breaks kept.
    public var text: String
    /// The label as the file holds it (HTML, rich text), when it differs from ``text``.
    public var rawText: String?
    /// Where the shape is, in absolute page coordinates; `nil` when the file gives no geometry.
    public var bounds: DiagramRect?
    /// What the shape is.
    public var kind: ShapeKind
    /// The tool's style properties (draw.io style keys, yEd fill and border, Visio cells).
    public var style: [String: String]
    /// The fields few shapes use: empty when all of them have their default, one element otherwise.
    private var rareFields: [RareFields]
    /// The location's line and column, and its file and detail, shared between shapes.
    private var line: Int32 = 0
    private var column: Int32 = 0
    private var context: LocationContext?

    private struct RareFields: Hashable, Sendable {
        var shapeName: String?
        var attributes: [String: String] = [:]
        var rowSpan = 1
        var columnSpan = 1
        var isHorizontal: Bool?
        var headerSize: Double?

        static let defaults = RareFields()
    }

    private var rare: RareFields { rareFields.first ?? .defaults }

    private mutating func changeRare(_ change: (inout RareFields) -> Void) {
        if rareFields.isEmpty { rareFields = [.defaults] }
        change(&rareFields[0])
        if rareFields[0] == .defaults { rareFields = [] }
    }

    /// The tool's name for the shape's form (`ellipse`, `rhombus`, `swimlane`, a Visio master name).
    public var shapeName: String? {
        get { rare.shapeName }
        set { changeRare { $0.shapeName = newValue } }
    }
    /// Custom data the user attached (draw.io object attributes, yEd data, Visio shape data).
    public var attributes: [String: String] {
        get { rare.attributes }
        set { changeRare { $0.attributes = newValue } }
    }
    /// How many rows a table cell spans.
    public var rowSpan: Int {
        get { rare.rowSpan }
        set { changeRare { $0.rowSpan = newValue } }
    }
    /// How many columns a table cell spans.
    public var columnSpan: Int {
        get { rare.columnSpan }
        set { changeRare { $0.columnSpan = newValue } }
    }
    /// For swimlanes: whether the lane runs horizontally (title band at the left) rather than
    /// vertically (title band at the top).
    public var isHorizontal: Bool? {
        get { rare.isHorizontal }
        set { changeRare { $0.isHorizontal = newValue } }
    }
    /// For swimlanes: the size of the title band.
    public var headerSize: Double? {
        get { rare.headerSize }
        set { changeRare { $0.headerSize = newValue } }
    }

    /// Where the shape is in the source file.
    public var location: SourceLocation? {
        get {
            context.map {
                SourceLocation(file: $0.file, line: Int(line), column: Int(column), detail: $0.detail)
            }
        }
        set {
            guard let newValue else {
                setLocation(line: 0, column: 0, context: nil)
                return
            }
            setLocation(
                line: newValue.line, column: newValue.column,
                context: context?.matches(newValue) == true
                    ? context! : LocationContext(file: newValue.file, detail: newValue.detail))
        }
    }

    private mutating func setLocation(line: Int, column: Int, context: LocationContext?) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.context = context
    }

    public init(
        id: String,
        parentID: String? = nil,
        text: String,
        rawText: String? = nil,
        bounds: DiagramRect? = nil,
        kind: ShapeKind = .shape,
        shapeName: String? = nil,
        style: [String: String] = [:],
        attributes: [String: String] = [:],
        rowSpan: Int = 1,
        columnSpan: Int = 1,
        isHorizontal: Bool? = nil,
        headerSize: Double? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.parentID = parentID
        self.text = text
        self.rawText = rawText
        self.bounds = bounds
        self.kind = kind
        self.style = style
        let rare = RareFields(
            shapeName: shapeName, attributes: attributes, rowSpan: rowSpan, columnSpan: columnSpan,
            isHorizontal: isHorizontal, headerSize: headerSize)
        rareFields = rare == .defaults ? [] : [rare]
        self.location = location
    }

    /// A shape whose location shares its file and detail with other shapes of the page.
    init(
        id: String, parentID: String?, text: String, rawText: String?, bounds: DiagramRect?, kind: ShapeKind,
        shapeName: String?, style: [String: String], attributes: [String: String], line: Int,
        context: LocationContext
    ) {
        self.init(
            id: id, parentID: parentID, text: text, rawText: rawText, bounds: bounds, kind: kind,
            shapeName: shapeName, style: style, attributes: attributes)
        setLocation(line: line, column: 0, context: context)
    }
}

/// The file and detail (the page) of locations, shared by the shapes of a page.
final class LocationContext: Hashable, Sendable {
    let file: String?
    let detail: String?

    init(file: String?, detail: String?) {
        self.file = file
        self.detail = detail
    }

    func matches(_ location: SourceLocation) -> Bool { file == location.file && detail == location.detail }

    static func == (first: LocationContext, second: LocationContext) -> Bool {
        first === second || (first.file == second.file && first.detail == second.detail)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(detail)
    }
}

/// A connector between two shapes.
public struct DiagramEdge: Hashable, Sendable {
    public var id: String
    /// The shape the edge starts at, if attached.
    public var sourceID: String?
    /// The shape the edge ends at, if attached.
    public var targetID: String?
    /// The label as plain text (labels of edge-label children joined by line breaks).
    public var text: String
    /// The label as the file holds it, when it differs from ``text``.
    public var rawText: String?
    /// The waypoints, in absolute page coordinates.
    public var points: [DiagramPoint]
    /// The tool's style properties.
    public var style: [String: String]
    /// Custom data the user attached.
    public var attributes: [String: String]
    /// Where the edge is in the source file.
    public var location: SourceLocation?

    public init(
        id: String,
        sourceID: String? = nil,
        targetID: String? = nil,
        text: String = "",
        rawText: String? = nil,
        points: [DiagramPoint] = [],
        style: [String: String] = [:],
        attributes: [String: String] = [:],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.targetID = targetID
        self.text = text
        self.rawText = rawText
        self.points = points
        self.style = style
        self.attributes = attributes
        self.location = location
    }
}

/// What a diagram reader returns: the diagram and what it noticed.
public struct DiagramReadResult: Sendable {
    public var diagram: Diagram
    /// Recoverable problems such as duplicate identifiers, dangling parents or unreadable geometry.
    public var diagnostics: [Diagnostic]

    public init(diagram: Diagram, diagnostics: [Diagnostic] = []) {
        self.diagram = diagram
        self.diagnostics = diagnostics
    }
}

/// Reads one drawing tool's files into a ``Diagram``.
public protocol DiagramReader: Sendable {
    /// The format identifier (`drawio`, `graphml`, `vsdx`).
    var identifier: String { get }
    /// Whether the content looks like this tool's files.
    func recognizes(_ sample: ContentSample) -> Bool
    /// Reads every page.
    ///
    /// - Throws: `ReadError` naming the file, the page and the problem when the file cannot be
    ///   read as a whole.
    func readDiagram(_ data: Data, file: String?, limits: ReadLimits) throws -> DiagramReadResult

    /// Reads every page of the file at `url`.
    ///
    /// Readers that can stream read the file in pieces; the default reads it whole and calls
    /// ``readDiagram(_:file:limits:)``.
    func readDiagram(contentsOf url: URL, file: String?, limits: ReadLimits) throws -> DiagramReadResult
}

extension DiagramReader {
    public func readDiagram(contentsOf url: URL, file: String?, limits: ReadLimits) throws -> DiagramReadResult {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadError(
                "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: file ?? url.path),
                kind: .unreadable)
        }
        return try readDiagram(data, file: file, limits: limits)
    }
}
