import Foundation
import JourneyTestSupport
import JourneyXMLCore
import Testing

/// Records events as strings: `<name a=v@depth:line`, `</name@depth>`, text.
private final class Recorder: XMLEventHandler {
    var events: [String] = []
    var text = ""
    var stopAt: String?

    struct Stop: Error {}

    func startElement(_ element: XMLStartElement) throws {
        flush()
        let attributes = element.attributes.map { attribute in
            let prefix = attribute.namespaceURI.map { "{\($0.string)}" } ?? ""
            return " \(prefix)\(attribute.localName.string)=\(attribute.value.string)"
        }.joined()
        events.append("<\(element.localName.string)\(attributes)@\(element.depth):\(element.line)")
        if element.localName.string == stopAt { throw Stop() }
    }

    func endElement(_ name: XMLName, depth: Int) throws {
        flush()
        events.append("</\(name.string)@\(depth)>")
    }

    func characters(_ value: XMLValue) throws { text += value.string }

    private func flush() {
        if !text.isEmpty { events.append(text) }
        text = ""
    }
}

@Suite("XMLEventParser")
struct XMLEventParserTests {
    private func events(_ xml: String, options: XMLParseOptions = XMLParseOptions()) throws -> [String] {
        let recorder = Recorder()
        try XMLEventParser(fileName: "e.xml", options: options).parse(Data(xml.utf8), with: recorder)
        return recorder.events
    }

