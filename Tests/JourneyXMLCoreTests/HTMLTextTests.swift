import JourneyTestSupport
import Testing

@testable import JourneyXMLCore

@Suite("HTMLText")
struct HTMLTextTests {
    @Test(arguments: [
        ("Hello&nbsp;World", "Hello World"),
        ("line one<br>line two", "line one\nline two"),
        ("<div>first</div><div>second</div>", "first\nsecond"),
        ("<div>a</div><div><br></div><div>b</div>", "a\n\nb"),
        ("<b>bold</b> and <i>italic</i>", "bold and italic"),
        ("<font color=\"#ff0000\">Rot &amp; Grün</font>", "Rot & Grün"),
        ("  lots   of\n   space  ", "lots of space"),
        ("<h3>Title</h3><p>Body text</p>", "Title\nBody text"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
        ("<script>alert(1)</script>visible", "visible"),
        ("&#x1F600; &#233;", "😀 é"),
        ("plain text", "plain text"),
        ("", ""),
        ("<span>unclosed", "unclosed"),
        ("<3 you", "<3 you"),
        ("a < b", "a < b"),
        ("<b>bold</b> <i>italic</i> <u>under</u>", "bold italic under"),
    ])
    func turnsLabelsIntoPlainText(html: String, expected: String) {
        #expect(HTMLText.plainText(fromHTML: html) == expected)
    }

    @Test func survivesDeepNesting() {
        let html = String(repeating: "<span>", count: 50_000) + "deep" + String(repeating: "</span>", count: 50_000)
        #expect(HTMLText.plainText(fromHTML: html) == "deep")
    }
}

/// Labels of every kind diagram tools write, built from random pieces, read both by the shortcut for
/// plain formatting and by libxml2's parser: they must give the same text.
@Suite("Label HTML shortcut")
struct PlainLabelHTMLTests {
    private static let texts = [
        "Card 12", "the customer compares", " ", "  ", "\n", "\t", "x", "Grün", "日本語", "😀", "a > b", "café\u{00A0}bar",
        "\r\n", "-", "?", "=", "\"", "'",
    ]
    private static let pieces = [
        "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "<br />", "</br>",
        "<font color=\"#ff0000\">", "</font>", "<span style=\"font-size: 12px; color: rgb(0, 0, 0);\">",
        "<DIV>", "</DIV>", "<div style='a>b'>", "<div/>", "<span/>", "<p>", "</p>", "<li>", "<ul>", "</ul>",
        "<h3>", "</h3>", "<script>", "</script>", "<style>", "</style>", "<!-- c -->", "<a href=\"x\">", "</a>",
        "<table>", "<tr>", "<td>", "</td>", "<unknown>", "</unknown>", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;",
        "&#39;", "&#233;", "&#x1F600;", "&#10;", "&#0;", "&#xD800;", "&apos;", "&AMP;", "&amp", "&foo;", "& ", "<",
        "< b", "<3", "</", "<div class=x>", "<div hidden>", "<span\nstyle=\"x\">", "<b >", "</b >", "<sup>", "</sup>",
        "<strong>", "</strong>", "<meta charset=\"utf-8\">", "<title>", "</title>", "<html>", "<body>", "</body>",
    ]

    @Test(arguments: 0..<8)
    func agreesWithLibxml2(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let converter = HTMLTextConverter()
        var shortcuts = 0
        for _ in 0..<1500 {
            var label = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let choices = Int.random(in: 0..<3, using: &generator) == 0 ? Self.texts : Self.pieces
                label += choices.randomElement(using: &generator)!
            }
            let viaParser = converter.plainTextFromParser(fromHTML: label)
            var bytes = label
            let shortcut = bytes.withUTF8 { PlainLabelHTML.text(of: $0) }
            if let shortcut {
                shortcuts += 1
                #expect(shortcut == viaParser, "label \(label.debugDescription)")
            }
            #expect(converter.plainText(fromHTML: label) == viaParser, "label \(label.debugDescription)")
        }
        // The generator produces plenty of labels the shortcut takes.
        #expect(shortcuts > 100)
    }

    @Test func takesTheLabelsDiagramToolsUsuallyWrite() {
        let labels = [
            "<div>Card 1: compares offers &amp; asks a friend</div>",
            "<b>Bold</b><br>second line",
            "<span style=\"font-size: 14px;\">Sized</span>&nbsp;text",
            "<font color=\"#ff0000\">Rot &amp; Grün</font>",
        ]
        for label in labels {
            var bytes = label
            #expect(bytes.withUTF8 { PlainLabelHTML.text(of: $0) } != nil, "label \(label)")
        }
        for label in ["<p>a</p>", "<!-- c -->x", "a</div>b", "&foo;", "<li>x", "<script>x</script>"] {
            var bytes = label
            #expect(bytes.withUTF8 { PlainLabelHTML.text(of: $0) } == nil, "label \(label)")
        }
    }
}
