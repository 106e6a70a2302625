import Foundation
import JourneyModel
internal import JourneyXMLCore

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

    public func readDiagram(_ data: Data, file: String?, limits: ReadLimits) throws -> DiagramReadResult {
        try limits.checkInputSize(data.count, file: file)
        let parser = DrawioParser(file: file, budget: ReadBudget(limits))
        try parser.parseFile(data)
        return build(parser)
    }

    /// Reads the file at `url` piece by piece: the file is never wholly in memory.
    public func readDiagram(contentsOf url: URL, file: String?, limits: ReadLimits) throws -> DiagramReadResult {
        try limits.checkInputSize(ofFileAt: url, file: file)
        let parser = DrawioParser(file: file, budget: ReadBudget(limits))
        try parser.parseFile(contentsOf: url)
        return build(parser)
    }

    private func build(_ parser: DrawioParser) -> DiagramReadResult {
        var diagnostics = parser.diagnostics
        var pages: [DiagramPage] = []
        while !parser.pages.isEmpty {
            // Each page's raw cells are let go once its shapes are built.
            var builder = DrawioPageBuilder(raw: parser.pages.removeFirst(), file: parser.file)
            pages.append(builder.build(diagnostics: &diagnostics))
        }
        return DiagramReadResult(diagram: Diagram(format: identifier, pages: pages), diagnostics: diagnostics)
    }
}

/// A cell as the file holds it, before geometry and labels are resolved.
struct RawCell {
    var id: String? = nil
    var value: String? = nil
    var style = ParsedStyle.none
    var parent: String? = nil
    var isVertex = false
    var isEdge = false
    /// `visible="0"`: a hidden layer or cell, whose drawing draw.io does not show.
    var isHidden = false
    var geometry: RawGeometry? = nil
    var line: Int32
    /// What edges and wrapped cells carry besides: most cells have none.
    var extra: RawCellExtra? = nil

    init(line: Int) { self.line = Int32(clamping: line) }
}

/// The parts of a cell only some cells have; filled while the cell is parsed, only read afterwards.
final class RawCellExtra: @unchecked Sendable {
    var source: String?
    var target: String?
    /// The attributes of a `<UserObject>` or `<object>` wrapper.
    var wrapper: [(name: String, value: String)]?

    init(wrapper: [(name: String, value: String)]? = nil) { self.wrapper = wrapper }
}

extension RawCell {
    var source: String? { extra?.source }
    var target: String? { extra?.target }
    var wrapper: [(name: String, value: String)]? { extra?.wrapper }

    mutating func setWrapper(_ attributes: [(name: String, value: String)]) {
        if let extra { extra.wrapper = attributes } else { extra = RawCellExtra(wrapper: attributes) }
    }
}

/// An `<mxGeometry>`.
struct RawGeometry {
    var x = 0.0
    var y = 0.0
    var width = 0.0
    var height = 0.0
    var isRelative = false
    /// The attributes written with something other than a finite number (`NaN`, `Infinity`,
    /// `1e309`, text), read as 0.
    var invalid: Fields = []
    var path: RawPath? = nil
    var offset: DiagramPoint? { path?.offset }

    /// The attributes of a geometry, to note which of them are unusable.
    struct Fields: OptionSet {
        let rawValue: UInt8
        static let x = Fields(rawValue: 1)
        static let y = Fields(rawValue: 2)
        static let width = Fields(rawValue: 4)
        static let height = Fields(rawValue: 8)

        /// "x, width", for messages.
        var names: String {
            [(Fields.x, "x"), (.y, "y"), (.width, "width"), (.height, "height")]
                .filter { contains($0.0) }.map(\.1).joined(separator: ", ")
        }
    }
}

/// The points of an edge's geometry, and a label's offset; filled while the cell is parsed, only read
/// afterwards.
final class RawPath: @unchecked Sendable {
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
    /// The cells' labels, worked out while the file is read.
    var labels = DrawioLabels()
}

/// Walks the XML of a draw.io file as a stream of events and collects its pages and cells.
final class DrawioParser: XMLEventHandler {
    let file: String?
    /// The limits, shared with the parsers of compressed pages and embedded drawings.
    let budget: ReadBudget
    var pages: [RawPage] = []
    var diagnostics: [Diagnostic] = []
    /// The file's styles, each parsed once.
    let styles: StyleCache

