import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads one page part: its shape tree, walked with an explicit stack, and its connections.
struct VisioPageReader {
    let id: String
    let name: String
    let part: String
    /// The page height in inches from the page sheet, used to turn y up into y down.
    let pageHeight: Double?
    /// Pixels of paper per drawing inch: 96 (the diagram model's unit is 1/96 inch) times the
    /// page's drawing scale.
    let pixelsPerUnit: Double
    var diagnostics: [Diagnostic] = []

    /// Pixels per inch: the diagram model's unit is 1/96 inch.
    static let pixelsPerInch = 96.0

    /// Cells that become the bounds rather than style.
    private static let geometryCells: Set<String> = ["PinX", "PinY", "Width", "Height", "LocPinX", "LocPinY"]

    init(id: String, name: String, part: String, pageHeight: Double?, scale: Double = 1) {
        self.id = id
        self.name = name
        self.part = part
        self.pageHeight = pageHeight
        pixelsPerUnit = Self.pixelsPerInch * scale
    }

    private var detail: String { "page '\(name)', \(part)" }

    /// A shape as read, with inherited values merged and its frame in page inches (y up).
    private struct ReadShape {
        var rawID: String
        var element: XMLElement
        var sheet: VisioSheet
        var masterName: String?
        var parentIndex: Int?
        /// Left, bottom, width, height in page inches.
        var frame: (left: Double, bottom: Double, width: Double, height: Double)?
        /// The origin of the shape's own coordinates (its bottom-left) in page inches.
        var origin: (x: Double, y: Double)
        /// The origin of the parent's coordinates, in which pins and begin/end points are given.
        var parentOrigin: (x: Double, y: Double)
    }

