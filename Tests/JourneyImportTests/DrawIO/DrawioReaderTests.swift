import Foundation
import JourneyImport
import JourneyModel
import Testing

@Suite("draw.io reader")
struct DrawioReaderTests {
    private func read(_ data: Data, limits: ReadLimits = ReadLimits()) throws -> DiagramReadResult {
        try DrawioReader().readDiagram(data, file: "test.drawio", limits: limits)
    }

    private func readError(_ data: Data, limits: ReadLimits = ReadLimits()) throws -> ReadError {
        try #require(throws: ReadError.self) { try read(data, limits: limits) }
    }

    @Test func readsUncompressedAndCompressedPagesAlike() throws {
        let plain = try read(DrawioFixtures.file(pages: [("Plain", DrawioFixtures.looseModel)]))
        let compressed = try read(DrawioFixtures.file(pages: [("Packed", DrawioFixtures.looseCompressed)]))
        #expect(plain.diagram.pages.count == 1 && compressed.diagram.pages.count == 1)
        #expect(
            plain.diagram.pages[0].shapes
                == compressed.diagram.pages[0].shapes.map { shape in
                    var shape = shape
                    shape.location = plain.diagram.pages[0].shape(withID: shape.id)?.location
                    return shape
                })
        #expect(compressed.diagram.pages[0].name == "Packed")
        let title = try #require(plain.diagram.pages[0].shape(withID: "title"))
        #expect(title.text == "Buying a bike")
        #expect(title.kind == .text)
        #expect(title.bounds == DiagramRect(x: 120, y: 0, width: 300, height: 30))
        #expect(plain.diagram.pages[0].edges.map(\.sourceID) == ["s3"])
    }

    @Test func readsEveryPageAndABareModel() throws {
        let two = try read(
            DrawioFixtures.file(pages: [("One", DrawioFixtures.looseModel), ("Two", DrawioFixtures.looseCompressed)]))
        #expect(two.diagram.pages.map(\.name) == ["One", "Two"])
        #expect(two.diagram.pages.map(\.id) == ["page1", "page2"])
        let bare = try read(Data(DrawioFixtures.looseModel.utf8))
        #expect(bare.diagram.pages.count == 1)
        #expect(bare.diagram.pages[0].shapes.count == 12)
    }

    @Test func readsOldFilesWithoutPageNamesAndWithPrefixedRootIDs() throws {
        let text = """
            <mxfile userAgent="Mozilla/5.0" version="6.8.9" editor="www.draw.io" type="device"><diagram>\
            <mxGraphModel><root><mxCell id="Xy-0"/><mxCell id="Xy-1" parent="Xy-0"/>\
            <mxCell id="Xy-2" value="Hello" vertex="1" parent="Xy-1"><mxGeometry x="10" y="20" width="30" height="40" as="geometry"/></mxCell>\
            </root></mxGraphModel></diagram></mxfile>
            """
        let page = try read(Data(text.utf8)).diagram.pages[0]
        #expect(page.name == "Page-1" && page.id == "page-1")
        #expect(page.shapes.map(\.id) == ["Xy-2"])
        #expect(page.shapes[0].parentID == nil)
    }

    @Test func keepsTheTextOfNamedLayersAndDocumentData() throws {
        let model = """
            <mxGraphModel><root><UserObject label="" author="Ana" id="0"><mxCell/></UserObject>\
            <mxCell id="1" value="Background" parent="0"/><mxCell id="2" value="" parent="0"/>\
            <mxCell id="c" value="Card" vertex="1" parent="2"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        #expect(page.shapes.map(\.id) == ["0", "1", "c"])
        #expect(page.shape(withID: "0")?.attributes == ["author": "Ana"])
        #expect(page.shape(withID: "1")?.text == "Background")
        #expect(page.shape(withID: "1")?.shapeName == "layer")
        #expect(page.shape(withID: "c")?.parentID == nil)
        let result = try DiagramImportFormat.drawio.importMap(DrawioFixtures.file(pages: [("P", model)]), file: nil)
        #expect(result.report.unplaced.map(\.text).contains("Background"))
        #expect(result.map.extensions["drawio", "document.author"] == "Ana")
        expectNoLabelLost(result)
    }

    @Test func unwrapsUserObjectsAndResolvesPlaceholders() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <UserObject label="%name% (%role%) %missing%" placeholders="1" name="Anna" role="Buyer" tooltip="Tip" id="u1">\
            <mxCell style="rounded=1;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="10" height="10" as="geometry"/></mxCell>\
            </UserObject>\
            <object label="Plain" segment="B2C" id="o1"><mxCell vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell></object>\
            </root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        let user = try #require(page.shape(withID: "u1"))
        #expect(user.text == "Anna (Buyer) %missing%")
        #expect(user.attributes == ["name": "Anna", "role": "Buyer", "tooltip": "Tip"])
        #expect(page.shape(withID: "o1")?.attributes == ["segment": "B2C"])
        #expect(page.shape(withID: "o1")?.text == "Plain")
    }

    @Test func resolvesPlaceholdersFromAncestorsAndThePage() throws {
        // The root carries the page's data; a container defines status and owner; its child, inside
        // another container, uses them; the child's own attributes come first.
        let model = """
            <mxGraphModel><root><object label="" project="Checkout" status="Page" id="0"><mxCell/></object>\
            <mxCell id="1" parent="0"/>\
            <object label="Lane" status="Done" owner="Ben" id="lane"><mxCell style="swimlane;" vertex="1" parent="1"><mxGeometry width="300" height="200" as="geometry"/></mxCell></object>\
            <mxCell id="group" style="group;" vertex="1" parent="lane"><mxGeometry width="100" height="100" as="geometry"/></mxCell>\
            <UserObject label="&lt;b&gt;%status%&lt;/b&gt; by %owner% for %project% (%label%, %tooltip%, %missing%)" owner="Cleo" tooltip="Tip" placeholders="1" id="card">\
            <mxCell style="html=1;" vertex="1" parent="group"><mxGeometry width="10" height="10" as="geometry"/></mxCell></UserObject>\
            <object label="%status%" id="plain"><mxCell vertex="1" parent="lane"><mxGeometry width="5" height="5" as="geometry"/></mxCell></object>\
            </root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        let card = try #require(page.shape(withID: "card"))
        #expect(card.text == "Done by Cleo for Checkout (%label%, %tooltip%, %missing%)")
        #expect(card.rawText == "<b>Done</b> by Cleo for Checkout (%label%, %tooltip%, %missing%)")
        #expect(card.attributes == ["owner": "Cleo", "tooltip": "Tip"])
        #expect(page.shape(withID: "plain")?.text == "%status%", "without placeholders=\"1\" nothing is replaced")
    }

    @Test func turnsHTMLLabelsIntoTextAndKeepsTheOriginal() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="h" value="&lt;div&gt;First&lt;/div&gt;&lt;div&gt;Second&amp;nbsp;line &amp;amp; more&lt;/div&gt;" style="html=1;whiteSpace=wrap;" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            <mxCell id="n" value="Line one&#xa;Line two" style="whiteSpace=wrap;" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        let html = try #require(page.shape(withID: "h"))
        #expect(html.text == "First\nSecond line & more")
        #expect(html.rawText == "<div>First</div><div>Second&nbsp;line &amp; more</div>")
        #expect(page.shape(withID: "n")?.text == "Line one\nLine two")
        #expect(page.shape(withID: "n")?.rawText == nil)
    }

    @Test func splitsStylesOnSemicolonsThenOnTheFirstEquals() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="s" value="x" style="ellipse;shape=cloud;image=data:image/png,abc=;fillColor=#fff" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        let shape = try #require(
            try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0].shape(withID: "s"))
        #expect(shape.shapeName == "ellipse")
        #expect(shape.style["image"] == "data:image/png,abc=")
        #expect(shape.style["fillColor"] == "#fff")
        #expect(shape.style["ellipse"] == "")
    }

    @Test func makesChildGeometryAbsoluteAndCollectsEdgeLabels() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="pool" value="Pool" style="swimlane;startSize=30;" vertex="1" parent="1"><mxGeometry x="100" y="50" width="400" height="300" as="geometry"/></mxCell>\
            <mxCell id="lane" value="Lane" style="swimlane;horizontal=0;" vertex="1" parent="pool"><mxGeometry x="0" y="30" width="400" height="100" as="geometry"/></mxCell>\
            <mxCell id="card" value="Card" vertex="1" parent="lane"><mxGeometry x="40" y="10" width="60" height="20" as="geometry"/></mxCell>\
            <mxCell id="e" value="" edge="1" parent="1" source="card" target="pool"><mxGeometry relative="1" as="geometry"><Array as="points"><mxPoint x="1" y="2"/></Array></mxGeometry></mxCell>\
            <mxCell id="label1" value="goes back" style="edgeLabel;" vertex="1" connectable="0" parent="e"><mxGeometry x="-0.2" relative="1" as="geometry"><mxPoint as="offset"/></mxGeometry></mxCell>\
            </root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        #expect(page.shape(withID: "card")?.bounds == DiagramRect(x: 140, y: 90, width: 60, height: 20))
        #expect(page.shape(withID: "lane")?.kind == .swimlane)
        #expect(page.shape(withID: "lane")?.isHorizontal == true)
        #expect(page.shape(withID: "pool")?.isHorizontal == false)
        #expect(page.shape(withID: "pool")?.headerSize == 30)
        #expect(page.shape(withID: "label1") == nil)
        #expect(page.edges.first?.text == "goes back")
        #expect(page.edges.first?.points == [DiagramPoint(x: 1, y: 2)])
    }

    @Test func readsTablesWithSpans() throws {
        let page = try read(DrawioFixtures.file(pages: [("T", ImportMaps.tableModel)])).diagram.pages[0]
        #expect(page.shape(withID: "t")?.kind == .table)
        #expect(page.shapes.filter { $0.kind == .tableRow }.count == 3)
        let wide = try #require(page.shape(withID: "c22"))
        #expect(wide.kind == .tableCell && wide.columnSpan == 2)
        #expect(wide.bounds == DiagramRect(x: 100, y: 140, width: 200, height: 60))
    }

    @Test func readsTheDiagramInsideADrawioSVG() throws {
        let inner = String(
            decoding: DrawioFixtures.file(pages: [("Embedded", DrawioFixtures.looseCompressed)]), as: UTF8.self)
        let escaped = inner.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\n", with: "&#10;")
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" content="\(escaped)"><g/></svg>
            """
        #expect(DrawioReader().recognizes(ContentSample(Data(svg.utf8))))
        // draw.io writes the SVG document type; its DTD is never loaded.
        let result = try read(Data(svg.utf8))
        #expect(result.diagram.pages.map(\.name) == ["Embedded"])
        #expect(result.diagram.pages[0].shapes.count == 12)
        #expect(result.diagnostics.isEmpty)
        let withoutDoctype = svg.replacingOccurrences(
            of: #"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#,
            with: "")
        #expect(try read(Data(withoutDoctype.utf8)).diagram == result.diagram)
        // A document type with an internal subset is refused, even an empty one.
        for subset in ["[]", "[<!ELEMENT svg ANY>]", #"[<!ENTITY name "Anna">]"#] {
            let withSubset = svg.replacingOccurrences(of: "svg11.dtd\">", with: "svg11.dtd\" \(subset)>")
            let error = try readError(Data(withSubset.utf8))
            #expect(error.message.contains("document type declaration with an internal subset"), "\(subset)")
            #expect(error.location.line == 2)
        }
    }

    @Test func readsUTF16Files() throws {
        let text = String(
            decoding: DrawioFixtures.file(pages: [("Seite 1 – Übersicht", DrawioFixtures.looseModel)]), as: UTF8.self
        )
        .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(DrawioReader().recognizes(ContentSample(data)))
        let page = try read(data).diagram.pages[0]
        #expect(page.name == "Seite 1 – Übersicht")
        #expect(page.shape(withID: "e2")?.text == "😞")
    }

    @Test func warnsAboutDuplicateIDsAndKeepsBoth() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="x" value="First" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            <mxCell id="x" value="Second" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        let result = try read(DrawioFixtures.file(pages: [("P", model)]))
        #expect(result.diagram.pages[0].shapes.map(\.id) == ["x", "x#2"])
        #expect(result.diagram.pages[0].shapes.map(\.text) == ["First", "Second"])
        #expect(result.diagnostics.map(\.code) == ["import-duplicate-id"])
        #expect(result.diagnostics[0].location?.line == 3)
    }

    @Test func breaksParentCyclesAndDanglingParents() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="a" value="A" vertex="1" parent="b"><mxGeometry x="1" y="1" width="5" height="5" as="geometry"/></mxCell>\
            <mxCell id="b" value="B" vertex="1" parent="a"><mxGeometry x="2" y="2" width="5" height="5" as="geometry"/></mxCell>\
            <mxCell id="c" value="C" vertex="1" parent="nowhere"><mxGeometry x="3" y="3" width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        let result = try read(DrawioFixtures.file(pages: [("P", model)]))
        #expect(Set(result.diagnostics.map(\.code)) == ["import-parent-cycle", "import-dangling-parent"])
        let shapes = result.diagram.pages[0].shapes
        #expect(shapes.map(\.text) == ["A", "B", "C"])
        #expect(shapes.allSatisfy { $0.bounds != nil })
        #expect(shapes.first { $0.id == "c" }?.parentID == nil)
    }

    @Test func namesFilePageAndProblemForBrokenInput() throws {
        let notXML = try readError(Data("stage,lane\n".utf8))
        #expect(notXML.location.file == "test.drawio" && notXML.location.line == 1)
        let truncatedXML = try readError(Data("<mxfile><diagram name=\"P\"><mxGraphModel><root>".utf8))
        #expect(truncatedXML.location.file == "test.drawio")
        let badBase64 = try readError(DrawioFixtures.file(pages: [("Broken", "abc$%^")]))
        #expect(
            badBase64.message
                == "page 'Broken': the compressed content is not valid base64 (unexpected '$' at character 4)")
        #expect(badBase64.location.detail == "page Broken")
        #expect(badBase64.location.line == 3)
        let truncated = try readError(DrawioFixtures.file(pages: [("Cut", DrawioFixtures.truncatedCompressed)]))
        #expect(truncated.message == "page 'Cut': the compressed content is truncated")
        let notDeflate = try readError(DrawioFixtures.file(pages: [("Noise", "SGVsbG8gV29ybGQh")]))
        #expect(notDeflate.message.hasPrefix("page 'Noise': the compressed content"))
        let brokenPage = try readError(
            Data("<mxfile><diagram name=\"Plain\"><mxGraphModel><root>\n<mxCell id=\"a\" value=\"x\"></root>".utf8))
        #expect(brokenPage.message.hasPrefix("page 'Plain': "))
        #expect(brokenPage.location.detail == "page Plain" && brokenPage.location.line == 2)
        let wrongRoot = try readError(Data("<graphml/>".utf8))
        #expect(wrongRoot.message.contains("found <graphml>"))
    }

    /// A page with a fine cell, a cell with the given geometry on line 4 and another fine cell.
    private func readPage(withGeometry geometry: String) throws -> DiagramReadResult {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="ok" value="Fine" vertex="1" parent="1"><mxGeometry x="1" y="2" width="5" height="5" as="geometry"/></mxCell>
            <mxCell id="odd" value="Odd" vertex="1" parent="1"><mxGeometry \(geometry) as="geometry"/></mxCell>
            <mxCell id="after" value="After" vertex="1" parent="1"><mxGeometry x="3" y="4" width="5" height="5" as="geometry"/></mxCell>\
            </root></mxGraphModel>
            """
        return try read(DrawioFixtures.file(pages: [("P", model)]))
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity", "1e309", "-1e400", "wide"])
    func reportsGeometryThatIsNotAFiniteNumber(value: String) throws {
        let result = try readPage(withGeometry: #"x="\#(value)" y="2" width="5" height="\#(value)""#)
        let page = try #require(result.diagram.pages.first)
        #expect(page.shape(withID: "odd")?.bounds == nil)
        #expect(page.shape(withID: "odd")?.text == "Odd")
        #expect(page.shape(withID: "ok")?.bounds == DiagramRect(x: 1, y: 2, width: 5, height: 5))
        #expect(page.shape(withID: "after")?.bounds == DiagramRect(x: 3, y: 4, width: 5, height: 5))
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.message.contains("page 'P': the cell 'odd'") && warning.message.contains("(x, height)"))
        #expect(warning.location == SourceLocation(file: "test.drawio", line: 4, detail: "page P"))
    }

    @Test func reportsGeometryBeyondTheRangeOfNumbers() throws {
        let result = try readPage(withGeometry: #"x="1e308" y="2" width="1e308" height="5""#)
        #expect(result.diagram.pages[0].shape(withID: "odd")?.bounds == nil)
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        #expect(result.diagnostics.first?.message.contains("beyond the range of numbers") == true)
        // Huge but finite bounds are kept as they are.
        let far = try readPage(withGeometry: #"x="1e19" y="1e300" width="5" height="5""#)
        #expect(far.diagnostics.isEmpty)
        #expect(
            far.diagram.pages[0].shape(withID: "odd")?.bounds == DiagramRect(x: 1e19, y: 1e300, width: 5, height: 5))
    }

    @Test func turnsNegativeSizesAroundWithAWarning() throws {
        let result = try readPage(withGeometry: #"x="100" y="50" width="-40" height="-10""#)
        #expect(
            result.diagram.pages[0].shape(withID: "odd")?.bounds == DiagramRect(x: 60, y: 40, width: 40, height: 10))
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        #expect(result.diagnostics.first?.message.contains("negative width and height") == true)
        #expect(result.diagnostics.first?.location?.line == 4)
    }

    @Test func leavesOutEdgePointsThatAreNotNumbers() throws {
        let model = """
            <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>\
            <mxCell id="e" edge="1" parent="1"><mxGeometry relative="1" as="geometry">\
            <mxPoint x="NaN" y="1" as="sourcePoint"/><mxPoint x="5" y="6" as="targetPoint"/>\
            <Array as="points"><mxPoint x="1" y="Infinity"/><mxPoint x="2" y="3"/></Array>\
            </mxGeometry></mxCell></root></mxGraphModel>
            """
        let page = try read(DrawioFixtures.file(pages: [("P", model)])).diagram.pages[0]
        #expect(page.edges.first?.points == [DiagramPoint(x: 2, y: 3), DiagramPoint(x: 5, y: 6)])
    }

    @Test func numbersDuplicatesPastIdentifiersTheFileAlreadyUses() throws {
        let cells = ["x#3", "x", "x", "x#2", "x", "x"].map { id in
            #"<mxCell id="\#(id)" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>"#
        }
        let model =
            #"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"#
            + cells.joined() + "</root></mxGraphModel>"
        let result = try read(DrawioFixtures.file(pages: [("P", model)]))
        #expect(result.diagram.pages[0].shapes.map(\.id) == ["x#3", "x", "x#2", "x#2#2", "x#4", "x#5"])
        #expect(result.diagnostics.map(\.code) == Array(repeating: "import-duplicate-id", count: 4))
    }

    @Test func readsAPageWhoseCellsAllShareOneIdentifier() throws {
        let cell = #"<mxCell id="same" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>"#
        let model =
            #"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"#
            + String(repeating: cell, count: 20_000) + "</root></mxGraphModel>"
        let result = try read(DrawioFixtures.file(pages: [("P", model)]))
        let ids = result.diagram.pages[0].shapes.map(\.id)
        #expect(ids.count == 20_000 && Set(ids).count == 20_000)
        #expect(ids.first == "same" && ids.last == "same#20000")
        #expect(result.diagnostics.count == 19_999)
    }

    @Test func refusesPagesThatInflateBeyondTheLimit() throws {
        let bomb = DrawioFixtures.file(pages: [("Bomb", DrawioFixtures.inflationBomb)])
        let error = try readError(bomb, limits: ReadLimits(maximumExpandedSize: 1 << 20))
        #expect(error.message.contains("expands beyond the limit of 1048576 bytes"))
        // Within a larger limit the same page is read.
        #expect(try read(bomb, limits: ReadLimits(maximumExpandedSize: 8 << 20)).diagram.pages.count == 1)
    }

    @Test func refusesEntities() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE mxfile [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <mxfile><diagram name="P">&x;</diagram></mxfile>
            """
        #expect(try readError(Data(text.utf8)).message.contains("document type"))
    }

    @Test func recognizesItsFilesByContent() {
        let reader = DrawioReader()
        #expect(reader.recognizes(ContentSample(DrawioFixtures.file(pages: [("P", "x")]))))
        #expect(reader.recognizes(ContentSample(Data(DrawioFixtures.looseModel.utf8))))
        #expect(!reader.recognizes(ContentSample(Data("<journeyMap xmlns=\"urn:journeykit:journey-map:1\"/>".utf8))))
        #expect(!reader.recognizes(ContentSample(Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))))
    }
}