    @Test func reportsElementsAttributesTextAndDepthInOrder() throws {
        let xml =
            "<r xmlns=\"urn:x\" xmlns:p=\"urn:p\">\n  <a k=\"v\" p:q=\"1\">text &amp; more</a>\n<b/><!-- c --></r>"
        #expect(
            try events(xml) == [
                "<r@0:1", "\n  ", "<a k=v {urn:p}q=1@1:2", "text & more", "</a@1>", "\n", "<b@1:3", "</b@1>", "</r@0>",
            ])
    }

    @Test func decodesReferencesInAttributesWhateverTheirForm() throws {
        // libxml2 hands `&` back as `&#38;` in attribute values; the value view undoes that.
        let xml = #"<r a="&lt;div&gt;x &amp;amp; y&lt;/div&gt;" b="&#38;&#x26;&quot;&#233;" c="tab&#9;end"/>"#
        #expect(try events(xml) == ["<r a=<div>x &amp; y</div> b=&&\"é c=tab\tend@0:1", "</r@0>"])
    }

    @Test func readsNumbersAndComparesNamesWithoutCopying() throws {
        final class Numbers: XMLEventHandler {
            var values: [Double?] = []
            var matched = 0
            func startElement(_ element: XMLStartElement) {
                if element.localName == "g" { matched += 1 }
                for attribute in element.attributes { values.append(attribute.value.number) }
                if let x = element.attribute("x"), x == "12.5" { matched += 1 }
                if let label = element.attribute("label"), label == "a&b", label.equals("a&b") { matched += 1 }
            }
        }
        let numbers = Numbers()
        try XMLEventParser().parse(
            Data(#"<g x="12.5" y="-3" w="1e3" h=" 4" z="" n="12px" big="1e400" label="a&amp;b"/>"#.utf8), with: numbers)
        #expect(numbers.values == [12.5, -3, 1000, nil, nil, nil, .infinity, nil])
        #expect(numbers.matched == 3)
    }

    @Test func readsNumbersAsSwiftReadsThem() throws {
        final class Values: XMLEventHandler {
            var pairs: [(text: String, number: Double?)] = []
            func startElement(_ element: XMLStartElement) {
                for attribute in element.attributes { pairs.append((attribute.value.string, attribute.value.number)) }
            }
        }
        var texts = [
            "0", "-0", "+0", "1.", ".5", "-.5", "+.25", ".", "+", "-", "1.2.3", "00012", "12.50", "1e5", "1E-3", "0x10",
            "inf", "-infinity", "nan", "123456789012345", "1234567890123456", "0.1", "0.3", "2.675", "1.005",
            "0.000000000000000000001", "9007199254740993", "3.141592653589793", "-1234.5678", "1,5", "1 ", "٣",
        ]
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let integer = Int.random(in: -500_000..<500_000, using: &generator)
            let fraction = Int.random(in: 0..<65_536, using: &generator)
            let places = Int.random(in: 0..<8, using: &generator)
            texts.append(places == 0 ? "\(integer)" : "\(integer).\(String(fraction).prefix(places))")
        }
        let attributes = texts.enumerated().map { #"a\#($0.offset)="\#($0.element)""# }.joined(separator: " ")
        let values = Values()
        try XMLEventParser().parse(Data("<g \(attributes)/>".utf8), with: values)
        #expect(values.pairs.count == texts.count)
        for (text, number) in values.pairs {
            let expected = Double(text)
            #expect(number == expected || (number?.isNaN == true && expected?.isNaN == true), "\(text)")
            if let number, let expected, number == 0 { #expect(number.sign == expected.sign, "\(text)") }
        }
    }

    @Test func givesTheLineOfEachStartTagEvenWhenItSpansLines() throws {
        let xml = "<r>\n<a\n  k=\"1\"\n  l=\"2\"/>\n\n<b/></r>"
        let starts = try events(xml).filter { $0.hasPrefix("<") && !$0.hasPrefix("</") }
        #expect(starts == ["<r@0:1", "<a k=1 l=2@1:2", "<b@1:6"])
    }

    @Test func readsFilesInPiecesLikeData() throws {
        // Larger than one piece, so elements straddle the boundaries between pieces.
        var xml = "<r>"
        for index in 0..<20_000 {
            xml += "<item n=\"\(index)\" label=\"&lt;b&gt;\(index)&lt;/b&gt;\">t\(index)</item>\n"
        }
        xml += "</r>"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = Recorder()
        try XMLEventParser(fileName: "e.xml").parse(contentsOf: url, with: fromFile)
        let fromData = try events(xml)
        #expect(fromFile.events == fromData)
        #expect(fromData.count == 20_000 * 4 + 2)
        #expect(fromData[fromData.count - 5] == "<item n=19999 label=<b>19999</b>@1:20000")
    }

    @Test func honoursUTF16AndDeclaredEncodings() throws {
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<r a=\"é😀\">ü</r>".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let recorder = Recorder()
        try XMLEventParser().parse(utf16, with: recorder)
        #expect(recorder.events == ["<r a=é😀@0:1", "ü", "</r@0>"])

        let latin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>".utf8) + Data([0xE9]) + Data("</r>".utf8)
        let other = Recorder()
        try XMLEventParser().parse(latin1, with: other)
        #expect(other.events == ["<r@0:1", "é", "</r@0>"])
    }

    @Test func reportsMalformedAndTruncatedInputWithItsPlace() throws {
        let malformed = try #require(throws: XMLError.self) { try events("<r>\n<a>\n</b></r>") }
        #expect(malformed.location.file == "e.xml")
        #expect(malformed.location.line == 3)
        #expect(malformed.location.column > 0)
        let truncated = try #require(throws: XMLError.self) { try events("<r><a k=\"1\">text") }
        #expect(truncated.location.line == 1)
        #expect(throws: XMLError.self) { try events("not xml at all") }
        #expect(throws: XMLError.self) { try XMLEventParser().parse(Data(), with: Recorder()) }
    }

    @Test func refusesDocumentTypesEntitiesAndUndeclaredReferences() throws {
        let doctype = try #require(throws: XMLError.self) { try events("<!DOCTYPE r>\n<r/>") }
        #expect(doctype.message.contains("document type"))
        let allowed = XMLParseOptions(documentTypes: .allowWithoutEntities)
        #expect(try events("<!DOCTYPE r><r/>", options: allowed) == ["<r@0:1", "</r@0>"])
        let entity = try #require(throws: XMLError.self) {
            try events(#"<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>"#, options: allowed)
        }
        #expect(entity.message.contains("entit"))
        let laughs = """
            <!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><r>&b;</r>
            """
        #expect(throws: XMLError.self) { try events(laughs, options: allowed) }
        // With an external subset libxml2 only warns about an undeclared entity and drops it.
        let external = #"<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r a="&x;">&y;</r>"#
        #expect(throws: XMLError.self) { try events(external, options: allowed) }
        #expect(throws: XMLError.self) { try events("<r>&undeclared;</r>") }
    }

    @Test func acceptsADocumentTypeWithoutAnInternalSubsetWhenAllowed() throws {
        let options = XMLParseOptions(documentTypes: .allowWithoutInternalSubset)
        let svg = #"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#
        #expect(try events(svg + "\n<svg/>", options: options) == ["<svg@0:2", "</svg@0>"])
        #expect(try events("<!DOCTYPE r SYSTEM 'r.dtd'  ><r/>", options: options) == ["<r@0:1", "</r@0>"])
        for text in [
            "<!DOCTYPE r []><r/>", "<!DOCTYPE r\n[<!ELEMENT r ANY>]><r/>", #"<!DOCTYPE r [<!ENTITY e "x">]><r/>"#,
        ] {
            let error = try #require(throws: XMLError.self) { try events(text, options: options) }
            #expect(error.message.contains("internal subset"), "\(text)")
        }
        // The DTD is not loaded: its entities stay undeclared, so references are refused.
        let external = #"<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r>&y;</r>"#
        #expect(throws: XMLError.self) { try events(external, options: options) }
    }

    @Test func stopsAtTheHandlersErrorAndRethrowsIt() throws {
        let recorder = Recorder()
        recorder.stopAt = "b"
        #expect(throws: Recorder.Stop.self) {
            try XMLEventParser().parse(Data("<r><a/><b/><c/></r>".utf8), with: recorder)
        }
        #expect(recorder.events == ["<r@0:1", "<a@1:1", "</a@1>", "<b@1:1"])
    }

    @Test func refusesNestingBeyondLibxml2sLimit() throws {
        final class Deepest: XMLEventHandler {
            var depth = 0
            func startElement(_ element: XMLStartElement) { depth = max(depth, element.depth) }
        }
        let deepest = Deepest()
        let deep = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        let error = try #require(throws: XMLError.self) { try XMLEventParser().parse(Data(deep.utf8), with: deepest) }
        #expect(error.message.contains("more than 256 levels below the root"))
        #expect(deepest.depth == 256)
        let fine = String(repeating: "<a>", count: 255) + String(repeating: "</a>", count: 255)
        let allowed = Deepest()
        try XMLEventParser().parse(Data(fine.utf8), with: allowed)
        #expect(allowed.depth == 254)
    }

    @Test func readsUTF16AndUTF32ByTheirByteOrderMarkWhateverTheDeclarationSays() throws {
        // Enough elements that the file is read in several pieces, with characters of every length
        // cut between them; the declaration names UTF-8, as files saved as "Unicode" often still do.
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>"
        for index in 0..<30_000 { xml += "<c n=\"\(index) ü\">a€😀</c>\n" }
        xml += "</r>"
        let expected = try events(xml)
        let folder = try Commands.temporaryFolder(prefix: "xml-encodings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let encodings: [([UInt8], String.Encoding)] = [
            ([0xFF, 0xFE], .utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian),
            ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian), ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
        ]
        for (mark, encoding) in encodings {
            let data = Data(mark) + xml.data(using: encoding)!
            let fromData = Recorder()
            try XMLEventParser(fileName: "e.xml").parse(data, with: fromData)
            #expect(fromData.events == expected, "\(encoding)")
            let url = folder.appendingPathComponent("e.xml")
            try data.write(to: url)
            let fromFile = Recorder()
            try XMLEventParser(fileName: "e.xml").parse(contentsOf: url, with: fromFile)
            #expect(fromFile.events == expected, "\(encoding), read from the file")
            let document = try XMLDocument(data: data, fileName: "e.xml")
            #expect(document.root.children.count == 30_000)
            #expect(document.root.children.last?.text == "a€😀")
            #expect(document.root.children.last?.location.line == 30_001)
        }
    }
}