    mutating func read(_ root: XMLElement, masters: inout VisioDocumentReader) throws -> DiagramPage {
        var shapes: [ReadShape] = []
        // (element, parent index, inherited master, origin of the parent's coordinates)
        var stack: [(XMLElement, Int?, String?, (x: Double, y: Double))] = []
        let top = root.child(localName: "Shapes")?.children(localName: "Shape") ?? []
        stack = top.reversed().map { ($0, nil, nil, (0, 0)) }
        while let (element, parentIndex, inheritedMaster, parentOrigin) = stack.popLast() {
            // A sub-shape of a master instance that the user deleted.
            if element.attribute("Del") == "1" { continue }
            let location = XMLPartParsing.location(of: element, detail: detail)
            var sheet = VisioSheet(shape: element)
            var masterName: String?
            let ownMaster = element.attribute("Master")
            let masterID = ownMaster ?? inheritedMaster
            if let masterID, let master = try masters.master(masterID, location: location) {
                let shapeID =
                    element.attribute("MasterShape") ?? (ownMaster != nil ? master.topLevel.first : nil)
                if let shapeID, let masterSheet = master.sheets[shapeID] {
                    sheet = sheet.inheriting(from: masterSheet)
                }
                if ownMaster != nil { masterName = master.nameU ?? master.name }
            }
            let frame = self.frame(sheet, parentOrigin: parentOrigin, element: element)
            // The local origin is where (0, 0) of the shape's own coordinates lies: pin minus local pin,
            // before any normalization of negative sizes (1-D shapes have them).
            var origin = parentOrigin
            if let pinX = sheet.number("PinX"), let pinY = sheet.number("PinY") {
                let locPinX = sheet.number("LocPinX") ?? (sheet.number("Width") ?? 0) / 2
                let locPinY = sheet.number("LocPinY") ?? (sheet.number("Height") ?? 0) / 2
                origin = (parentOrigin.x + pinX - locPinX, parentOrigin.y + pinY - locPinY)
            }
            let rawID = element.attribute("ID") ?? "shape-\(shapes.count + 1)"
            let index = shapes.count
            shapes.append(
                ReadShape(
                    rawID: rawID, element: element, sheet: sheet, masterName: masterName, parentIndex: parentIndex,
                    frame: frame, origin: origin, parentOrigin: parentOrigin))
            let children = element.child(localName: "Shapes")?.children(localName: "Shape") ?? []
            stack += children.reversed().map { ($0, index, masterID, origin) }
        }

        let connects = readConnects(root)
        let height = pageHeight ?? shapes.compactMap { $0.frame.map { $0.bottom + $0.height } }.max() ?? 0
        var page = DiagramPage(id: id, name: name)
        var ids = UniqueIdentifiers(noun: "shape")
        var finalIDs: [String] = []
        var isEdge: [Bool] = []
        var edgeIDs: Set<String> = []
        for shape in shapes {
            let location = XMLPartParsing.location(of: shape.element, detail: detail)
            finalIDs.append(ids.claim(shape.rawID, location: location, diagnostics: &diagnostics))
            let oneDimensional = shape.sheet.cells["BeginX"] != nil && shape.sheet.cells["EndX"] != nil
            isEdge.append(oneDimensional || connects[shape.rawID] != nil)
            if isEdge[isEdge.count - 1] { edgeIDs.insert(finalIDs[finalIDs.count - 1]) }
        }
        for (index, shape) in shapes.enumerated() where shape.element.attribute("Type") != "Guide" {
            let location = XMLPartParsing.location(of: shape.element, detail: detail)
            let text = Self.text(of: shape.sheet)
            var style = Self.style(of: shape)
            var attributes: [String: String] = [:]
            Self.shapeData(shape.sheet, into: &attributes, style: &style)
            if isEdge[index] {
                var edge = DiagramEdge(
                    id: finalIDs[index], text: text, points: points(of: shape, pageHeight: height), style: style,
                    attributes: attributes, location: location)
                if let ends = connects[shape.rawID] {
                    edge.sourceID = ends.begin.flatMap {
                        attach($0, edge: edge.id, ids: ids, edgeIDs: edgeIDs, location: location)
                    }
                    edge.targetID = ends.end.flatMap {
                        attach($0, edge: edge.id, ids: ids, edgeIDs: edgeIDs, location: location)
                    }
                }
                page.edges.append(edge)
                continue
            }
            var parent = shape.parentIndex
            while let candidate = parent, isEdge[candidate] { parent = shapes[candidate].parentIndex }
            var bounds = shape.frame.map { rectangle($0, pageHeight: height) }
            if let rect = bounds, !rect.isFinite {
                // Finite cells can still add or scale up beyond the range of numbers.
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-bad-geometry",
                        "page '\(name)': the shape \(shape.rawID) lies beyond the range of numbers; it is read "
                            + "without bounds",
                        location: location))
                bounds = nil
            }
            var diagramShape = DiagramShape(
                id: finalIDs[index], parentID: parent.map { finalIDs[$0] }, text: text,
                bounds: bounds, kind: Self.kind(of: shape),
                shapeName: shape.masterName, style: style, attributes: attributes, location: location)
            if diagramShape.kind == .swimlane, let bounds = diagramShape.bounds {
                diagramShape.isHorizontal = bounds.width >= bounds.height
            }
            page.shapes.append(diagramShape)
        }
        for fromSheet in connects.keys.sorted() where ids.resolve(fromSheet) == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-dangling-connect",
                    "page '\(name)': a connection starts at shape \(fromSheet), which is not on the page; it is ignored",
                    location: SourceLocation(file: root.document.fileName, detail: detail)))
        }
        return page
    }

    // MARK: - Connections

    /// Connector `FromSheet` → the shapes its begin and end are glued to.
    private func readConnects(_ root: XMLElement) -> [String: (begin: String?, end: String?)] {
        var result: [String: (begin: String?, end: String?)] = [:]
        for connect in root.child(localName: "Connects")?.children(localName: "Connect") ?? [] {
            guard let from = connect.attribute("FromSheet"), let to = connect.attribute("ToSheet") else { continue }
            var ends = result[from] ?? (nil, nil)
            switch connect.attribute("FromCell") {
            case "BeginX": if ends.begin == nil { ends.begin = to }
            case "EndX": if ends.end == nil { ends.end = to }
            default: continue
            }
            result[from] = ends
        }
        return result
    }

    private mutating func attach(
        _ raw: String, edge: String, ids: UniqueIdentifiers, edgeIDs: Set<String>, location: SourceLocation
    ) -> String? {
        guard let id = ids.resolve(raw) else {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-dangling-connect",
                    "page '\(name)': the connector \(edge) is glued to shape \(raw), which is not on the page; the "
                        + "end is left unattached",
                    location: location))
            return nil
        }
        // Glued to another connector: the model attaches edges to shapes only.
        if edgeIDs.contains(id) { return nil }
        return id
    }

    // MARK: - Geometry

    /// The frame of a 2-D or 1-D shape in page inches, or `nil` without pin and size.
    private mutating func frame(_ sheet: VisioSheet, parentOrigin: (x: Double, y: Double), element: XMLElement)
        -> (left: Double, bottom: Double, width: Double, height: Double)?
    {
        guard let pinX = value(sheet, "PinX", element), let pinY = value(sheet, "PinY", element),
            var width = value(sheet, "Width", element), var height = value(sheet, "Height", element)
        else { return nil }
        let locPinX = value(sheet, "LocPinX", element) ?? width / 2
        let locPinY = value(sheet, "LocPinY", element) ?? height / 2
        var left = parentOrigin.x + pinX - locPinX
        var bottom = parentOrigin.y + pinY - locPinY
        if width < 0 {
            left += width
            width = -width
        }
        if height < 0 {
            bottom += height
            height = -height
        }
        return (left, bottom, width, height)
    }

    /// A numeric cell; a present but non-numeric value is reported once and read as missing.
    private mutating func value(_ sheet: VisioSheet, _ cell: String, _ element: XMLElement) -> Double? {
        guard let text = sheet.cells[cell]?.value else { return nil }
        if let number = NumberText.parse(text) { return number }
        diagnostics.append(
            Diagnostic(
                .warning, code: "import-bad-geometry",
                "page '\(name)': the cell \(cell) of shape \(element.attribute("ID") ?? "?") holds '\(text)', "
                    + "not a finite number",
                location: XMLPartParsing.location(of: element, detail: detail)))
        return nil
    }

    private func rectangle(
        _ frame: (left: Double, bottom: Double, width: Double, height: Double), pageHeight: Double
    ) -> DiagramRect {
        DiagramRect(
            x: frame.left * pixelsPerUnit, y: (pageHeight - frame.bottom - frame.height) * pixelsPerUnit,
            width: frame.width * pixelsPerUnit, height: frame.height * pixelsPerUnit)
    }

    private func point(_ x: Double, _ y: Double, pageHeight: Double) -> DiagramPoint {
        DiagramPoint(x: x * pixelsPerUnit, y: (pageHeight - y) * pixelsPerUnit)
    }

    /// A connector's route: its begin point, the corners of its polyline, its end point.
    ///
    /// The corners are in the connector's own coordinates, which turn with its `Angle` and mirror
    /// with `FlipX`/`FlipY` about its pin.
    private func points(of shape: ReadShape, pageHeight: Double) -> [DiagramPoint] {
        let sheet = shape.sheet
        guard let beginX = sheet.number("BeginX"), let beginY = sheet.number("BeginY"),
            let endX = sheet.number("EndX"), let endY = sheet.number("EndY")
        else { return [] }
        let origin = shape.parentOrigin
        var result = [point(origin.x + beginX, origin.y + beginY, pageHeight: pageHeight)]
        let geometry = sheet.sections(named: "Geometry")
        if geometry.count == 1, let section = geometry.first, let pinX = sheet.number("PinX"),
            let pinY = sheet.number("PinY")
        {
            let locPinX = sheet.number("LocPinX") ?? (sheet.number("Width") ?? 0) / 2
            let locPinY = sheet.number("LocPinY") ?? (sheet.number("Height") ?? 0) / 2
            let angle = sheet.number("Angle") ?? 0
            let flipX = sheet.cells["FlipX"]?.value == "1"
            let flipY = sheet.cells["FlipY"]?.value == "1"
            let rows = section.liveRows.map(\.row).sorted {
                (Int($0.index ?? "") ?? 0) < (Int($1.index ?? "") ?? 0)
            }
            let vertices = rows.compactMap { row -> (Double, Double)? in
                guard row.type == "MoveTo" || row.type == "LineTo",
                    let x = row.cells["X"]?.value.flatMap(NumberText.parse),
                    let y = row.cells["Y"]?.value.flatMap(NumberText.parse)
                else { return nil }
                return (x, y)
            }
            if vertices.count == rows.count, vertices.count > 2 {
                for (x, y) in vertices.dropFirst().dropLast() {
                    var dx = x - locPinX
                    var dy = y - locPinY
                    if flipX { dx = -dx }
                    if flipY { dy = -dy }
                    let turnedX = dx * cos(angle) - dy * sin(angle)
                    let turnedY = dx * sin(angle) + dy * cos(angle)
                    result.append(
                        point(origin.x + pinX + turnedX, origin.y + pinY + turnedY, pageHeight: pageHeight))
                }
            }
        }
        result.append(point(origin.x + endX, origin.y + endY, pageHeight: pageHeight))
        // Finite cells can still add or scale up beyond the range of numbers: such points are left out.
        return result.filter(\.isFinite)
    }

    // MARK: - Text, data, style

    /// The text with the `cp`/`pp`/`tp` markers dropped, fields kept, line ends as LF and no
    /// trailing line break.
    static func text(of sheet: VisioSheet) -> String {
        guard let element = sheet.text else { return "" }
        var text = element.textContent
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        text = text.replacingOccurrences(of: "\r", with: "\n")
        text = text.replacingOccurrences(of: "\u{2028}", with: "\n")
        text = text.replacingOccurrences(of: "\u{2029}", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Shape data (`Property` rows) into attributes under their label; `User` rows into style.
    static func shapeData(_ sheet: VisioSheet, into attributes: inout [String: String], style: inout [String: String]) {
        for section in sheet.sections(named: "Property") {
            for (key, row) in section.liveRows {
                guard let value = row.cells["Value"]?.value, !value.isEmpty else { continue }
                let rowName = key.hasPrefix("#") || key.hasPrefix("@") ? "Property\(row.index ?? "")" : key
                var name = row.cells["Label"]?.value ?? ""
                if name.isEmpty || attributes[name] != nil { name = rowName }
                attributes[name] = value
            }
        }
        for section in sheet.sections(named: "User") {
            for (key, row) in section.liveRows {
                guard let value = row.cells["Value"]?.value, !value.isEmpty else { continue }
                style["User.\(key)"] = value
            }
        }
    }

    /// The shape's cells other than its frame, its names and its master.
    private static func style(of shape: ReadShape) -> [String: String] {
        var style: [String: String] = [:]
        for (name, cell) in shape.sheet.cells where !geometryCells.contains(name) {
            if let value = cell.value, !value.isEmpty { style[name] = value }
        }
        for attribute in ["NameU", "Name", "Type"] {
            if let value = shape.element.attribute(attribute) { style[attribute] = value }
        }
        if let master = shape.masterName { style["Master"] = master }
        return style
    }

    private static func kind(of shape: ReadShape) -> ShapeKind {
        let sheet = shape.sheet
        let user = sheet.sections(named: "User").flatMap(\.liveRows)
        func userValue(_ name: String) -> String? {
            user.first { $0.key == name }?.row.cells["Value"]?.value
        }
        if userValue("msvShapeCategories")?.contains("Swimlane") == true { return .swimlane }
        if let structure = userValue("msvStructureType"), structure == "Container" || structure == "List" {
            return .container
        }
        switch shape.element.attribute("Type") {
        case "Group": return .container
        case "Foreign": return .image
        default: break
        }
        if sheet.cells["FillPattern"]?.value == "0", sheet.cells["LinePattern"]?.value == "0" { return .text }
        return .shape
    }
}
