import Foundation
import JourneyAnalytics
import JourneyCSV
import JourneyModel
import Testing

/// How a map binds activities to its stages.
@Suite("Binding activities to stages")
struct BindingTests {
    private func grid(_ text: String) throws -> JourneyMap {
        try JourneyCSVFormat().read(Data(text.utf8), file: "map.csv").map
    }

    @Test func itemsListTheirActivities() throws {
        let map = JourneyMap(
            id: "shop", title: "Shop",
            stages: [
                Stage(
                    id: "aware", name: "Aware",
                    items: [
                        Item(
                            id: "blog", kind: .touchpoint, laneID: "touchpoints", text: "Blog",
                            activities: ["blog_view", " ad_click "])
                    ]),
                Stage(
                    id: "buy", name: "Buy",
                    items: [Item(id: "pays", kind: .action, laneID: "actions", text: "Pays", activities: ["checkout"])]),
            ], lanes: [Lane(kind: .touchpoints), Lane(kind: .actions)])
        let binding = try StageBinding(map: map)
        #expect(binding.stage(of: "blog_view") == 0 && binding.stage(of: "ad_click") == 0)
        #expect(binding.stage(of: "checkout") == 1 && binding.stage(of: "pay") == nil)
        #expect(binding.activities == ["ad_click", "blog_view", "checkout"])
        #expect(binding.stages.map(\.name) == ["Aware", "Buy"])
    }

    @Test func anEventsRowOfAGridListsOneActivityPerLine() throws {
        let map = try grid(
            "Lane,Awareness,Consideration,Decision\nActions,Reads,Compares,Signs up\n"
                + "Events,\"blog_view\nad_click\",pricing_view,signup\n")
        let binding = try StageBinding(map: map)
        #expect(binding.stage(of: "ad_click") == 0 && binding.stage(of: "pricing_view") == 1)
        #expect(binding.stage(of: "signup") == 2)
        #expect(binding.stage(of: "Reads") == nil)
    }

    @Test(arguments: [
        "Events", "Activities", "Event log", "Ereignisse", "Événements", "Eventos", "Atividades", "イベント", "事件", "活动",
        "Mga kaganapan",
    ])
    func theActivityLaneIsNamedInManyLanguages(title: String) throws {
        let map = try grid("Lane,A,B\nActions,x,y\n\(title),first,second\n")
        let binding = try StageBinding(map: map)
        #expect(binding.stage(of: "second") == 1, "lane “\(title)”")
    }

    @Test func oneActivityInTwoStagesIsRefusedNamingBoth() throws {
        let map = try grid("Lane,Awareness,Retention\nEvents,login,\"login\nreview\"\n")
        #expect {
            try StageBinding(map: map)
        } throws: { error in
            guard let error = error as? BindingError else { return false }
            return error.kind == .ambiguousActivity && error.message.contains("Awareness")
                && error.message.contains("Retention") && error.message.contains("login")
        }
    }

    @Test func aMapWithoutActivitiesSaysWhatToAdd() throws {
        let map = try grid("Lane,A,B\nActions,x,y\n")
        #expect(throws: BindingError.noActivities) { try StageBinding(map: map) }
        #expect(BindingError.noActivities.message.contains("Events"))
    }
}
