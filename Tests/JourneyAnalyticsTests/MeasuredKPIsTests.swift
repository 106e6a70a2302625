import Foundation
import JourneyAnalytics
import JourneyModel
import Testing

/// The report written back into the map as KPI items.
@Suite("Measured KPIs")
struct MeasuredKPIsTests {
    private let report = Logs.report([
        Logs.event("a", "blog_view", 0), Logs.event("a", "pricing_view", 30),
        Logs.event("b", "blog_view", 0), Logs.event("c", "blog_view", 1),
    ])

    private func map(items: [Item] = []) -> JourneyMap {
        JourneyMap(
            id: "m", title: "M",
            stages: [
                Stage(id: "awareness", name: "Awareness", items: items),
                Stage(id: "consideration", name: "Consideration"), Stage(id: "decision", name: "Decision"),
            ], lanes: [Lane(kind: .actions)])
    }

    @Test func addsAKPILaneAndItemsForEnteredStages() throws {
        let measured = MeasuredKPIs(report).applied(to: map())
        #expect(measured.lanes.map(\.kind) == [.actions, .kpis])
        let awareness = measured.stages[0].items
        #expect(awareness.map(\.metric?.kind) == [.conversionRate, .reach, .timeInStage])
        #expect(awareness[0].metric?.value == 33.3 && awareness[0].metric?.unit == "%")
        #expect(awareness[1].metric?.value == 3 && awareness[1].metric?.unit == "customers")
        #expect(awareness[2].metric?.value == 1.25 && awareness[2].metric?.unit == "days")
        #expect(measured.stages[1].items.count == 2)
        #expect(measured.stages[2].items.isEmpty)
        #expect(measured.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func keepsTargetsAndUnitsOfKPIsTheMapHas() throws {
        let planned = [
            Item(
                id: "cr", kind: .kpi, laneID: "kpis", text: "Blog → pricing",
                metric: Metric(kind: .conversionRate, value: 10, target: 40, unit: "%")),
            Item(id: "t", kind: .kpi, laneID: "kpis", text: "Median time in stage", metric: Metric(unit: "hours")),
        ]
        var start = map(items: planned)
        start.lanes.append(Lane(id: "kpis", kind: .kpis))
        let measured = MeasuredKPIs(report).applied(to: start)
        let items = measured.stages[0].items
        #expect(items[0].id == "cr" && items[0].text == "Blog → pricing")
        #expect(items[0].metric == Metric(kind: .conversionRate, value: 33.3, target: 40, unit: "%"))
        #expect(items[1].metric == Metric(kind: .timeInStage, value: 30, unit: "hours"))
        #expect(items.count == 3 && measured.lanes.count == 2)
    }

    @Test func writingAgainReplacesValues() throws {
        let once = MeasuredKPIs(report).applied(to: map())
        #expect(MeasuredKPIs(report).applied(to: once) == once)
    }

    @Test func theLastStageHasNoConversionRate() throws {
        let report = Logs.report([Logs.event("a", "pricing_view", 0), Logs.event("a", "signup", 5)])
        let measured = MeasuredKPIs(report).applied(to: map())
        #expect(measured.stages[1].items.map(\.metric?.kind) == [.conversionRate, .reach, .timeInStage])
        #expect(measured.stages[2].items.map(\.metric?.kind) == [.reach])
    }
}
