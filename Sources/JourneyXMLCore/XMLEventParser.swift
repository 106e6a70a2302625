internal import CLibXML2
import Foundation

/// Receives the events of an ``XMLEventParser``: elements starting and ending, and text.
///
/// The names, values and text an event carries point into the parser's buffers and are valid only
/// during the call; keep what you need as `String` (``XMLName/string``, ``XMLValue/string``). A thrown
/// error stops the parser, which rethrows it.
public protocol XMLEventHandler: AnyObject {
    /// An element starts.
    func startElement(_ element: XMLStartElement) throws
    /// An element ends; `depth` is the element's own depth (the root element is at 0).
    func endElement(_ name: XMLName, depth: Int) throws
    /// Text inside an element, possibly in several pieces; CDATA sections arrive as text.
    func characters(_ text: XMLValue) throws
}

extension XMLEventHandler {
    public func endElement(_ name: XMLName, depth: Int) throws {}
    public func characters(_ text: XMLValue) throws {}
}

/// Reads a document as a stream of events with libxml2's SAX2 parser, without building a tree.
///
/// The fastest way through large inputs: memory stays flat whatever the document's size, and a file
/// is read in pieces rather than whole. Parses with the same safety as ``XMLDocument``: no network,
/// no entity substitution or loading, no DTD loaded, a document type declaration refused unless the
/// options allow one, entity declarations and references refused always.
///
/// ```swift
/// final class Counter: XMLEventHandler {
///     var cells = 0
///     func startElement(_ element: XMLStartElement) { if element.localName == "mxCell" { cells += 1 } }
/// }
/// let counter = Counter()
/// try XMLEventParser(fileName: "map.drawio").parse(data, with: counter)
/// ```
public struct XMLEventParser: Sendable {
    /// The file name used in locations.
    public var fileName: String?
    /// What the document may contain.
    public var options: XMLParseOptions
    /// A schema the events are checked against as they are read, or `nil`.
    ///
    /// The first problem ends the parse with an ``XMLError`` of kind ``XMLError/Kind/invalid``,
    /// located where the parser stood when it was found. The handler may have received the event
    /// that broke the schema. For every problem at the element it concerns, validate the document
    /// with ``XMLSchema/validate(_:)`` instead.
    public var schema: XMLSchema?
    /// How many bytes are handed to libxml2 at a time.
    static let chunkSize = 256 * 1024
    /// How many levels below the root elements may nest: libxml2's own limit in its document mode,
    /// which its event mode leaves unchecked.
    package static let maximumDepth = 256

    /// Creates a parser.
    public init(fileName: String? = nil, options: XMLParseOptions = XMLParseOptions(), schema: XMLSchema? = nil) {
        self.fileName = fileName
        self.options = options
        self.schema = schema
    }

    /// Parses `data`, sending its events to `handler`.
    ///
    /// - Throws: the handler's error, or ``XMLError`` with the line and column of the first problem:
    ///   malformed or truncated XML, a refused document type or entity, nesting deeper than libxml2's
    ///   limit.
    public func parse(_ data: Data, with handler: some XMLEventHandler) throws {
        guard !data.isEmpty else {
            throw XMLError("the document is empty", at: XMLSourceLocation(file: fileName, line: 1, column: 1))
        }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: CChar.self)
            let session = try EventSession(handler: handler, options: options, fileName: fileName, schema: schema)
            var offset = 0
            while offset < bytes.count {
                let count = min(Self.chunkSize, bytes.count - offset)
                guard session.push(bytes.baseAddress! + offset, count: count) else { break }
                offset += count
            }
            try session.finish()
        }
    }

    /// Parses the file at `url` piece by piece, sending its events to `handler`.
    ///
    /// - Throws: ``XMLError`` when the file cannot be read, and as ``parse(_:with:)``.
    public func parse(contentsOf url: URL, with handler: some XMLEventHandler) throws {
        let file: FileHandle
        do {
            file = try FileHandle(forReadingFrom: url)
        } catch {
            throw XMLError(
                "cannot open the file: \(error.localizedDescription)",
                at: XMLSourceLocation(file: fileName ?? url.path, line: 0, column: 0), kind: .unreadable)
        }
        defer { try? file.close() }
        let session = try EventSession(handler: handler, options: options, fileName: fileName, schema: schema)
        var total = 0
        while true {
            let chunk: Data
            do {
                chunk = try file.read(upToCount: Self.chunkSize) ?? Data()
            } catch {
                throw XMLError(
                    "cannot read the file: \(error.localizedDescription)",
                    at: XMLSourceLocation(file: fileName ?? url.path, line: 0, column: 0), kind: .unreadable)
            }
            if chunk.isEmpty { break }
            total += chunk.count
            let more = chunk.withUnsafeBytes { buffer in
                session.push(buffer.bindMemory(to: CChar.self).baseAddress!, count: buffer.count)
            }
            guard more else { break }
        }
        guard total > 0 else {
            throw XMLError("the document is empty", at: XMLSourceLocation(file: fileName, line: 1, column: 1))
        }
        try session.finish()
    }
}

