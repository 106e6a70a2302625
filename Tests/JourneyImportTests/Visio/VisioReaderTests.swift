import Foundation
import JourneyImport
import JourneyModel
import Testing

@Suite("Visio VSDX reader")
struct VisioReaderTests {
    private func read(_ data: Data, limits: ReadLimits = ReadLimits()) throws -> DiagramReadResult {
        try VisioReader().readDiagram(data, file: "flow.vsdx", limits: limits)
    }

    private func readError(_ data: Data, limits: ReadLimits = ReadLimits()) throws -> ReadError {
        try #require(throws: ReadError.self) { try read(data, limits: limits) }
    }

    private func journeyPage() throws -> DiagramPage {
        try #require(try read(VisioFixtures.drawing()).diagram.pages.first)
    }

    // MARK: - Pages and shapes

    @Test func readsPagesInTheirOrderThroughRelationships() throws {
        let result = try read(VisioFixtures.drawing())
        #expect(result.diagnostics.isEmpty)
        #expect(result.diagram.format == "vsdx")
        #expect(result.diagram.pages.map(\.name) == ["Journey", "Notes"])
        #expect(result.diagram.pages.map(\.id) == ["0", "4"])
        let notes = result.diagram.pages[1]
        #expect(notes.shapes.map(\.text) == ["Total: 42 items"], "field text is kept")
        // 4 in high page: the top of a 1 in box pinned at 3 in is 0.5 in from the top.
        #expect(notes.shapes.first?.bounds == DiagramRect(x: 48, y: 48, width: 96, height: 96))
    }

    @Test func appliesThePagesDrawingScale() throws {
        // 1 in of paper for 2 in of drawing: the 1 in box of the notes page is half an inch on paper.
        let scaled = VisioFixtures.pages.replacingOccurrences(
            of: "<Cell N='PageHeight' V='4'/>",
            with: "<Cell N='PageHeight' V='4'/><Cell N='PageScale' V='1' U='IN'/><Cell N='DrawingScale' V='2' U='IN'/>")
        let result = try read(VisioFixtures.drawing(replacing: ["visio/pages/pages.xml": scaled]))
        let notes = result.diagram.pages[1]
        #expect(notes.shapes.first?.bounds == DiagramRect(x: 24, y: 24, width: 48, height: 48))
        // A scale of zero or one that is not a number leaves the page at full size.
        let broken = VisioFixtures.pages.replacingOccurrences(
            of: "<Cell N='PageHeight' V='4'/>",
            with: "<Cell N='PageHeight' V='4'/><Cell N='PageScale' V='0'/><Cell N='DrawingScale' V='2'/>")
        let unscaled = try read(VisioFixtures.drawing(replacing: ["visio/pages/pages.xml": broken]))
        #expect(unscaled.diagram.pages[1].shapes.first?.bounds == DiagramRect(x: 48, y: 48, width: 96, height: 96))
    }

    @Test func inheritsTextSizeAndDataFromMasters() throws {
        let page = try journeyPage()
        let browse = try #require(page.shape(withID: "1"))
        #expect(browse.text == "Browse the\ncatalogue", "markers dropped, CRLF as LF, no trailing line break")
        #expect(browse.rawText == nil)
        #expect(browse.shapeName == "Process")
        #expect(browse.bounds == DiagramRect(x: 120, y: 108, width: 144, height: 72))
        #expect(browse.attributes == ["Stage": "Awareness", "Emotion": "+1"], "empty shape data is left out")
        #expect(browse.style["Master"] == "Process")
        #expect(browse.style["FillForegnd"] == "#4472c4")
        #expect(browse.style["Angle"] == "0.5236", "rotation is kept in the style; the recognizer turns the box")
        #expect(browse.location?.file == "flow.vsdx")
        #expect(browse.location?.detail == "page 'Journey', visio/pages/page1.xml")
        #expect(browse.location?.line == 3)

        let step = try #require(page.shape(withID: "2"))
        #expect(step.text == "Step")
        #expect(step.bounds == DiagramRect(x: 384, y: 108, width: 192, height: 72), "height from the master")
        #expect(step.attributes == ["Stage": "Unsorted"])
    }

