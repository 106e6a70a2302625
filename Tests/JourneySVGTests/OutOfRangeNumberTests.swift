import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXMLCore
import Testing

/// Scores and values no drawing can hold: the map is drawn anyway, never stopping the program.
@Suite("Numbers out of range")
struct OutOfRangeNumberTests {
    /// The y of Anna's markers, stage by stage.
    private func markerYs(_ svg: RenderedSVG) throws -> [Double] {
        // The markers are drawn with their labels, in the points of each stage.
        try svg.elements(class: "point").flatMap(\.children)
            .filter { $0.localName == "use" && $0.classes.contains("m1") }
            .map { try #require($0.number("y")) }
    }

    @Test(arguments: [1e19, 1e308, -1e300, Double.greatestFiniteMagnitude, -9.3e18])
    func drawsHugeScoresClampedToTheBand(score: Double) throws {
        let svg = try RenderedSVG(Fixtures.curve([0, score, 1]))
        let clamped = try RenderedSVG(Fixtures.curve([0, score > 0 ? 2 : -2, 1]))
        #expect(try markerYs(svg) == markerYs(clamped))
        #expect(try markerYs(svg).count == 3)
        // The card still says what the map holds, in a form SVG and people can read.
        let written = (score < 0 ? "\u{2212}" : "+") + String(abs(score))
        #expect(svg.text.contains(written), "\(written)")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func drawsMapsWithNonFiniteNumbers(value: Double) throws {
        var map = Fixtures.curve([0, value, 1])
        map.stages[0].items.append(
            Item(
                id: "kpi", kind: .kpi, laneID: "emotions", text: "Conversion",
                metric: Metric(kind: .conversionRate, value: value, target: value, unit: "%")))
        let svg = try RenderedSVG(map)
        // Points that are not numbers are left out of the curve.
        #expect(try markerYs(svg).count == 2)
        #expect(!svg.text.contains("nan") && !svg.text.contains("inf"))
    }

    @Test func writesNumbersBeyondTheIntegersInExponentForm() throws {
        let curve = EmotionCurve(map: Fixtures.curve([1e19, -1e300, 9.2e18]))
        #expect(curve.accessibleDescription.contains("Stage 0 +1e+19 (A0)"))
        #expect(curve.accessibleDescription.contains("Stage 1 \u{2212}1e+300 (A1)"))
        #expect(curve.accessibleDescription.contains("Stage 2 +9200000000000000000 (A2)"))
    }
}