/// A name in an event: an element's or attribute's local name or namespace.
///
/// Valid only during the event that carries it.
public struct XMLName: CustomStringConvertible {
    let start: UnsafePointer<UInt8>
    /// The length in UTF-8 bytes.
    public let count: Int

    init(_ pointer: UnsafePointer<xmlChar>) {
        start = pointer
        count = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// The name as a string.
    public var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    public var description: String { string }

    /// Whether the name is `literal`.
    public static func == (name: XMLName, literal: StaticString) -> Bool {
        literal.utf8CodeUnitCount == name.count && memcmp(name.start, literal.utf8Start, name.count) == 0
    }

    /// Whether the name is `literal`, for `switch` statements.
    public static func ~= (literal: StaticString, name: XMLName) -> Bool { name == literal }
}

/// An attribute's value or a piece of text in an event, as the parser decoded it.
///
/// Valid only during the event that carries it.
public struct XMLValue: CustomStringConvertible {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether a `&` in the bytes stands for the reference `&#38;` libxml2 leaves in attribute
    /// values it does not substitute entities in.
    let escapesAmpersands: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, escapesAmpersands: Bool) {
        self.bytes = bytes
        self.escapesAmpersands = escapesAmpersands
    }

    /// Whether the value is empty.
    public var isEmpty: Bool { bytes.isEmpty }

    /// The value as a string.
    public var string: String {
        guard escapesAmpersands, let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        // `&` arrives as `&#38;`: every other reference was resolved, and a raw `&` cannot occur.
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, index + 4 < bytes.count, bytes[index + 1] == 0x23, bytes[index + 2] == 0x33,
                bytes[index + 3] == 0x38, bytes[index + 4] == 0x3B
            {
                decoded.append(0x26)
                index += 5
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    public var description: String { string }

    /// Calls `body` with the value's UTF-8 bytes.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard escapesAmpersands, let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else {
            return try body(bytes)
        }
        var decoded = string
        return try decoded.withUTF8(body)
    }

    /// Whether the value is `string`, compared without making a string of the value.
    public func equals(_ string: String) -> Bool {
        var string = string
        return withBytes { bytes in
            string.withUTF8 { other in
                other.count == bytes.count
                    && (bytes.isEmpty || memcmp(bytes.baseAddress!, other.baseAddress!, bytes.count) == 0)
            }
        }
    }