    @Test func placesShapesInsideGroupsInPageCoordinates() throws {
        let page = try journeyPage()
        func shape(_ id: String) throws -> DiagramShape { try #require(page.shape(withID: id)) }
        #expect(try shape("10").kind == .container)
        #expect(try shape("10").text == "Outer group")
        #expect(try shape("10").bounds == DiagramRect(x: 288, y: 432, width: 384, height: 192))
        #expect(try shape("11").parentID == "10")
        #expect(try shape("11").bounds == DiagramRect(x: 336, y: 504, width: 96, height: 48))
        #expect(try shape("12").parentID == "10")
        #expect(try shape("12").bounds == DiagramRect(x: 528, y: 480, width: 96, height: 96))
        #expect(try shape("13").parentID == "12")
        #expect(try shape("13").bounds == DiagramRect(x: 528, y: 528, width: 48, height: 48))
        #expect(try shape("13").text == "Deep inside")
        let ids = page.shapes.map(\.id)
        #expect(ids == ["1", "2", "10", "11", "12", "13", "20", "30", "31", "32"], "containers before children")
    }

    @Test func matchesSubShapesOfGroupMastersByMasterShape() throws {
        let page = try journeyPage()
        let group = try #require(page.shape(withID: "30"))
        #expect(group.shapeName == "Lane pair")
        #expect(group.bounds == DiagramRect(x: 576, y: 528, width: 384, height: 192))
        let laneA = try #require(page.shape(withID: "31"))
        #expect(laneA.text == "Lane A")
        #expect(laneA.parentID == "30")
        #expect(laneA.bounds == DiagramRect(x: 576, y: 528, width: 384, height: 96))
        let laneB = try #require(page.shape(withID: "32"))
        #expect(laneB.text == "Lane B, renamed")
        #expect(laneB.bounds == DiagramRect(x: 576, y: 624, width: 384, height: 96))
    }

    @Test func turnsConnectorsIntoEdges() throws {
        let page = try journeyPage()
        #expect(page.shape(withID: "3") == nil)
        let edge = try #require(page.edges.first)
        #expect(page.edges.count == 1)
        #expect(edge.id == "3")
        #expect(edge.sourceID == "1" && edge.targetID == "2")
        #expect(edge.text == "next")
        #expect(edge.points == [DiagramPoint(x: 264, y: 144), DiagramPoint(x: 384, y: 144)])
        #expect(edge.style["Master"] == "Dynamic connector")
        #expect(edge.style["EndArrow"] == "4")
    }

    @Test func recognizesFreeText() throws {
        let title = try #require(try journeyPage().shape(withID: "20"))
        #expect(title.kind == .text)
        #expect(title.text == "Buying a bike")
        #expect(title.bounds == DiagramRect(x: 384, y: 24, width: 288, height: 48))
    }

    @Test func losesNoLabel() throws {
        let pages = try read(VisioFixtures.drawing()).diagram.pages
        let labels = pages.flatMap { $0.shapes.map(\.text) + $0.edges.map(\.text) }.filter { !$0.isEmpty }
        #expect(labels.sorted() == VisioFixtures.labels.sorted())
    }

    @Test func keepsDuplicateShapesAndWarns() throws {
        let notes = VisioFixtures.notesPage.replacingOccurrences(
            of: "</Shapes>",
            with: "<Shape ID='1' Type='Shape'><Text>Twin</Text></Shape></Shapes>")
        let result = try read(VisioFixtures.drawing(replacing: ["visio/pages/page2.xml": notes]))
        #expect(result.diagram.pages[1].shapes.map(\.id) == ["1", "1#2"])
        #expect(result.diagram.pages[1].shapes.map(\.text) == ["Total: 42 items", "Twin"])
        #expect(result.diagnostics.map(\.code) == ["import-duplicate-id"])
        #expect(result.diagnostics.first?.location?.detail == "page 'Notes', visio/pages/page2.xml")
    }

    @Test func warnsAboutConnectionsToMissingShapes() throws {
        let page = VisioFixtures.journeyPage.replacingOccurrences(of: "ToSheet='2'", with: "ToSheet='99'")
        let result = try read(VisioFixtures.drawing(replacing: ["visio/pages/page1.xml": page]))
        #expect(result.diagram.pages[0].edges.first?.targetID == nil)
        #expect(result.diagnostics.map(\.code) == ["import-dangling-connect"])
    }

    @Test(arguments: ["NaN", "INF", "1e309", "wide"])
    func reportsGeometryThatIsNotAFiniteNumber(value: String) throws {
        let notes = VisioFixtures.notesPage.replacingOccurrences(
            of: "</Shapes>",
            with: "\n<Shape ID='2' Type='Shape'><Cell N='PinX' V='\(value)'/><Cell N='PinY' V='1'/>"
                + "<Cell N='Width' V='1'/><Cell N='Height' V='1'/><Text>Odd</Text></Shape>\n"
                + "<Shape ID='3' Type='Shape'><Cell N='PinX' V='2'/><Cell N='PinY' V='1'/>"
                + "<Cell N='Width' V='1'/><Cell N='Height' V='1'/><Text>After</Text></Shape></Shapes>")
        let result = try read(VisioFixtures.drawing(replacing: ["visio/pages/page2.xml": notes]))
        let page = result.diagram.pages[1]
        #expect(page.shape(withID: "2")?.bounds == nil)
        #expect(page.shape(withID: "2")?.text == "Odd")
        #expect(page.shape(withID: "3")?.bounds == DiagramRect(x: 144, y: 240, width: 96, height: 96))
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.message.contains("page 'Notes': the cell PinX of shape 2 holds '\(value)'"))
        #expect(warning.location?.file == "flow.vsdx")
        #expect(warning.location?.line == 5)
        #expect(warning.location?.detail == "page 'Notes', visio/pages/page2.xml")
    }

