import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXML
import JourneyXMLCore
import Testing

@Suite("Canonical XML round trips")
struct RoundTripTests {
    private func roundTrip(_ map: JourneyMap) throws -> (JourneyMap, Data) {
        let data = try map.export(as: .xml)
        return (try JourneyMap(data, format: .xml), data)
    }

    @Test func keepsEveryFieldIncludingCustomLanesAndItems() throws {
        let map = SampleMaps.everyField
        let (again, _) = try roundTrip(map)
        #expect(again == map)
        let check = try #require(again.items(of: ComplianceCheck.self).first)
        #expect(check.regulation == "GDPR")
        #expect(again.lanes.contains { $0.kind == ComplianceCheck.defaultLane })
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let map = SampleMaps.everyField
        let first = try map.export(as: .xml)
        #expect(first == (try map.export(as: .xml)))
        let (again, _) = try roundTrip(map)
        #expect(try again.export(as: .xml) == first)
    }

    @Test(arguments: 0..<200)
    func keepsGeneratedMapsWithHostileText(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let (again, data) = try roundTrip(map)
        #expect(again == map, "seed \(seed)")
        #expect(try again.export(as: .xml) == data)
    }

    @Test func writesDocumentsTheSchemaAccepts() throws {
        var generator = MapGenerator(seed: 42)
        for map in [SampleMaps.everyField, SampleMaps.clean, generator.map(), generator.map()] {
            let document = try XMLDocument(data: try map.export(as: .xml))
            #expect(try JourneyXMLSchema.validate(document) == [])
        }
    }

    @Test func writesCompactDocumentsWithoutIndentation() throws {
        let map = SampleMaps.clean
        let compact = try map.export(as: JourneyXMLFormat(indentation: nil))
        let text = String(decoding: compact, as: UTF8.self)
        #expect(text.split(separator: "\n").count == 2)
        #expect(try JourneyMap(compact, format: .xml) == map)
    }

    @Test func escapesMarkupInEveryText() throws {
        var map = SampleMaps.clean
        map.title = "</title><script>alert(1)</script>"
        map.stages[0].items[0].links = [Link("https://x.test/?a=1&b=\"2\"", title: "<b>")]
        let text = String(decoding: try map.export(as: .xml), as: UTF8.self)
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;/title&gt;&lt;script&gt;"))
        #expect(text.contains("href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\""))
    }

    @Test func refusesTextXMLCannotCarry() throws {
        var map = SampleMaps.clean
        map.stages[1].items[0].text = "bell \u{07}"
        let error = try #require(throws: WriteError.self) { try map.export(as: .xml) }
        #expect(error.message.contains("U+0007"))
        #expect(error.path == .item(map.stages[1].items[0].id, inStage: map.stages[1].id))
        map = SampleMaps.clean
        map.personas[0].goals = ["escape \u{1B}"]
        #expect(
            throws: WriteError(
                "the text of <goal> contains U+001B, which XML 1.0 cannot represent", at: .persona(map.personas[0].id))
        ) {
            try map.export(as: .xml)
        }
        map = SampleMaps.clean
        map.title = "\u{FFFF}"
        #expect(throws: WriteError("the text of <title> contains U+FFFF, which XML 1.0 cannot represent")) {
            try map.export(as: .xml)
        }
    }

    @Test func refusesNonFiniteNumbers() throws {
        var map = SampleMaps.clean
        map.stages[0].items[3].metric?.value = .infinity
        let error = try #require(throws: WriteError.self) { try map.export(as: .xml) }
        #expect(error.path == .item(map.stages[0].items[3].id, inStage: map.stages[0].id))
    }

    @Test func refusesIdentifierListsThatCannotBeSplitBack() throws {
        var map = SampleMaps.clean
        map.stages[0].items[0].personaIDs = ["two words"]
        #expect(throws: WriteError.self) { try map.export(as: .xml) }
    }

    @Test func keepsActivitiesInOrderAfterTheTagsWithHostileText() throws {
        var map = SampleMaps.clean
        map.stages[0].items[2].tags = ["paid"]
        map.stages[0].items[2].links = [Link("https://example.com/ad")]
        map.stages[0].items[2].activities = [
            "pricing_view", "<signup> & \"quotes\" 'too'", "line one\nline two", "windows\r\nline", "", "  spaced  ",
            "</activity>",
        ]
        let (again, data) = try roundTrip(map)
        #expect(again == map)
        #expect(again.stages[0].items[2].activities == map.stages[0].items[2].activities)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<activity>pricing_view</activity>"))
        #expect(text.contains("<activity>&lt;signup&gt; &amp; &quot;quotes&quot; 'too'</activity>"))
        let tag = try #require(text.range(of: "<tag>paid</tag>"))
        let activity = try #require(text.range(of: "<activity>pricing_view</activity>"))
        let link = try #require(text.range(of: "<link "))
        #expect(tag.upperBound <= activity.lowerBound && activity.upperBound <= link.lowerBound)
        #expect(try JourneyXMLSchema.validate(XMLDocument(data: data)) == [])
    }

    @Test func writesNoActivityElementForAnItemWithoutActivities() throws {
        let text = String(decoding: try SampleMaps.clean.export(as: .xml), as: UTF8.self)
        #expect(!text.contains("activity"))
    }

    @Test func recognizesItsContent() {
        let format = JourneyXMLFormat()
        #expect(format.recognizes(ContentSample(try! SampleMaps.clean.export(as: .xml))))
        #expect(format.recognizes(ContentSample(Data(#"<j:journeyMap xmlns:j="urn:journeykit:journey-map:2">"#.utf8))))
        #expect(!format.recognizes(ContentSample(Data(#"<journeyMap xmlns="urn:other">"#.utf8))))
        #expect(!format.recognizes(ContentSample(Data(#"<mxfile><diagram/></mxfile>"#.utf8))))
        #expect(!format.recognizes(ContentSample(Data("{}".utf8))))
    }
}

