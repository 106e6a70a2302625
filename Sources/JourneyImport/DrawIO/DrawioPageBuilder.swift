import Foundation
import JourneyModel
import JourneyXMLCore

/// Turns the raw cells of a page into shapes and edges: finds the root and layers, resolves
/// wrappers, labels and placeholders, and makes geometry absolute.
struct DrawioPageBuilder {
    let raw: RawPage
    let file: String?

    /// Attributes of wrappers that are not user data.
    private static let wrapperKeys: Set<String> = ["id", "label", "placeholders"]

    func build(diagnostics: inout [Diagnostic]) -> DiagramPage {
        var cells: [String: RawCell] = [:]
        var order: [String] = []
        for (index, var cell) in raw.cells.enumerated() {
            let wrapperID = cell.wrapper?.first { $0.name == "id" }?.value
            var id = wrapperID ?? cell.id ?? "\(raw.id)-cell-\(index + 1)"
            if cells[id] != nil {
                var suffix = 2
                while cells["\(id)#\(suffix)"] != nil { suffix += 1 }
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-duplicate-id",
                        "page '\(raw.name)': the identifier '\(id)' is used twice; the second cell is kept as '\(id)#\(suffix)'",
                        location: location(cell.line)))
                id = "\(id)#\(suffix)"
            }
            cell.id = id
            cells[id] = cell
            order.append(id)
        }

        // The root is the cell without a parent; its children are layers. Both hold no drawing.
        let roots = Set(
            order.filter { cells[$0]?.parent == nil && cells[$0]?.isVertex == false && cells[$0]?.isEdge == false })
        let layers = Set(order.filter { id in cells[id]?.parent.map(roots.contains) ?? false })
        let structural = roots.union(layers)

        var parents: [String: String] = [:]
        for id in order where !structural.contains(id) {
            guard let parent = cells[id]?.parent else { continue }
            if structural.contains(parent) { continue }
            if cells[parent] == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-dangling-parent",
                        "page '\(raw.name)': cell '\(id)' names the parent '\(parent)', which does not exist; it is kept at the top level",
                        location: location(cells[id]!.line)))
                continue
            }
            parents[id] = parent
        }
        // Break parent cycles so every chain ends.
        for id in order where parents[id] != nil {
            var seen: Set<String> = [id]
            var current = parents[id]
            while let next = current {
                if seen.contains(next) {
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: "import-parent-cycle",
                            "page '\(raw.name)': cells '\(id)' and '\(next)' are each other's ancestors; '\(id)' is kept at the top level",
                            location: location(cells[id]!.line)))
                    parents[id] = nil
                    break
                }
                seen.insert(next)
                current = parents[next]
            }
        }

        let edgeIDs = Set(order.filter { cells[$0]?.isEdge == true })
        var absolute: [String: DiagramRect] = [:]
        func bounds(of id: String) -> DiagramRect? {
            if let known = absolute[id] { return known }
            guard let cell = cells[id], let geometry = cell.geometry, !cell.isEdge else { return nil }
            // Resolve the chain of ancestors from the top down, without recursion.
            var chain: [String] = [id]
            var current = parents[id]
            while let next = current, absolute[next] == nil, !edgeIDs.contains(next) {
                chain.append(next)
                current = parents[next]
            }
            for member in chain.reversed() {
                guard let memberCell = cells[member], let memberGeometry = memberCell.geometry else { continue }
                let parentBounds = parents[member].flatMap { edgeIDs.contains($0) ? nil : absolute[$0] }
                var x = memberGeometry.x
                var y = memberGeometry.y
                if let parentBounds {
                    if memberGeometry.isRelative {
                        x = parentBounds.x + memberGeometry.x * parentBounds.width + (memberGeometry.offset?.x ?? 0)
                        y = parentBounds.y + memberGeometry.y * parentBounds.height + (memberGeometry.offset?.y ?? 0)
                    } else {
                        x += parentBounds.x
                        y += parentBounds.y
                    }
                }
                absolute[member] = DiagramRect(x: x, y: y, width: memberGeometry.width, height: memberGeometry.height)
            }
            _ = geometry
            return absolute[id]
        }

        var shapes: [DiagramShape] = []
        var edges: [DiagramEdge] = []
        var edgeLabels: [String: [String]] = [:]
        var edgeRawLabels: [String: [String]] = [:]
        for id in order where !structural.contains(id) {
            let cell = cells[id]!
            let style = StyleString(cell.style)
            let (text, rawText) = label(of: cell, style: style)
            if cell.isEdge {
                var points: [DiagramPoint] = []
                if let geometry = cell.geometry {
                    points =
                        [geometry.sourcePoint].compactMap { $0 } + geometry.points
                        + [geometry.targetPoint].compactMap { $0 }
                }
                edges.append(
                    DiagramEdge(
                        id: id, sourceID: cell.source, targetID: cell.target, text: text, rawText: rawText,
                        points: points,
                        style: style.properties, attributes: attributes(of: cell), location: location(cell.line)))
                continue
            }
            if let parent = parents[id], edgeIDs.contains(parent) {
                // An edge label: a cell parented to the edge.
                if !text.isEmpty {
                    edgeLabels[parent, default: []].append(text)
                    edgeRawLabels[parent, default: []].append(rawText ?? text)
                }
                continue
            }
            var shape = DiagramShape(
                id: id, parentID: parents[id], text: text, rawText: rawText, bounds: bounds(of: id),
                kind: kind(of: style, parent: parents[id].flatMap { cells[$0] }),
                shapeName: style.tokens.first ?? style["shape"],
                style: style.properties, attributes: attributes(of: cell), location: location(cell.line))
            shape.rowSpan = max(1, Int(style["rowspan"] ?? "") ?? 1)
            shape.columnSpan = max(1, Int(style["colspan"] ?? "") ?? 1)
            if shape.kind == .swimlane {
                shape.isHorizontal = style["horizontal"] == "0"
                shape.headerSize = Double(style["startSize"] ?? "") ?? 23
            }
            shapes.append(shape)
        }
        for index in edges.indices {
            guard let labels = edgeLabels[edges[index].id] else { continue }
            let joined = ([edges[index].text] + labels).filter { !$0.isEmpty }.joined(separator: "\n")
            if edgeRawLabels[edges[index].id] != labels || edges[index].rawText != nil {
                edges[index].rawText = ([edges[index].rawText ?? edges[index].text] + edgeRawLabels[edges[index].id]!)
                    .filter { !$0.isEmpty }.joined(separator: "\n")
            }
            edges[index].text = joined
        }
        return DiagramPage(id: raw.id, name: raw.name, shapes: shapes, edges: edges)
    }

    /// The plain text of a cell's label, and the label as stored when it differs.
    private func label(of cell: RawCell, style: StyleString) -> (String, String?) {
        var label = cell.wrapper?.first { $0.name == "label" }?.value ?? cell.value ?? ""
        if let wrapper = cell.wrapper, wrapper.first(where: { $0.name == "placeholders" })?.value == "1" {
            label = Self.resolvePlaceholders(label, attributes: wrapper)
        }
        if style["html"] == "1" {
            let text = HTMLText.plainText(fromHTML: label)
            return (text, text == label ? nil : label)
        }
        return (label, nil)
    }

    /// Replaces `%name%` with the wrapper attribute `name`; unknown names stay as written.
    static func resolvePlaceholders(_ label: String, attributes: [(name: String, value: String)]) -> String {
        var result = ""
        var rest = Substring(label)
        while let start = rest.firstIndex(of: "%") {
            result += rest[..<start]
            let afterStart = rest.index(after: start)
            guard let end = rest[afterStart...].firstIndex(of: "%") else {
                rest = rest[start...]
                break
            }
            let name = String(rest[afterStart..<end])
            if let value = attributes.first(where: { $0.name == name })?.value, !name.isEmpty {
                result += value
                rest = rest[rest.index(after: end)...]
            } else {
                result += rest[start..<end]
                rest = rest[end...]
            }
        }
        return result + rest
    }

    private func kind(of style: StyleString, parent: RawCell?) -> ShapeKind {
        if style.names("table") { return .table }
        if style.names("tablerow") { return .tableRow }
        if let parent, StyleString(parent.style).names("tablerow") { return .tableCell }
        if style.names("swimlane") || style.names("pool") || style.names("lane") { return .swimlane }
        if style.names("image") || style["image"] != nil { return .image }
        if style.names("group") || style["container"] == "1" || style["childLayout"] != nil { return .container }
        if style.names("text") { return .text }
        return .shape
    }

    private func attributes(of cell: RawCell) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in cell.wrapper ?? [] where !Self.wrapperKeys.contains(name) {
            result[name] = value
        }
        return result
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, detail: "page \(raw.name)")
    }
}
