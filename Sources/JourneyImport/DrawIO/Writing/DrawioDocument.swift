import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Writes a page's cells as a draw.io file: `<mxfile>`, one `<diagram>`, its `<mxGraphModel>`
/// written out or compressed as draw.io compresses it.
struct DrawioDocument {
    /// The page's name: the map's title, or a plain name when it has none.
    var pageName: String
    var pageSize: (width: Double, height: Double)
    var background: String?
    var cells: [DrawioCell]

    /// The whole file.
    func data(compressed: Bool) throws -> Data {
        let writer = try XMLWriter(indentation: "  ")
        try writer.startDocument()
        try writer.startElement("mxfile")
        try writer.writeAttribute("host", "JourneyKit")
        try writer.writeAttribute("pages", "1")
        try writer.startElement("diagram")
        try writer.writeAttribute("id", "journey-map")
        try writer.writeAttribute("name", pageName)
        if compressed {
            try writer.writeText(try compressedModel())
        } else {
            try writeModel(to: writer)
        }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    /// The model as draw.io compresses it: `encodeURIComponent` of the XML, raw DEFLATE, base64.
    private func compressedModel() throws -> String {
        let writer = try XMLWriter(indentation: nil)
        try writeModel(to: writer)
        var xml = try writer.finish()
        if xml.last == 0x0A { xml.removeLast() }
        do {
            return try Deflate.raw(PercentEncoding.encode(xml)).base64EncodedString()
        } catch {
            throw WriteError("cannot compress the draw.io page: \(error.message)")
        }
    }

    private func writeModel(to writer: XMLWriter) throws {
        try writer.startElement("mxGraphModel")
        let width = DrawioNumber.text(max(pageSize.width, 850).rounded(.up))
        let height = DrawioNumber.text(max(pageSize.height, 1100).rounded(.up))
        try writer.writeAttributes([
            "dx": width, "dy": height, "grid": "1", "gridSize": "10", "guides": "1", "tooltips": "1",
            "connect": "1", "arrows": "1", "fold": "1", "page": "1", "pageScale": "1", "pageWidth": width,
            "pageHeight": height, "math": "0", "shadow": "0",
        ])
        if let background { try writer.writeAttribute("background", background) }
        try writer.startElement("root")
        for cell in cells { try write(cell, to: writer) }
        try writer.endElement()
        try writer.endElement()
    }

    /// A cell, wrapped in a `<UserObject>` when it carries data, as draw.io writes cells with
    /// attributes: the wrapper holds the identifier and label, the `<mxCell>` inside neither.
    private func write(_ cell: DrawioCell, to writer: XMLWriter) throws {
        let wrapped = !cell.data.isEmpty
        if wrapped {
            try writer.startElement("UserObject")
            try writer.writeAttribute("label", cell.label)
            for (name, value) in cell.data { try writer.writeAttribute(name, value) }
            try writer.writeAttribute("id", cell.id)
        }
        try writer.startElement("mxCell")
        if !wrapped {
            try writer.writeAttribute("id", cell.id)
            if !cell.label.isEmpty { try writer.writeAttribute("value", cell.label) }
        }
        if !cell.style.entries.isEmpty { try writer.writeAttribute("style", cell.style.text) }
        if let parent = cell.parent { try writer.writeAttribute("parent", parent) }
        switch cell.kind {
        case .root, .layer: break
        case .vertex:
            try writer.writeAttribute("vertex", "1")
            if !cell.connectable { try writer.writeAttribute("connectable", "0") }
        case .edge(let source, let target):
            try writer.writeAttributes(["edge": "1", "source": source, "target": target])
        }
        try writeGeometry(of: cell, to: writer)
        try writer.endElement()
        if wrapped { try writer.endElement() }
    }

    private func writeGeometry(of cell: DrawioCell, to writer: XMLWriter) throws {
        switch cell.kind {
        case .root, .layer: return
        case .edge:
            try writer.startElement("mxGeometry")
            try writer.writeAttributes(["relative": "1", "as": "geometry"])
            try writer.endElement()
        case .vertex:
            guard let frame = cell.frame else { return }
            try writer.startElement("mxGeometry")
            if frame.x != 0 { try writer.writeAttribute("x", DrawioNumber.text(frame.x)) }
            if frame.y != 0 { try writer.writeAttribute("y", DrawioNumber.text(frame.y)) }
            try writer.writeAttributes([
                "width": DrawioNumber.text(frame.width), "height": DrawioNumber.text(frame.height), "as": "geometry",
            ])
            if let size = cell.alternateSize {
                try writer.startElement("mxRectangle")
                try writer.writeAttributes([
                    "width": DrawioNumber.text(size.width), "height": DrawioNumber.text(size.height),
                    "as": "alternateBounds",
                ])
                try writer.endElement()
            }
            try writer.endElement()
        }
    }
}
