import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads one parsed GraphML document: pages from top-level graphs, shapes from nodes (nested graphs
/// walked with an explicit stack), edges once every node is known.
struct GraphMLDocumentReader {
    let root: XMLElement
    let keys: GraphMLKeys
    let shared: YEdSharedData
    var diagnostics: [Diagnostic] = []
    /// Identifiers of the current page's nodes and table lanes.
    var shapeIDs = UniqueIdentifiers(noun: "node")
    /// How many elements without an identifier have been given one.
    private var generated = 0
    /// The identifier of the page being read, for messages.
    private var pageID = ""

    init(root: XMLElement) {
        self.root = root
        keys = GraphMLKeys(root: root)
        shared = YEdSharedData(root: root, keys: keys)
    }

    mutating func read() throws -> DiagramReadResult {
        let graphs = root.children.filter { GraphMLNames.isStructural($0, "graph") }
        guard !graphs.isEmpty else {
            throw ReadError(
                "the GraphML file holds no <graph> element", at: XMLPartParsing.location(of: root, detail: nil))
        }
        var pages: [DiagramPage] = []
        for (index, graph) in graphs.enumerated() {
            var page = readPage(graph, number: index + 1)
            ShapeHierarchy.repair(&page, diagnostics: &diagnostics)
            pages.append(page)
        }
        return DiagramReadResult(diagram: Diagram(format: "graphml", pages: pages), diagnostics: diagnostics)
    }

    // MARK: - Pages

    private mutating func readPage(_ graph: XMLElement, number: Int) -> DiagramPage {
        var page = DiagramPage(id: graph.attribute("id") ?? "page-\(number)", name: "")
        pageID = page.id
        shapeIDs = UniqueIdentifiers(noun: "node")
        var edgeElements: [XMLElement] = []
        // Nodes still to read with their parent's identifier, last first; pre-order keeps
        // containers before their children.
        var stack: [(node: XMLElement, parentID: String?)] = []
        func enqueue(_ graph: XMLElement, parentID: String?, into stack: inout [(node: XMLElement, parentID: String?)])
            -> [XMLElement]
        {
            let children = graph.children
            for node in children.reversed() where GraphMLNames.isStructural(node, "node") {
                stack.append((node, parentID))
            }
            return children.filter { GraphMLNames.isStructural($0, "edge") }
        }
        edgeElements += enqueue(graph, parentID: nil, into: &stack)
        while let (node, parentID) = stack.popLast() {
            let shapes = readNode(node, parentID: parentID)
            page.shapes += shapes
            guard let shape = shapes.first else { continue }
            let nested = node.children.filter { GraphMLNames.isStructural($0, "graph") }
            for graph in nested.reversed() {
                edgeElements += enqueue(graph, parentID: shape.id, into: &stack)
            }
        }
        var bounds: [String: DiagramRect] = [:]
        for shape in page.shapes { bounds[shape.id] = shape.bounds }
        var edgeIDs = UniqueIdentifiers(noun: "edge")
        for element in edgeElements {
            page.edges.append(readEdge(element, edgeIDs: &edgeIDs, bounds: bounds))
        }
        return page
    }

    /// A fresh identifier for an element the file names none for.
    mutating func generatedID(_ prefix: String) -> String {
        generated += 1
        return "\(prefix)-\(generated)"
    }

    // MARK: - Nodes

    /// The shape of a node, followed by the lanes of its table if it is one.
    private mutating func readNode(_ element: XMLElement, parentID: String?) -> [DiagramShape] {
        let location = XMLPartParsing.location(of: element, detail: nil)
        var raw = element.attribute("id") ?? ""
        if raw.isEmpty {
            raw = generatedID("node")
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-missing-id", "a node has no identifier; it is read as '\(raw)'",
                    location: location))
        }
        let id = shapeIDs.claim(raw, location: location, diagnostics: &diagnostics)
        var shape = DiagramShape(id: id, parentID: parentID, text: "", location: location)
        var content = NodeContent()
        var seenCustom: Set<String> = []
        for data in element.children where GraphMLNames.isStructural(data, "data") {
            guard let keyID = data.attribute("key") else { continue }
            let role = keys[keyID]?.role ?? .custom(keyID)
            switch role {
            case .nodeGraphics:
                readDesktopNodeGraphics(data, shape: &shape, content: &content)
            case .nodeLabels:
                content.labels += readLiveLabels(data, location: location)
            case .nodeGeometry:
                if let bounds = readLiveGeometry(data, location: location) { shape.bounds = bounds }
            case .nodeStyle:
                readLiveNodeStyle(data, shape: &shape, content: &content)
            case .custom(let name):
                seenCustom.insert(name)
                let value = data.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { shape.attributes[name] = value }
            case .userTags:
                let value = data.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { shape.attributes["UserTags"] = value }
            default:
                continue
            }
        }
        // Labels of the node's ports belong to the node as far as the diagram model goes.
        for port in element.children where GraphMLNames.isStructural(port, "port") {
            for data in port.children where GraphMLNames.isStructural(data, "data") {
                guard let keyID = data.attribute("key"), keys[keyID]?.role == .portLabels else { continue }
                content.labels += readLiveLabels(data, location: location)
            }
        }
        for key in keys.defaults(for: "node") {
            guard case .custom(let name) = key.role, !seenCustom.contains(name), shape.attributes[name] == nil
            else { continue }
            shape.attributes[name] = key.defaultValue
        }
        let hasNestedGraph = element.children.contains { GraphMLNames.isStructural($0, "graph") }
        if hasNestedGraph, shape.kind != .table { shape.kind = .container }
        if element.attribute("yfiles.foldertype") == "group" || element.attribute("yfiles.foldertype") == "folder" {
            if shape.kind != .table { shape.kind = .container }
            shape.style["foldertype"] = element.attribute("yfiles.foldertype")
        }
        let (lanes, unplaced) = makeLanes(content, table: shape)
        content.labels += unplaced
        if content.labels.isEmpty, let label = Self.plainGraphMLLabel(shape.attributes) {
            content.labels = [label]
        }
        let joined = GraphMLLabel.join(content.labels)
        shape.text = joined.text
        shape.rawText = joined.raw
        return [shape] + lanes
    }

    /// What the graphics of a node hold besides the shape's own fields.
    struct NodeContent {
        var labels: [GraphMLLabel] = []
        /// Labels tied to a table row or column, by its identifier in the table.
        var laneLabels: [String: [GraphMLLabel]] = [:]
        /// The rows and columns of a table, to become swimlanes.
        var lanes: [TableLane] = []
    }

    /// A row or column of a table, measured in the table's frame.
    struct TableLane {
        var laneID: String
        var isRow: Bool
        /// The enclosing row or column, for nested lanes.
        var parentLaneID: String?
        var bounds: DiagramRect?
        var headerSize: Double?
        var labels: [GraphMLLabel]
        var location: SourceLocation
    }

    /// The swimlanes of a table, and the labels tied to rows or columns the table does not declare.
    private mutating func makeLanes(_ content: NodeContent, table: DiagramShape) -> (
        lanes: [DiagramShape], unplaced: [GraphMLLabel]
    ) {
        var idsInTable: [String: String] = [:]
        var shapes: [DiagramShape] = []
        var unplaced = content.laneLabels
        for lane in content.lanes {
            let id = shapeIDs.claim("\(table.id)/\(lane.laneID)", location: lane.location, diagnostics: &diagnostics)
            if idsInTable[lane.laneID] == nil { idsInTable[lane.laneID] = id }
            var labels = lane.labels
            if let tied = unplaced.removeValue(forKey: lane.laneID) { labels += tied }
            let joined = GraphMLLabel.join(labels)
            shapes.append(
                DiagramShape(
                    id: id, parentID: lane.parentLaneID.flatMap { idsInTable[$0] } ?? table.id, text: joined.text,
                    rawText: joined.raw, bounds: lane.bounds, kind: .swimlane,
                    style: ["tableLane": lane.isRow ? "row" : "column", "laneID": lane.laneID],
                    isHorizontal: lane.isRow, headerSize: lane.headerSize, location: lane.location))
        }
        // Labels tied to a row or column the table does not declare stay with the table.
        if !unplaced.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-unknown-lane",
                    "labels of the table '\(table.id)' name rows or columns it does not have ("
                        + unplaced.keys.sorted().joined(separator: ", ") + "); they are kept as the table's text",
                    location: table.location))
        }
        return (shapes, unplaced.keys.sorted().flatMap { unplaced[$0] ?? [] })
    }

    /// A label from plain GraphML data named `label` (or `name`) when a node has no yEd label.
    static func plainGraphMLLabel(_ attributes: [String: String]) -> GraphMLLabel? {
        for wanted in ["label", "name"] {
            if let pair = attributes.first(where: { $0.key.lowercased() == wanted }).map({ $0.value }),
                let label = GraphMLLabel(source: pair)
            {
                return label
            }
        }
        return nil
    }

    // MARK: - Edges

    private mutating func readEdge(
        _ element: XMLElement, edgeIDs: inout UniqueIdentifiers, bounds: [String: DiagramRect]
    ) -> DiagramEdge {
        let location = XMLPartParsing.location(of: element, detail: nil)
        var raw = element.attribute("id") ?? ""
        if raw.isEmpty { raw = generatedID("edge") }
        let id = edgeIDs.claim(raw, location: location, diagnostics: &diagnostics)
        var edge = DiagramEdge(id: id, location: location)
        edge.sourceID = endpoint(element, "source", edge: id, location: location)
        edge.targetID = endpoint(element, "target", edge: id, location: location)
        if let port = element.attribute("sourceport") { edge.style["sourcePort"] = port }
        if let port = element.attribute("targetport") { edge.style["targetPort"] = port }
        var labels: [GraphMLLabel] = []
        var seenCustom: Set<String> = []
        for data in element.children where GraphMLNames.isStructural(data, "data") {
            guard let keyID = data.attribute("key") else { continue }
            let role = keys[keyID]?.role ?? .custom(keyID)
            switch role {
            case .edgeGraphics:
                readDesktopEdgeGraphics(data, edge: &edge, labels: &labels)
            case .edgeLabels:
                labels += readLiveLabels(data, location: location)
            case .edgeGeometry:
                edge.points += readLiveBends(data)
            case .edgeStyle:
                if let style = data.children.first.flatMap({ shared.resolve($0) }) {
                    flattenLiveStyle(style, prefix: "", into: &edge.style, depth: 0)
                    edge.style["style"] = style.localName
                }
            case .custom(let name):
                seenCustom.insert(name)
                let value = data.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { edge.attributes[name] = value }
            case .userTags:
                let value = data.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { edge.attributes["UserTags"] = value }
            default:
                continue
            }
        }
        for key in keys.defaults(for: "edge") {
            guard case .custom(let name) = key.role, !seenCustom.contains(name), edge.attributes[name] == nil
            else { continue }
            edge.attributes[name] = key.defaultValue
        }
        // Desktop yEd gives the ends as offsets from the centres of the nodes.
        if edge.style["realizer"] != nil {
            if let source = edge.sourceID.flatMap({ bounds[$0] }), let dx = edge.style["sx"].flatMap(NumberText.parse),
                let dy = edge.style["sy"].flatMap(NumberText.parse)
            {
                edge.points.insert(DiagramPoint(x: source.midX + dx, y: source.midY + dy), at: 0)
            }
            if let target = edge.targetID.flatMap({ bounds[$0] }), let dx = edge.style["tx"].flatMap(NumberText.parse),
                let dy = edge.style["ty"].flatMap(NumberText.parse)
            {
                edge.points.append(DiagramPoint(x: target.midX + dx, y: target.midY + dy))
            }
        }
        if labels.isEmpty, let label = Self.plainGraphMLLabel(edge.attributes) { labels = [label] }
        let joined = GraphMLLabel.join(labels)
        edge.text = joined.text
        edge.rawText = joined.raw
        return edge
    }

    private mutating func endpoint(_ element: XMLElement, _ name: String, edge: String, location: SourceLocation)
        -> String?
    {
        guard let raw = element.attribute(name) else { return nil }
        if let id = shapeIDs.resolve(raw) { return id }
        diagnostics.append(
            Diagnostic(
                .warning, code: "import-dangling-edge-end",
                "the edge '\(edge)' has the \(name) '\(raw)', which is no node of its graph; the end is left "
                    + "unattached",
                location: location))
        return nil
    }

    // MARK: - Numbers

    /// A number attribute, or `nil` with a warning when present but not a finite number.
    mutating func number(_ element: XMLElement, _ name: String) -> Double? {
        guard let text = element.attribute(name) else { return nil }
        if let value = NumberText.parse(text) { return value }
        warnAboutGeometry(
            "the \(name) '\(text)' of <\(element.localName)> is not a finite number; it is ignored", at: element)
        return nil
    }

    /// A rectangle from four number attributes, `nil` when there are none.
    ///
    /// A value missing or not a finite number, or far edges beyond the range of numbers, give `nil`
    /// with a warning; a negative width or height is made positive, covering the same area, with a
    /// warning.
    mutating func rectangle(_ element: XMLElement, x: String, y: String, width: String, height: String)
        -> DiagramRect?
    {
        let names = [x, y, width, height]
        let texts = names.map { element.attribute($0) }
        guard texts.contains(where: { $0 != nil }) else { return nil }
        let values = texts.map { $0.flatMap(NumberText.parse) }
        let written = zip(names, texts).map { "\($0)=\($1.map { "'\($0)'" } ?? "missing")" }
            .joined(separator: ", ")
        guard case (let left?, let top?, let wide?, let high?) = (values[0], values[1], values[2], values[3]) else {
            warnAboutGeometry(
                "<\(element.localName)> has no usable geometry (\(written)); the shape has no bounds", at: element)
            return nil
        }
        let rect = DiagramRect(x: left, y: top, width: wide, height: high)
        guard rect.isFinite else {
            warnAboutGeometry(
                "<\(element.localName)> has geometry beyond the range of numbers (\(written)); the shape has no "
                    + "bounds",
                at: element)
            return nil
        }
        if rect.hasNegativeSize {
            warnAboutGeometry(
                "<\(element.localName)> has a negative \(rect.negativeSizeDescription) (\(written)); the bounds "
                    + "are read with positive sizes covering the same area",
                at: element)
        }
        return rect.standardized
    }

    /// An `import-bad-geometry` warning naming the page, located at the element.
    private mutating func warnAboutGeometry(_ message: String, at element: XMLElement) {
        diagnostics.append(
            Diagnostic(
                .warning, code: "import-bad-geometry", "page '\(pageID)': " + message,
                location: XMLPartParsing.location(of: element, detail: "page \(pageID)")))
    }
}
