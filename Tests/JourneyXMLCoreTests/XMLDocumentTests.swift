import Foundation
import JourneyXMLCore
import Testing

@Suite("XMLDocument")
struct XMLDocumentTests {
    private func parse(_ text: String, options: XMLParseOptions = XMLParseOptions()) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), fileName: "test.xml", options: options)
    }

    private func parseError(_ text: String, options: XMLParseOptions = XMLParseOptions()) -> XMLError? {
        do {
            _ = try parse(text, options: options)
            return nil
        } catch let error as XMLError {
            return error
        } catch {
            Issue.record("unexpected error type \(error)")
            return nil
        }
    }

    @Test func readsElementsAttributesAndText() throws {
        let document = try parse(
            #"<r xmlns="urn:x" a="1 &amp; 2"><c>one</c><c><![CDATA[<two>]]></c><d xmlns="urn:y"/></r>"#)
        let root = document.root
        #expect(root.localName == "r")
        #expect(root.namespaceURI == "urn:x")
        #expect(root.attribute("a") == "1 & 2")
        #expect(root.attribute("missing") == nil)
        #expect(root.children.map(\.localName) == ["c", "c", "d"])
        #expect(root.children(named: "c", namespaceURI: "urn:x").map(\.text) == ["one", "<two>"])
        #expect(root.children[2].namespaceURI == "urn:y")
        #expect(root.textContent == "one<two>")
        #expect(root.attributes == [XMLAttribute(localName: "a", namespaceURI: nil, value: "1 & 2")])
    }

    @Test func keepsWhiteSpaceAndLineBreaksInText() throws {
        let document = try parse("<r>  a\n\tb  </r>")
        #expect(document.root.text == "  a\n\tb  ")
        #expect(document.root.hasSignificantText)
        #expect(try !parse("<r>\n  </r>").root.hasSignificantText)
    }

    @Test func locatesElementsByLineAndColumnOfTheirStartTag() throws {
        let text = """
            <root>
              <a/><b x="1"
                     y="2">text</b>
                <ü-é><c/></ü-é>
            </root>
            """
        let root = try parse(text).root
        #expect(root.location.line == 1 && root.location.column == 1)
        let children = root.children
        #expect(children[0].location == XMLSourceLocation(file: "test.xml", line: 2, column: 3))
        #expect(children[1].location == XMLSourceLocation(file: "test.xml", line: 2, column: 7))
        #expect(children[2].location == XMLSourceLocation(file: "test.xml", line: 4, column: 5))
        // Columns count characters, not bytes.
        #expect(children[2].children[0].location == XMLSourceLocation(file: "test.xml", line: 4, column: 10))
    }

    @Test func reportsTruncatedDocumentsWithLineAndColumn() throws {
        let error = try #require(parseError("<root>\n  <a>text</a>\n  <b>"))
        #expect(error.location.file == "test.xml")
        #expect(error.location.line == 3)
        #expect(error.location.column > 0)
        #expect(error.description.hasPrefix("test.xml:3:"))
    }

    @Test func reportsMismatchedTags() throws {
        let error = try #require(parseError("<a>\n<b></c>\n</a>"))
        #expect(error.location.line == 2)
        #expect(error.message.contains("mismatch"))
    }

    @Test func refusesEmptyAndNonXMLInput() throws {
        #expect(parseError("")?.message == "the document is empty")
        #expect(parseError("   ")?.message != nil)
        let notXML = try #require(parseError("name,stage\nAnna,Awareness\n"))
        #expect(notXML.location.line == 1)
    }

    @Test func refusesDocumentTypeDeclarationsByDefault() throws {
        let error = try #require(parseError("<?xml version=\"1.0\"?>\n<!DOCTYPE r>\n<r/>"))
        #expect(error.message.contains("document type"))
        #expect(error.location.line == 2)
    }

    @Test func refusesExternalEntitiesWithoutReadingThem() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-secret-\(UUID()).txt")
        try "TOP SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> ]>
            <r>&xxe;</r>
            """
        let rejected = try #require(parseError(text))
        #expect(rejected.message.contains("document type"))
        let alsoRejected = try #require(
            parseError(text, options: XMLParseOptions(documentTypes: .allowWithoutEntities)))
        #expect(alsoRejected.message.contains("entit"))
        #expect(!alsoRejected.message.contains("TOP SECRET"))
    }

    @Test func refusesEntityExpansionBombs() throws {
        var declarations = #"<!ENTITY a0 "lol">"#
        for level in 1...10 {
            declarations += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let text = "<?xml version=\"1.0\"?><!DOCTYPE r [\(declarations)]><r>&a10;</r>"
        #expect(parseError(text) != nil)
        #expect(parseError(text, options: XMLParseOptions(documentTypes: .allowWithoutEntities)) != nil)
    }

    @Test func acceptsADocumentTypeWithoutEntitiesWhenAllowed() throws {
        let text =
            #"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>"#
        #expect(parseError(text) != nil)
        let document = try parse(text, options: XMLParseOptions(documentTypes: .allowWithoutEntities))
        #expect(document.root.localName == "svg")
    }

    @Test func acceptsADocumentTypeWithoutAnInternalSubsetWhenAllowed() throws {
        let options = XMLParseOptions(documentTypes: .allowWithoutInternalSubset)
        let svg =
            #"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" ><svg/>"#
        #expect(try parse(svg, options: options).root.localName == "svg")
        #expect(try parse("<!DOCTYPE r>\n<r/>", options: options).root.localName == "r")
        for text in [
            "<!DOCTYPE r []><r/>", "<!DOCTYPE r [<!ELEMENT r ANY>]><r/>", #"<!DOCTYPE r [<!ENTITY e "x">]><r/>"#,
        ] {
            let error = try #require(parseError(text, options: options))
            #expect(error.message.contains("internal subset"), "\(text)")
        }
    }

    @Test func neverLoadsTheDTDADocumentTypeNames() throws {
        let dtd = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-\(UUID()).dtd")
        try #"<!ENTITY secret "TOP SECRET"><!ATTLIST r loaded CDATA "yes">"#.write(
            to: dtd, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dtd) }
        let options = XMLParseOptions(documentTypes: .allowWithoutInternalSubset)
        let plain = try parse(#"<!DOCTYPE r SYSTEM "\#(dtd.absoluteString)"><r/>"#, options: options)
        #expect(plain.root.attribute("loaded") == nil)
        let error = try #require(
            parseError(#"<!DOCTYPE r SYSTEM "\#(dtd.absoluteString)"><r>&secret;</r>"#, options: options))
        #expect(!error.message.contains("TOP SECRET"))
    }

    @Test func refusesAbsurdNesting() throws {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = try #require(parseError(text))
        #expect(error.message.lowercased().contains("depth"))
    }

    @Test func readsUTF16AndDeclaredEncodings() throws {
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>Grüße 😀</r>".utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        #expect(try XMLDocument(data: utf16).root.text == "Grüße 😀")
        let latin1 =
            Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>".utf8) + Data([0x47, 0x72, 0xFC, 0xDF, 0x65])
            + Data("</r>".utf8)
        #expect(try XMLDocument(data: latin1).root.text == "Grüße")
    }

    @Test func parsesDocumentsConcurrently() async throws {
        let text = "<r>" + String(repeating: "<c a=\"1\">x</c>", count: 200) + "</r>"
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try XMLDocument(data: Data(text.utf8)).root.children.count } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 200, count: 8))
    }
}
