internal import CLibXML2
import Foundation

/// Turns the HTML that diagram tools store in labels into plain text, with libxml2's HTML parser.
///
/// Tags are dropped, entities (`&amp;`, `&nbsp;`, numeric references) decoded, `<br>` and block
/// elements (`<div>`, `<p>`, `<li>`, headings, table rows) become line breaks, and runs of white
/// space collapse as a browser would show them. The parser never reaches the network.
public enum HTMLText {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul",
    ]

    /// The plain text of an HTML fragment.
    public static func plainText(fromHTML html: String) -> String {
        HTMLTextConverter().plainText(fromHTML: html)
    }
}

/// Converts many HTML labels to plain text with one reusable libxml2 parser; see ``HTMLText``.
///
/// Labels that only format text take a shortcut (`PlainLabelHTML`, internal) that gives what the parser
/// gives; the rest are parsed. A converter belongs to one task at a time.
public final class HTMLTextConverter {
    private var parser: htmlParserCtxtPtr?

    /// Creates a converter.
    public init() {
        ensureLibXML2()
    }

    deinit {
        if let parser { htmlFreeParserCtxt(parser) }
    }

    private static let blockElements = HTMLText.blockElements

    /// The plain text of an HTML fragment.
    public func plainText(fromHTML html: String) -> String {
        guard !html.isEmpty else { return "" }
        var html = html
        let shortcut: String? = html.withUTF8 { bytes in
            if memchr(bytes.baseAddress!, Int32(UInt8(ascii: "<")), bytes.count) == nil,
                memchr(bytes.baseAddress!, Int32(UInt8(ascii: "&")), bytes.count) == nil
            {
                return HTMLText.collapsingWhiteSpace(bytes)
            }
            return PlainLabelHTML.text(of: bytes)
        }
        return shortcut ?? plainTextFromParser(fromHTML: html)
    }

    /// The plain text of an HTML fragment as libxml2's parser reads it, whatever the fragment holds.
    func plainTextFromParser(fromHTML html: String) -> String {
        guard !html.isEmpty else { return "" }
        // Wrapped so that the parser treats the fragment as body content whatever it starts with.
        let source = Array("<html><body>\(html)</body></html>".utf8)
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NOBLANKS.rawValue)
        if parser == nil { parser = htmlNewParserCtxt() }
        guard let parser else { return HTMLText.strippingTags(html) }
        let parsed: (document: htmlDocPtr?, fatal: Bool) = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                let document = htmlCtxtReadMemory(
                    parser, characters.baseAddress, Int32(characters.count), nil, "UTF-8", options)
                let fatal = xmlCtxtGetLastError(parser).map { $0.pointee.level == XML_ERR_FATAL } ?? false
                return (document, fatal)
            }
        }
        // A fragment the parser gave up on (nesting beyond its limit) would lose text: fall back to
        // removing the tags by hand rather than drop anything.
        guard let document = parsed.document, !parsed.fatal else {
            if let document = parsed.document { xmlFreeDoc(document) }
            return HTMLText.strippingTags(html)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return "" }

        var lines = PlainTextLines(capacity: source.count)

        // Walks the tree without recursion: (node, entering) pairs.
        var stack: [(xmlNodePtr, Bool)] = [(root, true)]
        while let (node, entering) = stack.popLast() {
            let name = borrowString(node.pointee.name)?.lowercased() ?? ""
            if entering {
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content {
                        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                        lines.append(UnsafeBufferPointer(start: content, count: length))
                    }
                    continue
                case XML_ELEMENT_NODE:
                    if name == "br" {
                        lines.breakLine(force: true)
                        continue
                    }
                    if name == "script" || name == "style" { continue }
                    if Self.blockElements.contains(name) { lines.breakLine(force: false) }
                    stack.append((node, false))
                    var children: [xmlNodePtr] = []
                    var child = node.pointee.children
                    while let next = child {
                        children.append(next)
                        child = next.pointee.next
                    }
                    for child in children.reversed() { stack.append((child, true)) }
                default:
                    continue
                }
            } else if Self.blockElements.contains(name) {
                lines.breakLine(force: false)
            }
        }
        return lines.text()
    }
}

/// Plain text gathered line by line as HTML shows it: runs of spaces, tabs and line breaks become
/// one space between words, none at the start of a line; a no-break space stays a space; empty lines
/// come only from forced breaks (`<br>`), and none lead or trail.
struct PlainTextLines {
    /// Finished lines, each followed by a line feed, then the current one.
    private var output: [UInt8] = []
    /// Where the current line starts in `output`.
    private var lineStart = 0
    /// Whether white space was seen since the last character of the current line.
    private var pendingSpace = false

    init(capacity: Int) { output.reserveCapacity(capacity) }

    /// Appends text, its white space collapsed.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if pendingSpace && output.count > lineStart { output.append(0x20) }
            pendingSpace = false
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                output.append(0x20)
                index += 2
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    /// Ends the current line; an empty one only when `force` is set.
    mutating func breakLine(force: Bool) {
        if force || output.count > lineStart { output.append(0x0A) }
        lineStart = output.count
        pendingSpace = false
    }

    /// The text, without leading or trailing empty lines.
    mutating func text() -> String {
        breakLine(force: false)
        var start = 0
        var end = output.count
        while start < end && output[start] == 0x0A { start += 1 }
        while end > start && output[end - 1] == 0x0A { end -= 1 }
        return output.withUnsafeBufferPointer { String(decoding: $0[start..<end], as: UTF8.self) }
    }
}

extension HTMLText {
    /// Text without markup or entities needs no parser: only white space collapses.
    static func collapsingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lines = PlainTextLines(capacity: bytes.count)
        lines.append(bytes)
        return lines.text()
    }
}

extension HTMLText {
    /// The text outside `<…>`, for fragments the parser cannot handle.
    static func strippingTags(_ html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
