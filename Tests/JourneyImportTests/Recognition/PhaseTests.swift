import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyImport

/// The recognizer's phases, each on a page drawn for it.
@Suite("Recognition phases")
struct PhaseTests {
    private func importPage(_ content: String, options: RecognitionOptions = RecognitionOptions()) throws
        -> ImportResult
    {
        try DiagramImportFormat.drawio.with(options: options).importMap(
            DrawioFixtures.file(pages: [("Map", content)]), file: "map.drawio")
    }

    private func texts(_ map: JourneyMap, _ stage: String, _ lane: String) -> [String] {
        map.items(inStage: stage, lane: lane).map(\.text)
    }

    // MARK: - Band geometry

    @Test(arguments: 0..<10)
    func findsABandByBisectionAsALinearSearchDoes(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        var bands: [Band] = []
        var position = Double.random(in: -500...500, using: &generator)
        for index in 0..<Int.random(in: 1...40, using: &generator) {
            let width = Double.random(in: 1...200, using: &generator)
            bands.append(
                Band(title: "\(index)", start: position, end: position + width, headers: [], position: position))
            position += width + Double.random(in: 0...50, using: &generator)
        }
        PageRecognition.closeGaps(&bands, lastEnd: PageRecognition.typicalEnd(of: bands))
        for _ in 0..<200 {
            let value = Double.random(in: -700...(position + 300), using: &generator)
            #expect(Band.index(containing: value, in: bands) == bands.firstIndex { $0.contains(value) })
        }
    }

    /// Bands that count how often they are looked at.
    private struct CountedBands: RandomAccessCollection {
        final class Looks { var count = 0 }
        let bands: [Band]
        let looks = Looks()
        var startIndex: Int { 0 }
        var endIndex: Int { bands.count }
        subscript(position: Int) -> Band {
            looks.count += 1
            return bands[position]
        }
    }

    @Test func placingAShapeLooksAtTheLogarithmOfTheBands() {
        // 100,000 rows, as in a tall drawing of repeated lane bands.
        let bands = CountedBands(
            bands: (0..<100_000).map {
                Band(
                    title: "\($0)", start: Double($0) * 10, end: Double($0) * 10 + 10, headers: [],
                    position: Double($0) * 10)
            })
        for value in stride(from: -5.0, through: 1_000_005, by: 4_999) {
            let found = Band.index(containing: value, in: bands)
            #expect(found == (value >= 0 && value < 1_000_000 ? Int(value / 10) : nil))
        }
        // 202 shapes placed, each in at most 18 looks (log2 of 100,000 plus the band itself).
        #expect(bands.looks.count <= 202 * 18)
    }

