import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("CSV round trips")
struct RoundTripTests {
    @Test func everyFieldSurvivesTheLongLayout() throws {
        let map = SampleMaps.everyField
        let data = try map.export(as: .csv)
        let result = try JourneyCSVFormat().read(data, file: "every.csv")
        #expect(result.map == map)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try result.map.export(as: .csv) == data)
    }

    @Test func hostileTextsSurviveTheLongLayout() throws {
        let map = hostileMap()
        for delimiter: JourneyCSVFormat.Delimiter in [",", ";", "\t"] {
            let format = JourneyCSVFormat(layout: .long, delimiter: delimiter)
            let result = try format.read(map.export(as: format), file: nil)
            #expect(result.map == map, "\(delimiter)")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        }
    }

    @Test(arguments: 0..<300)
    func generatedMapsSurviveTheLongLayout(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let data = try map.export(as: .csv)
        let result = try JourneyCSVFormat().read(data, file: "generated.csv")
        #expect(result.map == map, "seed \(seed)")
        #expect(result.diagnostics.isEmpty, "seed \(seed): \(result.diagnostics)")
        #expect(try result.map.export(as: .csv) == data, "seed \(seed)")
    }

    @Test(arguments: 0..<60)
    func generatedMapsSurviveEveryOptionCombination(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(1000 + seed))
        let map = generator.map()
        let delimiters: [JourneyCSVFormat.Delimiter] = [",", ";", "\t", "|"]
        let format = JourneyCSVFormat(
            layout: .long, delimiter: delimiters[seed % 4], byteOrderMark: seed % 2 == 0,
            neutralizesFormulas: seed % 3 != 0)
        let data = try map.export(as: format)
        // Detecting the delimiter, reading with the neutralization the file was written with.
        let reader = JourneyCSVFormat(neutralizesFormulas: format.neutralizesFormulas)
        #expect(try JourneyMap(data, format: reader) == map, "seed \(seed)")
    }

    @Test func customItemTypesSurviveWithTheirExtensionData() throws {
        let map = SampleMaps.everyField
        let again = try JourneyMap(map.export(as: .csv), format: .csv)
        let checks = again.items(of: ComplianceCheck.self)
        #expect(checks.map(\.regulation) == ["GDPR"])
    }
}
