import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads Visio VSDX drawings (Visio 2013 and later) into a ``Diagram``.
///
/// A VSDX file is a ZIP package; its entries are extracted within `ReadLimits`, counted together. Pages come from
/// `visio/pages/pages.xml` and its relationships; shapes from each page's `<Shapes>`, with cells,
/// text and shape data missing on a shape taken from its master. Geometry is converted from inches
/// with y up (relative to the group for shapes inside groups) to page pixels with y down. 1-D shapes
/// (connectors) become edges, attached through the page's `<Connects>`.
public struct VisioReader: DiagramReader {
    /// Creates a reader.
    public init() {}

    /// `vsdx`.
    public var identifier: String { "vsdx" }

    /// Whether the content is a ZIP package that looks like a Visio drawing.
    public func recognizes(_ sample: ContentSample) -> Bool {
        guard sample.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        if sample.bytes.range(of: Data("visio/".utf8)) != nil { return true }
        let name = sample.fileName?.lowercased() ?? ""
        return ["vsdx", "vsdm", "vstx", "vstm"].contains { name.hasSuffix(".\($0)") }
    }

    public func readDiagram(_ data: Data, file: String?, limits: ReadLimits) throws -> DiagramReadResult {
        try limits.checkInputSize(data.count, file: file)
        let archive = try BoundedArchive(data: data, file: file, limits: limits, formatName: "Visio VSDX")
        var reader = VisioDocumentReader(package: VisioPackage(archive: archive))
        return try reader.read().checked(against: limits, file: file)
    }
}

/// A master: its names and its shapes' sheets by identifier.
struct VisioMaster {
    var nameU: String?
    var name: String?
    /// Every shape of the master, nested ones included, by `ID`.
    var sheets: [String: VisioSheet] = [:]
    /// The identifiers of the top-level shapes, in order.
    var topLevel: [String] = []
}

/// Reads the pages of a package, loading masters as shapes need them.
struct VisioDocumentReader {
    let package: VisioPackage
    var diagnostics: [Diagnostic] = []
    /// Master `ID` → relationship target, once `masters.xml` has been read.
    private var masterParts: [String: (part: String, nameU: String?, name: String?)]?
    private var masters: [String: VisioMaster] = [:]
    private var reportedMasters: Set<String> = []

    static let pagesPart = "visio/pages/pages.xml"
    static let mastersPart = "visio/masters/masters.xml"

    init(package: VisioPackage) { self.package = package }

    mutating func read() throws -> DiagramReadResult {
        let pages = try package.document(Self.pagesPart)
        let relationships = try package.relationships(of: Self.pagesPart)
        var result: [DiagramPage] = []
        for (index, page) in pages.root.children.filter({ $0.localName == "Page" }).enumerated() {
            let number = index + 1
            let name = page.attribute("Name") ?? page.attribute("NameU") ?? "Page-\(number)"
            let location = XMLPartParsing.location(of: page, detail: Self.pagesPart)
            guard let relationship = VisioPackage.relationshipID(of: page) else {
                throw ReadError("page '\(name)' in \(Self.pagesPart) has no <Rel> naming its part", at: location)
            }
            guard let part = relationships[relationship] else {
                throw ReadError(
                    "page '\(name)' names the relationship \(relationship), which "
                        + "\(VisioPackage.relationshipsPart(of: Self.pagesPart)) does not define",
                    at: location)
            }
            let pageSheet = page.child(localName: "PageSheet").map { VisioSheet(shape: $0) }
            let pageHeight = pageSheet?.number("PageHeight")
            let document = try package.document(part, referencedBy: Self.pagesPart)
            var pageReader = VisioPageReader(
                id: page.attribute("ID") ?? "page-\(number)", name: name, part: part, pageHeight: pageHeight,
                scale: Self.drawingScale(pageSheet))
            var diagramPage = try pageReader.read(document.root, masters: &self)
            diagnostics += pageReader.diagnostics
            ShapeHierarchy.repair(&diagramPage, diagnostics: &diagnostics)
            result.append(diagramPage)
        }
        return DiagramReadResult(diagram: Diagram(format: "vsdx", pages: result), diagnostics: diagnostics)
    }

    /// The page's paper size over its drawing size; 1 when the page has no usable scale.
    ///
    /// Shapes are given in drawing units (a 1:2 metric scale draws 2 mm of drawing in 1 mm of
    /// paper), and the diagram model is in paper pixels.
    static func drawingScale(_ sheet: VisioSheet?) -> Double {
        guard let pageScale = sheet?.number("PageScale"), let drawingScale = sheet?.number("DrawingScale"),
            pageScale > 0, drawingScale > 0
        else { return 1 }
        let scale = pageScale / drawingScale
        return scale.isFinite && scale > 1e-6 && scale < 1e6 ? scale : 1
    }

    /// The master with an `ID`, loaded on first use; `nil` (with one warning) when the file lacks it.
    mutating func master(_ id: String, location: SourceLocation) throws -> VisioMaster? {
        if let known = masters[id] { return known }
        if masterParts == nil { try loadMasterList() }
        guard let entry = masterParts?[id] else {
            if reportedMasters.insert(id).inserted {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "import-unknown-master",
                        "a shape uses master \(id), which \(Self.mastersPart) does not list; only the shape's own "
                            + "cells and text are read",
                        location: location))
            }
            return nil
        }
        let document = try package.document(entry.part, referencedBy: Self.mastersPart)
        var master = VisioMaster(nameU: entry.nameU, name: entry.name)
        let top = document.root.child(localName: "Shapes")?.children(localName: "Shape") ?? []
        master.topLevel = top.compactMap { $0.attribute("ID") }
        var stack = top
        while let shape = stack.popLast() {
            if let shapeID = shape.attribute("ID"), master.sheets[shapeID] == nil {
                master.sheets[shapeID] = VisioSheet(shape: shape)
            }
            stack += shape.child(localName: "Shapes")?.children(localName: "Shape") ?? []
        }
        masters[id] = master
        return master
    }

    private mutating func loadMasterList() throws {
        var parts: [String: (part: String, nameU: String?, name: String?)] = [:]
        defer { masterParts = parts }
        guard package.archive.contains(Self.mastersPart) else { return }
        let document = try package.document(Self.mastersPart)
        let relationships = try package.relationships(of: Self.mastersPart)
        for master in document.root.children(localName: "Master") {
            guard let id = master.attribute("ID") else { continue }
            guard let relationship = VisioPackage.relationshipID(of: master), let part = relationships[relationship]
            else {
                throw ReadError(
                    "master \(id) in \(Self.mastersPart) names no part that "
                        + "\(VisioPackage.relationshipsPart(of: Self.mastersPart)) defines",
                    at: XMLPartParsing.location(of: master, detail: Self.mastersPart))
            }
            parts[id] = (part, master.attribute("NameU"), master.attribute("Name"))
        }
    }
}
