import Foundation
import JourneyXMLCore
import Testing

@Suite("XMLStreamReader")
struct XMLStreamReaderTests {
    @Test func walksElementsTextAndAttributesInOrder() throws {
        let reader = try XMLStreamReader(
            data: Data(#"<r xmlns="urn:x"><a k="v">text</a><b/><!-- c --></r>"#.utf8), fileName: "s.xml")
        var events: [String] = []
        while try reader.read() {
            switch reader.nodeKind {
            case .element:
                let attributes = reader.attributes.map { "\($0.localName)=\($0.value)" }.joined()
                events.append(
                    "<\(reader.localName)\(attributes.isEmpty ? "" : " " + attributes)\(reader.isEmptyElement ? "/" : "")@\(reader.depth)"
                )
            case .endElement: events.append("</\(reader.localName)>")
            case .text: events.append(reader.value ?? "")
            case .comment: events.append("#\(reader.value ?? "")")
            default: break
            }
        }
        #expect(events == ["<r@0", "<a k=v@1", "text", "</a>", "<b/@1", "# c ", "</r>"])
    }

    @Test func namesAttributesAndNamespaces() throws {
        let reader = try XMLStreamReader(data: Data(#"<r xmlns="urn:x" xmlns:p="urn:p" p:a="1" b="2"/>"#.utf8))
        #expect(try reader.read())
        #expect(reader.namespaceURI == "urn:x")
        #expect(reader.attribute("b") == "2")
        #expect(reader.attribute("a", namespaceURI: "urn:p") == "1")
    }

    @Test func reportsMalformedInputWithItsLine() throws {
        let reader = try XMLStreamReader(data: Data("<r>\n<a>\n</b></r>".utf8), fileName: "s.xml")
        let error = try #require(
            throws: XMLError.self,
            performing: {
                while try reader.read() {}
            })
        #expect(error.location.file == "s.xml")
        #expect(error.location.line == 3)
    }

    @Test func refusesDocumentTypesAndEntityReferences() throws {
        let doctype = try XMLStreamReader(data: Data("<!DOCTYPE r><r/>".utf8))
        #expect(throws: XMLError.self) { while try doctype.read() {} }
        let entity = try XMLStreamReader(
            data: Data(#"<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>"#.utf8),
            options: XMLParseOptions(documentTypes: .allowWithoutEntities))
        #expect(throws: XMLError.self) { while try entity.read() {} }
    }

    @Test func refusesEmptyInput() {
        #expect(throws: XMLError.self) { try XMLStreamReader(data: Data()) }
    }
}
