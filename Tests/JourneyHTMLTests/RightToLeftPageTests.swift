import Foundation
import JourneyHTML
import JourneyModel
import JourneyTestSupport
import Testing

/// Pages of maps written from right to left read from the right.
@Suite("Right-to-left pages")
struct RightToLeftPageTests {
    private func page(_ map: JourneyMap, locale: String? = nil) throws -> String {
        String(decoding: try JourneyHTMLFormat(locale: locale).write(map), as: UTF8.self)
    }

    /// The x positions of the emotion curve's markers, in document order.
    private func markerPositions(_ html: String) throws -> [Double] {
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = html[start.lowerBound..<end.upperBound]
        var positions: [Double] = []
        var rest = svg[...]
        while let use = rest.range(of: "<use ") {
            let tail = rest[use.upperBound...]
            if let x = tail.range(of: " x=\""), let close = tail[x.upperBound...].firstIndex(of: "\""),
                let value = Double(tail[x.upperBound..<close])
            {
                positions.append(value)
            }
            rest = tail
        }
        return positions
    }

    @Test func anArabicPageIsRightToLeftAndItsCurveRunsFromTheRight() throws {
        var map = LocalizedMaps.everyChromeWord(language: "en")
        map.language = "ar"
        let arabic = try page(map)
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        // Arabic in Latin letters: the same words, left to right.
        let latin = try page(map, locale: "ar-Latn")
        #expect(latin.contains("<html lang=\"ar\">"))
        // The table's columns run from the right in the browser; the curve above them follows.
        let ltr = try markerPositions(latin)
        let rtl = try markerPositions(arabic)
        #expect(ltr.count >= 2 && ltr.count == rtl.count)
        let width = Double(map.stages.count) * 200
        for (left, right) in zip(ltr, rtl) { #expect(abs(right - (width - left)) < 0.02, "\(left) → \(right)") }
        #expect(zip(ltr, rtl).contains { abs($0 - $1) > 1 })
    }

    @Test func theLocaleDecidesOverTheMapsLanguage() throws {
        let map = LocalizedMaps.everyChromeWord(language: "en")
        #expect(try page(map, locale: "he").contains(" dir=\"rtl\""))
        var arabic = map
        arabic.language = "ar"
        #expect(!(try page(arabic, locale: "en")).contains(" dir=\"rtl\""))
    }

    @Test func theStyleSheetUsesLogicalSides() throws {
        let html = try page(LocalizedMaps.everyChromeWord(language: "ja"))
        // A page written from right to left mirrors its sides: no physical left or right is named.
        for physical in ["border-left:", "padding-left:", "text-align:left", "border-right:", "{left:", ";left:"] {
            #expect(!html.contains(physical), "\(physical)")
        }
        #expect(html.contains(":lang(ja),:lang(zh){line-break:strict}"))
    }
}
