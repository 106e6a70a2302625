import Foundation
import JourneyXMLCore
import Testing

@Suite("XMLWriter")
struct XMLWriterTests {
    @Test func escapesTextAndAttributesSoTheyReadBackExactly() throws {
        let hostile = "<a href=\"x\">&amp; 'quoted'\ttab\nline\r\nCRLF\u{00A0}😀"
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("r", namespaceURI: "urn:x")
        try writer.writeAttribute("value", hostile)
        try writer.writeElement("c", text: hostile)
        try writer.endElement()
        let data = try writer.finish()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<a href"))
        let root = try XMLDocument(data: data).root
        #expect(root.namespaceURI == "urn:x")
        #expect(root.attribute("value") == hostile)
        #expect(root.children[0].text == hostile)
    }

    @Test func writesTheSameBytesForTheSameCalls() throws {
        func write() throws -> Data {
            let writer = try XMLWriter(indentation: "  ")
            try writer.startDocument()
            try writer.startElement("r")
            try writer.startElement("empty")
            try writer.endElement()
            try writer.writeElement("t", text: "x")
            try writer.endElement()
            return try writer.finish()
        }
        let first = try write()
        #expect(first == (try write()))
        #expect(
            String(decoding: first, as: UTF8.self)
                == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\n  <empty/>\n  <t>x</t>\n</r>\n")
    }

    @Test func refusesCharactersXMLCannotCarry() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("r")
        #expect(throws: XMLError.self) { try writer.writeText("bell\u{07}") }
        #expect(throws: XMLError.self) { try writer.writeAttribute("a", "nul\u{0}") }
        #expect(throws: XMLError.self) { try writer.writeText("\u{FFFF}") }
        #expect(XMLWriter.isRepresentable("\t") && XMLWriter.isRepresentable("\u{10FFFF}"))
    }

    @Test func refusesUnbalancedCalls() throws {
        let writer = try XMLWriter()
        #expect(throws: XMLError.self) { try writer.endElement() }
        _ = try writer.finish()
        #expect(throws: XMLError.self) { try writer.startElement("late") }
    }
}
