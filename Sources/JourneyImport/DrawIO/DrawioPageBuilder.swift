import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Turns the raw cells of a page into shapes and edges: finds the root and layers, resolves
/// wrappers, labels and placeholders, and makes geometry absolute.
struct DrawioPageBuilder {
    private var raw: RawPage
    let file: String?
    /// The file and page of the page's shapes' locations, shared by all of them.
    private let context: LocationContext

    init(raw: RawPage, file: String?) {
        self.raw = raw
        self.file = file
        context = LocationContext(file: file, detail: "page \(raw.name)")
    }

    /// Attributes of wrappers that are not user data.
    private static let wrapperKeys: Set<String> = ["id", "label", "placeholders"]

    mutating func build(diagnostics: inout [Diagnostic]) -> DiagramPage {
        // Cells are kept in one array and referred to by position: pages can hold hundreds of
        // thousands of them. The raw page lets go of them, so they are changed in place.
        var cells: [RawCell] = []
        swap(&cells, &raw.cells)
        var index: [String: Int] = [:]
        index.reserveCapacity(cells.count)
        // The next suffix to try for each duplicated identifier, so that many cells sharing one
        // identifier are renamed in linear time.
        var nextSuffix: [String: Int] = [:]
        for position in cells.indices {
            let wrapperID = cells[position].wrapper?.first { $0.name == "id" }?.value
            var id = wrapperID ?? cells[position].id ?? "\(raw.id)-cell-\(position + 1)"
            // One look-up for most cells: taken identifiers are put back.
            if let first = index.updateValue(position, forKey: id) {
                index[id] = first
                var suffix = nextSuffix[id] ?? 2
                while index["\(id)#\(suffix)"] != nil { suffix += 1 }
                nextSuffix[id] = suffix + 1
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-duplicate-id",
                        "page '\(raw.name)': the identifier '\(id)' is used twice; the second cell is kept as '\(id)#\(suffix)'",
                        location: location(cells[position].line)))
                id = "\(id)#\(suffix)"
                index[id] = position
            }
            cells[position].id = id
        }
        let count = cells.count
        func id(_ position: Int) -> String { cells[position].id! }
        // Cells mostly share a parent (a layer, a container): the last one looked up is remembered.
        var lastParent: (id: String, position: Int?)?
        func cellPosition(of parentID: String) -> Int? {
            if let lastParent, lastParent.id == parentID { return lastParent.position }
            let found = index[parentID]
            lastParent = (parentID, found)
            return found
        }

        // The root is a cell without a parent; its children are layers. Both hold no drawing.
        var structural = [Bool](repeating: false, count: count)
        var isRoot = [Bool](repeating: false, count: count)
        for position in 0..<count
        where cells[position].parent == nil && !cells[position].isVertex && !cells[position].isEdge {
            isRoot[position] = true
            structural[position] = true
        }
        for position in 0..<count where !structural[position] {
            if let parent = cells[position].parent.flatMap(cellPosition(of:)), isRoot[parent] {
                structural[position] = true
            }
        }

        var parents = [Int?](repeating: nil, count: count)
        for position in 0..<count where !structural[position] {
            guard let parentID = cells[position].parent else { continue }
            guard let parent = cellPosition(of: parentID) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-dangling-parent",
                        "page '\(raw.name)': cell '\(id(position))' names the parent '\(parentID)', which does not exist; it is kept at the top level",
                        location: location(cells[position].line)))
                continue
            }
            if !structural[parent] { parents[position] = parent }
        }
        // Break parent cycles so every chain ends.
        for position in 0..<count where parents[position] != nil {
            var seen: Set<Int> = [position]
            var current = parents[position]
            while let next = current {
                if seen.contains(next) {
                    diagnostics.append(
                        Diagnostic(
                            .warning, code: "import-parent-cycle",
                            "page '\(raw.name)': cells '\(id(position))' and '\(id(next))' are each other's ancestors; '\(id(position))' is kept at the top level",
                            location: location(cells[position].line)))
                    parents[position] = nil
                    break
                }
                seen.insert(next)
                current = parents[next]
            }
        }

        // Cells on a hidden layer or inside a hidden cell are not drawn: marked `visible=0`, as the
        // file marks the hidden cell itself. Resolved from the top of each chain down.
        var hidden = [Bool?](repeating: nil, count: count)
        func isHidden(_ position: Int) -> Bool {
            var chain: [Int] = []
            var current: Int? = position
            while let next = current, hidden[next] == nil {
                chain.append(next)
                current = parents[next]
            }
            var state = current.flatMap { hidden[$0] } ?? false
            for position in chain.reversed() {
                let layerHidden =
                    parents[position] == nil
                    && (cells[position].parent.flatMap(cellPosition(of:)).map { cells[$0].isHidden } ?? false)
                state = state || cells[position].isHidden || layerHidden
                hidden[position] = state
            }
            return state
        }

        // Absolute geometry, resolved from the top of each chain down, without recursion.
        var absolute = [DiagramRect?](repeating: nil, count: count)
        var resolved = [Bool](repeating: false, count: count)
        func bounds(of position: Int) -> DiagramRect? {
            if resolved[position] { return absolute[position] }
            var chain: [Int] = [position]
            var current = parents[position]
            while let next = current, !resolved[next], !cells[next].isEdge {
                chain.append(next)
                current = parents[next]
            }
            for member in chain.reversed() {
                resolved[member] = true
                // Geometry that is not made of finite numbers gives no bounds (reported below).
                guard let geometry = cells[member].geometry, !cells[member].isEdge, geometry.invalid.isEmpty
                else { continue }
                let parentBounds = parents[member].flatMap { cells[$0].isEdge ? nil : absolute[$0] }
                var x = geometry.x
                var y = geometry.y
                if let parentBounds {
                    if geometry.isRelative {
                        x = parentBounds.x + geometry.x * parentBounds.width + (geometry.offset?.x ?? 0)
                        y = parentBounds.y + geometry.y * parentBounds.height + (geometry.offset?.y ?? 0)
                    } else {
                        x += parentBounds.x
                        y += parentBounds.y
                    }
                }
                let rect = DiagramRect(x: x, y: y, width: geometry.width, height: geometry.height).standardized
                absolute[member] = rect.isFinite ? rect : nil
            }
            return absolute[position]
        }

        var labels = raw.labels.labels(of: cells)
        resolveInheritedPlaceholders(in: &labels, cells: cells, index: index)
        var isTableRow = [Bool](repeating: false, count: count)
        var shapes: [DiagramShape] = []
        var edges: [DiagramEdge] = []
        var edgePosition: [Int: Int] = [:]
        var edgeLabels: [Int: [(text: String, raw: String?)]] = [:]
        shapes.reserveCapacity(count)
        for position in 0..<count {
            let style = cells[position].style
            let (text, rawText) = labels[position]
            if structural[position] {
                // The root and layers draw nothing, but a named layer or a root carrying document
                // data holds text the user wrote: keep it as a shape without geometry.
                let attributes = attributes(of: cells[position])
                if !text.isEmpty || !attributes.isEmpty {
                    shapes.append(
                        DiagramShape(
                            id: id(position), text: text, rawText: rawText, kind: .container,
                            shapeName: isRoot[position] ? "root" : "layer", style: style.properties,
                            attributes: attributes, location: location(cells[position].line)))
                }
                continue
            }
            if cells[position].isEdge {
                var points: [DiagramPoint] = []
                if let path = cells[position].geometry?.path {
                    points = [path.sourcePoint].compactMap { $0 } + path.points + [path.targetPoint].compactMap { $0 }
                }
                edgePosition[position] = edges.count
                edges.append(
                    DiagramEdge(
                        id: id(position),
                        sourceID: cells[position].source.map { index[$0] != nil ? cells[index[$0]!].id! : $0 },
                        targetID: cells[position].target.map { index[$0] != nil ? cells[index[$0]!].id! : $0 },
                        text: text,
                        rawText: rawText, points: points, style: style.properties,
                        attributes: attributes(of: cells[position]),
                        location: location(cells[position].line)))
                continue
            }
            if let parent = parents[position], cells[parent].isEdge {
                // An edge label: a cell parented to the edge.
                if !text.isEmpty { edgeLabels[parent, default: []].append((text, rawText)) }
                continue
            }
            let kind = style.kind(parentIsTableRow: parents[position].map { isTableRow[$0] } ?? false)
            if kind == .tableRow { isTableRow[position] = true }
            let shapeBounds = bounds(of: position)
            if let geometry = cells[position].geometry {
                checkGeometry(
                    geometry, bounds: shapeBounds, cell: id(position), line: cells[position].line,
                    diagnostics: &diagnostics)
            }
            var properties = style.properties
            if isHidden(position) { properties["visible"] = "0" }
            var shape = DiagramShape(
                id: id(position), parentID: parents[position].map(id), text: text, rawText: rawText,
                bounds: shapeBounds, kind: kind, shapeName: style.shapeName, style: properties,
                attributes: attributes(of: cells[position]), line: Int(cells[position].line), context: context)
            if kind == .tableCell {
                shape.rowSpan = style.rowSpan
                shape.columnSpan = style.columnSpan
            }
            if kind == .swimlane {
                shape.isHorizontal = style.isHorizontalLane
                shape.headerSize = style.headerSize
            }
            shapes.append(shape)
        }
        for (edge, labels) in edgeLabels {
            guard let at = edgePosition[edge] else { continue }
            let own = edges[at].text.isEmpty ? [] : [(edges[at].text, edges[at].rawText)]
            let all = own + labels
            edges[at].text = all.map(\.0).joined(separator: "\n")
            if all.contains(where: { $0.1 != nil }) {
                edges[at].rawText = all.map { $0.1 ?? $0.0 }.joined(separator: "\n")
            }
        }
        return DiagramPage(id: raw.id, name: raw.name, shapes: shapes, edges: edges)
    }

    /// Resolves the placeholders a cell's own attributes leave open with the attributes of its
    /// ancestors, as draw.io does: the parent's wrapper, then the grandparent's, up to the layer and
    /// the root, whose wrapper holds the page's own data.
    ///
    /// Labels are worked out while the file is read, before parents are known; only cells with
    /// `placeholders="1"`, a `%` in the label and a wrapped ancestor are worked out again.
    private func resolveInheritedPlaceholders(
        in labels: inout [(text: String, raw: String?)], cells: [RawCell], index: [String: Int]
    ) {
        var converter: HTMLTextConverter?
        for position in cells.indices {
            guard let wrapper = cells[position].wrapper,
                wrapper.first(where: { $0.name == "placeholders" })?.value == "1",
                DrawioLabels.labelSource(of: cells[position]).contains("%")
            else { continue }
            var inherited: [(name: String, value: String)] = []
            var seen: Set<Int> = [position]
            var current = cells[position].parent.flatMap { index[$0] }
            while let ancestor = current, seen.insert(ancestor).inserted {
                inherited += cells[ancestor].wrapper ?? []
                current = cells[ancestor].parent.flatMap { index[$0] }
            }
            guard !inherited.isEmpty else { continue }
            if converter == nil { converter = HTMLTextConverter() }
            labels[position] = DrawioLabels.label(of: cells[position], inherited: inherited, converter: converter!)
        }
    }

    /// Reports geometry the shape could not keep as written: values that are not finite numbers or
    /// bounds beyond them (the shape has no bounds), and negative sizes (made positive).
    private func checkGeometry(
        _ geometry: RawGeometry, bounds: DiagramRect?, cell id: String, line: Int32, diagnostics: inout [Diagnostic]
    ) {
        let cell = "page '\(raw.name)': the cell '\(id)'"
        let message: String
        if !geometry.invalid.isEmpty {
            message =
                "\(cell) has geometry that is not a finite number (\(geometry.invalid.names)); it is read "
                + "without bounds"
        } else if bounds == nil {
            message = "\(cell) has geometry beyond the range of numbers; it is read without bounds"
        } else if geometry.width < 0 || geometry.height < 0 {
            let size = DiagramRect(x: 0, y: 0, width: geometry.width, height: geometry.height)
            message =
                "\(cell) has a negative \(size.negativeSizeDescription); its bounds are read with positive sizes "
                + "covering the same area"
        } else {
            return
        }
        diagnostics.append(
            Diagnostic(.warning, code: "import-bad-geometry", message, location: location(line)))
    }

    private func attributes(of cell: RawCell) -> [String: String] {
        guard let wrapper = cell.wrapper else { return [:] }
        var result: [String: String] = [:]
        for (name, value) in wrapper where !Self.wrapperKeys.contains(name) {
            result[name] = value
        }
        return result
    }

    private func location(_ line: Int32) -> SourceLocation {
        SourceLocation(file: context.file, line: Int(line), detail: context.detail)
    }
}