    /// The page whose model is being read; compressed pages are read by a parser of their own.
    private var pageIndex: Int?
    /// Whether the document is a compressed page's model, which must be an `<mxGraphModel>`.
    private var expectsModelOnly = false
    private var sawRoot = false
    /// The `<diagram>` being read, and the text it holds (a compressed page).
    private var diagramDepth: Int?
    private var compressed: [UInt8] = []
    /// The `<mxGraphModel>` being read.
    private var modelDepth: Int?
    /// The `<mxCell>` being read.
    private var cell: RawCell?
    private var cellDepth = 0
    private var inPoints = false
    /// The `<UserObject>` or `<object>` wrapper being read.
    private var wrapper: [(name: String, value: String)]?
    private var wrapperDepth: Int?
    private var wrapperLine = 0
    private var wrapperCellSeen = false
    /// The content of a `.drawio.svg`, read after the SVG's root element.
    private var svgContent: String?

    /// Stops the parse early once what is needed has been read.
    private struct Done: Error {}

    /// draw.io's SVG exports start with `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "…">`: a
    /// declaration without an internal subset is accepted (its DTD never loaded), any other refused.
    static let parseOptions = XMLParseOptions(documentTypes: .allowWithoutInternalSubset)

    init(file: String?, budget: ReadBudget, styles: StyleCache = StyleCache()) {
        self.file = file
        self.budget = budget
        self.styles = styles
    }

    func parseFile(_ data: Data) throws {
        do {
            try XMLEventParser(fileName: file, options: Self.parseOptions).parse(data, with: self)
        } catch is Done {
        } catch let error as XMLError {
            throw readError(error, page: currentPageName)
        }
        try finish()
    }

    func parseFile(contentsOf url: URL) throws {
        do {
            try XMLEventParser(fileName: file, options: Self.parseOptions).parse(contentsOf: url, with: self)
        } catch is Done {
        } catch let error as XMLError {
            throw readError(error, page: currentPageName)
        }
        try finish()
    }

