import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Desktop yEd: realizers (`y:ShapeNode`, `y:GenericNode`, `y:ProxyAutoBoundsNode`, `y:TableNode`, …)
/// and edge realizers (`y:PolyLineEdge`, …).
extension GraphMLDocumentReader {
    /// Reads a node's realizer: bounds, labels, form and look; for a table, its rows and columns.
    mutating func readDesktopNodeGraphics(_ data: XMLElement, shape: inout DiagramShape, content: inout NodeContent) {
        guard var realizer = data.children.first else { return }
        var inactive: [XMLElement] = []
        if realizer.localName == "ProxyAutoBoundsNode" || realizer.localName == "ProxyShapeNode" {
            // A group keeps one realizer per state (open, closed); the active one is what shows.
            let container = realizer.child(localName: "Realizers")
            let all = container?.children ?? []
            guard !all.isEmpty else { return }
            let active = container?.attribute("active").flatMap { Int($0) } ?? 0
            let index = all.indices.contains(active) ? active : 0
            realizer = all[index]
            inactive = all.enumerated().filter { $0.offset != index }.map(\.element)
            if realizer.localName.contains("Group") || all.contains(where: { $0.localName.contains("Group") }) {
                shape.kind = .container
            }
        }
        shape.style["realizer"] = realizer.localName
        if let configuration = realizer.attribute("configuration") {
            shape.style["configuration"] = configuration
            shape.shapeName = configuration
        }
        var fillless = false
        var borderless = false
        for child in realizer.children {
            switch child.localName {
            case "Geometry":
                shape.bounds = rectangle(child, x: "x", y: "y", width: "width", height: "height")
            case "Fill":
                copy(
                    child,
                    [
                        "color": "fillColor", "color2": "fillColor2", "transparent": "fillTransparent",
                        "hasColor": "fillHasColor",
                    ], &shape)
                fillless =
                    child.attribute("hasColor") == "false" || child.attribute("transparent") == "true"
                    || child.attribute("color") == nil
            case "BorderStyle":
                copy(
                    child,
                    [
                        "color": "borderColor", "type": "borderType", "width": "borderWidth",
                        "hasColor": "borderHasColor",
                    ],
                    &shape)
                borderless =
                    child.attribute("hasColor") == "false" || child.attribute("type") == "none"
                    || child.attribute("color") == nil
            case "NodeLabel":
                guard let label = GraphMLLabel(source: child.text) else { continue }
                if let laneID = Self.laneBinding(of: child) {
                    content.laneLabels[laneID, default: []].append(label)
                } else {
                    content.labels.append(label)
                }
            case "Shape":
                if let type = child.attribute("type") { shape.shapeName = type }
            case "StyleProperties":
                for property in child.children(localName: "Property") {
                    guard let name = property.attribute("name"), let value = property.attribute("value") else {
                        continue
                    }
                    shape.style[name] = value
                }
            case "UML":
                readUML(child, shape: &shape)
            default:
                continue
            }
        }
        switch realizer.localName {
        case "GroupNode", "GenericGroupNode":
            shape.kind = .container
        case "TableNode":
            shape.kind = .table
            if let table = realizer.child(localName: "Table") {
                content.lanes = desktopLanes(table, tableBounds: shape.bounds)
            }
        case "ImageNode", "SVGNode":
            shape.kind = .image
        case "ShapeNode" where fillless && borderless:
            shape.kind = .text
        default:
            break
        }
        let inactiveLabels = inactive.flatMap { realizer in
            realizer.children(localName: "NodeLabel").compactMap { GraphMLLabel(source: $0.text) }
        }
        let inactiveText = GraphMLLabel.join(inactiveLabels)
        if !inactiveText.text.isEmpty, inactiveText.text != GraphMLLabel.join(content.labels).text {
            shape.style["inactiveLabel"] = inactiveText.raw ?? inactiveText.text
        }
    }

    /// The row or column a table label belongs to, from its model parameter.
    private static func laneBinding(of label: XMLElement) -> String? {
        guard let parameter = label.child(localName: "ModelParameter")?.children.first,
            parameter.localName == "RowNodeLabelModelParameter"
                || parameter.localName == "ColumnNodeLabelModelParameter"
        else { return nil }
        return parameter.attribute("id")
    }

    private func copy(_ element: XMLElement, _ names: [String: String], _ shape: inout DiagramShape) {
        for (attribute, key) in names {
            if let value = element.attribute(attribute) { shape.style[key] = value }
        }
    }

    /// A UML class keeps its attributes and operations as extra labels: they go into attributes.
    private func readUML(_ element: XMLElement, shape: inout DiagramShape) {
        for name in ["stereotype", "constraint"] {
            if let value = element.attribute(name), !value.isEmpty { shape.attributes["uml.\(name)"] = value }
        }
        for (child, key) in [("AttributeLabel", "uml.attributes"), ("MethodLabel", "uml.methods")] {
            let text = element.children(localName: child).map(\.text)
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { shape.attributes[key] = text }
        }
    }

    // MARK: - Tables

    private struct Insets {
        var top = 0.0
        var left = 0.0
        var bottom = 0.0
        var right = 0.0
    }

    private func insets(_ element: XMLElement?) -> Insets {
        guard let element else { return Insets() }
        func value(_ name: String) -> Double { element.attribute(name).flatMap(NumberText.parse) ?? 0 }
        return Insets(top: value("top"), left: value("left"), bottom: value("bottom"), right: value("right"))
    }