    /// The value read as a number the way Swift reads a `Double` from text (`12`, `-3.5`, `1e3`,
    /// whatever the C locale says), or `nil` when it is not one.
    public var number: Double? {
        guard !bytes.isEmpty, bytes.count < 64 else { return nil }
        return withBytes { Self.plainDecimal($0) ?? Double(String(decoding: $0, as: UTF8.self)) }
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// A number written `[+-]digits[.digits]` with at most 15 significant digits, worked out directly.
    ///
    /// An exact integer divided by an exact power of ten is rounded correctly, as `Double(_:)`
    /// rounds. `nil` for anything else, which `Double(_:)` then reads.
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if digits > 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        // At least one digit, before or after the point.
        let start = bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") ? 1 : 0
        guard bytes.count - start > (seenPoint ? 1 : 0), fractionDigits <= 22 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// Whether the value is `literal`.
    public static func == (value: XMLValue, literal: StaticString) -> Bool {
        value.withBytes { bytes in
            literal.utf8CodeUnitCount == bytes.count
                && (bytes.isEmpty || memcmp(bytes.baseAddress!, literal.utf8Start, bytes.count) == 0)
        }
    }
}

/// An attribute in an event.
public struct XMLEventAttribute {
    /// The local name, without prefix.
    public let localName: XMLName
    /// The namespace, or `nil` for an unprefixed attribute.
    public let namespaceURI: XMLName?
    /// The value.
    public let value: XMLValue
}

/// An element starting: its name, attributes, depth and place in the source.
///
/// Valid only during the ``XMLEventHandler/startElement(_:)`` call.
public struct XMLStartElement {
    let parser: xmlParserCtxtPtr
    let fileName: String?
    /// The local name, without prefix.
    public let localName: XMLName
    /// The namespace URI, or `nil` when the element is in no namespace.
    public let namespaceURI: XMLName?
    /// How deep the element is; the root element is at 0.
    public let depth: Int
    /// The attributes in document order, namespace declarations left out.
    public let attributes: Attributes

    /// The value of the unprefixed attribute with this local name.
    public func attribute(_ localName: StaticString) -> XMLValue? {
        for attribute in attributes where attribute.namespaceURI == nil && attribute.localName == localName {
            return attribute.value
        }
        return nil
    }

    /// The line where the start tag begins.
    public var line: Int { Int(cxml_start_tag_line(parser)) }

    /// Where the start tag begins.
    public var location: XMLSourceLocation {
        XMLSourceLocation(file: fileName, line: line, column: Int(cxml_start_tag_column(parser)))
    }

    /// An element's attributes.
    public struct Attributes: RandomAccessCollection {
        /// Five pointers per attribute: local name, prefix, namespace URI, value start, value end.
        let pointers: UnsafePointer<UnsafePointer<xmlChar>?>?
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(position: Int) -> XMLEventAttribute {
            let base = pointers! + position * 5
            let start = base[3]!
            let end = base[4]!
            return XMLEventAttribute(
                localName: XMLName(base[0]!), namespaceURI: base[2].map(XMLName.init),
                value: XMLValue(UnsafeBufferPointer(start: start, count: end - start), escapesAmpersands: true))
        }
    }
}

/// One parse: the libxml2 context, the handler and what went wrong.
private final class EventSession {
    let handler: any XMLEventHandler
    let fileName: String?
    let options: XMLParseOptions
    var parser: xmlParserCtxtPtr?
    var depth = 0
    /// The handler's error, which stopped the parser.
    var handlerError: (any Error)?
    /// Why the parser was stopped by a safety rule.
    var refusal: XMLError?
    /// What libxml2 reported.
    let collector: ErrorCollector
    /// The user data every callback receives: error collector first, whose context is this session.
    let userData: UnsafeMutablePointer<cxml_error_collector>

    /// The schema check spliced into the parse, if any.
    let validation: XMLStreamValidation?

    init(handler: any XMLEventHandler, options: XMLParseOptions, fileName: String?, schema: XMLSchema?) throws {
        ensureLibXML2()
        validation = try schema.map { try XMLStreamValidation(schema: $0, fileName: fileName) }
        self.handler = handler
        self.options = options
        self.fileName = fileName
        collector = ErrorCollector(file: fileName)
        userData = .allocate(capacity: 1)
        userData.initialize(
            to: cxml_error_collector(
                sink: { context, level, code, line, column, message in
                    guard let context else { return }
                    Unmanaged<EventSession>.fromOpaque(context).takeUnretainedValue().collector.record(
                        level: level, code: code, line: line, column: column, message: message)
                }, context: nil))
        userData.pointee.context = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        validation?.unplug()
        if let parser { xmlFreeParserCtxt(parser) }
        userData.deallocate()
    }

