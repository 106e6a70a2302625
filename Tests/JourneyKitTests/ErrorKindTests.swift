import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// Every reader and writer gives its errors a kind a caller can switch on, with the located message
/// kept.
@Suite("Error kinds")
struct ErrorKindTests {
    private func kind(_ text: String, _ reader: some JourneyReader) throws -> ReadError.Kind {
        let error = try #require(throws: ReadError.self) { try reader.read(Data(text.utf8), file: "input") }
        #expect(error.location.file == "input")
        return error.kind
    }

    @Test func xmlReadErrorsSayWhatKindTheyAre() throws {
        let xml = JourneyXMLFormat()
        let valid = String(decoding: try SampleMaps.clean.export(as: xml), as: UTF8.self)
        #expect(try kind("<journeyMap", xml) == .malformed)
        #expect(try kind("<other/>", xml) == .unsupportedFormat)
        #expect(try kind(valid.replacingOccurrences(of: "<stage ", with: "<stag "), xml) == .malformed)
        let unknownElement = valid.replacingOccurrences(of: "<stage ", with: "<unknown ")
            .replacingOccurrences(of: "</stage>", with: "</unknown>")
        #expect(try kind(unknownElement, xml) == .invalid)
        #expect(
            try kind(#"<!DOCTYPE m [<!ENTITY e "x">]><journeyMap>&e;</journeyMap>"#, xml) == .unsafe)
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(try kind(deep, xml) == .limitExceeded)
    }

    @Test func schemaViolationsAreInvalidNotMalformed() throws {
        let xml = JourneyXMLFormat()
        let valid = String(decoding: try SampleMaps.clean.export(as: xml), as: UTF8.self)
        let broken = valid.replacingOccurrences(of: "<stage ", with: "<stage bogus=\"1\" ")
        let error = try #require(throws: ReadError.self) { try xml.read(Data(broken.utf8), file: "m.xml") }
        #expect(error.kind == .invalid)
        #expect(error.location.line > 1)
    }

    @Test func jsonCSVAndHTMLReadErrorsSayWhatKindTheyAre() throws {
        let json = JourneyJSONFormat()
        #expect(try kind("{\"format\": ", json) == .malformed)
        #expect(try kind(#"{"format": "other", "version": 1, "map": {}}"#, json) == .unsupportedFormat)
        #expect(try kind(#"{"format": "journeykit-map", "version": 1, "map": {"id": 3}}"#, json) == .invalid)
        #expect(try kind("Stage,Awareness\nActions,\"never closed\n", JourneyCSVFormat()) == .malformed)
        #expect(try kind("<html><body>no map</body></html>", JourneyHTMLFormat()) == .unsupportedFormat)
    }

    @Test func diagramReadErrorsSayWhatKindTheyAre() throws {
        let drawio = DiagramImportFormat.drawio
        #expect(try kind("<mxfile><diagram name=\"P\">not base64!</diagram></mxfile>", drawio) == .malformed)
        #expect(try kind("<mxfile><diagram name=\"P\"><mxGraphModel><root>", drawio) == .malformed)
        let vsdx = DiagramImportFormat.vsdx
        let error = try #require(throws: ReadError.self) { try vsdx.read(Data("PK not a zip".utf8), file: "v.vsdx") }
        #expect(error.kind == .unsupportedFormat || error.kind == .malformed)
    }

    @Test func writeErrorsSayWhatKindTheyAre() throws {
        var map = SampleMaps.clean
        map.title = "bell \u{7}"
        let unrepresentable = try #require(throws: WriteError.self) { try map.export(as: JourneyXMLFormat()) }
        #expect(unrepresentable.kind == .unrepresentable)
        let options = try #require(throws: WriteError.self) {
            try SampleMaps.clean.export(as: JourneySVGFormat(fontSize: 200))
        }
        #expect(options.kind == .invalidOptions)
    }
}
