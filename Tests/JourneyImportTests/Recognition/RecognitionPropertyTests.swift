import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyImport

/// Random pages — headers, cards, frames, lines, turned and degenerate shapes, connectors — never
/// stop the recognizer, and every label ends up in the map.
@Suite("Recognizing random pages")
struct RecognitionPropertyTests {
    private static let words = [
        "Awareness", "Consideration", "Decision", "Actions", "Emotions", "Pain points", "Touchpoints", "😊 +2",
        "Proud 😃 (+1)", "-1", "Nalilito", "感情", "Persona: Ana", "Personal note", "Source: interviews",
        "Legend", "1", "2", "Stage 2 – Decision", "Head of IT", "Anna Keller\nDesigner", "", " ", "Step 1",
        "Calls the hotline", "Is it safe?", "Moment of truth", "Kamalayan", "検討", "Checkout fails",
    ]

    @Test(arguments: 0..<300)
    func keepsEveryLabelOfARandomPage(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 7_777)
        var shapes: [DiagramShape] = []
        let kinds: [ShapeKind] = [.shape, .shape, .shape, .text, .container, .swimlane, .image, .table, .tableRow]
        let count = Int.random(in: 0...80, using: &generator)
        for index in 0..<count {
            let width = [0, 1, 10, 120, 160, 2_000].randomElement(using: &generator)!
            let height = [0, 1, 10, 40, 60, 900].randomElement(using: &generator)!
            var style: [String: String] = [:]
            if Bool.random(using: &generator) {
                style["rotation"] = ["-90", "3", "45", "720"].randomElement(using: &generator)!
            }
            if Int.random(in: 0..<10, using: &generator) == 0 { style["visible"] = "0" }
            let parent =
                index > 0 && Int.random(in: 0..<5, using: &generator) == 0
                ? "s\(Int.random(in: 0..<index, using: &generator))" : nil
            let bounds =
                Int.random(in: 0..<12, using: &generator) == 0
                ? nil
                : DiagramRect(
                    x: Double(Int.random(in: -200...3_000, using: &generator)),
                    y: Double(Int.random(in: -200...2_000, using: &generator)), width: Double(width),
                    height: Double(height))
            shapes.append(
                DiagramShape(
                    id: "s\(index)", parentID: parent, text: Self.words.randomElement(using: &generator)!,
                    bounds: bounds,
                    kind: kinds.randomElement(using: &generator)!,
                    shapeName: Bool.random(using: &generator) ? "line" : nil,
                    style: style, isHorizontal: Bool.random(using: &generator), headerSize: 30))
        }
        var edges: [DiagramEdge] = []
        for index in 0..<Int.random(in: 0...10, using: &generator) where count > 0 {
            edges.append(
                DiagramEdge(
                    id: "e\(index)", sourceID: "s\(Int.random(in: 0..<count, using: &generator))",
                    targetID: Bool.random(using: &generator) ? "s\(Int.random(in: 0..<count, using: &generator))" : nil,
                    text: Self.words.randomElement(using: &generator)!,
                    points: [DiagramPoint(x: 0, y: 100), DiagramPoint(x: 900, y: 100)]))
        }
        let diagram = Diagram(
            format: "drawio", pages: [DiagramPage(id: "p", name: "Page", shapes: shapes, edges: edges)])
        let recognized = try JourneyRecognizer().recognize(diagram, file: "random.drawio")
        let result = ImportResult(
            map: recognized.map, report: recognized.report, diagnostics: recognized.diagnostics, diagram: diagram)
        #expect(recognized.report.recognized + recognized.report.unplaced.count == recognized.report.labels)
        expectNoLabelLost(result)
    }
}
