import Foundation
import JourneyModel
import JourneyXMLCore
import Testing

@testable import JourneyImport

/// A compressed page can inflate into markup libxml2 will not read in one piece (a pasted image
/// inside a style, a huge label): the page is refused up front with the limit, not after libxml2
/// buffered it and gave up with "Huge input lookup".
@Suite("draw.io pages beyond the parser's limit")
struct MarkupLimitTests {
    /// A page with a cell whose style embeds `size` bytes of image data, then ordinary cells.
    static func pageWithImage(size: Int) -> String {
        let image = String(repeating: "iVBORw0KGgo", count: size / 11 + 1)
        var model = #"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"#
        model += "\n<mxCell id=\"img\" value=\"\" style=\"shape=image;image=data:image/png,\(image);\" vertex=\"1\" "
        model += #"parent="1"><mxGeometry x="0" y="0" width="10" height="10" as="geometry"/></mxCell>"#
        model += #"<mxCell id="t" value="Awareness" vertex="1" parent="1"><mxGeometry x="0" y="90" width="80" "#
        model += #"height="40" as="geometry"/></mxCell></root></mxGraphModel>"#
        return model
    }

    @Test func aPageWithMarkupBeyondTheLimitIsRefusedNamingPageLineAndLimit() throws {
        let compressed = try #require(DrawioTestCompression.compress(Self.pageWithImage(size: 10_500_000)))
        let file = DrawioFixtures.file(pages: [("Small", DrawioFixtures.looseModel), ("Pasted image", compressed)])
        let error = try #require(throws: ReadError.self) {
            try DrawioReader().readDiagram(file, file: "big.drawio", limits: ReadLimits())
        }
        #expect(error.message.hasPrefix("page 'Pasted image': "), "\(error.message)")
        #expect(error.message.contains("line 2 of the page"), "\(error.message)")
        #expect(error.message.contains("10,000,000 bytes"), "\(error.message)")
        #expect(!error.message.contains("Huge input lookup"))
        #expect(error.location.line == 4 && error.location.detail == "page Pasted image")
    }

    @Test func aPageJustWithinTheLimitIsRead() throws {
        let compressed = try #require(DrawioTestCompression.compress(Self.pageWithImage(size: 9_000_000)))
        let result = try DrawioReader().readDiagram(
            DrawioFixtures.file(pages: [("Image", compressed)]), file: "big.drawio", limits: ReadLimits())
        #expect(result.diagram.pages.first?.shape(withID: "t")?.text == "Awareness")
    }

    @Test func percentDecodingOnBytesMatchesFoundations() {
        let samples = [
            "plain", "%3CmxCell%20id%3D%220%22%2F%3E", "%E2%82%AC%F0%9F%98%80 euro", "100%", "%zz", "%4", "%C3%28",
            "a+b", "%25%25", "", "%e2%82%ac", "ends with %2",
        ]
        for sample in samples {
            let decoded = Array(sample.utf8).withUnsafeBytes(PercentDecoding.decode)
            #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == sample.removingPercentEncoding, "\(sample)")
        }
    }
}
