import CLibXML2
import Foundation

/// Reads a document node by node with libxml2's `xmlTextReader`, without building a tree: for large
/// inputs whose whole tree would not fit comfortably in memory.
///
/// Parses with the same safety as ``XMLDocument``: no network, no entity substitution or loading, and
/// a document type declaration or entity reference is an error unless the options allow one.
public final class XMLStreamReader {
    /// What the reader stands on.
    public enum NodeKind: Hashable, Sendable {
        case element
        case endElement
        case text
        case whitespace
        case comment
        case processingInstruction
        case other
    }

    private let reader: xmlTextReaderPtr
    private let storage: UnsafeMutableRawBufferPointer
    private let collector: ErrorCollector
    private var collectorBox: UnsafeMutablePointer<cxml_error_collector>
    private let options: XMLParseOptions
    /// The file name given when opening, used in locations.
    public let fileName: String?

    /// Opens a reader over `data`.
    public init(data: Data, fileName: String? = nil, options: XMLParseOptions = XMLParseOptions()) throws {
        ensureLibXML2()
        self.fileName = fileName
        self.options = options
        guard !data.isEmpty else {
            throw XMLError("the document is empty", at: XMLSourceLocation(file: fileName, line: 1, column: 1))
        }
        guard data.count <= Int(Int32.max) else {
            throw XMLError(
                "the document is larger than 2 GiB", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 1)
        data.copyBytes(to: storage)
        guard
            let reader = xmlReaderForMemory(
                storage.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), fileName, nil,
                options.libxml2Flags)
        else {
            storage.deallocate()
            throw XMLError("could not create an XML reader", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        self.reader = reader
        collector = ErrorCollector(file: fileName)
        collectorBox = UnsafeMutablePointer<cxml_error_collector>.allocate(capacity: 1)
        collector.withCollector { collectorBox.initialize(to: $0.pointee) }
        cxml_reader_collect_errors(reader, collectorBox)
    }

    deinit {
        xmlFreeTextReader(reader)
        collectorBox.deallocate()
        storage.deallocate()
    }

    /// Moves to the next node; returns `false` at the end of the document.
    ///
    /// - Throws: ``XMLError`` at the first malformed construct, with its line and column.
    public func read() throws -> Bool {
        let result = withExtendedLifetime(collector) { xmlTextReaderRead(reader) }
        if let error = collector.errors.first(where: { $0.severity != .warning }) { throw error }
        if result < 0 {
            throw XMLError(
                "the document is not well-formed XML",
                at: XMLSourceLocation(file: fileName, line: line, column: 0), severity: .fatal)
        }
        guard result == 1 else { return false }
        switch Int32(xmlTextReaderNodeType(reader)) {
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) where options.documentTypes == .reject:
            throw XMLError("a document type declaration (<!DOCTYPE>) is not allowed here", at: location)
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
            throw XMLError("entity references are not allowed: entities are never expanded", at: location)
        default:
            return true
        }
    }

    /// The kind of the current node.
    public var nodeKind: NodeKind {
        switch UInt32(xmlTextReaderNodeType(reader)) {
        case XML_READER_TYPE_ELEMENT.rawValue: .element
        case XML_READER_TYPE_END_ELEMENT.rawValue: .endElement
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue: .text
        case XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue: .whitespace
        case XML_READER_TYPE_COMMENT.rawValue: .comment
        case XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue: .processingInstruction
        default: .other
        }
    }

    /// The local name of the current element (or other named node).
    public var localName: String { borrowString(xmlTextReaderConstLocalName(reader)) ?? "" }

    /// The namespace URI of the current node, or `nil`.
    public var namespaceURI: String? { borrowString(xmlTextReaderConstNamespaceUri(reader)) }

    /// The text of a text, white-space or comment node.
    public var value: String? { borrowString(xmlTextReaderConstValue(reader)) }

    /// How deep the current node is; the root element is at depth 0.
    public var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Whether the current element is written `<name/>`, so no end-element node follows.
    public var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The line of the current node.
    public var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) { return Int(xmlGetLineNo(node)) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Where the current node is, as well as the streaming parser can tell (line only).
    public var location: XMLSourceLocation { XMLSourceLocation(file: fileName, line: line, column: 0) }

    /// The value of an attribute of the current element.
    public func attribute(_ name: String, namespaceURI: String? = nil) -> String? {
        if let namespaceURI { return takeString(xmlTextReaderGetAttributeNs(reader, name, namespaceURI)) }
        return takeString(xmlTextReaderGetAttribute(reader, name))
    }

    /// All attributes of the current element except namespace declarations, in document order.
    public var attributes: [XMLAttribute] {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_ELEMENT_NODE else { return [] }
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append(
                XMLAttribute(
                    localName: borrowString(current.pointee.name) ?? "",
                    namespaceURI: borrowString(current.pointee.ns?.pointee.href),
                    value: takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)) ?? ""
                ))
            attribute = current.pointee.next
        }
        return result
    }
}