@Suite("Canonical XML writer checks")
struct WriterCheckTests {
    @Test func refusesWhatTheSchemaWouldRefuseOnReading() throws {
        var emptyID = SampleMaps.clean
        emptyID.stages[0].items[0].id = ""
        var spacedLane = SampleMaps.clean
        spacedLane.stages[0].items[0].laneID = "two words"
        var emptyKind = SampleMaps.clean
        emptyKind.lanes[0].kind = LaneKind("")
        var badLanguage = SampleMaps.clean
        badLanguage.language = "English (UK)"
        var emptyKey = SampleMaps.clean
        emptyKey.metadata[""] = "x"
        var emptyNamespace = SampleMaps.clean
        emptyNamespace.extensions["", "k"] = "v"
        for map in [emptyID, spacedLane, emptyKind, badLanguage, emptyKey, emptyNamespace] {
            #expect(throws: WriteError.self) { try map.export(as: .xml) }
        }
    }

    @Test func acceptsIdentifiersWithNonBreakingSpacesAsTheSchemaDoes() throws {
        var map = SampleMaps.clean
        map.personas[0].id = "anna\u{00A0}b"
        for stage in map.stages.indices {
            for item in map.stages[stage].items.indices where !map.stages[stage].items[item].personaIDs.isEmpty {
                map.stages[stage].items[item].personaIDs = ["anna\u{00A0}b"]
            }
        }
        let again = try JourneyMap(try map.export(as: .xml), format: .xml)
        #expect(again == map)
        #expect(again.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func refusesDuplicateKeys() throws {
        let text = """
            <journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2c" state="current" scope="customer-journey">
              <title>t</title>
              <metadata><entry key="a">1</entry><entry key="a">2</entry></metadata>
              <extension namespace="n" key="k">1</extension>
              <extension namespace="n" key="k">2</extension>
            </journeyMap>
            """
        let error = try #require(throws: ReadError.self) { try JourneyXMLFormat().read(Data(text.utf8), file: "d.xml") }
        #expect(error.allErrors.count == 2)
        #expect(error.allErrors.allSatisfy { $0.message.contains("Duplicate key-sequence") })
    }

    @Test func readsActivitiesAndRefusesThemBeforeTheTags() throws {
        func document(_ children: String) -> Data {
            Data(
                """
                <journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2c" state="current" scope="customer-journey">
                  <title>t</title>
                  <stages><stage id="s"><name>S</name>
                    <item id="i" kind="touchpoint" lane="l"><text>x</text>\(children)</item>
                  </stage></stages>
                </journeyMap>
                """.utf8)
        }
        let map = try JourneyMap(
            document(
                "<tag>t</tag><activity>pricing_view</activity><activity> sign&amp;up </activity><link href=\"h\"/>"),
            format: .xml)
        #expect(map.stages[0].items[0].activities == ["pricing_view", " sign&up "])
        #expect(map.stages[0].items[0].tags == ["t"])
        #expect(throws: ReadError.self) {
            try JourneyXMLFormat().read(document("<activity>a</activity><tag>t</tag>"), file: "d.xml")
        }
        #expect(throws: ReadError.self) {
            try JourneyXMLFormat().read(document("<activity kind=\"x\">a</activity>"), file: "d.xml")
        }
    }

    @Test func readsNumbersSurroundedByLineBreaks() throws {
        let text = """
            <journeyMap xmlns="urn:journeykit:journey-map:1" id="m" kind="b2c" state="current" scope="customer-journey">
              <title>t</title>
              <stages><stage id="s"><name>S</name>
                <item id="i" kind="kpi" lane="l"><text>x</text><metric value="&#10;1.5&#9;"/></item>
              </stage></stages>
            </journeyMap>
            """
        let map = try JourneyMap(Data(text.utf8), format: .xml)
        #expect(map.stages[0].items[0].metric?.value == 1.5)
    }
}
