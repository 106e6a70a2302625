import Foundation
import JourneyKit
import Testing

/// `journey convert` to draw.io: the default, `--compressed`, and the trip back.
@Suite("journey convert with draw.io")
struct DrawioCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    @Test func convertsToDrawioAndBackWithAndWithoutCompression() throws {
        let example = try #require(Journey.examples.first)
        let original = try JourneyMap(contentsOf: example)
        for compressed in [false, true] {
            let drawing = folder.appendingPathComponent("map-\(compressed).drawio")
            let result = try Journey.run(
                ["convert", example.path, drawing.path] + (compressed ? ["--compressed"] : []))
            #expect(result.status == 0, "\(result.errors)")
            let text = String(decoding: try Data(contentsOf: drawing), as: UTF8.self)
            #expect(text.contains("<mxGraphModel") != compressed)
            let back = folder.appendingPathComponent("back-\(compressed).journey.xml")
            #expect(try Journey.run(["convert", drawing.path, back.path]).status == 0)
            #expect(try JourneyMap(contentsOf: back) == original)
        }
        let formats = try Journey.run(["formats"])
        #expect(formats.output.split(separator: "\n").contains { $0.hasPrefix("drawio") && $0.contains("read/write") })
    }
}
