internal import CLibXML2
import Foundation

/// Writes well-formed XML through libxml2's `xmlTextWriter`, which escapes text and attribute values.
///
/// Writing is deterministic: the same calls give the same bytes. Text that XML 1.0 cannot carry
/// (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF) is refused
/// with an error rather than written as an ill-formed document.
public final class XMLWriter {
    let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var openElements: [String] = []
    /// Where the bytes go while they are written, or `nil` to keep them until ``finish()``.
    var output: XMLOutput?

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

    /// Writes a fragment's elements and text after what was written so far.
    ///
    /// Every element the fragment opened must be closed. The fragment's bytes are handed to libxml2
    /// in one piece as they are: the fragment escaped them while it was built. Its elements are not
    /// indented.
    public func write(_ fragment: borrowing XMLFragment) throws {
        let writer = try active()
        if let open = fragment.openElements.last {
            throw Self.failure("the fragment leaves <\(open)> open")
        }
        guard fragment.count > 0 else { return }
        try check(xmlTextWriterWriteRawLen(writer, fragment.storage, Int32(fragment.count)), "write a fragment")
        if let output, Int(xmlBufferLength(buffer)) >= XMLOutput.pieceSize { try output.take(from: buffer) }
    }

    /// Closes the element opened last; an element with no content is written as `<name/>`.
    public func endElement() throws {
        guard openElements.popLast() != nil else { throw Self.failure("endElement() without an open element") }
        try check(xmlTextWriterEndElement(try active()), "close an element")
        if let output, Int(xmlBufferLength(buffer)) >= XMLOutput.pieceSize { try output.take(from: buffer) }
    }

