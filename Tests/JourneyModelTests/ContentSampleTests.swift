import Foundation
import JourneyModel
import Testing

@Suite("ContentSample")
struct ContentSampleTests {
    @Test func findsTheRootElementPastDeclarationsAndComments() throws {
        let sample = ContentSample(
            Data(
                """
                \u{FEFF}<?xml version="1.0"?>
                <!-- a comment with <tags> -->
                <!DOCTYPE x>
                <j:journeyMap id="1" xmlns:j='urn:journeykit:journey-map:1'>
                """.utf8))
        let root = try #require(sample.xmlRoot)
        #expect(root.name == "j:journeyMap")
        #expect(root.namespace == "urn:journeykit:journey-map:1")
    }

    @Test func readsTheDefaultNamespace() throws {
        let root = try #require(ContentSample(Data(#"<mxfile host="x"><diagram/></mxfile>"#.utf8)).xmlRoot)
        #expect(root.name == "mxfile" && root.namespace == nil)
        let graphml = try #require(
            ContentSample(Data(#"<graphml xmlnsx="no" xmlns="http://graphml.graphdrawing.org/xmlns">"#.utf8)).xmlRoot)
        #expect(graphml.namespace == "http://graphml.graphdrawing.org/xmlns")
    }

    @Test func decodesUTF16() throws {
        var data = Data([0xFE, 0xFF])
        for unit in "<r/>".utf16 { data.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        #expect(ContentSample(data).text == "<r/>")
    }

    @Test func toleratesASampleCutInsideACharacter() {
        let data = Data(String(repeating: "ü", count: ContentSample.length).utf8)
        #expect(ContentSample(data).text?.isEmpty == false)
    }

    @Test func saysNothingAboutNonXML() {
        #expect(ContentSample(Data("stage,lane\n".utf8)).xmlRoot == nil)
        #expect(ContentSample(Data([0xFF, 0x00, 0xC3])).xmlRoot == nil)
        #expect(ContentSample(Data("<".utf8)).xmlRoot == nil)
    }
}
