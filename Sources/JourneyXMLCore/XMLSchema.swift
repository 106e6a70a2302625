internal import CLibXML2
import Foundation

/// A compiled W3C XML Schema (XSD) that validates ``XMLDocument``s.
///
/// Compile once and reuse: validation creates its own context, so one schema may validate several
/// documents at once.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The schema document, which the compiled schema refers to.
    private let document: XMLDocument

    /// Compiles a schema from its source text.
    ///
    /// - Parameters:
    ///   - source: the XSD document as text.
    ///   - name: how errors in the schema itself name it.
    /// - Throws: ``XMLError`` when the schema is not well-formed or not valid XSD. Imports and includes
    ///   are not fetched.
    public init(source: String, name: String) throws {
        ensureLibXML2()
        let collector = ErrorCollector(file: name)
        // Parsed with the safe parser first, so a malformed schema is reported like any document
        // and nothing is printed.
        let document = try XMLDocument(data: Data(source.utf8), fileName: name)
        let compiled: xmlSchemaPtr? = {
            guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            return collector.withCollector { sink in
                cxml_schema_parser_collect_errors(parser, sink)
                return xmlSchemaParse(parser)
            }
        }()
        guard let compiled else {
            throw collector.errors.first
                ?? XMLError("the schema could not be compiled", at: XMLSourceLocation(file: name, line: 0, column: 0))
        }
        pointer = compiled
        self.document = document
    }

    deinit { xmlSchemaFree(pointer) }

    /// Validates a document and returns every problem found, each with the line and column of the
    /// element it concerns; an empty array means the document is valid.
    public func validate(_ document: XMLDocument) -> [XMLError] {
        let collector = ErrorCollector(file: document.fileName)
        guard let validator = xmlSchemaNewValidCtxt(pointer) else {
            return [
                XMLError(
                    "could not create a schema validator",
                    at: XMLSourceLocation(file: document.fileName, line: 0, column: 0))
            ]
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let result = collector.withCollector { sink in
            cxml_schema_collect_errors(validator, sink)
            return xmlSchemaValidateDoc(validator, document.pointer)
        }
        if result != 0 && collector.errors.isEmpty {
            return [XMLError("the document does not match the schema", at: document.root.location, kind: .invalid)]
        }
        let errors = collector.errors.map { error in
            var error = error
            error.kind = .invalid
            return error
        }
        return errors.filter { $0.severity != .warning } + errors.filter { $0.severity == .warning }
    }
}
