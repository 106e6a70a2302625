import Foundation
import JourneyModel
internal import JourneyXMLCore

/// The parts of a VSDX package: XML parts parsed on demand and relationships resolved to part names.
struct VisioPackage {
    let archive: BoundedArchive
    var file: String? { archive.file }

    /// The namespace of Visio's XML parts.
    static let namespace = "http://schemas.microsoft.com/office/visio/2012/main"
    /// The namespace of relationship attributes (`r:id`).
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Parses a part that must be there.
    func document(_ part: String, referencedBy: String? = nil) throws -> XMLDocument {
        let data = try archive.data(of: part, referencedBy: referencedBy)
        return try XMLPartParsing.parse(data, file: file, part: part)
    }

    /// The relationships of a part (`dir/_rels/name.rels`): identifier → target part name.
    ///
    /// - Throws: ``ReadError`` naming the relationships part when it is missing or malformed.
    func relationships(of part: String) throws -> [String: String] {
        let relsPart = Self.relationshipsPart(of: part)
        let document = try self.document(relsPart, referencedBy: part)
        var result: [String: String] = [:]
        for relationship in document.root.children where relationship.localName == "Relationship" {
            guard let id = relationship.attribute("Id"), let target = relationship.attribute("Target"),
                relationship.attribute("TargetMode") != "External"
            else { continue }
            if result[id] == nil { result[id] = Self.resolve(target, relativeTo: part) }
        }
        return result
    }

    /// The relationships part of a part: `visio/pages/pages.xml` → `visio/pages/_rels/pages.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let components = part.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let name = components.last else { return "_rels/.rels" }
        return (components.dropLast() + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// A relationship target resolved against the folder of the part that names it.
    static func resolve(_ target: String, relativeTo part: String) -> String {
        var components: [String]
        if target.hasPrefix("/") {
            components = []
        } else {
            components = part.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            components.removeLast()
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }

    /// The `r:id` of an element's `<Rel>` child.
    static func relationshipID(of element: XMLElement) -> String? {
        guard let rel = element.child(localName: "Rel") else { return nil }
        return rel.attribute("id", namespaceURI: relationshipsNamespace) ?? rel.anyAttribute("id")
    }
}

/// One ShapeSheet cell: value, unit and formula.
struct VisioCell: Hashable {
    var value: String?
    var unit: String?
    var formula: String?
}

/// A row of a ShapeSheet section, merged by name (or index) with the master's row.
struct VisioRow {
    var type: String?
    var index: String?
    var cells: [String: VisioCell] = [:]
    var deleted = false
}

/// A ShapeSheet section (`Property`, `User`, `Geometry`, …): rows in order, merged by key.
struct VisioSection {
    var name: String
    var rows: [String: VisioRow] = [:]
    var order: [String] = []
    var deleted = false

    /// The rows that are not deleted, in order.
    var liveRows: [(key: String, row: VisioRow)] {
        order.compactMap { key in rows[key].flatMap { $0.deleted ? nil : (key, $0) } }
    }
}

/// The cells, sections and text of a shape, as written on the page or in a master.
struct VisioSheet {
    var cells: [String: VisioCell] = [:]
    var sections: [String: VisioSection] = [:]
    var sectionOrder: [String] = []
    /// The `<Text>` element, when the shape has one.
    var text: XMLElement?

    init() {}

    /// Reads a `<Shape>` element's own cells, sections and text (not its sub-shapes).
    init(shape: XMLElement) {
        for child in shape.children {
            switch child.localName {
            case "Cell":
                guard let name = child.attribute("N") else { continue }
                cells[name] = Self.cell(child)
            case "Section":
                guard let name = child.attribute("N") else { continue }
                let key = child.attribute("IX").map { "\(name)[\($0)]" } ?? name
                var section = VisioSection(name: name, deleted: child.attribute("Del") == "1")
                for (position, rowElement) in child.children.enumerated() where rowElement.localName == "Row" {
                    let rowKey =
                        rowElement.attribute("N") ?? rowElement.attribute("IX").map { "#\($0)" } ?? "@\(position)"
                    var row = VisioRow(
                        type: rowElement.attribute("T"), index: rowElement.attribute("IX"),
                        deleted: rowElement.attribute("Del") == "1")
                    for cell in rowElement.children where cell.localName == "Cell" {
                        if let name = cell.attribute("N") { row.cells[name] = Self.cell(cell) }
                    }
                    if section.rows[rowKey] == nil { section.order.append(rowKey) }
                    section.rows[rowKey] = row
                }
                if sections[key] == nil { sectionOrder.append(key) }
                sections[key] = section
            case "Text":
                text = child
            default:
                continue
            }
        }
    }

    private static func cell(_ element: XMLElement) -> VisioCell {
        VisioCell(value: element.attribute("V"), unit: element.attribute("U"), formula: element.attribute("F"))
    }

    /// This sheet with whatever it lacks taken from a master's sheet.
    func inheriting(from master: VisioSheet) -> VisioSheet {
        var result = master
        for (name, cell) in cells { result.cells[name] = cell }
        for key in sectionOrder {
            guard let own = sections[key] else { continue }
            guard var merged = result.sections[key] else {
                result.sections[key] = own
                result.sectionOrder.append(key)
                continue
            }
            merged.deleted = own.deleted
            for rowKey in own.order {
                guard let row = own.rows[rowKey] else { continue }
                if var inherited = merged.rows[rowKey] {
                    for (name, cell) in row.cells { inherited.cells[name] = cell }
                    inherited.deleted = row.deleted
                    if row.type != nil { inherited.type = row.type }
                    merged.rows[rowKey] = inherited
                } else {
                    merged.rows[rowKey] = row
                    merged.order.append(rowKey)
                }
            }
            result.sections[key] = merged
        }
        if text != nil { result.text = text }
        return result
    }

    /// A cell's value as a number, or `nil` when the cell is missing or not numeric.
    func number(_ name: String) -> Double? { cells[name]?.value.flatMap(NumberText.parse) }

    /// The live sections with a name (`Geometry` has one per index).
    func sections(named name: String) -> [VisioSection] {
        sectionOrder.compactMap { sections[$0] }.filter { $0.name == name && !$0.deleted }
    }
}
