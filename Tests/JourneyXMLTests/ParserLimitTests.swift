import Foundation
import JourneyModel
import JourneyXMLCore
import Testing

/// The XML parser's fixed limits, documented in ``ReadLimits``, are the ones it enforces, in both
/// of its modes.
@Suite("XML parser limits")
struct ParserLimitTests {
    @Test func readLimitsNameTheParsersOwnLimits() {
        #expect(ReadLimits.maximumMarkupLength == XMLParseOptions.maximumMarkupLength)
        #expect(ReadLimits.maximumElementDepth == XMLEventParser.maximumDepth)
    }

    /// A root with `levels` levels of elements below it.
    private func nested(_ levels: Int) -> Data {
        Data((String(repeating: "<a>", count: levels + 1) + String(repeating: "</a>", count: levels + 1)).utf8)
    }

    private final class Counter: XMLEventHandler {
        var elements = 0
        func startElement(_ element: XMLStartElement) throws { elements += 1 }
    }

    @Test func bothParsersAcceptTheDeepestNestingAllowedAndRefuseOneLevelMore() throws {
        let depth = ReadLimits.maximumElementDepth
        #expect(throws: Never.self) { try XMLDocument(data: nested(depth)) }
        let counter = Counter()
        try XMLEventParser().parse(nested(depth), with: counter)
        #expect(counter.elements == depth + 1)

        let refused = try #require(throws: XMLError.self) { try XMLDocument(data: nested(depth + 1)) }
        #expect(refused.location.line == 1)
        #expect(refused.message.contains("depth"))
        let streamed = try #require(throws: XMLError.self) {
            try XMLEventParser().parse(nested(depth + 1), with: Counter())
        }
        #expect(streamed.message.contains("more than 256 levels below the root"))
    }
}
