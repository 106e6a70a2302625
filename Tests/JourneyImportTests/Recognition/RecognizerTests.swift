import Foundation
import JourneyImport
import JourneyModel
import Testing

@Suite("Recognizing journey maps in draw.io diagrams")
struct RecognizerTests {
    private func importPages(_ pages: [(String, String)], options: RecognitionOptions = RecognitionOptions()) throws
        -> ImportResult
    {
        try DiagramImportFormat.drawio.with(options: options).importMap(
            DrawioFixtures.file(pages: pages), file: "map.drawio")
    }

    private func texts(_ map: JourneyMap, _ stage: String, _ lane: String) -> [String] {
        map.items(inStage: stage, lane: lane).map(\.text)
    }

    @Test func readsALooseGrid() throws {
        let result = try importPages([("Bike", DrawioFixtures.looseCompressed)])
        let map = result.map
        #expect(map.title == "Buying a bike")
        #expect(map.stages.map(\.name) == ["Awareness", "Consideration", "Decision"])
        #expect(map.lanes.map(\.kind) == [.actions, .emotions, .painPoints])
        #expect(texts(map, "awareness", "actions") == ["Sees a friend's bike"])
        #expect(texts(map, "consideration", "actions") == ["Reads reviews"])
        #expect(map.items(inStage: "awareness", lane: "emotions").map(\.score?.value) == [1])
        #expect(map.items(inStage: "consideration", lane: "emotions").map(\.score?.value) == [-2])
        #expect(map.items(of: PainPoint.self).map(\.text) == ["Too many models"])
        #expect(map.transitions.map(\.id) == ["decision-to-consideration"])
        #expect(map.transitions[0].label == "Compares again")
        #expect(map.isBackward(map.transitions[0]))
        #expect(result.report.unplaced == [])
        #expect(result.report.layout == .shapes)
        expectNoLabelLost(result)
    }

    @Test func keepsWhereItemsCameFrom() throws {
        let map = try importPages([("Bike", DrawioFixtures.looseModel)]).map
        let item = try #require(map.items(inStage: "awareness", lane: "actions").first)
        #expect(item.extensions["drawio", "id"] == "a1")
        #expect(item.extensions["drawio", "bounds"] == "130 115 140 50")
        #expect(map.stages[0].extensions["drawio", "style"] == "rounded=1")
    }

    @Test func readsATableWithSpans() throws {
        let result = try importPages([("Table", ImportMaps.tableModel)])
        let map = result.map
        #expect(result.report.layout == .table)
        #expect(map.stages.map(\.name) == ["Awareness", "Purchase"])
        #expect(map.lanes.map(\.title) == ["Actions", "Emotions"])
        // A cell with two lines holds two items; it spans both stages and is kept once, in the first.
        #expect(texts(map, "awareness", "actions") == ["Visits the shop", "Asks for a discount"])
        #expect(texts(map, "purchase", "actions") == [])
        #expect(map.stages[0].items[0].extensions[JourneyRecognizer.namespace, "spans"] == "awareness purchase")
        #expect(result.diagnostics.contains { $0.code == "import-spanning" })
        #expect(map.items(inStage: "purchase", lane: "emotions").map(\.score?.value) == [1])
        #expect(result.report.unplaced.map(\.text) == ["Lane"])
        expectNoLabelLost(result)
    }

    @Test func takesTheHeaderRowAndColumnTheOptionsName() throws {
        let options = RecognitionOptions(orientation: .stagesAsColumns, headerRow: 2, headerColumn: 2)
        let result = try importPages([("Table", ImportMaps.tableModel)], options: options)
        // Row 2 names the columns (its first cell is the corner); column 2 names the rows.
        #expect(result.map.stages.map(\.name) == ["Actions"])
        #expect(result.map.lanes.map(\.title) == ["Awareness", "+1"])
        expectNoLabelLost(result)
        // Left to itself, the recognizer sees a lane title across the top and a stage name down
        // the side, and turns the map.
        let automatic = try importPages(
            [("Table", ImportMaps.tableModel)], options: RecognitionOptions(headerRow: 2, headerColumn: 2))
        #expect(automatic.map.stages.map(\.name) == ["Awareness", "+1"])
    }