    @Test func reportsGeometryBeyondTheRangeOfNumbers() throws {
        let notes = VisioFixtures.notesPage.replacingOccurrences(
            of: "</Shapes>",
            with: "<Shape ID='2' Type='Shape'><Cell N='PinX' V='1'/><Cell N='PinY' V='1'/>"
                + "<Cell N='Width' V='1e307'/><Cell N='Height' V='1'/><Text>Wide</Text></Shape></Shapes>")
        let result = try read(VisioFixtures.drawing(replacing: ["visio/pages/page2.xml": notes]))
        #expect(result.diagram.pages[1].shape(withID: "2")?.bounds == nil)
        #expect(result.diagram.pages[1].shape(withID: "1")?.bounds != nil)
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        #expect(result.diagnostics.first?.message.contains("shape 2 lies beyond the range of numbers") == true)
    }

    // MARK: - Bad packages

    @Test func namesAMissingPagesPart() throws {
        let error = try readError(VisioFixtures.drawing(leavingOut: ["visio/pages/pages.xml"]))
        #expect(error.message.contains("visio/pages/pages.xml"))
        #expect(error.message.contains("missing"))
        #expect(error.location.file == "flow.vsdx")
        #expect(error.location.detail == "visio/pages/pages.xml")
    }

    @Test func namesAMissingPageOrRelationshipsPart() throws {
        let page = try readError(VisioFixtures.drawing(leavingOut: ["visio/pages/page2.xml"]))
        #expect(page.message.contains("visio/pages/page2.xml is missing"))
        #expect(page.message.contains("named by visio/pages/pages.xml"))
        let relationships = try readError(VisioFixtures.drawing(leavingOut: ["visio/pages/_rels/pages.xml.rels"]))
        #expect(relationships.location.detail == "visio/pages/_rels/pages.xml.rels")
        let master = try readError(VisioFixtures.drawing(leavingOut: ["visio/masters/master3.xml"]))
        #expect(master.location.detail == "visio/masters/master3.xml")
    }

