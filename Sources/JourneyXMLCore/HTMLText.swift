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
}

/// Converts many HTML labels to plain text with one reusable libxml2 parser; see ``HTMLText``.
///
/// The parser runs in event (SAX) mode: it builds no tree, and the text is gathered as the events
/// arrive. A converter belongs to one task at a time.
public final class HTMLTextConverter {
    private var parser: htmlParserCtxtPtr?
    private var handler = HTMLTextConverter.saxHandler()
    /// The text gathered so far: finished lines, each followed by a line feed, then the current one.
    fileprivate var output: [UInt8] = []
    /// Where the current line starts in `output`.
    fileprivate var lineStart = 0
    /// Whether white space was seen since the last character of the current line.
    fileprivate var pendingSpace = false
    /// How many `<script>` and `<style>` elements are open: their content is not text.
    fileprivate var hiddenDepth = 0

    /// Creates a converter.
    public init() {
        ensureLibXML2()
    }

    deinit {
        if let parser { htmlFreeParserCtxt(parser) }
    }

    /// The plain text of an HTML fragment.
    public func plainText(fromHTML html: String) -> String {
        guard !html.isEmpty else { return "" }
        var html = html
        return html.withUTF8 { bytes in
            if memchr(bytes.baseAddress!, Int32(UInt8(ascii: "<")), bytes.count) == nil,
                memchr(bytes.baseAddress!, Int32(UInt8(ascii: "&")), bytes.count) == nil
            {
                return HTMLText.collapsingWhiteSpace(bytes)
            }
            if let text = PlainLabelHTML.text(of: bytes) { return text }
            return parse(bytes) ?? HTMLText.strippingTags(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The plain text of an HTML fragment as libxml2's parser reads it, whatever the fragment holds.
    func plainTextFromParser(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { parse($0) ?? HTMLText.strippingTags(String(decoding: $0, as: UTF8.self)) }
    }

    /// Runs libxml2's HTML parser over the fragment; `nil` when it gave up (nesting beyond its limit),
    /// which would lose text.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count <= Int(Int32.max) else { return nil }
        if parser == nil {
            parser = htmlNewParserCtxt()
            guard let parser else { return nil }
            // The context keeps the default handler it allocated; events go to ours while it parses.
            parser.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        }
        guard let parser else { return nil }
        output.removeAll(keepingCapacity: true)
        lineStart = 0
        pendingSpace = false
        hiddenDepth = 0
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NODEFDTD.rawValue)
        let fatal: Bool = withUnsafeMutablePointer(to: &handler) { handler in
            let defaultHandler = parser.pointee.sax
            parser.pointee.sax = handler
            defer { parser.pointee.sax = defaultHandler }
            // Labels hold text, already decoded: UTF-8 whatever a <meta> inside them claims.
            let document = bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlCtxtReadMemory(parser, characters.baseAddress, Int32(characters.count), nil, "UTF-8", options)
            }
            if let document { xmlFreeDoc(document) }
            return xmlCtxtGetLastError(parser).map { $0.pointee.level == XML_ERR_FATAL } ?? false
        }
        if fatal { return nil }
        breakLine(force: false)
        var start = 0
        var end = output.count
        while start < end && output[start] == 0x0A { start += 1 }
        while end > start && output[end - 1] == 0x0A { end -= 1 }
        return output.withUnsafeBufferPointer { String(decoding: $0[start..<end], as: UTF8.self) }
    }

    fileprivate func breakLine(force: Bool) {
        if force || output.count > lineStart { output.append(0x0A) }
        lineStart = output.count
        pendingSpace = false
    }

    fileprivate func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        HTMLText.appendCollapsing(bytes, to: &output, lineStart: lineStart, pendingSpace: &pendingSpace)
    }

    fileprivate static func converter(_ context: UnsafeMutableRawPointer?) -> HTMLTextConverter {
        let parser = context!.assumingMemoryBound(to: htmlParserCtxt.self)
        return Unmanaged<HTMLTextConverter>.fromOpaque(parser.pointee._private).takeUnretainedValue()
    }

    private static func saxHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, _ in
            guard let name else { return }
            let converter = HTMLTextConverter.converter(context)
            switch HTMLText.ElementRole(name) {
            case .lineBreak: converter.breakLine(force: true)
            case .hidden: converter.hiddenDepth += 1
            case .block: converter.breakLine(force: false)
            case .inline: break
            }
        }
        handler.endElement = { context, name in
            guard let name else { return }
            let converter = HTMLTextConverter.converter(context)
            switch HTMLText.ElementRole(name) {
            case .hidden: converter.hiddenDepth = max(0, converter.hiddenDepth - 1)
            case .block: converter.breakLine(force: false)
            case .lineBreak, .inline: break
            }
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            let converter = HTMLTextConverter.converter(context)
            guard converter.hiddenDepth == 0 else { return }
            converter.append(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        // Script and style content arrives as CDATA; it is hidden either way.
        handler.cdataBlock = characters
        return handler
    }
}

extension HTMLText {
    /// What an element means for the text: a line break, a block, hidden content or nothing.
    enum ElementRole {
        case lineBreak, block, hidden, inline

        init(_ name: UnsafePointer<xmlChar>) {
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            guard length <= 10 else {
                self = .inline
                return
            }
            // libxml2 gives HTML element names in lowercase.
            let string = String(decoding: UnsafeBufferPointer(start: name, count: length), as: UTF8.self)
            if string == "br" {
                self = .lineBreak
            } else if string == "script" || string == "style" {
                self = .hidden
            } else if HTMLText.blockElements.contains(string) {
                self = .block
            } else {
                self = .inline
            }
        }
    }

    /// Appends text with white space collapsed as a browser shows it: runs of spaces, tabs and line
    /// breaks become one space between words, none at the start of a line; a no-break space stays a
    /// space.
    static func appendCollapsing(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], lineStart: Int, pendingSpace: inout Bool
    ) {
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

    /// Text without markup or entities needs no parser: only white space collapses.
    static func collapsingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        appendCollapsing(bytes, to: &output, lineStart: 0, pendingSpace: &pendingSpace)
        return String(decoding: output, as: UTF8.self)
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
