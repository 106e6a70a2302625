internal import CLibXML2

/// A schema validator spliced into an event parse: checks the events against an ``XMLSchema`` as
/// libxml2 reads them, so a document is validated without a tree.
///
/// Reports only whether the stream is valid, and the first problem libxml2 named: a streaming
/// validator knows where the parser stands, not where the element it complains about starts. For a
/// report with every problem at its element, validate the document (``XMLSchema/validate(_:)``).
final class XMLStreamValidation {
    private let validator: xmlSchemaValidCtxtPtr
    private var plug: xmlSchemaSAXPlugPtr?
    private let collector: ErrorCollector
    private let sink: UnsafeMutablePointer<cxml_error_collector>

    init(schema: XMLSchema, fileName: String?) throws {
        guard let validator = xmlSchemaNewValidCtxt(schema.pointer) else {
            throw XMLError(
                "could not create a schema validator", at: XMLSourceLocation(file: fileName, line: 0, column: 0))
        }
        self.validator = validator
        collector = ErrorCollector(file: fileName)
        sink = .allocate(capacity: 1)
        sink.initialize(
            to: cxml_error_collector(
                sink: { context, level, code, line, column, message in
                    guard let context else { return }
                    Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(
                        level: level, code: code, line: line, column: column, message: message)
                }, context: Unmanaged.passUnretained(collector).toOpaque()))
        cxml_schema_collect_errors(validator, sink)
    }

    deinit {
        unplug()
        xmlSchemaFreeValidCtxt(validator)
        sink.deallocate()
    }

    /// Splices the validator into `parser`; call before setting the parser's options.
    func plug(into parser: xmlParserCtxtPtr) -> Bool {
        plug = cxml_schema_plug(parser, validator)
        return plug != nil
    }

    /// Takes the validator out of the parser it was spliced into; call before freeing the parser.
    func unplug() {
        if let plug { xmlSchemaSAXUnplug(plug) }
        plug = nil
    }

    /// The first error the validator reported so far; warnings do not count.
    var firstProblem: XMLError? {
        guard var error = collector.errors.first(where: { $0.severity != .warning }) else { return nil }
        error.kind = .invalid
        return error
    }

    /// The first problem, or a general one when the validator found the stream invalid without
    /// naming why; call when the document has ended.
    func finalProblem(at location: XMLSourceLocation) -> XMLError? {
        if let firstProblem { return firstProblem }
        guard xmlSchemaIsValid(validator) != 1 else { return nil }
        return XMLError("the document does not match the schema", at: location, kind: .invalid)
    }
}