    @Test func namesThePartLineAndColumnOfMalformedXML() throws {
        let broken = String(VisioFixtures.journeyPage.prefix(400))
        let error = try readError(VisioFixtures.drawing(replacing: ["visio/pages/page1.xml": broken]))
        #expect(error.location.detail == "visio/pages/page1.xml")
        #expect(error.location.line > 1)
        #expect(error.message.contains("not well-formed XML"))
        #expect(error.description.hasPrefix("flow.vsdx:"))
    }

    @Test func refusesWhatIsNotAZIPArchive() throws {
        let error = try readError(Data("<graphml/>".utf8))
        #expect(error.message.contains("not a ZIP archive"))
        #expect(error.location.file == "flow.vsdx")
    }

    /// The pages part padded with white space: about 3 KB that compress to little.
    private func paddedPages(_ count: Int) -> String {
        VisioFixtures.pages.replacingOccurrences(
            of: "</Pages>", with: String(repeating: " ", count: count) + "</Pages>")
    }

    @Test func refusesAnEntryOverTheSizeLimitBeforeExtracting() throws {
        let data = try VisioFixtures.drawing(replacing: ["visio/pages/pages.xml": paddedPages(4000)])
        let error = try readError(data, limits: ReadLimits(maximumExpandedSize: 2048, maximumCompressionRatio: 1e9))
        #expect(error.message.contains("visio/pages/pages.xml (declaring"))
        #expect(error.message.contains("expands beyond the limit of 2048 bytes"))
        #expect(error.location.detail == "visio/pages/pages.xml")
    }

