import Foundation
import JourneyModel
import JourneyXMLCore

/// Reads draw.io (diagrams.net) files: `.drawio`, `.xml` and `.drawio.svg`.
///
/// Every page is read, compressed or not (decided page by page from the content), from an `<mxfile>`,
/// a bare `<mxGraphModel>` or the `content` attribute of an SVG export. The file is read as a stream,
/// so large files do not need a document tree in memory.
public struct DrawioReader: DiagramReader {
    public var identifier: String { "drawio" }

    public init() {}

    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let root = sample.xmlRoot else { return false }
        switch root.name {
        case "mxfile", "mxGraphModel": return true
        case "svg": return sample.text?.contains("content=\"") == true && sample.text?.contains("mxfile") == true
        default: return false
        }
    }

    public func readDiagram(_ data: Data, file: String?, limits: ImportLimits) throws -> DiagramReadResult {
        var parser = DrawioParser(file: file, limits: limits)
        try parser.parseFile(data)
        var diagnostics = parser.diagnostics
        var pages: [DiagramPage] = []
        let raw = parser.pages
        parser.pages = []
        for page in raw { pages.append(DrawioPageBuilder(raw: page, file: file).build(diagnostics: &diagnostics)) }
        return DiagramReadResult(diagram: Diagram(format: identifier, pages: pages), diagnostics: diagnostics)
    }
}

/// A cell as the file holds it, before geometry and labels are resolved.
struct RawCell {
    var id: String? = nil
    var value: String? = nil
    var style: String = ""
    var isVertex = false
    var isEdge = false
    var parent: String? = nil
    var source: String? = nil
    var target: String? = nil
    var geometry: RawGeometry? = nil
    /// The attributes of a `<UserObject>` or `<object>` wrapper.
    var wrapper: [(name: String, value: String)]? = nil
    var line: Int
}

/// An `<mxGeometry>`.
struct RawGeometry {
    var x = 0.0
    var y = 0.0
    var width = 0.0
    var height = 0.0
    var isRelative = false
    var points: [DiagramPoint] = []
    var sourcePoint: DiagramPoint?
    var targetPoint: DiagramPoint?
    var offset: DiagramPoint?
}

/// A page as the file holds it.
struct RawPage {
    var id: String
    var name: String
    var cells: [RawCell] = []
    var line: Int
}

/// Walks the XML of a draw.io file and collects its pages and cells.
struct DrawioParser {
    let file: String?
    let limits: ImportLimits
    var pages: [RawPage] = []
    var diagnostics: [Diagnostic] = []