    /// Closes every open element, ends the document and returns its bytes; a writer made with an
    /// output hands it the last bytes instead and returns none.
    ///
    /// The writer cannot be used afterwards.
    public func finish() throws -> Data {
        let writer = try active()
        try check(xmlTextWriterEndDocument(writer), "end the document")
        xmlFreeTextWriter(writer)
        self.writer = nil
        openElements = []
        if let output {
            try output.take(from: buffer)
            return Data()
        }
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

/// Elements and text assembled in memory, then written by an ``XMLWriter`` in one piece.
///
/// Documents made of many small elements (an SVG drawing has tens of thousands) spend most of
/// their time in libxml2's bookkeeping for each call; a fragment collects many elements and
/// ``XMLWriter/write(_:)`` hands them to libxml2 at once. The calls mirror the writer's. Values and
/// text are escaped exactly as the writer escapes them: those holding a character that needs
/// escaping go through libxml2's own serializers, the others are copied as they are, which is what
/// those serializers would write. Characters XML cannot carry are refused with an error. Names
/// must be XML names made of ASCII letters, digits, `-`, `_`, `.` and `:`. Nothing is indented.
///
/// ```swift
/// var fragment = XMLFragment()
/// try fragment.startElement("text")
/// try fragment.writeAttribute("x", "10")
/// try fragment.writeText("Books a test drive")
/// try fragment.endElement()
/// try writer.write(fragment)
/// ```
public struct XMLFragment: ~Copyable, @unchecked Sendable {
    // The bytes live in memory the fragment owns alone (it cannot be copied), so appending needs no
    // copy-on-write checks: most of a drawing's time goes into appending short names and numbers.
    fileprivate private(set) var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes the fragment holds.
    public private(set) var count = 0
    fileprivate private(set) var openElements: [String] = []
    /// Whether the start tag of the element opened last still takes attributes.
    private var isStartTagOpen = false

    /// An empty fragment.
    public init() {
        capacity = 4096
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Whether every element opened has been closed.
    public var isBalanced: Bool { openElements.isEmpty }

    /// Empties the fragment, keeping its memory for the next use.
    public mutating func removeAll() {
        count = 0
        openElements.removeAll(keepingCapacity: true)
        isStartTagOpen = false
    }

    /// Opens an element.
    public mutating func startElement(_ name: String) throws {
        closeStartTag()
        append(0x3C)
        try appendName(name)
        openElements.append(name)
        isStartTagOpen = true
    }

    /// Writes an attribute of the element just opened; the value is escaped.
    public mutating func writeAttribute(_ name: String, _ value: String) throws {
        guard isStartTagOpen, let element = openElements.last else {
            throw Self.failure("attribute \(name) written outside a start tag")
        }
        append(0x20)
        try appendName(name)
        append(0x3D)
        append(0x22)
        var value = value
        let plain = value.withUTF8 { appendPlain($0, attribute: true) }
        if plain != true {
            try appendEscaping(value, plain: plain, attribute: true, place: "attribute \(name) of <\(element)>")
        }
        append(0x22)
    }

    /// Writes escaped text inside the current element.
    public mutating func writeText(_ text: String) throws {
        closeStartTag()
        var text = text
        let plain = text.withUTF8 { appendPlain($0, attribute: false) }
        if plain != true { try appendEscaping(text, plain: plain, attribute: false, place: textPlace) }
    }

    /// Writes escaped text, taken from a substring, inside the current element.
    public mutating func writeText(_ text: Substring) throws {
        closeStartTag()
        var text = text
        let plain = text.withUTF8 { appendPlain($0, attribute: false) }
        if plain != true { try appendEscaping(String(text), plain: plain, attribute: false, place: textPlace) }
    }

    /// Closes the element opened last; an element with no content is written as `<name/>`.
    public mutating func endElement() throws {
        guard let name = openElements.popLast() else { throw Self.failure("endElement() without an open element") }
        if isStartTagOpen {
            append(0x2F)
            append(0x3E)
            isStartTagOpen = false
            return
        }
        append(0x3C)
        append(0x2F)
        try appendName(name)
        append(0x3E)
    }

    private var textPlace: String { "the text of <\(openElements.last ?? "")>" }

    private mutating func closeStartTag() {
        if isStartTagOpen {
            append(0x3E)
            isStartTagOpen = false
        }
    }

    private static func failure(_ message: String) -> XMLError {
        XMLError(message, at: XMLSourceLocation(line: 0, column: 0))
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        guard length > 0, let source = bytes.baseAddress else { return }
        if count + length > capacity { reserve(length) }
        if length <= 16 {
            for index in 0..<length { storage[count + index] = source[index] }
        } else {
            (storage + count).update(from: source, count: length)
        }
        count += length
    }

    /// Appends an element or attribute name, refusing anything but a plain XML name, since names
    /// are written as they are.
    private mutating func appendName(_ name: String) throws {
        var name = name
        let valid = name.withUTF8 { utf8 -> Bool in
            guard let first = utf8.first, !(first >= 0x30 && first <= 0x39), first != 0x2D, first != 0x2E else {
                return false
            }
            for byte in utf8 {
                let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                let digit = byte >= 0x30 && byte <= 0x39
                if !letter && !digit && byte != 0x2D && byte != 0x2E && byte != 0x5F && byte != 0x3A { return false }
            }
            append(utf8)
            return true
        }
        if !valid { throw Self.failure("'\(name)' is not an XML name a fragment accepts") }
    }

    /// Appends UTF-8 that needs no escaping and returns `true`; returns `false` when it needs
    /// escaping and `nil` when it holds a character XML cannot carry, appending nothing then.
    ///
    /// libxml2 escapes < > & " and carriage return, and in attribute values tab and line feed too.
    private mutating func appendPlain(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool? {
        var index = 0
        let count = utf8.count
        var needsEscaping = false
        while index < count {
            let byte = utf8[index]
            if byte < 0x3F {
                switch byte {
                case 0x3C, 0x3E, 0x26, 0x22, 0x0D: needsEscaping = true
                case 0x09, 0x0A: if attribute { needsEscaping = true }
                case 0x00..<0x20: return nil
                default: break
                }
            } else if byte == 0xEF, index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                return nil
            }
            index += 1
        }
        if needsEscaping { return false }
        append(utf8)
        return true
    }

    /// Appends text that needs escaping, through libxml2's serializers, or refuses it.
    private mutating func appendEscaping(_ text: String, plain: Bool?, attribute: Bool, place: String) throws {
        guard plain != nil else {
            try XMLWriter.requireRepresentable(text, in: place)
            return
        }
        let failure = Self.failure("libxml2 could not escape \(place)")
        if attribute {
            // libxml2 writes non-ASCII characters of attribute values as they are only when it
            // knows the document is UTF-8, as an XMLWriter's document is.
            guard let buffer = xmlBufferCreate(), let document = xmlNewDoc("1.0") else { throw failure }
            defer {
                xmlBufferFree(buffer)
                xmlFreeDoc(document)
            }
            document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
            text.withCString {
                xmlAttrSerializeTxtContent(
                    buffer, document, nil, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
            }
            guard let content = xmlBufferContent(buffer) else { throw failure }
            append(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
        } else {
            guard
                let escaped = text.withCString({
                    xmlEncodeSpecialChars(nil, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
                })
            else { throw failure }
            defer { cxml_free(escaped) }
            append(UnsafeBufferPointer(start: escaped, count: strlen(escaped)))
        }
    }
}
