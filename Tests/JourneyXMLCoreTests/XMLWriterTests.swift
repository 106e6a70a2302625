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

@Suite("XMLFragment")
struct XMLFragmentTests {
    private static let hostile = "<a href=\"x\">&amp; 'quoted'\ttab\nline\r\nCRLF\u{00A0}😀 é"

    /// Writes the same elements through the writer's calls and through a fragment.
    private func both(_ calls: (inout XMLFragment) throws -> Void, _ direct: (XMLWriter) throws -> Void) throws
        -> (fragment: String, writer: String)
    {
        let viaFragment = try XMLWriter(indentation: nil)
        try viaFragment.startDocument()
        try viaFragment.startElement("r")
        var fragment = XMLFragment()
        try calls(&fragment)
        try viaFragment.write(fragment)
        try viaFragment.endElement()
        let viaWriter = try XMLWriter(indentation: nil)
        try viaWriter.startDocument()
        try viaWriter.startElement("r")
        try direct(viaWriter)
        try viaWriter.endElement()
        return (
            String(decoding: try viaFragment.finish(), as: UTF8.self),
            String(decoding: try viaWriter.finish(), as: UTF8.self)
        )
    }

    @Test func escapesExactlyAsTheWriterDoes() throws {
        for text in [Self.hostile, "plain", "", "]]>", "\r", "a\"b", "tab\there"] {
            let (fragment, writer) = try both(
                { fragment in
                    try fragment.startElement("c")
                    try fragment.writeAttribute("value", text)
                    try fragment.writeText(text)
                    try fragment.endElement()
                    try fragment.startElement("empty")
                    try fragment.writeAttribute("x", "1")
                    try fragment.endElement()
                    try fragment.startElement("sub")
                    try fragment.writeText(text[...])
                    try fragment.endElement()
                },
                { writer in
                    try writer.startElement("c")
                    try writer.writeAttribute("value", text)
                    try writer.writeText(text)
                    try writer.endElement()
                    try writer.startElement("empty")
                    try writer.writeAttribute("x", "1")
                    try writer.endElement()
                    try writer.startElement("sub")
                    try writer.writeText(text)
                    try writer.endElement()
                })
            // An element given empty text is closed with an end tag by both.
            #expect(fragment == writer, "\(text.debugDescription)")
            let root = try XMLDocument(data: Data(fragment.utf8)).root
            #expect(root.children[0].attribute("value") == text)
            #expect(root.children[0].text == text)
        }
    }

    @Test func refusesWhatXMLCannotCarryAndNamesItDoesNotKnow() throws {
        var fragment = XMLFragment()
        try fragment.startElement("a")
        #expect(throws: XMLError.self) { try fragment.writeAttribute("v", "nul\u{0}") }
        #expect(throws: XMLError.self) { try fragment.writeText("\u{FFFF}") }
        #expect(throws: XMLError.self) { try fragment.startElement("1bad") }
        #expect(throws: XMLError.self) { try fragment.startElement("a b") }
        #expect(throws: XMLError.self) { try fragment.writeAttribute("x\"", "1") }
        try fragment.writeText("content")
        #expect(throws: XMLError.self) { try fragment.writeAttribute("late", "1") }
        let balancedWithAnOpenElement = fragment.isBalanced
        #expect(!balancedWithAnOpenElement)
        let writer = try XMLWriter(indentation: nil)
        try writer.startElement("r")
        #expect(throws: XMLError.self) { try writer.write(fragment) }
        try fragment.endElement()
        #expect(throws: XMLError.self) { try fragment.endElement() }
        let balanced = fragment.isBalanced
        let size = fragment.count
        #expect(balanced && size > 0)
        try writer.write(fragment)
        fragment.removeAll()
        let emptied = fragment.count
        #expect(emptied == 0)
    }
}
