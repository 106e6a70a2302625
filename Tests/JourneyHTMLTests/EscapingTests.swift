import Foundation
import Testing

@testable import JourneyHTML

@Suite("Escaping for each context of a page")
struct EscapingTests {
    @Test func escapesElementTextSoNoTagCanStart() {
        #expect(HTMLEscaping.text("<script>a && b</script>") == "&lt;script&gt;a &amp;&amp; b&lt;/script&gt;")
        #expect(HTMLEscaping.text("say \"hi\" 'there'") == "say \"hi\" 'there'")
        #expect(HTMLEscaping.text("&lt; stays text") == "&amp;lt; stays text")
    }

    @Test func escapesBothQuotesInAttributeValues() {
        #expect(HTMLEscaping.attribute("\" onload=\"x") == "&quot; onload=&quot;x")
        #expect(HTMLEscaping.attribute("' onload='x") == "&#39; onload=&#39;x")
        #expect(HTMLEscaping.attribute("a<b>&c") == "a&lt;b&gt;&amp;c")
    }

    @Test func normalizesLineBreaksAsAParserWould() {
        #expect(HTMLEscaping.text("a\r\nb\rc\nd\u{2028}e\u{2029}f") == "a\nb\nc\nd\ne\nf")
        #expect(HTMLEscaping.text("a\r\r\nb") == "a\n\nb")
    }

    @Test func replacesCharactersHTMLDoesNotAllow() {
        let forbidden: [UInt32] = [0x0, 0x1, 0x7F, 0x85, 0xFDD0, 0xFFFE, 0x1FFFF, 0x10FFFF]
        for value in forbidden {
            var text = "a"
            text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
            #expect(HTMLEscaping.text(text + "b") == "a\u{FFFD}b", "U+\(String(value, radix: 16))")
        }
        #expect(HTMLEscaping.text("tab\tform\u{0C}feed 😀 עברית") == "tab\tform\u{0C}feed 😀 עברית")
    }

    @Test func writesElementsWithEscapedTextAndAttributes() {
        var output = HTMLOutput()
        output.open("p", [("class", "a\"b"), ("title", nil)])
        output.text("<b>")
        output.open("br")
        output.element("span", [("data-x", "'")], text: "&")
        output.close()
        #expect(output.html == "<p class=\"a&quot;b\">&lt;b&gt;<br><span data-x=\"&#39;\">&amp;</span></p>")
        #expect(output.depth == 0)
    }

    @Test func writesBooleanAttributesByName() {
        var output = HTMLOutput()
        output.open("input", [("type", "checkbox")], flags: ["checked", "disabled"])
        #expect(output.html == "<input type=\"checkbox\" checked disabled>")
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func hashesWithSHA256(input: String, expected: String) {
        let digest = SHA256.digest(Array(input.utf8))
        #expect(digest.map { String(format: "%02x", $0) }.joined() == expected)
    }

    @Test func decodesCharacterReferencesInAttributeValues() {
        #expect(EmbeddedSource.decodeReferences("a&amp;b&quot;&#39;&#x41;&lt;") == "a&b\"'A<")
        #expect(EmbeddedSource.decodeReferences("&unknown; & &#xZZ;") == "&unknown; & &#xZZ;")
    }

    @Test func findsDataBlocksWhateverTheCaseAndQuoting() {
        let page = Array(
            """
            <p>&lt;script type="application/vnd.journeykit.map+xml"&gt;</p>
            <SCRIPT data-x=1 TYPE='Application/Vnd.JourneyKit.Map+XML' >abc</Script >
            <script type=text/plain>no</script><script type="application/vnd.journeykit.map+xml">
            def
            """.utf8)
        let blocks = EmbeddedSource.blocks(in: page)
        #expect(blocks.count == 2)
        #expect(blocks.first.map { String(decoding: $0.content, as: UTF8.self) } == "abc")
        #expect(blocks.first?.line == 2)
        #expect(blocks.first?.isTerminated == true)
        #expect(blocks.last?.isTerminated == false)
    }
}
