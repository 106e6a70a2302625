import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXML
import JourneyXMLCore
import Testing

@Suite("KPI directions in the canonical XML")
struct MetricDirectionTests {
    private func map(_ directions: [MetricDirection?]) -> JourneyMap {
        var map = JourneyMap(title: "KPIs") { Stage("Retention") { KPI("Churn") } }
        let template = map.stages[0].items[0]
        map.stages[0].items = directions.enumerated().map { index, direction in
            var item = template
            item.id = "kpi-\(index)"
            item.metric = Metric(kind: .churnRate, value: 41, target: 25, unit: "%", direction: direction)
            return item
        }
        return map
    }

    @Test func writesEachDirectionSchemaValidAndReadsItBack() throws {
        let map = map([nil, .higherIsBetter, .lowerIsBetter, .targetRange(20...30), .targetRange(-0.5...(-0.5))])
        let data = try map.export(as: .xml)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"direction="lower""#) && text.contains(#"direction="higher""#))
        #expect(text.contains(#"direction="range" targetMinimum="20" targetMaximum="30""#))
        #expect(try JourneyXMLSchema.validate(XMLDocument(data: data)) == [])
        #expect(try JourneyMap(data, format: .xml) == map)
    }

    @Test func writesMapsWithoutDirectionsAsBefore() throws {
        let text = String(decoding: try map([nil]).export(as: .xml), as: UTF8.self)
        #expect(text.contains(#"<metric kind="churn-rate" value="41" target="25" unit="%"/>"#))
    }

    /// The XML of a map with one churn KPI whose `<metric>` has `attributes`.
    private func document(_ attributes: String) throws -> String {
        let text = String(decoding: try map([nil]).export(as: .xml), as: UTF8.self)
        return text.replacingOccurrences(
            of: #"<metric kind="churn-rate" value="41" target="25" unit="%"/>"#, with: "<metric \(attributes)/>")
    }

    @Test(arguments: [
        #"direction="up""#, #"direction="range" targetMinimum="1""#, #"direction="lower" targetMaximum="1""#,
        #"targetMinimum="1" targetMaximum="2""#, #"direction="range" targetMinimum="3" targetMaximum="2""#,
    ])
    func refusesDirectionsThatDoNotAddUp(attributes: String) throws {
        let text = try document(attributes)
        #expect(text.contains(attributes))
        #expect(throws: ReadError.self) { try JourneyXMLFormat().read(Data(text.utf8), file: "map.journey.xml") }
    }

    @Test func theErrorSaysWhatIsWrongWhereItIs() throws {
        let text = try document(#"direction="range" targetMinimum="3" targetMaximum="2""#)
        let line = try #require(text.split(separator: "\n").firstIndex { $0.contains("targetMinimum") }) + 1
        let error = try #require(throws: ReadError.self) {
            try JourneyXMLFormat().read(Data(text.utf8), file: "map.journey.xml")
        }
        #expect(error.location.line == line)
        #expect("\(error)".contains("minimum not above the maximum"), "\(error)")
    }
}
