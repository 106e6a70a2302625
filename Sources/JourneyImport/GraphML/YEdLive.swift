import Foundation
import JourneyModel
internal import JourneyXMLCore

/// yEd Live and yFiles for HTML: labels in `x:List`s of `y:Label`, bounds in `y:RectD`, styles as
/// `yjs:…Style` objects, any of them possibly shared through `y:GraphMLReference`.
extension GraphMLDocumentReader {
    /// The elements a data value or list holds, with references resolved.
    private func items(of element: XMLElement) -> [XMLElement] {
        var result: [XMLElement] = []
        for child in element.children {
            guard let resolved = shared.resolve(child) else { continue }
            if resolved.localName == "List" {
                result += resolved.children.compactMap { shared.resolve($0) }
            } else {
                result.append(resolved)
            }
        }
        return result
    }

    /// The labels of a `NodeLabels` or `EdgeLabels` value.
    mutating func readLiveLabels(_ data: XMLElement, location: SourceLocation) -> [GraphMLLabel] {
        let written = data.children.flatMap { $0.localName == "List" ? $0.children : [$0] }
        for reference in written where reference.localName == "GraphMLReference" && shared.resolve(reference) == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-unresolved-reference",
                    "a label refers to shared data '\(reference.anyAttribute("ResourceKey") ?? "")' the file does not "
                        + "hold; it is left out",
                    location: XMLPartParsing.location(of: reference, detail: nil)))
        }
        var labels: [GraphMLLabel] = []
        for item in items(of: data) where item.localName == "Label" {
            if let label = liveLabel(item, location: location) { labels.append(label) }
        }
        return labels
    }

    /// A `y:Label`'s text, from its `Text` attribute (possibly a reference) or its `y:Label.Text` child.
    private mutating func liveLabel(_ label: XMLElement, location: SourceLocation) -> GraphMLLabel? {
        var text: String?
        if let value = label.attribute("Text") {
            text = shared.string(forAttributeValue: value)
            if text == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-unresolved-reference",
                        "a label's text '\(value)' refers to shared data the file does not hold; it is kept as "
                            + "written",
                        location: XMLPartParsing.location(of: label, detail: nil)))
                text = value
            }
        } else if let child = label.child(localName: "Label.Text") {
            if let object = child.children.first {
                text = shared.resolve(object)?.textContent
            } else {
                text = child.textContent
            }
        }
        return text.flatMap { GraphMLLabel(source: $0) }
    }

    /// A node's bounds from its `NodeGeometry` value (`y:RectD X Y Width Height`).
    mutating func readLiveGeometry(_ data: XMLElement, location: SourceLocation) -> DiagramRect? {
        for item in items(of: data) {
            if let rect = rectangle(item, x: "X", y: "Y", width: "Width", height: "Height") { return rect }
        }
        return nil
    }

    /// An edge's bends from its `EdgeGeometry` value (`y:Bend Location="x,y"`).
    mutating func readLiveBends(_ data: XMLElement) -> [DiagramPoint] {
        var points: [DiagramPoint] = []
        for item in items(of: data) where item.localName == "Bend" {
            if let location = item.attribute("Location") {
                let parts = location.split(separator: ",").map { NumberText.parse(String($0)) }
                if parts.count == 2, let x = parts[0], let y = parts[1] {
                    points.append(DiagramPoint(x: x, y: y))
                    continue
                }
            } else if let x = number(item, "X"), let y = number(item, "Y") {
                points.append(DiagramPoint(x: x, y: y))
                continue
            }
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-bad-geometry", "a bend has no usable location; it is ignored",
                    location: XMLPartParsing.location(of: item, detail: nil)))
        }
        return points
    }

    /// A node's style: flattened into the shape's style, its kind and form, and a table's lanes.
    mutating func readLiveNodeStyle(_ data: XMLElement, shape: inout DiagramShape, content: inout NodeContent) {
        guard let style = items(of: data).first else { return }
        let name = style.localName
        shape.style["style"] = name
        let key = data.children.first?.anyAttribute("ResourceKey")
        flattenLiveStyle(style, prefix: "", into: &shape.style, depth: 0, through: key.map { [$0] } ?? [])
        if let form = style.attribute("shape") { shape.shapeName = form }
        if name.contains("Table") || name.contains("Pool") {
            shape.kind = .table
            if let table = findTable(in: style) {
                content.lanes = liveLanes(table, tableBounds: shape.bounds)
            }
        } else if name.contains("Group") || name.contains("Panel") || name.contains("Collapsible") {
            shape.kind = .container
        } else if name.contains("Image") {
            shape.kind = .image
        } else if name == "VoidNodeStyle" {
            shape.kind = .text
        }
    }

    /// Writes a style object's properties as `name`, `name.sub`, … keys, following references.
    ///
    /// - Parameter through: the shared objects being expanded on the way here, so that objects
    ///   referring to each other are written once rather than round and round.
    mutating func flattenLiveStyle(
        _ element: XMLElement, prefix: String, into style: inout [String: String], depth: Int,
        through: Set<String> = []
    ) {
        guard depth < 6, style.count < 256 else { return }
        for attribute in element.attributes where attribute.localName != "Key" {
            let name = prefix + attribute.localName
            guard let key = YEdSharedData.referenceKey(in: attribute.value),
                let object = shared.resolve(attributeValue: attribute.value)
            else {
                style[name] = attribute.value
                continue
            }
            if object.children.isEmpty, object.attributes.allSatisfy({ $0.localName == "Key" }) {
                style[name] = object.textContent
            } else {
                style[name] = object.localName
                guard !through.contains(key) else { continue }
                flattenLiveStyle(
                    object, prefix: name + ".", into: &style, depth: depth + 1, through: through.union([key]))
            }
        }
        for child in element.children {
            let local = child.localName
            if let dot = local.lastIndex(of: ".") {
                // A property element: `<yjs:ShapeNodeStyle.stroke><yjs:Stroke …/></…>`.
                let name = prefix + local[local.index(after: dot)...]
                guard let value = child.children.first else {
                    let text = child.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !text.isEmpty { style[name] = text }
                    continue
                }
                guard let object = shared.resolve(value) else { continue }
                style[name] = object.localName
                let key = value.anyAttribute("ResourceKey")
                if let key, through.contains(key) { continue }
                flattenLiveStyle(
                    object, prefix: name + ".", into: &style, depth: depth + 1,
                    through: key.map { through.union([$0]) } ?? through)
            } else if let object = shared.resolve(child) {
                let key = child.anyAttribute("ResourceKey")
                if let key, through.contains(key) { continue }
                flattenLiveStyle(
                    object, prefix: prefix + local + ".", into: &style, depth: depth + 1,
                    through: key.map { through.union([$0]) } ?? through)
            }
        }
    }

    // MARK: - Tables

    /// The `y:Table` inside a table style, found through property elements and references.
    private func findTable(in style: XMLElement) -> XMLElement? {
        var queue: [(XMLElement, Int)] = [(style, 0)]
        var index = 0
        while index < queue.count, index < 256 {
            let (element, depth) = queue[index]
            index += 1
            if element.localName == "Table" { return element }
            guard depth < 6 else { continue }
            for attribute in element.attributes {
                if let object = shared.resolve(attributeValue: attribute.value) { queue.append((object, depth + 1)) }
            }
            for child in element.children {
                if let object = shared.resolve(child) { queue.append((object, depth + 1)) }
            }
        }
        return nil
    }

    /// Four numbers `left,top,right,bottom` (or one for all sides).
    private func liveInsets(_ value: String?) -> (left: Double, top: Double, right: Double, bottom: Double) {
        guard let value else { return (0, 0, 0, 0) }
        let numbers = value.split(separator: ",").map { NumberText.parse(String($0)) ?? 0 }
        if numbers.count == 4 { return (numbers[0], numbers[1], numbers[2], numbers[3]) }
        let all = numbers.first ?? 0
        return (all, all, all, all)
    }

    /// The rows or columns of a table object and its defaults.
    private func stripes(_ table: XMLElement, _ kind: String) -> (items: [XMLElement], defaults: XMLElement?) {
        var items: [XMLElement] = []
        var defaults: XMLElement?
        for child in table.children {
            if child.localName.hasSuffix(".\(kind)s") {
                items += child.children.compactMap { shared.resolve($0) }.flatMap {
                    $0.localName == "List" ? $0.children.compactMap { shared.resolve($0) } : [$0]
                }.filter { $0.localName == kind }
            } else if child.localName.hasSuffix(".\(kind)Defaults") {
                defaults = child.children.first.flatMap { shared.resolve($0) }
            }
        }
        return (items, defaults)
    }

    /// The rows and columns of a yFiles for HTML table, laid out in the node's bounds like desktop
    /// tables: rows below the column headers, columns right of the row headers.
    private mutating func liveLanes(_ table: XMLElement, tableBounds: DiagramRect?) -> [TableLane] {
        let tableInsets = liveInsets(table.attribute("Insets"))
        let (rows, rowDefaults) = stripes(table, "Row")
        let (columns, columnDefaults) = stripes(table, "Column")
        let rowHeader = rows.map { liveInsets($0.attribute("Insets")).left }
            .reduce(liveInsets(rowDefaults?.attribute("Insets")).left, max)
        let columnHeader = columns.map { liveInsets($0.attribute("Insets")).top }
            .reduce(liveInsets(columnDefaults?.attribute("Insets")).top, max)
        let rowSize = rowDefaults?.attribute("Size").flatMap(NumberText.parse) ?? 0
        let columnSize = columnDefaults?.attribute("Size").flatMap(NumberText.parse) ?? 0
        var lanes: [TableLane] = []
        for (kind, declared, header, defaultSize) in [
            ("Row", rows, rowHeader, rowSize), ("Column", columns, columnHeader, columnSize),
        ] {
            let isRow = kind == "Row"
            // yFiles for HTML rows and columns have no identifiers: they are numbered per kind.
            var counter = 0
            // (element, parent lane, start, cross origin, cross size), last first.
            var stack: [(XMLElement, String?, Double, Double, Double)] = []
            var offset: Double
            let crossOrigin: Double
            let crossSize: Double
            if let bounds = tableBounds {
                offset = isRow ? bounds.y + tableInsets.top + columnHeader : bounds.x + tableInsets.left + rowHeader
                crossOrigin = isRow ? bounds.x + tableInsets.left : bounds.y + tableInsets.top
                crossSize =
                    isRow
                    ? bounds.width - tableInsets.left - tableInsets.right
                    : bounds.height - tableInsets.top - tableInsets.bottom
            } else {
                (offset, crossOrigin, crossSize) = (0, 0, 0)
            }
            var entries: [(XMLElement, String?, Double, Double, Double)] = []
            for item in declared {
                entries.append((item, nil, offset, crossOrigin, crossSize))
                offset += item.attribute("Size").flatMap(NumberText.parse) ?? defaultSize
            }
            stack = entries.reversed()
            while let (element, parent, start, origin, extent) = stack.popLast(), lanes.count < 10_000 {
                counter += 1
                let laneID = "\(kind.lowercased())-\(counter)"
                let size = element.attribute("Size").flatMap(NumberText.parse) ?? defaultSize
                let own = liveInsets(element.attribute("Insets"))
                let ownHeader = isRow ? own.left : own.top
                var bounds: DiagramRect?
                if tableBounds != nil {
                    bounds =
                        isRow
                        ? DiagramRect(x: origin, y: start, width: extent, height: size)
                        : DiagramRect(x: start, y: origin, width: size, height: extent)
                }
                var labels: [GraphMLLabel] = []
                var nested: [XMLElement] = []
                for child in element.children {
                    if child.localName.hasSuffix(".Labels") {
                        labels += readLiveLabels(child, location: XMLPartParsing.location(of: element, detail: nil))
                    } else if child.localName.hasSuffix(".\(kind)s") || child.localName.hasSuffix(".Child\(kind)s") {
                        nested += items(of: child).filter { $0.localName == kind }
                    }
                }
                lanes.append(
                    TableLane(
                        laneID: laneID, isRow: isRow, parentLaneID: parent, bounds: bounds,
                        headerSize: ownHeader > 0 ? ownHeader : header, labels: labels,
                        location: XMLPartParsing.location(of: element, detail: nil)))
                var childOffset = start
                var children: [(XMLElement, String?, Double, Double, Double)] = []
                for child in nested {
                    children.append((child, laneID, childOffset, origin + ownHeader, extent - ownHeader))
                    childOffset += child.attribute("Size").flatMap(NumberText.parse) ?? defaultSize
                }
                stack += children.reversed()
            }
        }
        return lanes
    }
}