    private func finish() throws {
        if let content = svgContent {
            try parseSVGContent(content)
        } else if pages.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-no-pages", "the file holds no diagram pages",
                    location: SourceLocation(file: file)))
        }
    }

    /// The page being read, for errors: inside a `<diagram>` or a model.
    private var currentPageName: String? {
        guard let pageIndex, diagramDepth != nil || modelDepth != nil else { return nil }
        return pages[pageIndex].name
    }

    // MARK: - Events

    func startElement(_ element: XMLStartElement) throws {
        if !sawRoot {
            sawRoot = true
            try startRoot(element)
            return
        }
        if cell != nil {
            startInsideCell(element)
            return
        }
        if modelDepth != nil {
            startInsideModel(element)
            return
        }
        if element.depth == 1 && element.localName == "diagram" {
            startDiagram(element)
        } else if diagramDepth != nil && element.localName == "mxGraphModel" {
            modelDepth = element.depth
        }
    }

    func endElement(_ name: XMLName, depth: Int) throws {
        if cell != nil {
            if depth == cellDepth { try endCell() } else if name == "Array" { inPoints = false }
            return
        }
        if let modelDepth {
            if depth == modelDepth {
                self.modelDepth = nil
                if expectsModelOnly { throw Done() }
            } else if depth == wrapperDepth {
                if !wrapperCellSeen, let attributes = wrapper {
                    // A wrapper without a cell still carries a label: keep it as a cell.
                    var cell = RawCell(line: wrapperLine)
                    cell.setWrapper(attributes)
                    try appendCell(cell)
                }
                wrapperDepth = nil
                wrapper = nil
            }
            return
        }
        if depth == diagramDepth {
            diagramDepth = nil
            try endDiagram()
        }
    }

    func characters(_ text: XMLValue) throws {
        guard diagramDepth != nil, modelDepth == nil else { return }
        text.withBytes { compressed.append(contentsOf: $0) }
    }

    // MARK: - Structure

    private func startRoot(_ element: XMLStartElement) throws {
        if expectsModelOnly {
            guard element.localName == "mxGraphModel" else {
                let name = pages[pageIndex!].name
                throw ReadError(
                    "page '\(name)': the compressed content holds <\(element.localName.string)>, not <mxGraphModel>",
                    at: SourceLocation(file: file, line: pages[pageIndex!].line, detail: "page \(name)"),
                    kind: .malformed)
            }
            modelDepth = element.depth
            return
        }
        switch element.localName {
        case "mxfile":
            return
        case "mxGraphModel":
            let index = pages.count + 1
            pages.append(RawPage(id: "page-\(index)", name: "Page-\(index)", line: element.line))
            pageIndex = pages.count - 1
            modelDepth = element.depth
        case "svg":
            guard let content = element.attribute("content"), !content.isEmpty else {
                throw ReadError(
                    "the SVG has no embedded draw.io diagram (no content attribute)",
                    at: SourceLocation(file: file, line: element.line), kind: .invalid)
            }
            svgContent = content.string
            // The drawing itself is not needed.
            throw Done()
        default:
            throw ReadError(
                "expected a draw.io file (<mxfile>, <mxGraphModel> or an SVG with an embedded diagram), found <\(element.localName.string)>",
                at: SourceLocation(file: file, line: element.line), kind: .unsupportedFormat)
        }
    }

    /// A `<diagram>`: a page, compressed (text) or not (an `<mxGraphModel>` child).
    private func startDiagram(_ element: XMLStartElement) {
        let index = pages.count + 1
        let id = element.attribute("id")?.string ?? "page-\(index)"
        let name = element.attribute("name")?.string ?? "Page-\(index)"
        pages.append(RawPage(id: id, name: name, line: element.line))
        pageIndex = pages.count - 1
        diagramDepth = element.depth
        compressed.removeAll(keepingCapacity: true)
    }

    private func endDiagram() throws {
        guard let pageIndex else { return }
        var text: [UInt8] = []
        swap(&text, &compressed)
        let name = pages[pageIndex].name
        guard let model = try decodePage(text, page: name, line: pages[pageIndex].line) else { return }
        let inner = DrawioParser(file: file, budget: budget, styles: styles)
        inner.pages = [RawPage(id: pages[pageIndex].id, name: name, line: pages[pageIndex].line)]
        inner.pageIndex = 0
        inner.expectsModelOnly = true
        inner.sawRoot = false
        do {
            try XMLEventParser(fileName: file, options: Self.parseOptions).parse(model, with: inner)
        } catch is Done {
        } catch let error as XMLError {
            throw inner.readError(error, page: name)
        }
        if pages[pageIndex].cells.isEmpty {
            // The labels worked out while the compressed page was read come along.
            pages[pageIndex].cells = inner.pages[0].cells
            pages[pageIndex].labels = inner.pages[0].labels
        } else {
            pages[pageIndex].cells += inner.pages[0].cells
        }
    }

    private func startInsideModel(_ element: XMLStartElement) {
        switch element.localName {
        case "mxCell":
            startCell(element)
            if wrapper != nil, let wrapperDepth, element.depth > wrapperDepth {
                cell!.setWrapper(wrapper!)
                wrapperCellSeen = true
            }
        case "root", "mxGraphModel":
            return
        default:
            // `<UserObject>`, `<object>` or another wrapper around one cell.
            guard wrapperDepth == nil else { return }
            wrapper = element.attributes.map { ($0.localName.string, $0.value.string) }
            wrapperLine = element.line
            wrapperCellSeen = false
            wrapperDepth = element.depth
        }
    }

    // MARK: - Cells

    /// An `<mxCell>`: one pass over the attributes, as large files hold hundreds of thousands.
    private func startCell(_ element: XMLStartElement) {
        var cell = RawCell(line: element.line)
        for attribute in element.attributes where attribute.namespaceURI == nil {
            let value = attribute.value
            switch attribute.localName {
            case "id": cell.id = value.string
            case "value": cell.value = value.string
            case "style": cell.style = styles.parsed(value)
            case "vertex": cell.isVertex = value == "1"
            case "edge": cell.isEdge = value == "1"
            case "parent": cell.parent = value.string
            case "visible": cell.isHidden = value == "0"
            case "source":
                if cell.extra == nil { cell.extra = RawCellExtra() }
                cell.extra!.source = value.string
            case "target":
                if cell.extra == nil { cell.extra = RawCellExtra() }
                cell.extra!.target = value.string
            default: break
            }
        }
        self.cell = cell
        cellDepth = element.depth
        inPoints = false
    }

    private func startInsideCell(_ element: XMLStartElement) {
        switch element.localName {
        case "mxGeometry" where element.depth == cellDepth + 1:
            var geometry = RawGeometry()
            for attribute in element.attributes where attribute.namespaceURI == nil {
                switch attribute.localName {
                case "x": geometry.x = coordinate(attribute.value, .x, unusable: &geometry.invalid)
                case "y": geometry.y = coordinate(attribute.value, .y, unusable: &geometry.invalid)
                case "width": geometry.width = coordinate(attribute.value, .width, unusable: &geometry.invalid)
                case "height": geometry.height = coordinate(attribute.value, .height, unusable: &geometry.invalid)
                case "relative": geometry.isRelative = attribute.value == "1"
                default: break
                }
            }
            cell!.geometry = geometry
        case "Array":
            inPoints = element.attribute("as").map { $0 == "points" } ?? false
        case "mxPoint":
            // A point that is not a finite number is left out rather than put at 0.
            guard cell!.geometry != nil, let x = number(element.attribute("x")), let y = number(element.attribute("y"))
            else { return }
            let point = DiagramPoint(x: x, y: y)
            if cell!.geometry!.path == nil { cell!.geometry!.path = RawPath() }
            let path = cell!.geometry!.path!
            if inPoints {
                path.points.append(point)
            } else if let role = element.attribute("as") {
                if role == "sourcePoint" {
                    path.sourcePoint = point
                } else if role == "targetPoint" {
                    path.targetPoint = point
                } else if role == "offset" {
                    path.offset = point
                }
            }
        default:
            break
        }
    }

    private func endCell() throws {
        guard let finished = cell else { return }
        cell = nil
        try appendCell(finished)
    }

    private func appendCell(_ cell: RawCell) throws {
        guard let pageIndex else { return }
        try budget.count(
            shapes: 1, at: SourceLocation(file: file, line: Int(cell.line), detail: "page \(pages[pageIndex].name)"))
        // The label is worked out on another core while the rest of the file is read.
        pages[pageIndex].labels.append(cell)
        pages[pageIndex].cells.append(cell)
    }

    /// A point's coordinate: 0 when missing, `nil` when not a finite number.
    private func number(_ value: XMLValue?) -> Double? {
        guard let value else { return 0 }
        guard let number = value.number, number.isFinite else { return nil }
        return number
    }

    /// A geometry attribute's number; one that is not a finite number reads as 0 and is noted, for
    /// the page builder to report.
    private func coordinate(
        _ value: XMLValue, _ field: RawGeometry.Fields, unusable: inout RawGeometry.Fields
    ) -> Double {
        if let number = value.number, number.isFinite { return number }
        unusable.insert(field)
        return 0
    }

    // MARK: - Compressed pages and SVG

    /// A `.drawio.svg`: the whole file sits, escaped, in the `content` attribute of `<svg>`.
    private func parseSVGContent(_ content: String) throws {
        let data = Data(content.utf8)
        if ContentSample(data).xmlRoot?.name == "svg" {
            throw ReadError(
                "the SVG embeds another SVG instead of a diagram", at: SourceLocation(file: file, line: 1),
                kind: .invalid)
        }
        let inner = DrawioParser(file: file, budget: budget)
        try inner.parseFile(data)
        pages += inner.pages
        diagnostics += inner.diagnostics
    }

    /// base64 → raw DEFLATE → percent-decoding, with the page size bounded; `nil` for a page whose
    /// text is only white space.
    ///
    /// The text of a compressed page is ASCII and can be tens of megabytes, so it is cleaned and
    /// checked byte by byte; text with other characters goes through `String`, for the message.
    private func decodePage(_ bytes: [UInt8], page: String, line: Int) throws -> Data? {
        let location = SourceLocation(file: file, line: line, detail: "page \(page)")
        var base64 = Data()
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
            guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return nil }
            if bytes[first] == UInt8(ascii: "<") {
                let last = bytes.lastIndex(where: { !isSpace($0) }) ?? first
                return Data(bytes[first...last])
            }
            base64 = Data(count: bytes.count)
            let kept = base64.withUnsafeMutableBytes { (output: UnsafeMutableRawBufferPointer) -> Int in
                var kept = 0
                for byte in bytes where !isSpace(byte) {
                    output[kept] = byte
                    kept += 1
                }
                return kept
            }
            base64.count = kept
            let isBase64 = { (byte: UInt8) in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
                    true
                default: false
                }
            }
            if let bad = base64.firstIndex(where: { !isBase64($0) }) {
                throw ReadError(
                    "page '\(page)': the compressed content is not valid base64 (unexpected '\(Character(Unicode.Scalar(base64[bad])))' at character \(bad - base64.startIndex + 1))",
                    at: location, kind: .malformed)
            }
        } else {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            if text.hasPrefix("<") { return Data(text.utf8) }
            let filtered = text.filter { !$0.isWhitespace }
            let bad = filtered.firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0))) }
            if let bad {
                throw ReadError(
                    "page '\(page)': the compressed content is not valid base64 (unexpected '\(filtered[bad])' at character \(filtered.distance(from: filtered.startIndex, to: bad) + 1))",
                    at: location, kind: .malformed)
            }
            base64 = Data(filtered.utf8)
        }
        guard let deflated = Data(base64Encoded: base64) else {
            throw ReadError(
                "page '\(page)': the compressed content is not valid base64 (wrong length or padding)", at: location,
                kind: .malformed)
        }
        let inflated: Data
        do {
            inflated = try Inflate.raw(deflated, limit: budget.remainingExpansion)
        } catch .truncated {
            throw ReadError("page '\(page)': the compressed content is truncated", at: location, kind: .malformed)
        } catch .tooLarge {
            throw ReadError(
                budget.expansionMessage("page '\(page)': the compressed content"), at: location, kind: .limitExceeded)
        } catch .corrupt(let reason) {
            throw ReadError(
                "page '\(page)': the compressed content is not valid DEFLATE data (\(reason))", at: location,
                kind: .malformed)
        }
        budget.spend(expanded: inflated.count)
        let model: Data
        if inflated.first == UInt8(ascii: "<") {
            model = inflated
        } else {
            guard let decoded = inflated.withUnsafeBytes(PercentDecoding.decode) else {
                throw ReadError(
                    "page '\(page)': the inflated content is not valid percent-encoded UTF-8", at: location,
                    kind: .malformed)
            }
            model = decoded
        }
        try checkMarkupLength(model, page: page, location: location)
        return model
    }

    /// Refuses, before parsing, a page holding markup longer than libxml2 reads in one piece.
    private func checkMarkupLength(_ model: Data, page: String, location: SourceLocation) throws {
        let limit = XMLParseOptions.maximumMarkupLength
        guard model.count > limit else { return }
        let found = model.withUnsafeBytes { MarkupScan.firstMarkup(in: $0, longerThan: limit) }
        guard let found else { return }
        let size = String(format: "%.1f", Double(found.length) / 1_000_000)
        throw ReadError(
            "page '\(page)': at line \(found.line) of the page, one tag with its attributes is \(size) MB long, "
                + "more than the \(XMLParseOptions.maximumMarkupLengthText) bytes the XML parser reads in one piece "
                + "(XMLParseOptions.maximumMarkupLength); "
                + "an image or a document pasted into the drawing? Make it smaller or link to it instead",
            at: location, kind: .limitExceeded)
    }

    private func readError(_ error: XMLError, page: String? = nil) -> ReadError {
        let prefix = page.map { "page '\($0)': " } ?? ""
        return ReadError(
            prefix + error.message,
            at: SourceLocation(
                file: file, line: error.location.line, column: error.location.column, detail: page.map { "page \($0)" }),
            kind: ReadError.Kind(rawValue: error.kind.rawValue)
        )
    }
}
