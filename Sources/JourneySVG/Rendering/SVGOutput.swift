import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Writes SVG elements through the libxml2 writer, which escapes every text and attribute value.
///
/// Nothing is indented: white space inside `<text>` would be drawn. A line break follows each
/// top-level block instead, so the output still diffs line by line.
final class SVGOutput {
    static let namespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    let xml: XMLWriter
    /// Everything inside the root element is assembled here and handed to the writer in large
    /// pieces; see ``XMLFragment``.
    private var fragment = XMLFragment()
    private static let flushSize = 1 << 16
    /// Mirrors every horizontal position written from now on, for right-to-left languages; the
    /// root element, opened afterwards, then says its text runs right to left.
    ///
    /// Only positions given to ``rect(x:y:width:height:className:radius:)``, ``path(_:className:)``,
    /// ``use(_:x:y:extent:className:title:)`` and ``textBlock(_:x:top:id:)`` are mirrored: draw
    /// through them, not with coordinates in ``element(_:_:text:)`` (a test compares every position
    /// of a mirrored drawing with the plain one).
    var mirror: HorizontalMirror?

    /// Where the bytes go as they are written; `nil` keeps them until ``finish()``.
    private let output: ((UnsafeRawBufferPointer) throws -> Void)?

    /// An output that keeps the drawing, or hands it to `output` in pieces as it is written.
    init(output: ((UnsafeRawBufferPointer) throws -> Void)? = nil) throws {
        self.output = output
        xml = try output.map { try XMLWriter(indentation: nil, output: $0) } ?? XMLWriter(indentation: nil)
    }

    /// Opens the root element with its attributes, written in order.
    func openRoot(_ name: String, attributes: [(String, String)]) throws {
        try xml.startElement(name)
        for (attribute, value) in attributes { try xml.writeAttribute(attribute, value) }
        if mirror != nil { try xml.writeAttribute("direction", WritingDirection.rightToLeft.rawValue) }
    }

    /// Writes without mirroring: shapes in `<defs>` have coordinates of their own.
    func withoutMirroring(_ body: () throws -> Void) rethrows {
        let saved = mirror
        mirror = nil
        defer { mirror = saved }
        try body()
    }

    /// Closes the root element.
    func closeRoot() throws {
        try flush()
        try xml.endElement()
    }