    /// Hands bytes to libxml2; returns `false` once parsing has stopped.
    func push(_ bytes: UnsafePointer<CChar>, count: Int) -> Bool {
        if parser == nil {
            var handler = Self.saxHandler(options: options)
            // A spliced validator may hand libxml2's structured errors its own user data, not the
            // collector: they are left to the parser's last error then.
            if validation != nil { handler.serror = nil }
            let head = UnsafeRawBufferPointer(start: bytes, count: min(count, 4))
            if let marked = MarkedEncoding(startOf: head) {
                // UTF-16 and UTF-32 with a byte-order mark: libxml2 is told the encoding, the mark
                // skipped and the declaration ignored.
                parser = xmlCreatePushParserCtxt(&handler, userData, nil, 0, fileName)
                guard let parser, let encoder = xmlFindCharEncodingHandler(marked.name),
                    xmlSwitchToEncoding(parser, encoder) == 0, plugValidation(into: parser)
                else { return false }
                xmlCtxtUseOptions(parser, options.libxml2Flags | MarkedEncoding.ignoreDeclarationFlag)
                let status = withExtendedLifetime(self) {
                    xmlParseChunk(parser, bytes + marked.markLength, Int32(count - marked.markLength), 0)
                }
                return proceeds(status)
            }
            // libxml2 detects the encoding from the first bytes; the first push gives it at least 4.
            parser = xmlCreatePushParserCtxt(&handler, userData, bytes, Int32(count), fileName)
            guard let parser, plugValidation(into: parser) else { return false }
            xmlCtxtUseOptions(parser, options.libxml2Flags)
            let status = withExtendedLifetime(self) { xmlParseChunk(parser, nil, 0, 0) }
            return proceeds(status)
        }
        let status = withExtendedLifetime(self) { xmlParseChunk(parser, bytes, Int32(count), 0) }
        return proceeds(status)
    }

    /// Splices the schema check, if any, into the new parser, before its options are set.
    private func plugValidation(into parser: xmlParserCtxtPtr) -> Bool {
        guard let validation else { return true }
        guard validation.plug(into: parser) else {
            refuse("could not check the document against its schema while reading it", kind: .invalid)
            return false
        }
        return true
    }

    /// Whether parsing goes on after a chunk; a schema problem stops it like a handler's error.
    private func proceeds(_ status: Int32) -> Bool {
        if let problem = validation?.firstProblem { stop(problem) }
        return status == 0 && !stopped
    }