    @Test func readsSwimlanes() throws {
        let result = try importPages([("Lanes", ImportMaps.swimlaneModel)])
        let map = result.map
        #expect(result.report.layout == .swimlanes)
        #expect(map.title == "Customer journey")
        #expect(map.stages.map(\.id) == ["awareness", "consideration", "purchase"])
        #expect(map.lanes.map(\.kind) == [.actions, .touchpoints, .emotions])
        #expect(texts(map, "consideration", "actions") == ["Compares prices"])
        #expect(map.items(of: Touchpoint.self).map(\.channel) == [.web, .email, .store])
        #expect(map.items(of: Emotion.self).map(\.score.value) == [0, -1, 2])
        // A connector between headers, and one between items of different stages.
        #expect(map.transitions.map(\.label) == ["Returns the bike", nil])
        #expect(map.transitions.map(\.id) == ["purchase-to-consideration", "awareness-to-consideration"])
        #expect(result.report.unplaced == [])
        expectNoLabelLost(result)
    }

    @Test func readsAMapDrawnVertically() throws {
        let result = try importPages([("Vertical", ImportMaps.verticalModel)])
        let map = result.map
        #expect(result.report.orientation == .rows)
        #expect(map.stages.map(\.name) == ["Awareness", "Consideration", "Purchase"])
        #expect(map.lanes.map(\.kind) == [.actions, .thoughts, .painPoints])
        #expect(texts(map, "consideration", "actions") == ["Tries it"])
        #expect(map.items(inStage: "consideration", lane: "thoughts").map(\.kind) == [.question])
        #expect(texts(map, "purchase", "pain-points") == ["Checkout fails"])
        expectNoLabelLost(result)
    }

    @Test func honoursTheOrientationOption() throws {
        let result = try importPages(
            [("Vertical", ImportMaps.verticalModel)], options: RecognitionOptions(orientation: .stagesAsColumns))
        #expect(result.map.stages.map(\.name) == ["Actions", "Thoughts", "Pain points"])
        expectNoLabelLost(result)
    }

    @Test func readsEmotionsFromTheHeightsOfCurvePoints() throws {
        let result = try importPages([("Curve", ImportMaps.curveModel)])
        let emotions = result.map.items(of: Emotion.self)
        #expect(emotions.map(\.score.value) == [1.67, 0, -1])
        #expect(result.map.stages.map { $0.items.filter { $0.kind == .emotion }.count } == [1, 1, 1])
        // The lines of the curve are no transitions.
        #expect(result.map.transitions.isEmpty)
        expectNoLabelLost(result)
    }

    @Test func readsLaneTitlesWrittenSideways() throws {
        // Each lane title is a 200 × 30 text turned by −90°: drawn, it stands 200 high beside its lane.
        func title(_ id: String, _ text: String, top: Double) -> String {
            ImportMaps.cell(
                id, text, x: -70, y: top + 85, width: 200, height: 30, style: "text;rotation=-90;")
        }
        let model = ImportMaps.page(
            ImportMaps.cell("s1", "Awareness", x: 100, y: 0) + ImportMaps.cell("s2", "Decision", x: 300, y: 0)
                + title("l1", "Actions", top: 60) + title("l2", "Pain points", top: 270)
                + ImportMaps.cell("a1", "Sees an ad", x: 100, y: 70, style: "shape=note;rotation=3;")
                + ImportMaps.cell("a0", "Hears from a friend", x: 50, y: 150, width: 80)
                + ImportMaps.cell("a2", "Buys", x: 300, y: 210) + ImportMaps.cell("p1", "Slow site", x: 300, y: 400))
        let map = try importPages([("Sideways", model)]).map
        #expect(map.lanes.map(\.kind) == [.actions, .painPoints])
        // Right of the turned titles, which end 45 pixels from the left: in the first stage.
        #expect(texts(map, "awareness", "actions") == ["Sees an ad", "Hears from a friend"])
        #expect(texts(map, "decision", "actions") == ["Buys"])
        #expect(texts(map, "decision", "pain-points") == ["Slow site"])
    }

