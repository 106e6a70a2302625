import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Grid layout")
struct GridLayoutTests {
    /// A grid as people make it in a spreadsheet with semicolons.
    let handMade = """
        Title;Buying a car
        Persona;Anna
        Scenario;Anna replaces her old car
        Owner;CX team

        Lane;Awareness;Consideration;Purchase
        Doing;Sees an ad;"Compares models
        Reads reviews";Buys
        Thinking / Questions;;Is it reliable?;
        Feelings;+1;"😞 Overwhelmed
        -1";Relieved (+2)
        Touchpoints;Instagram;"• Configurator
        • Dealer";
        Pain points & friction;;Prices are hard to compare;
        Ideas;;;Loyalty program
        KPIs / Metrics;Reach;;Conversion
        Compliance;;;GDPR consent

        """

    @Test func readsAHandMadeGrid() throws {
        let result = try JourneyCSVFormat().read(Data(handMade.utf8), file: "car.csv")
        let map = result.map
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(map.title == "Buying a car" && map.summary == "Anna replaces her old car")
        #expect(map.personas.map(\.name) == ["Anna"])
        #expect(map.metadata == ["Owner": "CX team"])
        #expect(map.stages.map(\.name) == ["Awareness", "Consideration", "Purchase"])
        #expect(
            map.lanes.map(\.kind) == [
                .actions, .thoughts, .emotions, .touchpoints, .painPoints, .opportunities, .kpis,
                LaneKind("compliance"),
            ])
        #expect(map.lanes.last?.title == "Compliance")
        let consideration = map.stages[1].items
        #expect(consideration.filter { $0.laneID == "doing" }.map(\.text) == ["Compares models", "Reads reviews"])
        #expect(consideration.filter { $0.laneID == "touchpoints" }.map(\.text) == ["Configurator", "Dealer"])
        let emotions = map.stages.flatMap { $0.items.filter { $0.kind == .emotion } }
        #expect(emotions.map(\.score?.value) == [1, -2, -1, 2])
        #expect(emotions.map(\.text) == ["", "Overwhelmed", "", "Relieved"])
        #expect(map.stages[2].items.last?.kind == ItemKind("compliance"))
        #expect(Set(map.allItems.map(\.id)).count == map.allItems.count)
    }

    @Test func locatesItemsByRowAndColumn() throws {
        let result = try JourneyCSVFormat().read(Data(handMade.utf8), file: "car.csv")
        let item = try #require(result.map.stages[2].items.first { $0.text == "Loyalty program" })
        #expect(
            result.sourceMap.location(of: .item(item.id, inStage: "purchase"))
                == SourceLocation(file: "car.csv", line: 12, column: 4, detail: "line 15"))
        #expect(
            result.sourceMap.location(of: .stage("consideration"))
                == SourceLocation(file: "car.csv", line: 6, column: 3))
    }

    @Test func keepsEmotionLinesWithoutAScoreAsText() throws {
        let csv = "Lane,A,B,C\r\nEmotions,\"Curious\n😐\",Happy 😊,Worried -1\r\n"
        let map = try JourneyMap(Data(csv.utf8), format: .csv)
        let items = map.allItems
        #expect(items.map(\.text) == ["Curious", "", "Happy", "Worried"])
        #expect(items.map(\.score?.value) == [nil, 0, 1, -1])
        #expect(items.allSatisfy { $0.kind == .emotion })
    }

    @Test func findsTheGridHeaderWithoutALaneCell() throws {
        let csv = "Title,Onboarding\r\n\r\n,Sign up,First use\r\nActions,Registers,Explores\r\n"
        let map = try JourneyMap(Data(csv.utf8), format: .csv(layout: .grid))
        #expect(map.title == "Onboarding")
        #expect(map.stages.map(\.name) == ["Sign up", "First use"])
        #expect(map.allItems.map(\.text) == ["Registers", "Explores"])
        let bare = "Stage,Awareness,Purchase\r\nActions,Looks,Buys\r\n"
        #expect(
            try JourneyMap(Data(bare.utf8), format: .csv(layout: .grid)).stages.map(\.name) == [
                "Awareness", "Purchase",
            ])
    }

    @Test func keepsCellsPastTheHeaderInUnnamedStagesWithAWarning() throws {
        let csv = "Lane,A\r\nActions,one,two\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "g.csv")
        #expect(result.map.stages.map(\.name) == ["A", ""])
        #expect(result.map.allItems.map(\.text) == ["one", "two"])
        #expect(result.diagnostics.map(\.code) == ["csv-ragged-row"])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "g.csv", line: 2, column: 3))
    }

    @Test func keepsUnknownHeaderBlockKeysAsMetadataAndWarnsAboutOddValues() throws {
        let csv = "Title,T,extra\r\nKind,retail\r\nWorkshop,2024-05-01\r\n\r\nLane,A\r\nActions,x\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "g.csv")
        #expect(result.map.metadata == ["Kind": "retail", "Workshop": "2024-05-01"])
        #expect(result.diagnostics.map(\.code) == ["csv-extra-cells", "csv-invalid-value"])
    }

    @Test func writesTheHeaderBlockThenLanesByStages() throws {
        var map = SampleMaps.clean
        map.summary = "Anna buys a car"
        map.metadata = ["Owner": "CX", "title": "ignored: the title row says it"]
        map.stages[0].items[0].text = "Sees\nan ad"
        let lines = text(try map.export(as: .csv(layout: .grid))).components(separatedBy: "\r\n")
        #expect(
            lines == [
                "Title,Clean map", "Scenario,Anna buys a car", "Persona,Anna", "Owner,CX", "",
                "Lane,Awareness,Purchase", "Actions,Sees an ad,Buys", "Emotions,Curious (+1),Happy (+2)",
                "Touchpoints,Instagram ad,Shop", "KPIs,Reach,Conversion", "",
            ])
    }

    @Test func readsBackWhatTheGridHolds() throws {
        for map in [SampleMaps.clean, SampleMaps.everyField] {
            let again = try JourneyMap(map.export(as: .csv(layout: .grid)), format: .csv)
            #expect(again.title == map.title && again.summary == map.summary)
            #expect(again.personas.map(\.name) == map.personas.map(\.name))
            #expect(again.stages.map(\.name) == map.stages.map(\.name))
            #expect(again.lanes.map(\.title) == map.lanes.map(\.title))
            // Cell by cell: the items of each stage × lane, in order, with their scores.
            for (stage, original) in zip(again.stages, map.stages) {
                for (lane, originalLane) in zip(again.lanes, map.lanes) {
                    let items = stage.items.filter { $0.laneID == lane.id }
                    let originals = original.items.filter { $0.laneID == originalLane.id }
                    #expect(items.map(\.text) == originals.map(\.text))
                    #expect(items.map(\.score?.value) == originals.map(\.score?.value))
                }
            }
            #expect(again.kind == map.kind && again.state == map.state && again.scope == map.scope)
        }
    }

    @Test(arguments: 0..<50)
    func gridOutputOfGeneratedMapsReadsBackWithoutErrors(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let data = try map.export(as: .csv(layout: .grid))
        let again = try JourneyCSVFormat(layout: .grid).read(data, file: nil).map
        #expect(again.stages.count == map.stages.count)
        #expect(again.stages.map(\.name) == map.stages.map { $0.name.trimmingCharacters(in: .whitespacesAndNewlines) })
    }
}