@Suite("Markup beyond libxml2's limit")
struct MarkupLimitMessageTests {
    private final class Ignore: XMLEventHandler {
        func startElement(_ element: XMLStartElement) throws {}
    }

    @Test func namesTheLimitInsteadOfHugeInputLookup() throws {
        #expect(XMLParseOptions.maximumMarkupLength == 10_000_000)
        let xml = Data(("<r>\n<c a=\"" + String(repeating: "x", count: 10_500_000) + "\"/></r>").utf8)
        let error = try #require(throws: XMLError.self) {
            try XMLEventParser(fileName: "big.xml").parse(xml, with: Ignore())
        }
        #expect(
            error.message.contains("longer than the 10,000,000 bytes libxml2 reads in one piece"), "\(error.message)")
        let document = try #require(throws: XMLError.self) { try XMLDocument(data: xml, fileName: "big.xml") }
        #expect(document.message.contains("10,000,000 bytes"), "\(document.message)")
    }

    @Test func findsTheFirstMarkupLongerThanALimit() {
        func scan(_ text: String, limit: Int) -> (length: Int, line: Int)? {
            Array(text.utf8).withUnsafeBytes { MarkupScan.firstMarkup(in: $0, longerThan: limit) }
        }
        let text = "<a x=\"1 > 2\">text that is long but text</a>\n<!-- a comment > with > signs -->\n<b/>"
        #expect(scan(text, limit: 12)?.length == 13 && scan(text, limit: 12)?.line == 1)
        #expect(scan(text, limit: 20)?.length == 33 && scan(text, limit: 20)?.line == 2)
        #expect(scan(text, limit: 40) == nil)
        #expect(scan("<?pi with > inside ?><c/>", limit: 15)?.length == 21)
        #expect(scan("<![CDATA[ a > b ]]>", limit: 10)?.length == 19)
    }
}