    @Test func takesNoPersonaFromAWordThatOnlyBeginsWithTheCue() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("s1", "Awareness", x: 200, y: 0) + ImportMaps.cell("s2", "Decision", x: 400, y: 0)
                + ImportMaps.cell("l1", "Motivations", x: 0, y: 60) + ImportMaps.cell("l2", "Actions", x: 0, y: 120)
                + ImportMaps.cell("m1", "Personal motivation 1", x: 200, y: 60)
                + ImportMaps.cell("a1", "Reads reviews", x: 400, y: 120)
                + ImportMaps.cell("p1", "Persona: Ana&#xa;First-time buyer", x: 700, y: 300))
        let map = try importPages([("Cues", model)]).map
        #expect(map.personas.map(\.name) == ["Ana"])
        #expect(texts(map, "awareness", "motivations") == ["Personal motivation 1"])
    }

    @Test func findsPersonasTheTitleAndKeepsStrayNotes() throws {
        let result = try importPages([("Insurance", ImportMaps.personaModel)])
        let map = result.map
        #expect(map.title == "Buying insurance")
        #expect(map.personas.map(\.name) == ["Anna", "Ben"])
        #expect(map.personas[0].role == "First-time buyer, 29")
        #expect(result.report.unplaced.map(\.text) == ["A sticky note far away"])
        #expect(result.report.unplaced[0].reason == "outside the grid")
        #expect(map.extensions[JourneyRecognizer.namespace, "unplaced-1"] == "A sticky note far away")
        #expect(
            map.extensions[JourneyRecognizer.namespace, "unplaced-1-position"] == "page 'Insurance' at x=2070, y=-480")
        expectNoLabelLost(result)
    }

    @Test func keepsEveryLabelOfADiagramThatIsNoJourneyMap() throws {
        let result = try importPages([("Flow", ImportMaps.flowchartModel)])
        #expect(result.map.stages.isEmpty)
        #expect(result.report.layout == .none)
        #expect(result.report.unplaced.count + (result.report.title ? 1 : 0) == 7)
        expectNoLabelLost(result)
    }

    @Test func picksThePageWithTheMapAndKeepsTheOthers() throws {
        let result = try importPages([("Flow", ImportMaps.flowchartModel), ("Journey", ImportMaps.swimlaneModel)])
        #expect(result.report.page == "Journey")
        #expect(result.report.unplaced.count == 7)
        #expect(result.report.unplaced.allSatisfy { $0.page == "Flow" })
        expectNoLabelLost(result)
        let chosen = try importPages(
            [("Flow", ImportMaps.flowchartModel), ("Journey", ImportMaps.swimlaneModel)],
            options: RecognitionOptions(page: "1"))
        #expect(chosen.report.page == "Flow")
        #expect(throws: ReadError.self) {
            try importPages([("Flow", ImportMaps.flowchartModel)], options: RecognitionOptions(page: "Missing"))
        }
    }

    @Test func callsPagesWithoutANameByTheirIdentifierOrPosition() throws {
        let diagram = Diagram(
            format: "graphml",
            pages: [
                DiagramPage(id: "G", name: "", shapes: [DiagramShape(id: "n0", text: "Alone")]),
                DiagramPage(id: "", name: "", shapes: [DiagramShape(id: "n1", text: "Elsewhere")]),
            ])
        let result = try JourneyRecognizer().recognize(diagram, file: nil)
        #expect(Set(result.report.unplaced.map(\.page)) == ["G", "Page-2"])
        #expect(
            try JourneyRecognizer(options: RecognitionOptions(page: "Page-2")).recognize(diagram, file: nil).report.page
                == "Page-2")
    }

    @Test func theImportedMapRoundTripsThroughTheCanonicalFormats() throws {
        let map = try importPages([("Lanes", ImportMaps.swimlaneModel)]).map
        #expect(map.validate().filter { $0.severity == .error }.isEmpty)
        let data = try DiagramImportFormat.drawio.read(
            DrawioFixtures.file(pages: [("Lanes", ImportMaps.swimlaneModel)]), file: nil)
        #expect(data.diagnostics.contains { $0.code == "import-summary" })
    }
}
