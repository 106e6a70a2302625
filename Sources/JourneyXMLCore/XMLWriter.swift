import CLibXML2
import Foundation

/// Writes well-formed XML through libxml2's `xmlTextWriter`, which escapes text and attribute values.
///
/// Writing is deterministic: the same calls give the same bytes. Text that XML 1.0 cannot carry
/// (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF) is refused
/// with an error rather than written as an ill-formed document.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var openElements: [String] = []

    /// Creates a writer that indents nested elements with `indentation`, or writes no line breaks
    /// between elements when it is `nil`.
    public init(indentation: String? = "  ") throws {
        ensureLibXML2()
        guard let buffer = xmlBufferCreate() else { throw Self.failure("could not allocate an XML buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Self.failure("could not create an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        if let indentation {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, indentation)
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(try active(), "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element; with `namespaceURI`, also declares it as the default namespace.
    public func startElement(_ name: String, namespaceURI: String? = nil) throws {
        let writer = try active()
        if let namespaceURI {
            try check(xmlTextWriterStartElementNS(writer, nil, name, namespaceURI), "open <\(name)>")
        } else {
            let result = name.withCString {
                xmlTextWriterStartElement(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
            }
            if result < 0 { try check(result, "open <\(name)>") }
        }
        openElements.append(name)
    }

    /// Writes an attribute of the element just opened; the value is escaped.
    public func writeAttribute(_ name: String, _ value: String) throws {
        try writeAttributes([name: value])
    }

    /// Writes an attribute in a namespace, declaring the prefix on this element.
    public func writeAttribute(_ name: String, prefix: String, namespaceURI: String, _ value: String) throws {
        try Self.requireRepresentable(value, in: "attribute \(prefix):\(name) of <\(openElements.last ?? "")>")
        try check(
            xmlTextWriterWriteAttributeNS(try active(), prefix, name, namespaceURI, value), "write attribute \(name)")
    }

    /// Writes several attributes of the element just opened, in order; every value is escaped.
    ///
    /// The same as one ``writeAttribute(_:_:)`` call per pair, with less work per attribute, for
    /// documents made of many small elements (an SVG drawing writes tens of thousands).
    public func writeAttributes(_ attributes: KeyValuePairs<String, String>) throws {
        let writer = try active()
        for (name, value) in attributes {
            if !Self.holdsOnlyRepresentableBytes(value) {
                try Self.requireRepresentable(value, in: "attribute \(name) of <\(openElements.last ?? "")>")
            }
            let result = name.withCString { name in
                value.withCString { value in
                    xmlTextWriterWriteAttribute(
                        writer, UnsafeRawPointer(name).assumingMemoryBound(to: xmlChar.self),
                        UnsafeRawPointer(value).assumingMemoryBound(to: xmlChar.self))
                }
            }
            if result < 0 { try check(result, "write attribute \(name)") }
        }
    }

    /// Whether the UTF-8 of a text holds only characters XML 1.0 can carry: no control character
    /// but tab, line feed and carriage return, and no U+FFFE or U+FFFF.
    private static func holdsOnlyRepresentableBytes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return false
                }
                index += 1
            }
            return true
        }
    }

    /// Writes escaped text inside the current element.
    public func writeText(_ text: String) throws {
        if !Self.holdsOnlyRepresentableBytes(text) {
            try Self.requireRepresentable(text, in: "the text of <\(openElements.last ?? "")>")
        }
        let writer = try active()
        let result = text.withCString {
            xmlTextWriterWriteString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
        }
        try check(result, "write text")
    }

    /// Writes `<name>text</name>`.
    public func writeElement(_ name: String, text: String) throws {
        try startElement(name)
        try writeText(text)
        try endElement()
    }

    /// Closes the element opened last; an element with no content is written as `<name/>`.
    public func endElement() throws {
        guard openElements.popLast() != nil else { throw Self.failure("endElement() without an open element") }
        try check(xmlTextWriterEndElement(try active()), "close an element")
    }

    /// Closes every open element, ends the document and returns its bytes.
    ///
    /// The writer cannot be used afterwards.
    public func finish() throws -> Data {
        let writer = try active()
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        self.writer = nil
        openElements = []
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    private func active() throws -> xmlTextWriterPtr {
        guard let writer else { throw Self.failure("the writer has already finished") }
        return writer
    }

    private func check(_ result: Int32, _ action: String) throws {
        if result < 0 { throw Self.failure("libxml2 could not \(action)") }
    }

    private static func failure(_ message: String) -> XMLError {
        XMLError(message, at: XMLSourceLocation(line: 0, column: 0))
    }

    /// Whether XML 1.0 can carry a character at all (escaped or not).
    public static func isRepresentable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    static func requireRepresentable(_ text: String, in place: String) throws {
        if let bad = text.unicodeScalars.first(where: { !isRepresentable($0) }) {
            throw failure(
                "\(place) contains U+\(String(format: "%04X", bad.value)), which XML 1.0 cannot represent")
        }
    }
}
