import Foundation
import JourneyXML
import Testing

@Suite("Shipped schema")
struct SchemaFileTests {
    @Test func theEmbeddedSchemaIsTheFileInTheSources() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/JourneyXML/journey-map-1.xsd")
        #expect(try String(contentsOf: file, encoding: .utf8) == JourneyXMLSchema.source)
        #expect(JourneyXMLSchema.source.contains(#"targetNamespace="\#(JourneyXMLSchema.namespace)""#))
    }
}
