import Foundation
import JourneyXMLCore
import Testing

/// Collects element names and text, as strings.
private final class Collector: XMLEventHandler {
    var events: [String] = []

    func startElement(_ element: XMLStartElement) throws {
        let attributes = element.attributes.map { " \($0.localName.string)=\($0.value.string)" }.joined()
        events.append("<\(element.localName.string)\(attributes)")
    }

    func endElement(_ name: XMLName, depth: Int) throws { events.append("</\(name.string)>") }

    func characters(_ value: XMLValue) throws { events.append(value.string) }
}

/// The event parser with a schema spliced in: the same events for a valid document, the first
/// problem as an error otherwise.
@Suite("XMLEventParser with a schema")
struct XMLEventParserSchemaTests {
    private static let schema = Result { try XMLSchema(source: XMLSchemaTests.schemaSource, name: "t.xsd") }

    private func events(_ xml: String, schema: XMLSchema?) throws -> [String] {
        let collector = Collector()
        try XMLEventParser(fileName: "e.xml", schema: schema).parse(Data(xml.utf8), with: collector)
        return collector.events
    }

    @Test func givesTheEventsItGivesWithoutTheSchema() throws {
        let text = """
            <?xml version="1.0"?>
            <!-- comment -->
            <r xmlns="urn:t" id="a &amp; b"><n>1</n><n><![CDATA[2]]></n><?pi x?><n>&#51;</n></r>
            """
        let checked = try events(text, schema: try Self.schema.get())
        #expect(checked == (try events(text, schema: nil)))
        #expect(checked.joined() == "<r id=a & b<n1</n><n2</n><n3</n></r>")
    }

    @Test func stopsAtTheFirstProblemWithTheSchema() throws {
        let schema = try Self.schema.get()
        for text in [
            #"<r xmlns="urn:t" id="x"><n>two</n></r>"#, #"<r xmlns="urn:t"><n>1</n></r>"#,
            #"<r xmlns="urn:t" id="x"><n>1</n><x/></r>"#, #"<r xmlns="urn:t" id="x"/>"#, #"<q/>"#,
        ] {
            let error = try #require(throws: XMLError.self, "\(text)") { try events(text, schema: schema) }
            #expect(error.kind == .invalid, "\(text)")
            #expect(error.location.file == "e.xml")
        }
    }

    @Test func reportsMalformedInputAsMalformedEvenWithASchema() throws {
        let error = try #require(throws: XMLError.self) {
            try events(#"<r xmlns="urn:t" id="x"><n>1</n>"#, schema: try Self.schema.get())
        }
        #expect(error.kind == .malformed)
    }

    @Test func checksAFileReadInPieces() throws {
        let numbers = (0..<100_000).map { "<n>\($0)</n>" }.joined()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID()).xml")
        try Data(#"<r xmlns="urn:t" id="x">\#(numbers)</r>"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let collector = Collector()
        try XMLEventParser(schema: try Self.schema.get()).parse(contentsOf: url, with: collector)
        #expect(collector.events.count == 300_002)
        try Data(#"<r xmlns="urn:t" id="x">\#(numbers)<n>x</n></r>"#.utf8).write(to: url)
        #expect(throws: XMLError.self) {
            try XMLEventParser(schema: try Self.schema.get()).parse(contentsOf: url, with: Collector())
        }
    }
}
