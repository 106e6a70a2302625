import Foundation
import JourneyModel
import JourneyXML
import Testing

@Suite("Canonical XML read errors")
struct ReadErrorTests {
    private func readError(_ text: String) throws -> ReadError {
        try #require(throws: ReadError.self) { try JourneyXMLFormat().read(Data(text.utf8), file: "map.journey.xml") }
    }

    private let header =
        #"<journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2c" state="current" scope="customer-journey">"#

    @Test func namesFileLineAndColumnOfMalformedXML() throws {
        let error = try readError("\(header)\n  <title>T</title>\n  <stages>\n")
        #expect(error.location.file == "map.journey.xml")
        #expect(error.location.line == 4)
        #expect(error.description.hasPrefix("map.journey.xml:4:"))
    }

    @Test func explainsAWrongRootOrVersion() throws {
        #expect(try readError("<mxfile/>").message.contains("expected a <journeyMap> root element"))
        #expect(try readError(#"<journeyMap id="x"/>"#).message.contains("in no namespace"))
        let future = try readError(#"<journeyMap xmlns="urn:journeykit:journey-map:2"/>"#)
        #expect(future.message.contains("version 2"))
    }

    @Test func reportsSchemaViolationsAtTheirElements() throws {
        let text = """
            \(header)
              <title>T</title>
              <stages>
                <stage id="s">
                  <name>S</name>
                  <item id="i" kind="emotion" lane="l" severity="extreme">
                    <text>x</text>
                    <score value="lots"/>
                  </item>
                </stage>
              </stages>
              <unknown/>
            </journeyMap>
            """
        let error = try readError(text)
        let all = error.allErrors
        #expect(all.count == 3)
        #expect(all.map(\.location.line) == [6, 8, 12])
        #expect(all[0].location.column == 7)
        #expect(all[0].message.contains("severity"))
        #expect(all[1].message.contains("lots"))
        #expect(all[2].message.contains("unknown"))
        #expect(error.description.split(separator: "\n").count == 3)
    }

    @Test func refusesNonFiniteNumbers() throws {
        let text =
            "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"kpi\" lane=\"l\"><text>x</text><metric value=\"NaN\"/></item></stage></stages></journeyMap>"
        #expect(try readError(text).message.contains("NaN"))
    }

    @Test func requiresTheWholeSourceScore() throws {
        let text =
            "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"emotion\" lane=\"l\"><text>x</text><score value=\"1\" sourceValue=\"4\"/></item></stage></stages></journeyMap>"
        let error = try readError(text)
        #expect(error.message.contains("sourceMinimum"))
        #expect(error.location.line == 1 && error.location.column > 1)
    }

    @Test func refusesDocumentTypesAndEntities() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE journeyMap [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            \(header)<title>&xxe;</title></journeyMap>
            """
        let error = try readError(xxe)
        #expect(error.location.line == 2)
        #expect(error.message.contains("document type"))
    }

    @Test func refusesTruncatedAndEmptyFiles() throws {
        let full = try String(decoding: JourneyMap(title: "T") { Stage("S") }.export(as: .xml), as: UTF8.self)
        for cut in stride(from: 1, to: full.utf8.count - 2, by: 37) {
            let truncated = String(decoding: Array(full.utf8.prefix(cut)), as: UTF8.self)
            #expect(throws: ReadError.self) { try JourneyXMLFormat().read(Data(truncated.utf8), file: "cut.xml") }
        }
        #expect(try readError("").message == "the document is empty")
    }

    @Test func recordsWhereEachElementWas() throws {
        let text = """
            \(header)
              <title>T</title>
              <lanes>
                <lane id="l" kind="actions"><title>L</title></lane>
              </lanes>
              <stages>
                <stage id="s">
                  <name>S</name>
                  <item id="i" kind="action" lane="l"><text>x</text></item>
                </stage>
              </stages>
            </journeyMap>
            """
        let result = try JourneyXMLFormat().read(Data(text.utf8), file: "f.xml")
        #expect(result.sourceMap.locations[.lane("l")] == SourceLocation(file: "f.xml", line: 4, column: 5))
        #expect(
            result.sourceMap.locations[.item("i", inStage: "s")] == SourceLocation(file: "f.xml", line: 9, column: 7))
        let diagnostics = result.sourceMap.locate(result.map.validate())
        #expect(diagnostics.contains { $0.code == "stage-without-kpi" && $0.location?.line == 7 })
    }
}
