import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

/// The grid layout never drops data without a report entry: whatever an element holds beyond what a
/// grid carries is named in the loss report, at the element's path.
@Suite("Grid loss report")
struct GridLossReportTests {
    /// What a grid carries of an item: its text on one line, and a score in an emotion lane; the
    /// kind is the lane's.
    private func carried(_ item: Item, laneKind: LaneKind?) -> Item {
        let emotional = laneKind == .emotions || item.kind == .emotion
        let text = String(item.text.map { $0.isNewline ? " " : $0 }).trimmingCharacters(in: .whitespaces)
        return Item(
            id: item.id, kind: laneKind?.defaultItemKind ?? item.kind, laneID: item.laneID, text: text,
            score: emotional ? item.score.map { EmotionScore($0.value) } : nil)
    }

    @Test(arguments: 0..<150)
    func everythingTheGridCannotCarryIsReported(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let format = JourneyCSVFormat.csv(layout: .grid)
        let reported = Set(format.lossReport(for: map).compactMap(\.path))
        #expect(format.lossReport(for: map).allSatisfy { $0.code == "not-written" && $0.severity == .warning })
        // Identifiers are never carried: the map says so once.
        #expect(reported.contains(.map))
        let laneKinds = Dictionary(map.lanes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for stage in map.stages {
            if Stage(id: stage.id, name: stage.name) != stage.withoutItems {
                #expect(reported.contains(.stage(stage.id)), "stage \(stage.id) loses something unreported")
            }
            for item in stage.items where carried(item, laneKind: laneKinds[item.laneID]) != item {
                #expect(
                    reported.contains(.item(item.id, inStage: stage.id)),
                    "item \(item.id) loses something unreported (seed \(seed))")
            }
        }
        for persona in map.personas where Persona(id: persona.id, name: persona.name) != persona {
            #expect(reported.contains(.persona(persona.id)), "persona \(persona.id) loses something unreported")
        }
        for lane in map.lanes
        where Lane(id: lane.id, kind: LaneKind.recognizing(title: lane.title) ?? lane.kind, title: lane.title) != lane {
            #expect(reported.contains(.lane(lane.id)), "lane \(lane.id) loses something unreported")
        }
        if let transition = map.transitions.first {
            #expect(reported.contains(.transition(transition.id)))
        }
        // The long layout carries everything.
        #expect(JourneyCSVFormat.csv(layout: .long).lossReport(for: map).isEmpty)
    }

    @Test func theReportNamesWhatEachElementLoses() throws {
        var map = SampleMaps.clean
        map.stages[0].items[0].detail = "More"
        map.stages[0].items[0].tags = ["a"]
        let lost = JourneyCSVFormat.csv(layout: .grid).lossReport(for: map)
        let item = try #require(lost.first { $0.path == .item(map.stages[0].items[0].id, inStage: map.stages[0].id) })
        #expect(item.message.contains("detail, tags"))
    }

    @Test func theReportNamesActivities() throws {
        var map = SampleMaps.clean
        map.stages[1].items[2].activities = ["checkout_start"]
        let lost = JourneyCSVFormat.csv(layout: .grid).lossReport(for: map)
        let path = ElementPath.item(map.stages[1].items[2].id, inStage: map.stages[1].id)
        let item = try #require(lost.first { $0.path == path })
        #expect(item.message.contains("activities"))
        #expect(JourneyCSVFormat.csv(layout: .long).lossReport(for: map).isEmpty)
    }
}

extension Stage {
    /// The stage without its items, for comparing what a grid carries of it.
    fileprivate var withoutItems: Stage {
        var stage = self
        stage.items = []
        return stage
    }
}
