import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXMLCore
import Testing

@Suite("SVG options and layout")
struct OptionsAndLayoutTests {
    private func cardFrames(_ svg: RenderedSVG) throws -> [Frame] {
        try svg.elements(class: "card").map { try Frame($0.children[0]) }
    }

    @Test(arguments: [(3, 2, 1, nil), (20, 15, 1, nil), (4, 3, 2, 40), (10, 10, 10, nil)] as [(Int, Int, Int, Int?)])
    func cardsNeverOverlapAndStayInTheirColumnAndLane(stages: Int, lanes: Int, cards: Int, full: Int?) throws {
        let map = Fixtures.grid(stages: stages, lanes: lanes, cardsPerCell: cards, fullCell: full)
        let svg = try RenderedSVG(map)
        let frames = try cardFrames(svg)
        #expect(frames.count == map.allItems.count)
        let sorted = frames.sorted { $0.x < $1.x }
        for (index, frame) in sorted.enumerated() {
            for other in sorted[(index + 1)...] {
                if other.x >= frame.x + frame.width { break }
                #expect(!frame.overlaps(other))
            }
        }
        let columns = try svg.elements(class: "stage-head").map { try Frame($0.children[0]) }
        let laneHeads = try map.lanes.map { lane in
            try Frame(try #require(svg.element(id: "jm-grid-lane-\(lane.id)")).children[0])
        }
        for (stageIndex, stage) in map.stages.enumerated() {
            for item in stage.items {
                let card = try Frame(try #require(svg.element(id: "jm-grid-item-\(item.id)")).children[0])
                let lane = laneHeads[try #require(Int(item.laneID.dropFirst("lane".count)))]
                #expect(
                    card.x >= columns[stageIndex].x
                        && card.x + card.width <= columns[stageIndex].x + columns[stageIndex].width)
                #expect(card.y >= lane.y && card.y + card.height <= lane.y + lane.height + 0.01)
            }
        }
    }

    @Test func columnsWidenForFullCellsAndTheDrawingGrowsWithTheMap() throws {
        let small = try RenderedSVG(Fixtures.grid(stages: 3, lanes: 2, cardsPerCell: 1))
        let large = try RenderedSVG(Fixtures.grid(stages: 20, lanes: 15, cardsPerCell: 1))
        func area(_ svg: RenderedSVG) throws -> Double {
            try #require(svg.root.number("width")) * (try #require(svg.root.number("height")))
        }
        // Fifty times the cards: many times the area, in both directions.
        #expect(try area(large) > 15 * (try area(small)))
        #expect(try #require(large.root.number("width")) > 3 * (try #require(small.root.number("width"))))
        #expect(try #require(large.root.number("height")) > 2 * (try #require(small.root.number("height"))))
        let full = try RenderedSVG(Fixtures.grid(stages: 3, lanes: 2, cardsPerCell: 1, fullCell: 40))
        let widths = try full.elements(class: "stage-head").map { try #require($0.children[0].number("width")) }
        #expect(widths[0] > 3.5 * widths[1])
        #expect(widths[1] == widths[2])
    }

    @Test func aWidthIsSharedByTheColumns() throws {
        let map = Fixtures.grid(stages: 5, lanes: 3, cardsPerCell: 2)
        for width in [900.0, 1600, 3000] {
            let svg = try RenderedSVG(map, format: .svg(width: width))
            #expect(try #require(svg.root.number("width")) == width)
            let heads = try svg.elements(class: "stage-head").map { try Frame($0.children[0]) }
            let last = try #require(heads.last)
            #expect(last.x + last.width <= width - 20 && last.x + last.width >= width - 60)
        }
        // Too narrow for readable cards: the drawing grows instead of squeezing them.
        let narrow = try RenderedSVG(map, format: .svg(width: 100))
        #expect(try #require(narrow.root.number("width")) > 100)
    }

    @Test func theFontSizeScalesTextAndLayout() throws {
        let map = SampleMaps.everyField
        let small = try RenderedSVG(map, format: .svg(fontSize: 10))
        let large = try RenderedSVG(map, format: .svg(fontSize: 20))
        #expect(small.text.contains(".t-body{font-size:10px;"))
        #expect(large.text.contains(".t-body{font-size:20px;"))
        #expect(try #require(large.root.number("width")) > 1.8 * (try #require(small.root.number("width"))))
    }

    @Test func showsOnlyTheLanesAskedForInTheirOrder() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map, format: .svg(lanes: ["emotions", "actions"]))
        let lanes = svg.elements(class: "lane").compactMap { $0.attribute("id") }
        #expect(lanes == ["jm-every-field-lane-emotions", "jm-every-field-lane-actions"])
        let cards = (svg.elements(class: "card") + svg.elements(class: "point")).compactMap { $0.attribute("id") }
        let expected = map.allItems.filter { ["emotions", "actions"].contains($0.laneID) }
        #expect(cards.count == expected.count)
        #expect(svg.elements(class: "chart").count == 1)
        let withoutCurve = try RenderedSVG(map, format: .svg(lanes: ["actions"]))
        #expect(withoutCurve.elements(class: "chart").isEmpty)
        #expect(throws: WriteError.self) { try map.export(as: .svg(lanes: ["nope"])) }
    }

    @Test func showsOnlyThePersonasAskedFor() throws {
        let map = Fixtures.multilingual
        let svg = try RenderedSVG(map, format: .svg(personas: ["maria"]))
        let personas = svg.elements(class: "persona").map(\.drawnText)
        #expect(personas.count == 1 && personas[0].hasPrefix("Maria Santos"))
        let shown = map.allItems.filter { $0.personaIDs.isEmpty || $0.personaIDs.contains("maria") }
        #expect(svg.elements(class: "card").count + svg.elements(class: "point").count == shown.count)
        // One curve, Maria's; the transition of Zoë alone is left out, the unscoped one stays.
        let chart = try #require(svg.elements(class: "chart").first)
        #expect(chart.descendants.filter { $0.classes.contains("c-line") }.count == 1)
        #expect(svg.elements(class: "transition").count == 1)
        #expect(throws: WriteError.self) { try map.export(as: .svg(personas: ["nobody"])) }
    }

    @Test func refusesOptionsOutOfRange() {
        let map = SampleMaps.clean
        for format in [
            JourneySVGFormat(fontSize: 0), JourneySVGFormat(fontSize: .nan), JourneySVGFormat(fontSize: 100),
            JourneySVGFormat(width: -1), JourneySVGFormat(width: .infinity),
        ] {
            #expect(throws: WriteError.self) { try map.export(as: format) }
        }
    }

    @Test func drawsEmptyAndOddMaps() throws {
        let empty = JourneyMap(id: "empty", title: "")
        let svg = try RenderedSVG(empty)
        #expect(svg.root.children[0].text == "Journey map")
        var noLanes = SampleMaps.clean
        noLanes.lanes = []
        let drawn = try RenderedSVG(noLanes)
        #expect(drawn.elements(class: "card").count + drawn.elements(class: "point").count == noLanes.allItems.count)
        var cycle = Fixtures.multilingual
        cycle.personas[1].reportsTo = "maria"
        _ = try RenderedSVG(cycle)
    }

    @Test func drawsEveryThemeWithItsColours() throws {
        let map = SampleMaps.everyField
        for theme in SVGTheme.builtIn {
            let svg = try RenderedSVG(map, format: .svg(theme: theme))
            #expect(svg.root.classes.contains(Substring("theme-" + theme.name)))
            #expect(svg.text.contains(".t-body{font-size:13px;font-weight:normal;fill:\(theme.text)}"))
            #expect(svg.text.contains(".b-page{fill:\(theme.page)}"))
        }
    }
}
