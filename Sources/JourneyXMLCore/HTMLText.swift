import CLibXML2
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

    /// Text without markup or entities needs no parser: only white space collapses.
    static func collapsingWhiteSpace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar == "\u{00A0}" ? " " : scalar)
            }
        }
        return result
    }
}

/// Converts many HTML labels to plain text with one reusable libxml2 parser; see ``HTMLText``.
///
/// A converter belongs to one task at a time.
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
        if !html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            return HTMLText.collapsingWhiteSpace(html)
        }
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

        var lines: [String] = []
        var current = ""
        var pendingSpace = false
        func breakLine(force: Bool) {
            if force || !current.isEmpty {
                lines.append(current)
            }
            current = ""
            pendingSpace = false
        }
        func append(_ text: String) {
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                    pendingSpace = true
                } else {
                    if pendingSpace && !current.isEmpty { current.append(" ") }
                    pendingSpace = false
                    current.unicodeScalars.append(scalar == "\u{00A0}" ? " " : scalar)
                }
            }
        }

        // Walks the tree without recursion: (node, entering) pairs.
        var stack: [(xmlNodePtr, Bool)] = [(root, true)]
        while let (node, entering) = stack.popLast() {
            let name = borrowString(node.pointee.name)?.lowercased() ?? ""
            if entering {
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    append(borrowString(node.pointee.content) ?? "")
                    continue
                case XML_ELEMENT_NODE:
                    if name == "br" {
                        breakLine(force: true)
                        continue
                    }
                    if name == "script" || name == "style" { continue }
                    if Self.blockElements.contains(name) { breakLine(force: false) }
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
                breakLine(force: false)
            }
        }
        breakLine(force: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
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
