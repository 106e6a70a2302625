import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// A format defined outside JourneyKit, as a user's package would: plain text, one stage per line.
struct PlainTextFormat: JourneyReader, JourneyWriter {
    var identifier: String { "plain" }
    var name: String { "Plain text" }
    var fileExtensions: [String] { ["txt"] }
    var mediaType: String { "text/plain" }

    func recognizes(_ sample: ContentSample) -> Bool { sample.text?.hasPrefix("STAGES\n") ?? false }

    func read(_ data: Data, file: String?) throws -> ReadResult {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst()
        guard !lines.isEmpty else { throw ReadError("no stages", at: SourceLocation(file: file, line: 2)) }
        let map = JourneyMap(title: file ?? "Plain") {
            for line in lines { Stage(String(line)) }
        }
        return ReadResult(map: map)
    }

    func write(_ map: JourneyMap) throws -> Data {
        Data((["STAGES"] + map.stages.map(\.name)).joined(separator: "\n").utf8)
    }
}

@Suite("Format registry")
struct FormatRegistryTests {
    @Test func holdsTheBuiltInFormats() {
        let registry = FormatRegistry.standard
        #expect(registry.formats.map(\.identifier).prefix(2) == ["journey-xml", "json"])
        #expect(registry.readers.contains { $0.identifier == "drawio" })
        #expect(registry.reader(identifier: "JSON")?.identifier == "json")
        #expect(registry.writer(identifier: "nope") == nil)
    }

    @Test func recognizesInputByContentNotByName() throws {
        let registry = FormatRegistry.standard
        let xml = try SampleMaps.clean.export(as: .xml)
        let json = try SampleMaps.clean.export(as: .json)
        #expect(registry.reader(for: xml, fileName: "map.json")?.identifier == "journey-xml")
        #expect(registry.reader(for: json, fileName: "map.xml")?.identifier == "json")
        #expect(registry.reader(for: Data("a,b\n".utf8), fileName: "map.xml") == nil)
    }

    @Test func recognizesCJMLByContentAndWritesItForCJMLFiles() throws {
        let registry = FormatRegistry.standard
        let document = try SampleMaps.clean.export(as: .cjml)
        #expect(registry.reader(for: document, fileName: "journeys.xml")?.identifier == "cjml")
        #expect(registry.reader(for: Data("<cjml>undefined<actor id='1'/></cjml>".utf8))?.identifier == "cjml")
        #expect(registry.writer(forFileName: "map.cjml")?.identifier == "cjml")
        #expect(registry.writer(forFileName: "map.xml")?.identifier == "journey-xml")
    }

    @Test func choosesWritersByTheLongestExtension() {
        let registry = FormatRegistry.standard
        #expect(registry.writer(forFileName: "out/Map.Journey.XML")?.identifier == "journey-xml")
        #expect(registry.writer(forFileName: "map.json")?.identifier == "json")
        #expect(registry.writer(forFileName: "map.unknown") == nil)
        #expect(registry.writer(forFileName: "xml") == nil)
    }

    @Test func writesDrawioButNotDrawioSVG() throws {
        let registry = FormatRegistry.standard
        #expect(registry.writer(forFileName: "board.drawio") is DrawioFormat)
        #expect(registry.writer(forFileName: "board.drawio.svg")?.identifier == "svg")
        #expect(registry.reader(identifier: "drawio") is any DiagramImporting)
        #expect(registry.readers.filter { $0.identifier == "drawio" }.count == 1)
        // What the draw.io writer writes is recognized by content as draw.io and read back.
        let data = try SampleMaps.everyField.export(as: .drawio)
        let reader = try #require(registry.reader(for: data, fileName: "board.xml"))
        #expect(reader.identifier == "drawio")
        #expect(try reader.read(data, file: nil).map == SampleMaps.everyField)
    }

    @Test func acceptsFormatsDefinedOutsideJourneyKit() throws {
        var registry = FormatRegistry.standard
        registry.register(PlainTextFormat())
        #expect(registry.formats.contains { $0.identifier == "plain" })
        #expect(registry.formats.count == FormatRegistry.standard.formats.count + 1)
        let data = Data("STAGES\nAwareness\nPurchase".utf8)
        let reader = try #require(registry.reader(for: data))
        let map = try reader.read(data, file: "trip.txt").map
        #expect(map.stages.map(\.id) == ["awareness", "purchase"])
        let writer = try #require(registry.writer(forFileName: "again.txt"))
        #expect(try writer.write(map) == data)
        // Through the format-as-value call site too.
        #expect(try map.export(as: PlainTextFormat()) == data)
    }

    @Test func replacesAFormatWithTheSameIdentifier() {
        struct Replacement: JourneyWriter {
            var identifier: String { "json" }
            var name: String { "Other JSON" }
            var fileExtensions: [String] { ["json"] }
            var mediaType: String { "application/json" }
            func write(_ map: JourneyMap) throws -> Data { Data() }
        }
        var registry = FormatRegistry.standard
        registry.register(Replacement())
        #expect(registry.writers.map(\.name).prefix(2) == ["JourneyKit XML", "Other JSON"])
        #expect(registry.writers.count == FormatRegistry.standard.writers.count)
        #expect(registry.readers.map(\.name).prefix(2) == ["JourneyKit XML", "JourneyKit JSON"])
    }

    @Test func convertsBetweenTheBuiltInFormatsLosslessly() throws {
        let map = SampleMaps.everyField
        let json = try map.export(as: .json)
        let xml = try JourneyMap(json, format: .json).export(as: .xml)
        #expect(try JourneyMap(xml, format: .xml) == map)
        #expect(xml == (try map.export(as: .xml)))
    }
}
