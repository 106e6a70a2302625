internal import CLibXML2
import Foundation

/// A parsed XML document: an immutable tree of elements, each with its source line and column.
///
/// Parse with ``init(data:fileName:options:)``. The document is never changed after parsing, so it
/// may be read from several tasks at once.
public final class XMLDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// The file name given when parsing, used in locations.
    public let fileName: String?

    /// Parses `data` safely (see ``XMLParseOptions``).
    ///
    /// - Throws: ``XMLError`` with the line and column of the first problem: malformed or truncated
    ///   XML, a refused document type or entity, nesting deeper than libxml2's limit.
    public init(data: Data, fileName: String? = nil, options: XMLParseOptions = XMLParseOptions()) throws {
        ensureLibXML2()
        self.fileName = fileName
        guard data.count <= Int(Int32.max) else {
            throw XMLError(
                "the document is larger than 2 GiB, which libxml2 cannot read in one piece",
                at: XMLSourceLocation(file: fileName, line: 0, column: 0), kind: .limitExceeded)
        }
        guard !data.isEmpty else {
            throw XMLError("the document is empty", at: XMLSourceLocation(file: fileName, line: 1, column: 1))
        }
        guard let parser = cxml_new_locating_parser() else {
            throw XMLError("could not create an XML parser", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        defer { xmlFreeParserCtxt(parser) }
        switch options.documentTypes {
        case .reject: cxml_refuse_document_types(parser)
        case .allowWithoutEntities: cxml_refuse_entity_declarations(parser)
        case .allowWithoutInternalSubset: cxml_refuse_internal_subsets(parser)
        }
        // UTF-16 and UTF-32 with a byte-order mark: the mark says what the bytes are.
        let marked = MarkedEncoding(startOf: data)
        // Markup longer than libxml2 reads in one piece: refused before libxml2 buffers it, with a
        // message that names the limit (libxml2 reports only what it tripped over last).
        if marked == nil, data.count > XMLParseOptions.maximumMarkupLength,
            let found = data.withUnsafeBytes({
                MarkupScan.firstMarkup(in: $0, longerThan: XMLParseOptions.maximumMarkupLength)
            })
        {
            throw XMLError(
                "a tag with its attributes, a comment or a processing instruction is \(found.length) bytes long, "
                    + "more than the \(XMLParseOptions.maximumMarkupLengthText) bytes libxml2 reads in one piece "
                    + "(XMLParseOptions.maximumMarkupLength)",
                at: XMLSourceLocation(file: fileName, line: found.line, column: 0), severity: .fatal,
                kind: .limitExceeded)
        }
        let flags = options.libxml2Flags | (marked == nil ? 0 : MarkedEncoding.ignoreDeclarationFlag)
        let skip = marked?.markLength ?? 0
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(parser, base + skip, Int32(buffer.count - skip), fileName, marked?.name, flags)
        }
        let refusal = cxml_refusal_kind(parser)
        if refusal != 0 {
            if let document { xmlFreeDoc(document) }
            let what =
                switch refusal {
                case 3: "entity references are not allowed: entities are never expanded"
                case 2: "entity declarations are not allowed: entities are never expanded"
                default:
                    options.documentTypes == .allowWithoutInternalSubset
                        ? "a document type declaration with an internal subset (<!DOCTYPE name [ … ]>) is not allowed here"
                        : "a document type declaration (<!DOCTYPE>) is not allowed here"
                }
            throw XMLError(
                what, at: XMLSourceLocation(file: fileName, line: Int(cxml_refusal_line(parser)), column: 0),
                kind: .unsafe)
        }
        guard let document, parser.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw Self.lastError(of: parser, fileName: fileName)
        }
        guard xmlDocGetRootElement(document) != nil else {
            xmlFreeDoc(document)
            throw XMLError(
                "the document has no root element", at: XMLSourceLocation(file: fileName, line: 1, column: 1))
        }
        self.pointer = document
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element.
    public var root: XMLElement {
        XMLElement(node: xmlDocGetRootElement(pointer)!, document: self)
    }

    static func lastError(of parser: xmlParserCtxtPtr, fileName: String?) -> XMLError {
        guard let error = xmlCtxtGetLastError(parser) else {
            return XMLError(
                "the document is not well-formed XML", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        var message = cleanMessage(error.pointee.message)
        if error.pointee.code == XML_ERR_DOCUMENT_EMPTY.rawValue { message = "the document is empty" }
        return XMLError(
            message,
            at: XMLSourceLocation(file: fileName, line: Int(error.pointee.line), column: Int(error.pointee.int2)),
            severity: .fatal, kind: errorKind(code: Int32(error.pointee.code), message: message)
        )
    }
}

/// An attribute of an element.
public struct XMLAttribute: Hashable, Sendable {
    /// The local name, without prefix.
    public var localName: String
    /// The namespace, or `nil` for an unprefixed attribute.
    public var namespaceURI: String?
    /// The value, with character references resolved.
    public var value: String

    /// Creates an attribute.
    public init(localName: String, namespaceURI: String? = nil, value: String) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.value = value
    }
}

/// An element of an ``XMLDocument``.
public struct XMLElement: @unchecked Sendable {
    let node: xmlNodePtr
    /// The document, kept alive as long as the element is.
    public let document: XMLDocument

    /// The name without prefix.
    public var localName: String { borrowString(node.pointee.name) ?? "" }

    /// The namespace URI, or `nil` when the element is in no namespace.
    public var namespaceURI: String? { borrowString(node.pointee.ns?.pointee.href) }

    /// Where the element's start tag begins.
    public var location: XMLSourceLocation {
        let line = Int(cxml_node_line(node))
        return XMLSourceLocation(
            file: document.fileName,
            line: line > 0 ? line : Int(xmlGetLineNo(node)),
            column: Int(cxml_node_column(node))
        )
    }

    /// The value of an attribute, or `nil` when it is absent.
    ///
    /// - Parameters:
    ///   - name: the attribute's local name.
    ///   - namespaceURI: the attribute's namespace; `nil` for unprefixed attributes.
    public func attribute(_ name: String, namespaceURI: String? = nil) -> String? {
        if let namespaceURI {
            return takeString(xmlGetNsProp(node, name, namespaceURI))
        }
        return takeString(xmlGetNoNsProp(node, name))
    }

    /// All attributes, in document order.
    public var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)) ?? ""
            result.append(
                XMLAttribute(
                    localName: borrowString(current.pointee.name) ?? "",
                    namespaceURI: borrowString(current.pointee.ns?.pointee.href),
                    value: value
                ))
            attribute = current.pointee.next
        }
        return result
    }

    /// The child elements, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements with a given local name and namespace.
    public func children(named localName: String, namespaceURI: String?) -> [XMLElement] {
        children.filter { $0.localName == localName && $0.namespaceURI == namespaceURI }
    }

    /// The text directly inside the element (text and CDATA children joined), exactly as written.
    public var text: String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = borrowString(current.pointee.content)
            {
                result += content
            }
            child = current.pointee.next
        }
        return result
    }

    /// All text inside the element and its descendants, in document order.
    public var textContent: String { takeString(xmlNodeGetContent(node)) ?? "" }

    /// Whether the element has text that is not only white space directly inside it.
    public var hasSignificantText: Bool {
        text.unicodeScalars.contains { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }
    }
}