    /// The rows and columns of a `y:Table`, laid out in the table node's bounds.
    ///
    /// Rows are stacked below the band of column headers, columns side by side right of the band of
    /// row headers; nested rows and columns share their parent's extent.
    private mutating func desktopLanes(_ table: XMLElement, tableBounds: DiagramRect?) -> [TableLane] {
        let tableInsets = insets(table.child(localName: "Insets"))
        let rows = table.child(localName: "Rows")?.children(localName: "Row") ?? []
        let columns = table.child(localName: "Columns")?.children(localName: "Column") ?? []
        let defaultRowHeader = insets(table.child(localName: "DefaultRowInsets")).left
        let defaultColumnHeader = insets(table.child(localName: "DefaultColumnInsets")).top
        let rowHeader = rows.map { insets($0.child(localName: "Insets")).left }.reduce(defaultRowHeader, max)
        let columnHeader = columns.map { insets($0.child(localName: "Insets")).top }.reduce(defaultColumnHeader, max)
        var lanes: [TableLane] = []
        // (element, parent lane, start along the stacking axis, extent across it: origin and size)
        var stack: [(XMLElement, String?, Double, Double, Double)] = []
        if let bounds = tableBounds {
            var offset = bounds.y + tableInsets.top + columnHeader
            var entries: [(XMLElement, String?, Double, Double, Double)] = []
            for row in rows {
                entries.append(
                    (row, nil, offset, bounds.x + tableInsets.left, bounds.width - tableInsets.left - tableInsets.right)
                )
                offset += row.attribute("height").flatMap(NumberText.parse) ?? 0
            }
            stack = entries.reversed()
        } else {
            stack = rows.reversed().map { ($0, nil, 0, 0, -1) }
        }
        lanes += layOut(&stack, isRow: true, tableHasBounds: tableBounds != nil, defaultHeader: rowHeader)
        if let bounds = tableBounds {
            var offset = bounds.x + tableInsets.left + rowHeader
            var entries: [(XMLElement, String?, Double, Double, Double)] = []
            for column in columns {
                entries.append(
                    (
                        column, nil, offset, bounds.y + tableInsets.top,
                        bounds.height - tableInsets.top - tableInsets.bottom
                    ))
                offset += column.attribute("width").flatMap(NumberText.parse) ?? 0
            }
            stack = entries.reversed()
        } else {
            stack = columns.reversed().map { ($0, nil, 0, 0, -1) }
        }
        lanes += layOut(&stack, isRow: false, tableHasBounds: tableBounds != nil, defaultHeader: columnHeader)
        return lanes
    }

    /// Turns stacked rows or columns into lanes, walking nested ones without recursion.
    private mutating func layOut(
        _ stack: inout [(XMLElement, String?, Double, Double, Double)], isRow: Bool, tableHasBounds: Bool,
        defaultHeader: Double
    ) -> [TableLane] {
        let sizeName = isRow ? "height" : "width"
        var lanes: [TableLane] = []
        while let (element, parent, start, crossOrigin, crossSize) = stack.popLast() {
            let laneID = element.attribute("id") ?? generatedID(isRow ? "row" : "column")
            let size = number(element, sizeName) ?? 0
            let ownInsets = insets(element.child(localName: "Insets"))
            let header = isRow ? ownInsets.left : ownInsets.top
            var bounds: DiagramRect?
            if tableHasBounds {
                bounds =
                    isRow
                    ? DiagramRect(x: crossOrigin, y: start, width: crossSize, height: size)
                    : DiagramRect(x: start, y: crossOrigin, width: size, height: crossSize)
            }
            lanes.append(
                TableLane(
                    laneID: laneID, isRow: isRow, parentLaneID: parent, bounds: bounds,
                    headerSize: header > 0 ? header : defaultHeader, labels: [],
                    location: XMLPartParsing.location(of: element, detail: nil)))
            let nested = element.children(localName: isRow ? "Row" : "Column")
            var offset = start
            var entries: [(XMLElement, String?, Double, Double, Double)] = []
            for child in nested {
                entries.append((child, laneID, offset, crossOrigin + header, crossSize - header))
                offset += child.attribute(sizeName).flatMap(NumberText.parse) ?? 0
            }
            stack += entries.reversed()
        }
        return lanes
    }

    // MARK: - Edges

    /// Reads an edge realizer: waypoints, line style, arrows and labels.
    mutating func readDesktopEdgeGraphics(_ data: XMLElement, edge: inout DiagramEdge, labels: inout [GraphMLLabel]) {
        guard let realizer = data.children.first else { return }
        edge.style["realizer"] = realizer.localName
        for child in realizer.children {
            switch child.localName {
            case "Path":
                for name in ["sx", "sy", "tx", "ty"] {
                    if let value = child.attribute(name) { edge.style[name] = value }
                }
                for point in child.children(localName: "Point") {
                    if let x = number(point, "x"), let y = number(point, "y") {
                        edge.points.append(DiagramPoint(x: x, y: y))
                    }
                }
            case "LineStyle":
                for (attribute, key) in [("color", "lineColor"), ("type", "lineType"), ("width", "lineWidth")] {
                    if let value = child.attribute(attribute) { edge.style[key] = value }
                }
            case "Arrows":
                for (attribute, key) in [("source", "sourceArrow"), ("target", "targetArrow")] {
                    if let value = child.attribute(attribute) { edge.style[key] = value }
                }
            case "EdgeLabel":
                if let label = GraphMLLabel(source: child.text) { labels.append(label) }
            case "BendStyle":
                if let smoothed = child.attribute("smoothed") { edge.style["smoothed"] = smoothed }
            default:
                continue
            }
        }
    }
}
