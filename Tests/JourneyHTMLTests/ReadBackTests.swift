import Foundation
import JourneyHTML
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

@Suite("Reading pages back")
struct ReadBackTests {
    @Test func readsBackEveryFieldExactly() throws {
        let map = SampleMaps.everyField
        let page = try map.export(as: .html)
        #expect(try JourneyMap(page, format: .html) == map)
    }

    @Test func readsBackTheHostileMapExactly() throws {
        let map = HostileMap.map
        let page = try map.export(as: .html)
        let again = try JourneyMap(page, format: .html)
        #expect(again == map)
        #expect(again.stages[0].items.contains { $0.text.contains("</script>") })
        #expect(again.stages[0].items.contains { $0.text.contains("]]>") })
        #expect(again.stages[0].items.contains { $0.text.contains("<!--") })
    }

    @Test(arguments: 0..<60)
    func readsBackGeneratedMaps(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let page = try map.export(as: .html)
        let again = try JourneyMap(page, format: .html)
        #expect(again == map, "seed \(seed)")
        #expect(try again.export(as: .html) == page, "seed \(seed)")
    }

    @Test func recognizesItsOwnPagesOnly() throws {
        let format = JourneyHTMLFormat()
        let page = try SampleMaps.clean.export(as: .html)
        #expect(format.recognizes(ContentSample(page)))
        #expect(format.recognizes(ContentSample(try SampleMaps.clean.export(as: .html(embedsSource: false)))))
        let others = [
            "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
            "<html><body><script type=\"text/plain\">JourneyKit</script></body></html>",
            String(decoding: try SampleMaps.clean.export(as: .xml), as: UTF8.self),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", "{\"title\": \"x\"}", "",
        ]
        for other in others { #expect(!format.recognizes(ContentSample(Data(other.utf8))), "\(other)") }
    }

    @Test func isPickedByARegistryForPagesAndForTheHTMLExtension() throws {
        let registry = FormatRegistry([JourneyXMLFormat(), JourneyHTMLFormat()])
        let page = try SampleMaps.clean.export(as: .html)
        #expect(registry.reader(for: page, fileName: "map.html")?.identifier == "html")
        #expect(registry.writer(forFileName: "map.HTML")?.identifier == "html")
        #expect(registry.writer(forFileName: "map.htm")?.identifier == "html")
        let format = JourneyHTMLFormat()
        #expect(format.mediaType == "text/html")
        #expect(format.fileExtensions == ["html", "htm"])
    }

    @Test func explainsThatAPageWithoutItsSourceCannotBeRead() throws {
        let page = try SampleMaps.clean.export(as: .html(embedsSource: false))
        #expect(!String(decoding: page, as: UTF8.self).contains("application/vnd.journeykit.map+xml"))
        let error = try #require(throws: ReadError.self) { try JourneyHTMLFormat().read(page, file: "map.html") }
        #expect(error.message.contains("without its source"))
        #expect(error.location.file == "map.html")
    }

    @Test func reportsDamagedBlocksWithTheirLine() throws {
        let page = String(decoding: try SampleMaps.clean.export(as: .html), as: UTF8.self)
        let start = try #require(page.range(of: "data-encoding=\"base64\">\n"))
        let line = page[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        var broken = page
        broken.insert(contentsOf: "*not base64*", at: start.upperBound)
        let error = try #require(throws: ReadError.self) {
            try JourneyHTMLFormat().read(Data(broken.utf8), file: "map.html")
        }
        #expect(error.message.contains("not valid base64"))
        #expect(error.location.line == line)
        let unterminated = String(page[..<start.upperBound]) + "AAAA"
        let openError = try #require(throws: ReadError.self) {
            try JourneyHTMLFormat().read(Data(unterminated.utf8), file: nil)
        }
        #expect(openError.message.contains("no closing </script>"))
    }

    @Test func readsXMLWrittenIntoTheBlockByHandAndLocatesItsErrorsOnThePage() throws {
        let xml = String(decoding: try SampleMaps.clean.export(as: .xml), as: UTF8.self)
        let page =
            "<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"JourneyKit\"></head><body>\n"
            + "<script type=\"application/vnd.journeykit.map+xml\">" + xml + "</script></body></html>"
        let result = try JourneyHTMLFormat().read(Data(page.utf8), file: "hand.html")
        #expect(result.map == SampleMaps.clean)
        let stage = try #require(SampleMaps.clean.stages.first)
        let location = try #require(result.sourceMap.location(of: .stage(stage.id)))
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(location.file == "hand.html")
        #expect(lines[location.line - 1].contains("<stage"))

        let broken = page.replacingOccurrences(of: "</title>", with: "</titel>")
        let error = try #require(throws: ReadError.self) {
            try JourneyHTMLFormat().read(Data(broken.utf8), file: "hand.html")
        }
        #expect(error.message.hasPrefix("in the embedded journey map: "))
        #expect(error.location.line >= 3)
    }

    @Test func locatesErrorsOfBase64BlocksInsideTheEmbeddedMap() throws {
        var xml = String(decoding: try SampleMaps.clean.export(as: .xml), as: UTF8.self)
        xml = xml.replacingOccurrences(of: "</title>", with: "</titel>")
        let block = Data(xml.utf8).base64EncodedString()
        let page =
            "<!DOCTYPE html>\n<html><body>\n<script type=\"application/vnd.journeykit.map+xml\" "
            + "data-encoding=\"base64\">" + block + "</script></body></html>"
        let error = try #require(throws: ReadError.self) {
            try JourneyHTMLFormat().read(Data(page.utf8), file: "b.html")
        }
        #expect(error.location.line == 3)
        #expect(error.location.detail?.hasPrefix("embedded map, line ") == true)
    }

    @Test func warnsAboutSeveralEmbeddedMaps() throws {
        let page = String(decoding: try SampleMaps.clean.export(as: .html), as: UTF8.self)
        let block = try #require(page.range(of: "<script type=\"application/vnd.journeykit.map+xml\""))
        let end = try #require(page.range(of: "</script>", range: block.lowerBound..<page.endIndex))
        let doubled = page.replacingCharacters(
            in: end.upperBound..<end.upperBound, with: "\n" + page[block.lowerBound..<end.upperBound])
        let result = try JourneyHTMLFormat().read(Data(doubled.utf8), file: nil)
        #expect(result.map == SampleMaps.clean)
        #expect(result.diagnostics.map(\.code) == ["html-several-embedded-maps"])
    }

    @Test func refusesAnUnknownEncoding() throws {
        let page =
            "<!DOCTYPE html><script type=\"application/vnd.journeykit.map+xml\" data-encoding=\"rot13\">x</script>"
        let error = try #require(throws: ReadError.self) { try JourneyHTMLFormat().read(Data(page.utf8), file: nil) }
        #expect(error.message.contains("rot13"))
    }
}