    /// Opens an element with its attributes.
    func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try edit { fragment in
            try fragment.startElement(name)
            for (attribute, value) in attributes { try fragment.writeAttribute(attribute, value) }
        }
    }

    func close() throws {
        try fragment.endElement()
        if fragment.isBalanced, fragment.count >= Self.flushSize { try flush() }
    }

    /// Writes a whole element.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil) throws {
        try edit { fragment in
            try fragment.startElement(name)
            for (attribute, value) in attributes { try fragment.writeAttribute(attribute, value) }
            if let text { try fragment.writeText(text) }
            try fragment.endElement()
        }
    }

    func text(_ text: String) throws { try fragment.writeText(text) }

    func newline() throws { try fragment.writeText("\n") }

    private func flush() throws {
        try xml.write(fragment)
        fragment.removeAll()
    }

    /// Edits the fragment in one access: a class's stored property costs an exclusivity check per
    /// access, and drawings make tens of thousands.
    private func edit(_ body: (inout XMLFragment) throws -> Void) throws {
        try body(&fragment)
    }

    /// The last width and corner radius written, as text: most rectangles are cards of one width.
    private var lastWidth: (value: Double, text: String) = (0, "0")
    private var lastRadius: (value: Double, text: String) = (0, "0")

    /// `<rect class x y width height [rx]/>`.
    func rect(x: Double, y: Double, width: Double, height: Double, className: String, radius: Double = 0) throws {
        let width = max(width, 0)
        let x = mirror?.x(x, extent: width) ?? x
        if width != lastWidth.value { lastWidth = (width, SVGNumber.format(width)) }
        if radius != lastRadius.value { lastRadius = (radius, SVGNumber.format(radius)) }
        let widthText = lastWidth.text
        let radiusText = lastRadius.text
        try edit { fragment in
            try fragment.startElement("rect")
            try fragment.writeAttribute("class", className)
            try fragment.writeAttribute("x", SVGNumber.format(x))
            try fragment.writeAttribute("y", SVGNumber.format(y))
            try fragment.writeAttribute("width", widthText)
            try fragment.writeAttribute("height", SVGNumber.format(max(height, 0)))
            if radius > 0 { try fragment.writeAttribute("rx", radiusText) }
            try fragment.endElement()
        }
    }

    /// `<path class d/>`.
    func path(_ data: String, className: String) throws {
        let data = mirror?.path(data) ?? data
        try edit { fragment in
            try fragment.startElement("path")
            try fragment.writeAttribute("class", className)
            try fragment.writeAttribute("d", data)
            try fragment.endElement()
        }
    }

    /// `<use href xlink:href [class] x y/>` drawing a shape defined in `<defs>`, with a tooltip; the
    /// shape is `extent` wide to the right of `x` (0 for shapes centred on it).
    func use(
        _ reference: String, x: Double, y: Double, extent: Double = 0, className: String? = nil, title: String? = nil
    ) throws {
        let x = mirror?.x(x, extent: extent) ?? x
        try edit { fragment in
            try fragment.startElement("use")
            try fragment.writeAttribute("href", reference)
            try fragment.writeAttribute("xlink:href", reference)
            if let className { try fragment.writeAttribute("class", className) }
            try fragment.writeAttribute("x", SVGNumber.format(x))
            try fragment.writeAttribute("y", SVGNumber.format(y))
            if let title {
                try fragment.startElement("title")
                try fragment.writeText(title)
                try fragment.endElement()
            }
            try fragment.endElement()
        }
    }

    /// Writes a block of lines as one `<text>` element, one `<tspan>` per line, its first line's top at
    /// `top`.
    func textBlock(_ block: TextBlock, x: Double, top: Double, id: String? = nil) throws {
        guard !block.lines.isEmpty else { return }
        // Mirrored, text ends at the mirrored left edge of its place: right-to-left text starts there
        // (the root's direction is rtl), other text is anchored there by its end.
        let x = mirror?.x(x) ?? x
        let anchorsEnd = mirror != nil && !HorizontalMirror.readsRightToLeft(block.lines)
        var block = block
        if mirror != nil, !anchorsEnd { block.lines = block.lines.map(HorizontalMirror.turningArrows) }
        let baseline = top + block.style.firstBaseline
        try edit { fragment in
            try fragment.startElement("text")
            if let id { try fragment.writeAttribute("id", id) }
            try fragment.writeAttribute("class", block.role.className)
            if anchorsEnd {
                try fragment.writeAttribute("direction", WritingDirection.leftToRight.rawValue)
                try fragment.writeAttribute("text-anchor", "end")
            }
            if block.lines.count == 1 {
                try fragment.writeAttribute("x", SVGNumber.format(x))
                try fragment.writeAttribute("y", SVGNumber.format(baseline))
                try fragment.writeText(block.lines[0])
                try fragment.endElement()
                return
            }
            let xText = SVGNumber.format(x)
            for (index, line) in block.lines.enumerated() {
                // A space between lines the text broke at white space, so the paragraph copies and
                // searches as written; none inside a broken word.
                if index > 0, index - 1 >= block.spaceAfter.count || block.spaceAfter[index - 1] {
                    try fragment.writeText(" ")
                }
                try fragment.startElement("tspan")
                try fragment.writeAttribute("x", xText)
                try fragment.writeAttribute("y", SVGNumber.format(baseline + Double(index) * block.style.lineHeight))
                try fragment.writeText(line)
                try fragment.endElement()
            }
            try fragment.endElement()
        }
    }

    /// Opens `<a>` for a safe link (both `href` and `xlink:href`, for SVG 1.1 renderers).
    func openLink(_ url: String) throws {
        try open("a", ["href": url, "xlink:href": url])
    }

    /// Finishes the document and returns its bytes, ending with a line break; with an output, hands
    /// it the rest and returns none.
    func finish() throws -> Data {
        try flush()
        var bytes = try xml.finish()
        if let output {
            if xml.lastByteWritten != 0x0A { try [UInt8(0x0A)].withUnsafeBytes { try output($0) } }
            return bytes
        }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        return bytes
    }
}

/// Geometry written as SVG path data.
struct PathData {
    private(set) var text = ""

    mutating func move(_ x: Double, _ y: Double) { append("M", x, y) }

    mutating func line(_ x: Double, _ y: Double) { append("L", x, y) }

    mutating func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x: Double, _ y: Double) {
        append("C", x1, y1)
        text += " " + SVGNumber.format(x2) + " " + SVGNumber.format(y2)
        text += " " + SVGNumber.format(x) + " " + SVGNumber.format(y)
    }

    mutating func close() { text += "Z" }

    private mutating func append(_ command: String, _ x: Double, _ y: Double) {
        text += command + SVGNumber.format(x) + " " + SVGNumber.format(y)
    }
}
