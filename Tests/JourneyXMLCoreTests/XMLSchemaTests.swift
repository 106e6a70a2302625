import Foundation
import JourneyXMLCore
import Testing

@Suite("XMLSchema")
struct XMLSchemaTests {
    static let schemaSource = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
          <xs:element name="r">
            <xs:complexType>
              <xs:sequence><xs:element name="n" type="xs:int" maxOccurs="unbounded"/></xs:sequence>
              <xs:attribute name="id" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    @Test func acceptsValidDocuments() throws {
        let schema = try XMLSchema(source: Self.schemaSource, name: "t.xsd")
        let document = try XMLDocument(data: Data(#"<r xmlns="urn:t" id="x"><n>1</n><n>2</n></r>"#.utf8))
        #expect(schema.validate(document).isEmpty)
    }

    @Test func reportsEveryProblemAtTheElementConcerned() throws {
        let schema = try XMLSchema(source: Self.schemaSource, name: "t.xsd")
        let text = """
            <r xmlns="urn:t">
              <n>1</n>
                <n>two</n>
              <x/>
            </r>
            """
        let errors = schema.validate(try XMLDocument(data: Data(text.utf8), fileName: "doc.xml"))
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.location.file == "doc.xml" })
        let lines = errors.map(\.location.line).sorted()
        #expect(lines == [1, 3, 4])
        let two = try #require(errors.first { $0.location.line == 3 })
        #expect(two.location.column == 5)
        #expect(two.message.contains("two"))
    }

    @Test func refusesAnInvalidSchema() {
        #expect(throws: XMLError.self) { try XMLSchema(source: "<xs:schema xmlns:xs=\"wrong\"/>", name: "bad.xsd") }
        #expect(throws: XMLError.self) { try XMLSchema(source: "not xml", name: "bad.xsd") }
    }
}