    /// Ends the document and throws the first problem.
    func finish() throws {
        guard let parser else {
            throw XMLError("could not create an XML parser", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        if !stopped { _ = withExtendedLifetime(self) { xmlParseChunk(parser, nil, 0, 1) } }
        if let handlerError { throw handlerError }
        if let refusal { throw refusal }
        if collector.sawUndeclaredEntity {
            let line = collector.errors.first?.location.line ?? Int(xmlSAX2GetLineNumber(parser))
            throw XMLError(
                "entity references are not allowed: entities are never expanded",
                at: XMLSourceLocation(file: fileName, line: line, column: 0), severity: .fatal, kind: .unsafe)
        }
        if let error = collector.errors.first(where: { $0.severity != .warning }) { throw error }
        if parser.pointee.wellFormed == 0 { throw XMLDocument.lastError(of: parser, fileName: fileName) }
        if parser.pointee.instate != XML_PARSER_EOF && depth > 0 {
            throw XMLError(
                "the document ends before its root element is closed",
                at: XMLSourceLocation(file: fileName, line: Int(xmlSAX2GetLineNumber(parser)), column: 0),
                severity: .fatal)
        }
        let end = XMLSourceLocation(file: fileName, line: Int(xmlSAX2GetLineNumber(parser)), column: 0)
        if let problem = validation?.finalProblem(at: end) { throw problem }
    }

    private var stopped: Bool { handlerError != nil || refusal != nil }

    func stop(_ error: any Error) {
        if handlerError == nil && refusal == nil { handlerError = error }
        if let parser { xmlStopParser(parser) }
    }

    func refuse(_ message: String, kind: XMLError.Kind = .unsafe) {
        guard refusal == nil, let parser else { return }
        refusal = XMLError(
            message, at: XMLSourceLocation(file: fileName, line: Int(xmlSAX2GetLineNumber(parser)), column: 0),
            severity: .fatal, kind: kind)
        xmlStopParser(parser)
    }

    static func session(_ userData: UnsafeMutableRawPointer?) -> EventSession {
        let collector = userData!.assumingMemoryBound(to: cxml_error_collector.self)
        return Unmanaged<EventSession>.fromOpaque(collector.pointee.context).takeUnretainedValue()
    }

    static func saxHandler(options: XMLParseOptions) -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        cxml_sax_collect_errors(&handler)
        handler.startElementNs = { userData, localName, _, uri, _, _, attributeCount, _, attributes in
            let session = EventSession.session(userData)
            guard session.handlerError == nil, let parser = session.parser, let localName else { return }
            guard session.depth <= XMLEventParser.maximumDepth else {
                session.refuse(
                    "elements nest more than \(XMLEventParser.maximumDepth) levels below the root", kind: .limitExceeded
                )
                return
            }
            let element = XMLStartElement(
                parser: parser, fileName: session.fileName, localName: XMLName(localName),
                namespaceURI: uri.map(XMLName.init), depth: session.depth,
                attributes: XMLStartElement.Attributes(
                    pointers: UnsafeRawPointer(attributes)?.assumingMemoryBound(to: UnsafePointer<xmlChar>?.self),
                    count: Int(attributeCount)))
            session.depth += 1
            do { try session.handler.startElement(element) } catch { session.stop(error) }
        }
        handler.endElementNs = { userData, localName, _, _ in
            let session = EventSession.session(userData)
            session.depth -= 1
            guard session.handlerError == nil, let localName else { return }
            do { try session.handler.endElement(XMLName(localName), depth: session.depth) } catch {
                session.stop(error)
            }
        }
        let characters: charactersSAXFunc = { userData, text, length in
            let session = EventSession.session(userData)
            guard session.handlerError == nil, let text, length > 0 else { return }
            let value = XMLValue(UnsafeBufferPointer(start: text, count: Int(length)), escapesAmpersands: false)
            do { try session.handler.characters(value) } catch { session.stop(error) }
        }
        handler.characters = characters
        // White space is text like any other; CDATA sections arrive as text (XML_PARSE_NOCDATA).
        handler.ignorableWhitespace = characters
        switch options.documentTypes {
        case .reject:
            handler.internalSubset = { userData, _, _, _ in
                EventSession.session(userData).refuse("a document type declaration (<!DOCTYPE>) is not allowed here")
            }
        case .allowWithoutInternalSubset:
            // Nothing is recorded or loaded for a declaration without a subset.
            handler.internalSubset = { userData, _, _, _ in
                let session = EventSession.session(userData)
                guard cxml_at_internal_subset(session.parser) != 0 else { return }
                session.refuse(
                    "a document type declaration with an internal subset (<!DOCTYPE name [ … ]>) is not allowed here")
            }
        case .allowWithoutEntities:
            break
        }
        handler.entityDecl = { userData, _, _, _, _, _ in
            EventSession.session(userData).refuse("entity declarations are not allowed: entities are never expanded")
        }
        handler.reference = { userData, _ in
            EventSession.session(userData).refuse("entity references are not allowed: entities are never expanded")
        }
        return handler
    }
}
