import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXMLCore
import Testing

@testable import JourneyXML

/// The one-pass reader builds what the tree reader builds from every valid document, and leaves
/// every document with a problem to the tree reader, whose errors say what is wrong.
@Suite("Canonical XML read in one pass")
struct StreamedReadTests {
    /// The tree reader's result, the reference.
    private func treeRead(_ data: Data, file: String? = "map.journey.xml") throws -> ReadResult {
        var reader = XMLMapReader(file: file)
        return try reader.read(data)
    }

    private func expectSameAsTree(_ data: Data, _ comment: Comment? = nil) throws {
        let streamed = try #require(StreamedMapReader(file: "map.journey.xml").read(data), comment)
        let tree = try treeRead(data)
        #expect(streamed.map == tree.map, comment)
        #expect(streamed.sourceMap == tree.sourceMap, comment)
    }

    private static var examples: [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".journey.xml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func readsTheExamplesAsTheTreeReaderDoes() throws {
        #expect(!Self.examples.isEmpty)
        for url in Self.examples { try expectSameAsTree(try Data(contentsOf: url), "\(url.lastPathComponent)") }
    }

    @Test func readsEveryFieldAndExtensionsAsTheTreeReaderDoes() throws {
        try expectSameAsTree(try SampleMaps.everyField.export(as: .xml))
        try expectSameAsTree(try SampleMaps.everyField.export(as: JourneyXMLFormat(indentation: nil)))
    }

    @Test(arguments: 0..<100)
    func readsGeneratedMapsWithHostileTextAsTheTreeReaderDoes(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        try expectSameAsTree(try generator.map().export(as: .xml), "seed \(seed)")
    }

