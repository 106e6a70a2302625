import JourneyXMLCore
import Testing

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
    ])
    func turnsLabelsIntoPlainText(html: String, expected: String) {
        #expect(HTMLText.plainText(fromHTML: html) == expected)
    }

    @Test func survivesDeepNesting() {
        let html = String(repeating: "<span>", count: 50_000) + "deep" + String(repeating: "</span>", count: 50_000)
        #expect(HTMLText.plainText(fromHTML: html) == "deep")
    }
}