    init(file: String?, limits: ImportLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func parseFile(_ data: Data) throws {
        let reader = try open(data, page: nil)
        var sawRoot = false
        while try read(reader, page: nil) {
            guard reader.nodeKind == .element else { continue }
            if !sawRoot {
                sawRoot = true
                switch reader.localName {
                case "mxfile": continue
                case "mxGraphModel":
                    let index = pages.count + 1
                    pages.append(RawPage(id: "page-\(index)", name: "Page-\(index)", line: reader.line))
                    try parseModel(reader, pageIndex: pages.count - 1)
                    continue
                case "svg":
                    try parseSVG(reader)
                    return
                default:
                    throw ReadError(
                        "expected a draw.io file (<mxfile>, <mxGraphModel> or an SVG with an embedded diagram), found <\(reader.localName)>",
                        at: SourceLocation(file: file, line: reader.line))
                }
            }
            if reader.localName == "diagram" && reader.depth == 1 {
                try parseDiagram(reader)
            }
        }
        if pages.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-pages", "the file holds no diagram pages",
                    location: SourceLocation(file: file)))
        }
    }

    /// A `.drawio.svg`: the whole file sits, escaped, in the `content` attribute of `<svg>`.
    private mutating func parseSVG(_ reader: XMLStreamReader) throws {
        guard let content = reader.attribute("content"), !content.isEmpty else {
            throw ReadError(
                "the SVG has no embedded draw.io diagram (no content attribute)",
                at: SourceLocation(file: file, line: reader.line))
        }
        var inner = DrawioParser(file: file, limits: limits)
        let data = Data(content.utf8)
        let sample = ContentSample(data)
        if sample.xmlRoot?.name == "svg" {
            throw ReadError(
                "the SVG embeds another SVG instead of a diagram", at: SourceLocation(file: file, line: reader.line))
        }
        try inner.parseFile(data)
        pages += inner.pages
        diagnostics += inner.diagnostics
    }

    /// A `<diagram>`: a page, compressed (text) or not (an `<mxGraphModel>` child).
    private mutating func parseDiagram(_ reader: XMLStreamReader) throws {
        let index = pages.count + 1
        let id = reader.attribute("id") ?? "page-\(index)"
        let name = reader.attribute("name") ?? "Page-\(index)"
        pages.append(RawPage(id: id, name: name, line: reader.line))
        let pageIndex = pages.count - 1
        guard !reader.isEmptyElement else { return }
        let depth = reader.depth
        var compressed = ""
        while try read(reader, page: name) {
            if reader.nodeKind == .endElement && reader.depth == depth { break }
            switch reader.nodeKind {
            case .text: compressed += reader.value ?? ""
            case .element where reader.localName == "mxGraphModel": try parseModel(reader, pageIndex: pageIndex)
            default: break
            }
        }
        let text = compressed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        let model = try decodePage(text, page: name, line: pages[pageIndex].line)
        let inner = try open(model, page: name)
        while try read(inner, page: name) {
            if inner.nodeKind == .element && inner.localName == "mxGraphModel" {
                try parseModel(inner, pageIndex: pageIndex)
                return
            }
            if inner.nodeKind == .element {
                throw ReadError(
                    "page '\(name)': the compressed content holds <\(inner.localName)>, not <mxGraphModel>",
                    at: SourceLocation(file: file, line: pages[pageIndex].line, detail: "page \(name)"))
            }
        }
    }

    /// base64 → raw DEFLATE → percent-decoding, with the page size bounded.
    private func decodePage(_ text: String, page: String, line: Int) throws -> Data {
        let location = SourceLocation(file: file, line: line, detail: "page \(page)")
        if text.hasPrefix("<") { return Data(text.utf8) }
        let base64 = text.filter { !$0.isWhitespace }
        if let bad = base64.firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0))) }) {
            throw ReadError(
                "page '\(page)': the compressed content is not valid base64 (unexpected '\(base64[bad])' at character \(base64.distance(from: base64.startIndex, to: bad) + 1))",
                at: location)
        }
        guard let deflated = Data(base64Encoded: base64) else {
            throw ReadError(
                "page '\(page)': the compressed content is not valid base64 (wrong length or padding)", at: location)
        }
        let inflated: Data
        do {
            inflated = try Inflate.raw(deflated, limit: limits.maximumInflatedPageSize)
        } catch .truncated {
            throw ReadError("page '\(page)': the compressed content is truncated", at: location)
        } catch .tooLarge(let limit) {
            throw ReadError(
                "page '\(page)': the compressed content inflates beyond the limit of \(limit) bytes; raise ImportLimits.maximumInflatedPageSize if the file is trusted",
                at: location)
        } catch .corrupt(let reason) {
            throw ReadError(
                "page '\(page)': the compressed content is not valid DEFLATE data (\(reason))", at: location)
        }
        if inflated.first == UInt8(ascii: "<") { return inflated }
        guard let encoded = String(data: inflated, encoding: .utf8), let decoded = encoded.removingPercentEncoding
        else {
            throw ReadError("page '\(page)': the inflated content is not valid percent-encoded UTF-8", at: location)
        }
        return Data(decoded.utf8)
    }

    /// Reads an `<mxGraphModel>` up to its end, collecting cells.
    private mutating func parseModel(_ reader: XMLStreamReader, pageIndex: Int) throws {
        guard !reader.isEmptyElement else { return }
        let page = pages[pageIndex].name
        let depth = reader.depth
        var wrapperDepth: Int?
        var wrapper: [(name: String, value: String)]?
        var wrapperCellSeen = false
        var wrapperLine = 0
        while try read(reader, page: page) {
            if reader.nodeKind == .endElement {
                if reader.depth == depth { break }
                if reader.depth == wrapperDepth {
                    if !wrapperCellSeen, let attributes = wrapper {
                        // A wrapper without a cell still carries a label: keep it as a cell.
                        pages[pageIndex].cells.append(RawCell(id: nil, wrapper: attributes, line: wrapperLine))
                    }
                    wrapperDepth = nil
                    wrapper = nil
                }
                continue
            }
            guard reader.nodeKind == .element else { continue }
            switch reader.localName {
            case "mxCell":
                var cell = try parseCell(reader, page: page)
                if let attributes = wrapper, let wrapperDepth, reader.depth > wrapperDepth {
                    cell.wrapper = attributes
                    wrapperCellSeen = true
                }
                pages[pageIndex].cells.append(cell)
            case "root", "mxGraphModel":
                continue
            default:
                // `<UserObject>`, `<object>` or another wrapper around one cell.
                if wrapperDepth == nil {
                    wrapper = reader.attributes.map { ($0.localName, $0.value) }
                    wrapperLine = reader.line
                    wrapperCellSeen = false
                    if reader.isEmptyElement {
                        pages[pageIndex].cells.append(RawCell(id: nil, wrapper: wrapper, line: wrapperLine))
                        wrapper = nil
                    } else {
                        wrapperDepth = reader.depth
                    }
                }
            }
        }
    }

    /// Reads an `<mxCell>` and its geometry.
    private func parseCell(_ reader: XMLStreamReader, page: String) throws -> RawCell {
        // One pass over the attributes: large files hold hundreds of thousands of cells.
        var cell = RawCell(line: reader.line)
        for attribute in reader.attributes {
            switch attribute.localName {
            case "id": cell.id = attribute.value
            case "value": cell.value = attribute.value
            case "style": cell.style = attribute.value
            case "vertex": cell.isVertex = attribute.value == "1"
            case "edge": cell.isEdge = attribute.value == "1"
            case "parent": cell.parent = attribute.value
            case "source": cell.source = attribute.value
            case "target": cell.target = attribute.value
            default: break
            }
        }
        guard !reader.isEmptyElement else { return cell }
        let depth = reader.depth
        var geometry: RawGeometry?
        var inPoints = false
        while try read(reader, page: page) {
            if reader.nodeKind == .endElement {
                if reader.depth == depth { break }
                if reader.localName == "Array" { inPoints = false }
                continue
            }
            guard reader.nodeKind == .element else { continue }
            switch reader.localName {
            case "mxGeometry" where reader.depth == depth + 1:
                var read = RawGeometry()
                for attribute in reader.attributes {
                    switch attribute.localName {
                    case "x": read.x = number(attribute.value)
                    case "y": read.y = number(attribute.value)
                    case "width": read.width = number(attribute.value)
                    case "height": read.height = number(attribute.value)
                    case "relative": read.isRelative = attribute.value == "1"
                    default: break
                    }
                }
                geometry = read
            case "Array":
                inPoints = reader.attribute("as") == "points" && !reader.isEmptyElement
            case "mxPoint":
                let point = DiagramPoint(x: number(reader.attribute("x")), y: number(reader.attribute("y")))
                if inPoints {
                    geometry?.points.append(point)
                } else {
                    switch reader.attribute("as") {
                    case "sourcePoint": geometry?.sourcePoint = point
                    case "targetPoint": geometry?.targetPoint = point
                    case "offset": geometry?.offset = point
                    default: break
                    }
                }
            default:
                break
            }
        }
        cell.geometry = geometry
        return cell
    }

    private func number(_ text: String?) -> Double {
        guard let text, let value = Double(text), value.isFinite else { return 0 }
        return value
    }

    private func open(_ data: Data, page: String?) throws -> XMLStreamReader {
        do {
            return try XMLStreamReader(data: data, fileName: file)
        } catch let error as XMLError {
            throw readError(error, page: page)
        }
    }

    private func read(_ reader: XMLStreamReader, page: String?) throws -> Bool {
        do {
            return try reader.read()
        } catch let error as XMLError {
            throw readError(error, page: page)
        }
    }

    private func readError(_ error: XMLError, page: String?) -> ReadError {
        let prefix = page.map { "page '\($0)': " } ?? ""
        return ReadError(
            prefix + error.message,
            at: SourceLocation(
                file: file, line: error.location.line, column: error.location.column, detail: page.map { "page \($0)" })
        )
    }
}
