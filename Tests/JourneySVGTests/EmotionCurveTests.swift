import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXMLCore
import Testing

@Suite("Emotion curve")
struct EmotionCurveTests {
    @Test func makesOneLinePerPersonaAndOneForEveryone() {
        var map = Fixtures.curve([-2, 0, 2])
        map.stages[1].items.append(
            Item(id: "all", kind: .emotion, laneID: "emotions", text: "Everyone", score: EmotionScore(1)))
        let curve = EmotionCurve(map: map)
        #expect(curve.series.map(\.name) == ["All personas", "Anna", "Ben"])
        #expect(curve.series.map(\.styleIndex) == [0, 1, 2])
        #expect(curve.series[1].points.map(\.score) == [-2, 0, 2])
        #expect(curve.series[2].points.map(\.score) == [2, 0, -2])
        let onlyBen = EmotionCurve(map: map, personas: ["ben"])
        #expect(onlyBen.series.map(\.name) == ["All personas", "Ben"])
        #expect(onlyBen.series[1].styleIndex == 2)
        #expect(curve.accessibleDescription.contains("Anna: Stage 0 \u{2212}2 (A0), Stage 1 0 (A1), Stage 2 +2 (A2)"))
    }

    @Test func placesPointsAtTheirScoresOverTheStageColumns() throws {
        let scores: [Double] = [-2, -1, 0, 1, 2, 3]
        let svg = try RenderedSVG(Fixtures.curve(scores))
        let chart = try #require(svg.elements(class: "chart").first)
        let plot = try #require(chart.children.first { $0.classes.contains("box") })
        let top = try #require(plot.number("y"))
        let height = try #require(plot.number("height"))
        // The markers are drawn with their labels, in the points of each stage.
        let markers = svg.elements(class: "point").flatMap(\.children).filter { $0.localName == "use" }
        let anna = markers.filter { $0.classes.contains("m1") }
        let ben = markers.filter { $0.classes.contains("m2") }
        #expect(anna.count == scores.count && ben.count == scores.count)
        let ys = try anna.map { try #require($0.number("y")) }
        // Equal steps per point of score, upwards; +3 is drawn at +2.
        let step = ys[0] - ys[1]
        #expect(step > 0)
        for index in 1..<4 { #expect(abs((ys[index] - ys[index + 1]) - step) < 0.02) }
        #expect(abs(ys[5] - ys[4]) < 0.01)
        #expect(ys.allSatisfy { $0 > top && $0 < top + height })
        // The neutral baseline is at score 0, and Ben's −score mirrors Anna's score around it.
        let baseline = try #require(chart.children.first { $0.classes.contains("c-base") }?.attribute("d"))
        let baselineStart = try #require(baseline.split(separator: "L").first?.split(separator: " ").last)
        let baselineY = try #require(Double(baselineStart))
        #expect(abs(baselineY - ys[2]) < 0.01)
        let benYs = try ben.map { try #require($0.number("y")) }
        for index in 0..<5 { #expect(abs((benYs[index] - baselineY) + (ys[index] - baselineY)) < 0.02) }
        // x at the centre of each stage column.
        let heads = try svg.elements(class: "stage-head").map { head -> Double in
            let rect = head.children[0]
            return try #require(rect.number("x")) + (try #require(rect.number("width"))) / 2
        }
        for (index, marker) in anna.enumerated() {
            #expect(abs((try #require(marker.number("x"))) - heads[index]) < 0.01)
        }
        #expect(chart.children.filter { $0.classes.contains("c-line") }.count == 2)
    }

    @Test func spreadsSeveralPointsOfOneLineInOneStage() throws {
        var map = Fixtures.curve([0])
        map.stages[0].items.append(
            Item(
                id: "a-more", kind: .emotion, laneID: "emotions", text: "", personaIDs: ["anna"], score: EmotionScore(1)
            ))
        let svg = try RenderedSVG(map)
        let anna = svg.elements(class: "point").flatMap(\.children).filter {
            $0.localName == "use" && $0.classes.contains("m1")
        }
        let xs = try anna.map { try #require($0.number("x")) }
        #expect(xs.count == 2 && xs[0] < xs[1])
    }

    @Test func drawsAStandaloneCurveOverGivenColumns() throws {
        let curve = EmotionCurve(map: Fixtures.curve([-1, 1, 2]))
        let columns = [
            EmotionCurve.Column(x: 10, width: 100), EmotionCurve.Column(x: 110, width: 200),
            EmotionCurve.Column(x: 310, width: 90),
        ]
        let text = try curve.svg(columns: columns, height: 120, theme: .dark, idPrefix: "curve 1")
        #expect(!text.hasPrefix("<?xml"))
        let svg = try RenderedSVG(data: Data(text.utf8))
        #expect(svg.root.attribute("role") == "img")
        #expect(svg.root.attribute("width") == "400")
        #expect(svg.root.children[0].localName == "title" && svg.root.children[1].localName == "desc")
        #expect(svg.root.attribute("aria-labelledby") == svg.root.children[0].attribute("id"))
        #expect(svg.root.children[1].text == curve.accessibleDescription)
        #expect(svg.elements.compactMap { $0.attribute("id") }.allSatisfy { $0.hasPrefix("curve_20_1-") })
        // Each point takes the focus and then shows its details, which its tooltip holds too.
        let points = svg.elements(class: "c-point")
        #expect(points.count == 6 && points.allSatisfy { $0.attribute("tabindex") == "0" })
        let markers = points.flatMap(\.children).filter { $0.localName == "use" && $0.classes.contains("m1") }
        #expect(try markers.map { try #require($0.number("x")) } == [60, 210, 355])
        for point in points {
            let title = try #require(point.children.first { $0.localName == "title" }).text
            #expect(
                point.attribute("aria-label") == title
                    && (title.hasPrefix("Anna, Stage") || title.hasPrefix("Ben, Stage")))
            let detail = try #require(point.children.first { $0.classes.contains("c-detail") })
            #expect(detail.drawnText == title && detail.attribute("aria-hidden") == "true")
        }
        #expect(text.contains(".c-detail{display:none}.c-point:focus .c-detail"))
        #expect(svg.elements(class: "legend").first?.drawnText.contains("Anna") == true)
        #expect(try curve.svg(width: 300, legend: false).contains("role=\"img\""))
        #expect(throws: WriteError.self) { try curve.svg(columns: Array(columns.prefix(2))) }
        #expect(EmotionCurve.y(forScore: 2, top: 0, height: 100, padding: 10) == 10)
        #expect(EmotionCurve.y(forScore: -5, top: 0, height: 100, padding: 10) == 90)
    }

    @Test func hasNothingToDrawWithoutScores() {
        let curve = EmotionCurve(map: Fixtures.grid(stages: 2, lanes: 2, cardsPerCell: 1))
        #expect(curve.isEmpty)
        #expect(curve.accessibleDescription == "No emotions are scored.")
    }
}