    @Test func refusesAnEntryOverTheCompressionRatioLimit() throws {
        let data = try VisioFixtures.drawing(replacing: ["visio/pages/pages.xml": paddedPages(2000)])
        let error = try readError(data, limits: ReadLimits(maximumCompressionRatio: 5))
        #expect(error.message.contains("visio/pages/pages.xml is compressed"))
        #expect(error.location.detail == "visio/pages/pages.xml")
        // Without the padding, the same limits read the drawing.
        #expect(
            try read(VisioFixtures.drawing(), limits: ReadLimits(maximumCompressionRatio: 10)).diagram.pages.count
                == 2)
    }

    @Test func stopsExtractingWhenAHeaderUnderstatesTheSize() throws {
        var data = try VisioFixtures.drawing(replacing: ["visio/pages/pages.xml": paddedPages(4000)])
        try Self.understateSize(of: "visio/pages/pages.xml", in: &data, as: 100)
        let error = try readError(data, limits: ReadLimits(maximumExpandedSize: 1000, maximumCompressionRatio: 1e9))
        #expect(error.message.contains("its header declaring 100 bytes) expands beyond the limit of 1000 bytes"))
    }

    /// Rewrites the uncompressed size an entry's local and central headers declare.
    private static func understateSize(of path: String, in data: inout Data, as size: UInt32) throws {
        let name = Data(path.utf8)
        var bytes = [UInt8](data)
        var patched = 0
        func readUInt16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        func write(_ value: UInt32, at offset: Int) {
            for index in 0..<4 { bytes[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
        }
        var offset = 0
        while offset + 46 < bytes.count {
            if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                let length = readUInt16(offset + 26)
                if Data(bytes[offset + 30..<offset + 30 + length]) == name {
                    write(size, at: offset + 22)
                    patched += 1
                }
            } else if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
                let length = readUInt16(offset + 28)
                if Data(bytes[offset + 46..<offset + 46 + length]) == name {
                    write(size, at: offset + 24)
                    patched += 1
                }
            }
            offset += 1
        }
        try #require(patched == 2)
        data = Data(bytes)
    }

    /// Overwrites a 32-bit field of the central directory entry for `path`, at `field` bytes from the
    /// entry's start (20: compressed size, 24: uncompressed size, 42: local header offset).
    private static func patchDirectoryEntry(of path: String, field: Int, in data: inout Data, with value: UInt32)
        throws
    {
        let name = Data(path.utf8)
        var bytes = [UInt8](data)
        var patched = 0
        for offset in 0..<(bytes.count - 46)
        where bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            let length = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            guard Data(bytes[offset + 46..<offset + 46 + length]) == name else { continue }
            for index in 0..<4 { bytes[offset + field + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
            patched += 1
        }
        try #require(patched == 1)
        data = Data(bytes)
    }

    @Test func refusesADirectoryThatPointsPastTheEndOfTheFile() throws {
        var data = try VisioFixtures.drawing()
        try Self.patchDirectoryEntry(of: "visio/pages/page1.xml", field: 42, in: &data, with: 0x7FFF_FFFF)
        let error = try readError(data)
        #expect(error.message.contains("damaged ZIP archive"))
        #expect(error.message.contains("visio/pages/page1.xml has its local header at byte 2147483647"))
        #expect(error.location.file == "flow.vsdx")
        #expect(error.location.detail == "visio/pages/page1.xml")
    }

    @Test func refusesEntriesWhoseDataRunsPastTheEndOfTheFile() throws {
        var compressed = try VisioFixtures.drawing()
        try Self.patchDirectoryEntry(of: "visio/masters/master1.xml", field: 20, in: &compressed, with: 0xFFFF_FFF0)
        let error = try readError(compressed)
        #expect(error.message.contains("visio/masters/master1.xml says it holds 4294967280 compressed bytes"))
        #expect(error.location.detail == "visio/masters/master1.xml")
        var stored = try VisioFixtures.archive(
            VisioFixtures.parts.map { ($0.path, Data($0.content.utf8)) }, compressed: false)
        try Self.patchDirectoryEntry(of: "visio/pages/pages.xml", field: 24, in: &stored, with: 1 << 30)
        #expect(try readError(stored).message.contains("visio/pages/pages.xml says it holds 1073741824 stored bytes"))
    }

    @Test func refusesADirectoryThatStartsPastItsEnd() throws {
        var bytes = [UInt8](try VisioFixtures.drawing())
        let end = try #require(
            (0...(bytes.count - 22)).last { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
        for index in 0..<4 { bytes[end + 16 + index] = 0x7F }
        let error = try readError(Data(bytes))
        #expect(error.message.contains("the central directory is said to start at byte 2139062143"))
        #expect(error.location.detail == nil)
    }

    @Test func neverStopsOnDamagedOffsetsOrSizes() throws {
        let intact = [UInt8](try VisioFixtures.drawing())
        let end = try #require(
            (0...(intact.count - 22)).last { intact[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
        // The sizes and offsets of every central directory entry, and the counts, size and offset of
        // the directory, each set to a few values that point anywhere.
        var fields = Array(end + 8..<end + 20)
        for offset in 0..<end where intact[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            fields += Array(offset + 20..<offset + 34) + Array(offset + 42..<offset + 46)
        }
        for field in fields {
            for value: UInt8 in [0x00, 0x7F, 0xFF] where intact[field] != value {
                var bytes = intact
                bytes[field] = value
                _ = try? read(Data(bytes))
            }
        }
    }

    @Test func recognizesVisioPackagesOnly() throws {
        let reader = VisioReader()
        #expect(reader.identifier == "vsdx")
        #expect(reader.recognizes(ContentSample(try VisioFixtures.drawing(), fileName: "flow.vsdx")))
        let other = try VisioFixtures.archive([("word/document.xml", Data("<w/>".utf8))])
        #expect(!reader.recognizes(ContentSample(other, fileName: "letter.docx")))
        #expect(!reader.recognizes(ContentSample(Data(GraphMLFixtures.live.utf8))))
    }
}
