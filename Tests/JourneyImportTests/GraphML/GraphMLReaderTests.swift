import Foundation
import JourneyImport
import JourneyModel
import Testing

@Suite("GraphML reader")
struct GraphMLReaderTests {
    private func read(_ text: String, file: String = "test.graphml") throws -> DiagramReadResult {
        try GraphMLReader().readDiagram(Data(text.utf8), file: file, limits: ReadLimits())
    }

    private func readError(_ data: Data) throws -> ReadError {
        try #require(throws: ReadError.self) {
            try GraphMLReader().readDiagram(data, file: "broken.graphml", limits: ReadLimits())
        }
    }

    private func labels(of page: DiagramPage) -> [String] {
        (page.shapes.map(\.text) + page.edges.map(\.text)).filter { !$0.isEmpty }
    }

    // MARK: - Desktop yEd

    @Test func readsDesktopNodesWithTheirLabelsLooksAndData() throws {
        let result = try read(GraphMLFixtures.desktop)
        #expect(result.diagnostics.isEmpty)
        #expect(result.diagram.format == "graphml")
        let page = try #require(result.diagram.pages.first)
        #expect(page.id == "G")

        let ad = try #require(page.shape(withID: "n0"))
        #expect(ad.text == "Sees an ad")
        #expect(ad.rawText == "<html><b>Sees</b> an ad</html>")
        #expect(ad.bounds == DiagramRect(x: 10, y: 20, width: 120, height: 40))
        #expect(ad.kind == .shape)
        #expect(ad.shapeName == "roundrectangle")
        #expect(ad.style["fillColor"] == "#FFCC00")
        #expect(ad.style["borderColor"] == "#000000")
        #expect(ad.attributes["description"] == "First step\nof the journey")
        #expect(ad.attributes["url"] == "https://example.com/step")
        #expect(ad.attributes["Emotion"] == "happy")
        #expect(ad.location?.file == "test.graphml")
        #expect(ad.location?.line == 11)

        let decision = try #require(page.shape(withID: "n1"))
        #expect(decision.text == "Decides\nto buy")
        #expect(decision.rawText == nil)
        #expect(decision.shapeName == "com.yworks.flowchart.decision")
        #expect(decision.style["doubleBorder"] == "false")
        #expect(decision.attributes["Emotion"] == "neutral", "a key's default applies where the node has no value")
    }

    @Test func readsGroupsWithTheirNestedGraphs() throws {
        let page = try #require(try read(GraphMLFixtures.desktop).diagram.pages.first)
        let ids = page.shapes.map(\.id)
        #expect(Array(ids.prefix(6)) == ["n0", "n1", "n2", "n2::n0", "n2::n1", "t"])

        let group = try #require(page.shape(withID: "n2"))
        #expect(group.kind == .container)
        #expect(group.text == "Store visit")
        #expect(group.bounds == DiagramRect(x: 0, y: 100, width: 300, height: 200))
        #expect(group.style["inactiveLabel"] == "Store (folded)")

        let asks = try #require(page.shape(withID: "n2::n0"))
        #expect(asks.parentID == "n2")
        #expect(asks.kind == .text, "no fill and no border: free text")
        #expect(asks.bounds == DiagramRect(x: 20, y: 150, width: 100, height: 30))
        #expect(page.shape(withID: "n2::n1")?.parentID == "n2")

        let inner = try #require(page.edges.first { $0.id == "n2::e0" })
        #expect(inner.sourceID == "n2::n0" && inner.targetID == "n2::n1")
        #expect(inner.text == "then")
    }

    @Test func turnsTableRowsAndColumnsIntoSwimlanes() throws {
        let page = try #require(try read(GraphMLFixtures.desktop).diagram.pages.first)
        let table = try #require(page.shape(withID: "t"))
        #expect(table.kind == .table)
        #expect(table.text == "Journey")

        let lanes = page.shapes.filter { $0.kind == .swimlane }
        #expect(lanes.map(\.id) == ["t/row_0", "t/row_1", "t/col_a", "t/col_b"])
        #expect(lanes.allSatisfy { $0.parentID == "t" })
        #expect(lanes.map(\.text) == ["Actions", "Feelings", "Awareness", "Purchase"])
        #expect(lanes.map(\.isHorizontal) == [true, true, false, false])
        #expect(lanes.map(\.headerSize) == [20, 20, 24, 24])
        // Rows start below the table's title band (30) and the column headers (24).
        #expect(lanes[0].bounds == DiagramRect(x: 400, y: 154, width: 420, height: 100))
        #expect(lanes[1].bounds == DiagramRect(x: 400, y: 254, width: 420, height: 76))
        // Columns start right of the row headers (20).
        #expect(lanes[2].bounds == DiagramRect(x: 420, y: 130, width: 200, height: 200))
        #expect(lanes[3].bounds == DiagramRect(x: 620, y: 130, width: 200, height: 200))
    }

    @Test func readsEdgesWithLabelsWaypointsAndStyle() throws {
        let page = try #require(try read(GraphMLFixtures.desktop).diagram.pages.first)
        #expect(page.edges.map(\.id) == ["e0", "e1", "n2::e0"])
        let main = page.edges[0]
        #expect(main.sourceID == "n0" && main.targetID == "n1")
        #expect(main.text == "clicks\nthe ad")
        #expect(main.attributes["description"] == "the main path")
        #expect(main.style["lineColor"] == "#FF0000")
        #expect(main.style["lineType"] == "dashed")
        #expect(main.style["targetArrow"] == "standard")
        // The ends are offsets from the node centres; the bends are absolute.
        #expect(
            main.points == [
                DiagramPoint(x: 130, y: 40), DiagramPoint(x: 160, y: 40), DiagramPoint(x: 160, y: 50),
                DiagramPoint(x: 200, y: 50),
            ])
        #expect(page.edges[1].targetID == "n2::n1")
        #expect(page.edges[1].text.isEmpty)
    }

    @Test func losesNoDesktopLabel() throws {
        let page = try #require(try read(GraphMLFixtures.desktop).diagram.pages.first)
        #expect(labels(of: page).sorted() == GraphMLFixtures.desktopLabels.sorted())
    }

    @Test func resolvesKeysByTheirDeclarationNotTheirIdentifiers() throws {
        // The same node under two sets of key identifiers reads the same.
        let renamed = GraphMLFixtures.desktop
            .replacingOccurrences(of: "\"looks\"", with: "\"d6\"")
            .replacingOccurrences(of: "\"nd\"", with: "\"looks\"")
        let original = try #require(try read(GraphMLFixtures.desktop).diagram.pages.first)
        let swapped = try #require(try read(renamed).diagram.pages.first)
        #expect(swapped.shapes.map(\.text) == original.shapes.map(\.text))
        #expect(swapped.shape(withID: "n0")?.attributes == original.shape(withID: "n0")?.attributes)
        #expect(swapped.shape(withID: "n0")?.bounds == original.shape(withID: "n0")?.bounds)
    }

    // MARK: - yEd Live

    @Test func readsYEdLiveLabelsGeometryAndSharedData() throws {
        let result = try read(GraphMLFixtures.live)
        #expect(result.diagnostics.isEmpty)
        let page = try #require(result.diagram.pages.first)
        #expect(page.shapes.map(\.id) == ["n0", "n1", "g", "g::n0"])

        let opens = try #require(page.shape(withID: "n0"))
        #expect(opens.text == "Opens the app")
        #expect(opens.bounds == DiagramRect(x: -100, y: -50.5, width: 120, height: 40))
        #expect(opens.attributes == ["description": "Entry point"], "z-order is bookkeeping, not data")
        // The style is shared data, and its fill a reference inside it.
        #expect(opens.style["style"] == "ShapeNodeStyle")
        #expect(opens.shapeName == "ELLIPSE")
        #expect(opens.style["fill.cssString"] == "#336699")

        let signs = try #require(page.shape(withID: "n1"))
        #expect(signs.text == "Signs <up> & pays\nShared label\nExit", "port labels belong to the node")
        #expect(signs.style["stroke"] == "#FF000000")
        #expect(signs.style["fill.cssString"] == "white")

        let group = try #require(page.shape(withID: "g"))
        #expect(group.kind == .container)
        #expect(group.text == "Referenced text")
        #expect(page.shape(withID: "g::n0")?.parentID == "g")

        let edge = try #require(page.edges.first)
        #expect(edge.text == "Continues")
        #expect(edge.points == [DiagramPoint(x: 40, y: -30.5), DiagramPoint(x: 60, y: -30.5)])
        #expect(edge.style["stroke"] == "#FF663800")
        #expect(page.edges.last?.targetID == "g::n0")
        #expect(labels(of: page).sorted() == GraphMLFixtures.liveLabels.sorted())
    }

    @Test func turnsYEdLiveTableRowsAndColumnsIntoSwimlanes() throws {
        let page = try #require(try read(GraphMLFixtures.liveTable).diagram.pages.first)
        #expect(page.shape(withID: "pool")?.kind == .table)
        #expect(page.shape(withID: "pool")?.text == "Customer journey")
        let lanes = page.shapes.filter { $0.kind == .swimlane }
        #expect(lanes.map(\.id) == ["pool/row-1", "pool/row-2", "pool/column-1"])
        #expect(lanes.map(\.text) == ["Doing", "Feeling", "Explore"])
        #expect(lanes.map(\.headerSize) == [40, 40, 20])
        #expect(lanes[0].bounds == DiagramRect(x: 0, y: 50, width: 500, height: 120))
        #expect(lanes[1].bounds == DiagramRect(x: 0, y: 170, width: 500, height: 100), "sized by the defaults")
        #expect(lanes[2].bounds == DiagramRect(x: 40, y: 30, width: 230, height: 270))
    }

    @Test func warnsAboutALabelReferenceToMissingSharedData() throws {
        let text = GraphMLFixtures.live.replacingOccurrences(
            of: "{y:GraphMLReference 4}", with: "{y:GraphMLReference 99}")
        let result = try read(text)
        #expect(result.diagnostics.map(\.code) == ["import-unresolved-reference"])
        #expect(result.diagram.pages[0].shape(withID: "g")?.text == "{y:GraphMLReference 99}")
    }

    // MARK: - Encodings and bad input

    @Test func readsUTF16Files() throws {
        let text = GraphMLFixtures.desktop
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
            .replacingOccurrences(of: "Decides", with: "Überlegt 😀")
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let result = try GraphMLReader().readDiagram(data, file: "wide.graphml", limits: ReadLimits())
        #expect(result.diagram.pages[0].shape(withID: "n1")?.text == "Überlegt 😀\nto buy")
        #expect(result.diagram.pages[0].shapes.count == 10)
        #expect(GraphMLReader().recognizes(ContentSample(data, fileName: "wide.graphml")))
    }

    @Test func namesTheFileAndLineOfTruncatedXML() throws {
        let cut = String(GraphMLFixtures.desktop.prefix(2000))
        let error = try readError(Data(cut.utf8))
        #expect(error.location.file == "broken.graphml")
        #expect(error.location.line > 1)
        #expect(error.message.contains("not well-formed XML"))
        #expect(error.description.hasPrefix("broken.graphml:"))
    }

    @Test func refusesInputThatIsNotGraphML() throws {
        let binary = try readError(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]))
        #expect(binary.location.file == "broken.graphml")
        #expect(binary.message.contains("not well-formed XML"))
        let other = try readError(Data("<mxfile><diagram/></mxfile>".utf8))
        #expect(other.message.contains("expected a <graphml> root element, found <mxfile>"))
        let empty = try readError(Data(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>"#.utf8))
        #expect(empty.message.contains("no <graph>"))
    }

    @Test func keepsDuplicateNodesAndWarns() throws {
        let result = try read(GraphMLFixtures.duplicates)
        let page = try #require(result.diagram.pages.first)
        #expect(page.shapes.map(\.id) == ["a", "a#2", "b"])
        #expect(page.shapes.map(\.text) == ["First", "Second", ""])
        #expect(page.edges.map(\.sourceID) == ["a", "b"], "references go to the first node with the identifier")
        #expect(page.edges[1].targetID == nil)
        #expect(result.diagnostics.map(\.code) == ["import-duplicate-id", "import-dangling-edge-end"])
        #expect(result.diagnostics[0].message.contains("'a#2'"))
        #expect(result.diagnostics[0].location?.line == 5)
    }

    /// A desktop yEd page with a fine node, a node with the given geometry on line 6 and another
    /// fine node.
    private func readPage(withGeometry geometry: String) throws -> DiagramReadResult {
        let node = { (id: String, geometry: String) in
            #"<node id="\#(id)"><data key="g"><y:ShapeNode><y:Geometry \#(geometry)/>"#
                + #"<y:NodeLabel>\#(id)</y:NodeLabel></y:ShapeNode></data></node>"#
        }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key for="node" id="g" yfiles.type="nodegraphics"/>
              <graph id="G">
                \(node("ok", #"x="1" y="2" width="5" height="5""#))
                \(node("odd", geometry))
                \(node("after", #"x="3" y="4" width="5" height="5""#))
              </graph>
            </graphml>
            """
        return try read(text, file: "odd.graphml")
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity", "1e309", "wide"])
    func reportsGeometryThatIsNotAFiniteNumber(value: String) throws {
        let result = try readPage(withGeometry: #"x="\#(value)" y="2" width="5" height="5""#)
        let page = try #require(result.diagram.pages.first)
        #expect(page.shape(withID: "odd")?.bounds == nil)
        #expect(page.shape(withID: "odd")?.text == "odd")
        #expect(page.shape(withID: "ok")?.bounds == DiagramRect(x: 1, y: 2, width: 5, height: 5))
        #expect(page.shape(withID: "after")?.bounds == DiagramRect(x: 3, y: 4, width: 5, height: 5))
        #expect(result.diagnostics.map(\.code) == ["import-bad-geometry"])
        let warning = try #require(result.diagnostics.first)
        #expect(warning.message.hasPrefix("page 'G': <Geometry> has no usable geometry (x='\(value)'"))
        #expect(warning.location?.file == "odd.graphml")
        #expect(warning.location?.line == 6)
        #expect(warning.location?.detail == "page G")
    }

    @Test func reportsGeometryBeyondTheRangeOfNumbersAndNegativeSizes() throws {
        let huge = try readPage(withGeometry: #"x="1e308" y="2" width="1e308" height="5""#)
        #expect(huge.diagram.pages[0].shape(withID: "odd")?.bounds == nil)
        #expect(huge.diagnostics.first?.message.contains("beyond the range of numbers") == true)
        let negative = try readPage(withGeometry: #"x="100" y="50" width="-40" height="10""#)
        #expect(
            negative.diagram.pages[0].shape(withID: "odd")?.bounds == DiagramRect(x: 60, y: 50, width: 40, height: 10))
        #expect(negative.diagnostics.map(\.code) == ["import-bad-geometry"])
        #expect(negative.diagnostics.first?.message.contains("negative width") == true)
    }

    @Test func numbersManyDuplicateNodesPastIdentifiersTheFileAlreadyUses() throws {
        let ids = ["n#3", "n", "n", "n#2", "n", "n"] + Array(repeating: "same", count: 20_000)
        let nodes = ids.map { #"<node id="\#($0)"/>"# }.joined()
        let text =
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="G">"#
            + nodes + "</graph></graphml>"
        let result = try read(text)
        let read = try #require(result.diagram.pages.first).shapes.map(\.id)
        #expect(Array(read.prefix(6)) == ["n#3", "n", "n#2", "n#2#2", "n#4", "n#5"])
        #expect(Set(read).count == ids.count)
        #expect(read.last == "same#20000")
        #expect(result.diagnostics.filter { $0.code == "import-duplicate-id" }.count == 4 + 19_999)
    }

    @Test func readsPlainGraphMLLabelsFromData() throws {
        let text = #"""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="label" attr.type="string"/>
              <graph id="G"><node id="x"><data key="k">Checkout</data></node></graph>
            </graphml>
            """#
        let shape = try #require(try read(text).diagram.pages.first?.shapes.first)
        #expect(shape.text == "Checkout")
        #expect(shape.bounds == nil)
    }

    @Test func recognizesGraphMLOnly() {
        let reader = GraphMLReader()
        #expect(reader.identifier == "graphml")
        #expect(reader.recognizes(ContentSample(Data(GraphMLFixtures.live.utf8))))
        #expect(!reader.recognizes(ContentSample(Data("<mxfile/>".utf8))))
        #expect(!reader.recognizes(ContentSample(Data(#"<graphml xmlns="urn:other"/>"#.utf8))))
    }
}
