import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXMLCore
import Testing

@Suite("SVG escaping and links")
struct EscapingTests {
    @Test(arguments: HostileStrings.all)
    func hostileTextStaysText(text: String) throws {
        let svg = try RenderedSVG(Fixtures.hostile(text))
        let names = Set(svg.elements.map(\.localName))
        let drawing: Set<String> = [
            "svg", "title", "desc", "style", "defs", "linearGradient", "stop", "path", "g", "rect", "text", "tspan",
            "use",
            "a",
        ]
        #expect(names.isSubset(of: drawing))
        for element in svg.elements {
            for attribute in element.attributes {
                #expect(!attribute.localName.lowercased().hasPrefix("on"))
            }
        }
        #expect(!svg.text.contains("<script"))
        #expect(svg.root.children[0].text == (text.isEmpty ? "Journey map" : text))
        let squeezedText = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if !squeezedText.isEmpty {
            let card = try #require(svg.element(id: "jm-h-item-i1"))
            let drawn = String(card.drawnText.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
            #expect(drawn.contains(squeezedText))
        }
    }

    @Test func quotesAndAmpersandsInAttributesAreEscaped() throws {
        let map = Fixtures.hostile("\"><script>alert(1)</script><x y=\"&amp;")
        let svg = try RenderedSVG(map)
        #expect(svg.text.contains("&lt;script&gt;"))
        // The language is not a language tag, so no lang attribute is written at all.
        #expect(svg.root.attribute("lang") == nil)
        let labelled = svg.elements.compactMap { $0.attribute("aria-label") }
        #expect(labelled.contains("\"><script>alert(1)</script><x y=\"&amp;"))
    }

    @Test func linksAreOnlyHTTPHTTPSAndMailto() throws {
        var map = SampleMaps.clean
        map.stages[0].items[0].links = [
            Link("https://example.com/a?b=1&c=2", title: "Safe"), Link("javascript:alert(1)", title: "Script"),
            Link("JaVaScRiPt:alert(2)"), Link("data:text/html,<script>alert(3)</script>", title: "Data"),
            Link("mailto:team@example.com"), Link("http://example.com"), Link("vbscript:x", title: "VB"),
            Link(" javascript:alert(4)", title: "Spaced"),
        ]
        let svg = try RenderedSVG(map)
        let hrefs = svg.elements(named: "a").flatMap {
            [$0.attribute("href"), $0.attribute("href", namespaceURI: "http://www.w3.org/1999/xlink")].compactMap { $0 }
        }
        #expect(
            hrefs.sorted() == [
                "http://example.com", "http://example.com", "https://example.com/a?b=1&c=2",
                "https://example.com/a?b=1&c=2",
                "mailto:team@example.com", "mailto:team@example.com",
            ])
        #expect(!svg.text.lowercased().contains("href=\"javascript"))
        // Unsafe links are still shown, as plain text.
        let card = try #require(svg.element(id: "jm-clean-item-\(map.stages[0].items[0].id)"))
        for title in ["Script", "Data", "VB", "Spaced", "JaVaScRiPt:alert(2)"] {
            #expect(card.drawnText.contains(title))
        }
    }

    @Test func refusesTextXMLCannotCarry() {
        var map = SampleMaps.clean
        map.stages[0].items[0].text = "bell\u{07}"
        #expect(throws: WriteError.self) { try map.export(as: .svg) }
        map.stages[0].items[0].text = "ok"
        map.title = "\u{FFFE}"
        #expect(throws: WriteError.self) { try map.export(as: .svg) }
    }
}
