import Foundation
import JourneyImport
import JourneyModel
import Testing

/// Every limit of ``ReadLimits`` refuses a file past it with an error naming the limit, and lets
/// through the same file within it.
@Suite("Read limits")
struct ReadLimitsTests {
    private func drawioError(_ data: Data, limits: ReadLimits) throws -> ReadError {
        try #require(throws: ReadError.self) {
            try DrawioReader().readDiagram(data, file: "limits.drawio", limits: limits)
        }
    }

    @Test func compressedPagesCountTogetherAgainstTheExpansionLimit() throws {
        // Each page inflates to about 3 MB: one fits a 4 MB limit, three together do not.
        let one = DrawioFixtures.file(pages: [("A", DrawioFixtures.inflationBomb)])
        let three = DrawioFixtures.file(pages: ["A", "B", "C"].map { ($0, DrawioFixtures.inflationBomb) })
        let limits = ReadLimits(maximumExpandedSize: 4 << 20)
        #expect(try DrawioReader().readDiagram(one, file: nil, limits: limits).diagram.pages.count == 1)
        let error = try drawioError(three, limits: limits)
        #expect(error.message.contains("page 'B'"))
        #expect(error.message.contains("with the parts read before it"))
        #expect(error.message.contains("ReadLimits.maximumExpandedSize"))
    }

    @Test func aDrawingWithMoreShapesThanTheLimitIsRefusedWhereItPassesIt() throws {
        let cells = (1...10).map {
            "<mxCell id=\"c\($0)\" value=\"x\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"5\" height=\"5\" as=\"geometry\"/></mxCell>\n"
        }
        let model =
            "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n" + cells.joined()
            + "</root></mxGraphModel>"
        let data = DrawioFixtures.file(pages: [("Busy", model)])
        let error = try drawioError(data, limits: ReadLimits(maximumShapes: 7))
        #expect(error.message.contains("more than the limit of 7 shapes"))
        #expect(error.location.detail == "page Busy")
        #expect(error.location.line == 9)
        #expect(
            try DrawioReader().readDiagram(data, file: nil, limits: ReadLimits(maximumShapes: 12)).diagram.pages.count
                == 1)
    }

    @Test func compressedPagesCountTheirShapesTowardsTheSameLimit() throws {
        let cells = (1...4).map {
            "<mxCell id=\"c\($0)\" value=\"x\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"5\" height=\"5\" as=\"geometry\"/></mxCell>"
        }
        let model =
            "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>" + cells.joined()
            + "</root></mxGraphModel>"
        let packed = try #require(DrawioTestCompression.compress(model))
        let data = DrawioFixtures.file(pages: [("One", packed), ("Two", packed)])
        // Six cells a page: twelve in all.
        #expect(
            try DrawioReader().readDiagram(data, file: nil, limits: ReadLimits(maximumShapes: 12)).diagram.pages.count
                == 2)
        let error = try drawioError(data, limits: ReadLimits(maximumShapes: 11))
        #expect(error.location.detail == "page Two")
    }

    @Test func graphMLAndVisioCountShapesToo() throws {
        let graphml = Data(
            """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="G" edgedefault="directed">
            <node id="a"/><node id="b"/><node id="c"/><edge id="e" source="a" target="b"/>
            </graph></graphml>
            """.utf8)
        #expect(throws: ReadError.self) {
            try GraphMLReader().readDiagram(graphml, file: "g.graphml", limits: ReadLimits(maximumShapes: 3))
        }
        #expect(
            try GraphMLReader().readDiagram(graphml, file: nil, limits: ReadLimits(maximumShapes: 4)).diagram.pages
                .count == 1)
        let visio = try VisioFixtures.drawing()
        let shapes = try VisioReader().readDiagram(visio, file: nil, limits: ReadLimits()).diagram.pages.reduce(0) {
            $0 + $1.shapes.count + $1.edges.count
        }
        let error = try #require(throws: ReadError.self) {
            try VisioReader().readDiagram(visio, file: "v.vsdx", limits: ReadLimits(maximumShapes: shapes - 1))
        }
        #expect(error.message.contains("ReadLimits.maximumShapes"))
    }

    @Test func anArchiveListingTooManyEntriesIsRefused() throws {
        let visio = try VisioFixtures.drawing()
        let error = try #require(throws: ReadError.self) {
            try VisioReader().readDiagram(visio, file: "v.vsdx", limits: ReadLimits(maximumArchiveEntries: 3))
        }
        #expect(error.message.contains("more than the limit of 3 entries"))
        #expect(error.location.file == "v.vsdx")
    }

    @Test func anInputOverTheSizeLimitIsRefusedBeforeItIsParsed() throws {
        let data = DrawioFixtures.file(pages: [("A", DrawioFixtures.looseModel)])
        let limits = ReadLimits(maximumInputSize: data.count - 1)
        let error = try drawioError(data, limits: limits)
        #expect(error.message.contains("larger than the limit of \(data.count - 1) bytes"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).drawio")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ReadError.self) {
            try DrawioReader().readDiagram(contentsOf: url, file: "big.drawio", limits: limits)
        }
        let format = DiagramImportFormat.drawio.with(limits: ReadLimits(maximumInputSize: data.count))
        #expect(try format.importMap(data, file: nil).diagram.pages.count == 1)
    }
}
