import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("KPI directions in the long CSV layout")
struct MetricDirectionTests {
    @Test func writesADirectionColumnOnlyWhenAKPIStatesOne() throws {
        var map = SampleMaps.clean
        let without = try tokenize(text(map.export(as: .csv))).rows
        #expect(!without[0].contains("direction"))
        let kpis = map.stages[0].items.indices.filter { map.stages[0].items[$0].metric != nil }
        let first = try #require(kpis.first)
        map.stages[0].items[first].metric?.direction = .targetRange(1200...1800.5)
        map.stages[1].items[0].metric = Metric(direction: .lowerIsBetter)
        let data = try map.export(as: .csv)
        let rows = try tokenize(text(data)).rows
        #expect(rows[0] == without[0] + ["direction"])
        #expect(rows[1 + first].last == "1200..1800.5")
        #expect(rows.contains { $0.last == "lower" })
        #expect(Array(rows[1].prefix(without[0].count)) == without[1], "the other cells do not move")
        let result = try JourneyCSVFormat().read(data, file: "t.csv")
        #expect(result.map == map)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func readsHandWrittenDirectionsAndKeepsWhatItCannotRead() throws {
        let csv = """
            stage,lane,kind,text,value,target,KPI direction\r
            S,KPIs,kpi,Churn,41,25,Lower\r
            S,KPIs,kpi,Reply time,25,,20..30\r
            S,KPIs,kpi,Odd,1,2,sideways\r

            """
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "t.csv")
        let items = try #require(result.map.stages.first?.items)
        #expect(items[0].metric?.direction == .lowerIsBetter)
        #expect(items[1].metric?.direction == .targetRange(20...30))
        #expect(items[2].metric?.direction == nil)
        #expect(items[2].extensions["csv", "direction"] == "sideways")
        #expect(result.diagnostics.map(\.code) == ["csv-invalid-value"])
    }
}