    @Test func readsPrefixesCommentsCDATAAndReferencesAsTheTreeReaderDoes() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment before the root -->
            <j:journeyMap xmlns:j="urn:journeykit:journey-map:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:journeykit:journey-map:1 x.xsd" id="m" kind="b2b" state="future" scope="buyer-journey">
              <j:title>A &amp; B <!-- inside --> &lt;C&gt; <![CDATA[<raw> & ]]>&#x1F600;</j:title>
              <j:metadata><j:entry key="k">1</j:entry><j:entry key="l">2</j:entry></j:metadata>
              <j:stages>
                <j:stage id="s" personas=" a  b ">
                  <j:name>  spaced  </j:name>
                  <j:item id="i" kind="kpi" lane="l" channel="a &amp; b">
                    <j:text/>
                    <j:metric kind="k" value="1e3" target="-0" direction="range" targetMinimum="1" targetMaximum="2"/>
                    <j:link href="https://example.com/?a=1&amp;b=2"/>
                    <j:extension namespace="n" key="k">x<?pi data?>y</j:extension>
                  </j:item>
                </j:stage>
              </j:stages>
            </j:journeyMap>
            """
        try expectSameAsTree(Data(text.utf8))
        let streamed = try #require(StreamedMapReader(file: nil).read(Data(text.utf8)))
        #expect(streamed.map.title == "A & B  <C> <raw> & 😀")
        #expect(streamed.map.metadata == ["k": "1", "l": "2"])
    }

    private static let header =
        #"<journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2c" state="current" scope="customer-journey">"#

    /// Documents with a problem of each kind: malformed, refused, off the schema, or off the model.
    private static let documentsWithProblems: [String] = [
        "",
        "<mxfile/>",
        #"<journeyMap id="x"/>"#,
        #"<journeyMap xmlns="urn:journeykit:journey-map:2"/>"#,
        "\(header)\n  <title>T</title>\n  <stages>\n",
        "\(header)<title>T</title><unknown/></journeyMap>",
        "\(header)<summary>S</summary></journeyMap>",
        "\(header)<title>T</title><title>U</title></journeyMap>",
        "\(header)<title>T<b/></title></journeyMap>",
        "\(header)<title>T</title>text between elements</journeyMap>",
        #"<journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2x" state="current" scope="customer-journey"><title>T</title></journeyMap>"#,
        #"<journeyMap xmlns="urn:journeykit:journey-map:1" kind="b2c" state="current" scope="customer-journey"><title>T</title></journeyMap>"#,
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"kpi\" lane=\"l\"><text>x</text><metric value=\"NaN\"/></item></stage></stages></journeyMap>",
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"emotion\" lane=\"l\"><text>x</text><score value=\"1\" sourceValue=\"4\"/></item></stage></stages></journeyMap>",
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"kpi\" lane=\"l\"><text>x</text><metric targetMinimum=\"1\"/></item></stage></stages></journeyMap>",
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"a\" lane=\"l\" severity=\"extreme\"><text>x</text></item></stage></stages></journeyMap>",
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"a\" lane=\"l\"><text>x</text><step/></item></stage></stages></journeyMap>",
        "\(header)<title>T</title><stages><stage id=\"s\"><name>S</name><item id=\"i\" kind=\"a\" lane=\"l\"><text>x</text></item><step id=\"p\"><name>P</name></step></stage></stages></journeyMap>",
        "\(header)<title xml:lang=\"en\">T</title></journeyMap>",
        "\(header)<title>&unknown;</title></journeyMap>",
        "<!DOCTYPE journeyMap [<!ENTITY e \"x\">]>\(header)<title>&e;</title></journeyMap>",
        "\(header)<title>T</title><lanes><lane id=\"a b\" kind=\"k\"><title>L</title></lane></lanes></journeyMap>",
        "\(header)<title>T</title></journeyMap><extra/>",
        "\(header)<title>T</title><metadata><entry key=\"k\">1</entry><entry key=\"k\">2</entry></metadata></journeyMap>",
    ]

    /// Two extensions with one namespace and key, in each element that may hold extensions, and
    /// two entries or attributes with one key: the schema's identity constraints, which the
    /// one-pass reader checks itself.
    private static let documentsWithDuplicateKeys: [String] = {
        let twice = #"<extension namespace="n" key="k">1</extension><extension namespace="n" key="k">2</extension>"#
        let stage = #"<stage id="s"><name>S</name>"#
        return [
            "\(header)<title>T</title>\(twice)</journeyMap>",
            "\(header)<title>T</title><personas><persona id=\"p\"><name>P</name>\(twice)</persona></personas></journeyMap>",
            "\(header)<title>T</title><personas><persona id=\"p\"><name>P</name><attribute key=\"a\">1</attribute><attribute key=\"a\">2</attribute></persona></personas></journeyMap>",
            "\(header)<title>T</title><lanes><lane id=\"l\" kind=\"k\"><title>L</title>\(twice)</lane></lanes></journeyMap>",
            "\(header)<title>T</title><stages>\(stage)\(twice)</stage></stages></journeyMap>",
            "\(header)<title>T</title><stages>\(stage)<step id=\"p\"><name>P</name>\(twice)</step></stage></stages></journeyMap>",
            "\(header)<title>T</title><stages>\(stage)<item id=\"i\" kind=\"a\" lane=\"l\"><text>x</text>\(twice)</item></stage></stages></journeyMap>",
            "\(header)<title>T</title><transitions><transition id=\"t\" from=\"a\" to=\"b\">\(twice)</transition></transitions></journeyMap>",
        ]
    }()

    @Test func checksTheSchemasIdentityConstraintsItself() throws {
        let stripped = JourneyXMLSchema.sourceWithoutIdentityConstraints
        #expect(!stripped.contains("xs:unique"))
        #expect(JourneyXMLSchema.source.components(separatedBy: "<xs:unique ").count - 1 == 9)
        #expect(throws: Never.self) { try JourneyXMLSchema.compiledWithoutIdentityConstraints.get() }
        for text in Self.documentsWithDuplicateKeys {
            #expect(StreamedMapReader(file: "map.journey.xml").read(Data(text.utf8)) == nil, "\(text)")
            let error = try #require(throws: ReadError.self) { try JourneyXMLFormat().read(Data(text.utf8), file: "f") }
            #expect(error.message.contains("Duplicate key-sequence"), "\(text)")
            // With the second key changed, the document is valid and read in one pass.
            let unique = text.replacingOccurrences(of: #"key="k">2"#, with: #"key="k2">2"#)
                .replacingOccurrences(of: #"key="a">2"#, with: #"key="a2">2"#)
            try expectSameAsTree(Data(unique.utf8), "\(unique)")
        }
    }

    @Test func leavesEveryDocumentWithAProblemToTheTreeReader() throws {
        for text in Self.documentsWithProblems {
            #expect(StreamedMapReader(file: "map.journey.xml").read(Data(text.utf8)) == nil, "\(text)")
            #expect(throws: ReadError.self, "\(text)") { try JourneyXMLFormat().read(Data(text.utf8), file: "f") }
        }
    }

    @Test func readsAFilePieceByPieceAsItReadsBytes() throws {
        var generator = MapGenerator(seed: 7)
        let data = try generator.map().export(as: .xml)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID()).journey.xml")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try #require(StreamedMapReader(file: "map.journey.xml").read(contentsOf: url))
        let tree = try treeRead(data)
        #expect(fromFile.map == tree.map)
        #expect(fromFile.sourceMap == tree.sourceMap)
        let viaFormat = try JourneyXMLFormat().read(contentsOf: url, file: "map.journey.xml")
        #expect(viaFormat.map == tree.map)
    }

    @Test func reportsAProblemInAFileAsTheTreeReaderDoes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-\(UUID()).journey.xml")
        try Data("\(Self.header)\n<title>T</title>\n<unknown/>\n</journeyMap>".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: ReadError.self) {
            try JourneyXMLFormat().read(contentsOf: url, file: "f.xml")
        }
        #expect(error.location.line == 3)
        #expect(error.message.contains("unknown"))
    }
}