    @Test func endsTheLastLooseBandAQuarterPastTheUsualSpacing() {
        var bands = [0.0, 100, 200].map { Band(title: "", start: $0, end: $0 + 40, headers: [], position: $0) }
        #expect(PageRecognition.typicalEnd(of: bands) == 325)
        PageRecognition.closeGaps(&bands, lastEnd: PageRecognition.typicalEnd(of: bands))
        #expect(bands.map(\.start) == [0, 70, 170])
        #expect(bands.map(\.end) == [70, 170, 325])
        #expect(PageRecognition.typicalEnd(of: [bands[0]]) == .infinity, "one header alone says nothing of spacing")
    }

    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 1_234])
    func numbersNotesInTheOrderOfTheirTexts(count: Int) {
        let numbers: [Int] = JourneyRecognizer.numbersInTextOrder(upTo: count)
        let texts: [String] = (0..<count).map { String($0 + 1) }
        let expected: [Int] = texts.sorted().compactMap { Int($0) }
        #expect(numbers == expected)
    }

    // MARK: - Strategies

    @Test func triesTheStrategiesThePageHasShapesFor() {
        func page(_ kinds: [ShapeKind]) -> DiagramPage {
            DiagramPage(
                id: "p", name: "p",
                shapes: kinds.enumerated().map { index, kind in
                    DiagramShape(
                        id: "\(index)", text: "x",
                        bounds: DiagramRect(x: 0, y: Double(index) * 50, width: 300, height: 40),
                        kind: kind)
                })
        }
        #expect(GridStrategy.applicable(to: page([.shape])) == [.shapes])
        #expect(GridStrategy.applicable(to: page([.table, .shape])) == [.table, .shapes])
        #expect(GridStrategy.applicable(to: page([.swimlane])) == [.swimlanes, .shapes])
        #expect(GridStrategy.applicable(to: page([.container])) == [.shapes], "one container is no set of lanes")
        #expect(GridStrategy.applicable(to: page([.container, .container])) == [.swimlanes, .shapes])
    }

    @Test func reportsTheLayoutKeptAndTheOthersTried() throws {
        let result = try importPage(ImportMaps.swimlaneModel)
        #expect(result.report.layout == .swimlanes)
        #expect(result.report.alternatives.map(\.layout) == [.shapes])
        #expect(result.report.alternatives.allSatisfy { $0.score < result.report.score })
        #expect(
            result.report.summary.contains(
                "(swimlanes, stages as columns, score \(result.report.score); also tried shapes "
                    + "\(result.report.alternatives[0].score))"))
    }

    // MARK: - Steps, bands, curve, notes, personas

    @Test func placesCardsByTheStepsUnderEachStage() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("s1", "Research", x: 200, y: 0, width: 380)
                + ImportMaps.cell("s2", "Purchase", x: 600, y: 0)
                + ImportMaps.cell("t1", "Read reviews", x: 200, y: 50, width: 180)
                + ImportMaps.cell("t2", "Compare prices", x: 400, y: 50, width: 180)
                + ImportMaps.cell("l1", "Actions", x: 0, y: 110) + ImportMaps.cell("l2", "Pain points", x: 0, y: 170)
                + ImportMaps.cell("a1", "Opens a forum", x: 210, y: 110, width: 160)
                + ImportMaps.cell("a2", "Uses a price site", x: 410, y: 110, width: 160)
                + ImportMaps.cell("a3", "Pays", x: 600, y: 110) + ImportMaps.cell("p1", "Fake reviews", x: 210, y: 170))
        let result = try importPage(model)
        let map = result.map
        #expect(map.stages.map(\.name) == ["Research", "Purchase"])
        #expect(map.stages[0].steps.map(\.name) == ["Read reviews", "Compare prices"])
        #expect(map.stages[1].steps.isEmpty, "a stage without steps stands alone")
        let steps = Dictionary(uniqueKeysWithValues: map.stages[0].steps.map { ($0.id, $0.name) })
        #expect(
            map.items(inStage: "research", lane: "actions").map { steps[$0.stepID ?? ""] } == [
                "Read reviews", "Compare prices",
            ])
        #expect(
            map.items(inStage: "research", lane: "pain-points").first?.stepID.flatMap { steps[$0] } == "Read reviews")
        #expect(map.items(inStage: "purchase", lane: "actions").map(\.stepID) == [nil])
        #expect(result.report.steps == 2)
    }

    @Test func takesALabelledBandBehindNotesForItsStage() throws {
        func band(_ id: String, _ name: String, x: Double) -> String {
            ImportMaps.cell(
                id, name, x: x, y: 0, width: 180, height: 400, style: "rounded=0;verticalAlign=top;fillColor=#eeeeee;")
        }
        let model = ImportMaps.page(
            band("b1", "Kamalayan", x: 200) + band("b2", "Pagpapasya", x: 400)
                + ImportMaps.cell("l1", "Mga Gawain", x: 0, y: 60) + ImportMaps.cell("l2", "Damdamin", x: 0, y: 200)
                + ImportMaps.cell("n1", "Nakita ang ad", x: 210, y: 60, width: 160, style: "shape=note;rotation=4;")
                + ImportMaps.cell("n2", "Nagbayad", x: 410, y: 62, width: 160, style: "shape=note;")
                + ImportMaps.cell("n3", "Nalilito", x: 410, y: 200, width: 160, style: "shape=note;rotation=-3;"))
        let map = try importPage(model).map
        #expect(map.stages.map(\.name) == ["Kamalayan", "Pagpapasya"])
        #expect(map.lanes.map(\.kind) == [.actions, .emotions])
        #expect(texts(map, "kamalayan", "mga-gawain") == ["Nakita ang ad"])
        #expect(map.items(inStage: "pagpapasya", lane: "damdamin").map(\.score?.value) == [-1])
    }

    @Test func labelsEachPointOfTheCurveWithTheWordBesideIt() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("s1", "Awareness", x: 200, y: 0) + ImportMaps.cell("s2", "Decision", x: 400, y: 0)
                + ImportMaps.cell("l0", "Actions", x: 0, y: 50, height: 10)
                + ImportMaps.cell("l1", "Emotions", x: 0, y: 60, height: 200)
                + ImportMaps.cell("d1", "", x: 265, y: 75, width: 10, height: 10, style: "ellipse;")
                + ImportMaps.cell("w1", "Curious", x: 280, y: 65, width: 60, height: 20, style: "text;")
                + ImportMaps.cell("d2", "", x: 465, y: 225, width: 10, height: 10, style: "ellipse;")
                + ImportMaps.cell("w2", "Annoyed", x: 480, y: 215, width: 60, height: 20, style: "text;")
                + ImportMaps.edge("c1", from: "d1", to: "d2"))
        let result = try importPage(model)
        let emotions = result.map.items(of: Emotion.self)
        #expect(emotions.map(\.text) == ["Curious", "Annoyed"], "one emotion per point, the word its label")
        #expect(emotions.map(\.score.value) == [1.6, -1.4])
        #expect(result.map.transitions.isEmpty, "the line between points is the curve")
    }

    @Test func keepsFootnotesLegendsAndFarShapesAsNotes() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("t", "Opening an account", x: 200, y: -60, style: "text;")
                + ImportMaps.cell("s1", "Awareness", x: 200, y: 0) + ImportMaps.cell("s2", "Decision", x: 400, y: 0)
                + ImportMaps.cell("l1", "Actions", x: 0, y: 60) + ImportMaps.cell("l2", "Pain points", x: 0, y: 120)
                + ImportMaps.cell("a1", "Sees an ad", x: 200, y: 60)
                + ImportMaps.cell("p1", "Long form", x: 400, y: 120)
                + ImportMaps.cell("f1", "Source: 12 interviews, May 2026", x: 200, y: 190, width: 300, style: "text;")
                + ImportMaps.cell("f2", "Legend&#xa;yellow = action", x: 420, y: 65, width: 120, style: "text;")
                + ImportMaps.cell("x1", "Parking lot idea", x: 2_400, y: 60))
        let result = try importPage(model)
        #expect(result.map.title == "Opening an account")
        #expect(
            Set(result.report.unplaced.map(\.text)) == [
                "Source: 12 interviews, May 2026", "Legend\nyellow = action", "Parking lot idea",
            ])
        #expect(result.map.allItems.map(\.text) == ["Sees an ad", "Long form"])
    }

    @Test func readsCardsAboveThePoolsStageHeadersAsPersonas() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("c1", "Petra Schulz&#xa;Head of Purchasing", x: 200, y: -120, width: 180, height: 50)
                + ImportMaps.cell("c2", "Jonas Weber&#xa;IT Lead", x: 400, y: -120, width: 180, height: 50)
                + ImportMaps.cell("s1", "Awareness", x: 200, y: -50) + ImportMaps.cell("s2", "Decision", x: 400, y: -50)
                + #"<mxCell id="pool" value="Buying committee" style="swimlane;horizontal=0;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="600" height="200" as="geometry"/></mxCell>"#
                + #"<mxCell id="lane1" value="Head of Purchasing" style="swimlane;horizontal=0;" vertex="1" parent="pool"><mxGeometry x="20" y="0" width="580" height="100" as="geometry"/></mxCell>"#
                + #"<mxCell id="lane2" value="Touchpoints" style="swimlane;horizontal=0;" vertex="1" parent="pool"><mxGeometry x="20" y="100" width="580" height="100" as="geometry"/></mxCell>"#
                + ImportMaps.cell("a1", "Reads a trade magazine", x: 180, y: 20, parent: "lane1")
                + ImportMaps.cell("t1", "Sales call", x: 380, y: 20, parent: "lane2"))
        let result = try importPage(model)
        let map = result.map
        #expect(map.stages.map(\.name) == ["Awareness", "Decision"])
        #expect(map.lanes.map(\.title) == ["Head of Purchasing", "Touchpoints"])
        #expect(map.personas.map(\.name) == ["Petra Schulz", "Jonas Weber"])
        #expect(map.personas.map(\.role) == ["Head of Purchasing", "IT Lead"])
        #expect(texts(map, "awareness", "head-of-purchasing") == ["Reads a trade magazine"])
        #expect(map.items(inStage: "decision", lane: "touchpoints").map(\.channel) == [.phone])
        #expect(map.title == "Buying committee")
        // The lane titled with Petra's role follows her.
        #expect(map.items(inStage: "awareness", lane: "head-of-purchasing").map(\.personaIDs) == [["petra-schulz"]])
        #expect(map.items(inStage: "awareness", lane: "head-of-purchasing").map(\.kind) == [.action])
        #expect(map.kind == .b2b)
        #expect(map.items(inStage: "decision", lane: "touchpoints").map(\.personaIDs) == [[]])
    }

    @Test func givesEachPersonasEmotionLaneItsEmotions() throws {
        let model = ImportMaps.page(
            ImportMaps.cell("c1", "Persona: Anna Keller&#xa;Designer", x: 200, y: -120, width: 180, height: 50)
                + ImportMaps.cell("c2", "Persona: Ben Okafor&#xa;Nurse", x: 400, y: -120, width: 180, height: 50)
                + ImportMaps.cell("s1", "Awareness", x: 200, y: 0) + ImportMaps.cell("s2", "Decision", x: 400, y: 0)
                + ImportMaps.cell("l1", "Emotions – Anna", x: 0, y: 60)
                + ImportMaps.cell("l2", "Emotions – Ben", x: 0, y: 120)
                + ImportMaps.cell("e1", "+1 curious", x: 200, y: 60) + ImportMaps.cell("e2", "-1", x: 400, y: 120))
        let map = try importPage(model).map
        #expect(map.lanes.map(\.kind) == [.emotions, .emotions])
        #expect(map.items(of: Emotion.self).map(\.personaIDs) == [["anna-keller"], ["ben-okafor"]])
    }
}
