import Foundation
import JourneyKit
import Testing

/// `journey convert` with CJML: a journey chosen in a document with several, the loss report.
@Suite("journey convert with CJML")
struct CJMLCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    /// A planned and an actual journey in one line, as the CJML editor exports them.
    private let document = """
        <CJML version="2.0"><plannedJourney><journeyID>PJ1</journeyID><journeyPhases><journeyPhase phaseID="Apply">\
        <phaseName>Apply</phaseName></journeyPhase></journeyPhases><actors><endUser actorID="Ann"></endUser></actors>\
        <touchpoints></touchpoints></plannedJourney><actualJourney><journeyID>AJ1</journeyID><journeyPhases>\
        <journeyPhase phaseID="Collect"><phaseName>Collect</phaseName></journeyPhase></journeyPhases><actors>\
        <endUser actorIDref="Ann"></endUser></actors><touchpoints></touchpoints></actualJourney></CJML>
        """

    @Test func pageChoosesTheJourneyOfACJMLDocument() throws {
        let input = folder.appendingPathComponent("journeys.xml")
        try Data(document.utf8).write(to: input)
        let second = folder.appendingPathComponent("second.json")
        let result = try Journey.run(["convert", input.path, second.path, "--page", "2"])
        #expect(result.status == 0, "\(result.errors)")
        let map = try JourneyMap(Data(contentsOf: second), format: .json)
        #expect(map.stages.map(\.name) == ["Collect"])
        #expect(map.state == .current)
        let first = try Journey.run(["convert", input.path, folder.appendingPathComponent("first.json").path])
        #expect(first.status == 0)
        #expect(first.errors.contains("cjml-several-journeys"))
        #expect(try Journey.run(["convert", input.path, second.path, "--page", "3"]).status == 65)
        #expect(try Journey.run(["convert", input.path, second.path, "--page", "Collect"]).status == 64)
    }

    @Test func writingAnExampleListsWhatCJMLCannotHold() throws {
        let example = try #require(Journey.examples.first)
        let output = folder.appendingPathComponent("map.cjml")
        let result = try Journey.run(["convert", example.path, output.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("cjml-items-dropped"))
        #expect(String(decoding: try Data(contentsOf: output), as: UTF8.self).hasPrefix("<CJML version=\"2.0\">"))
        let strict = try Journey.run(["convert", example.path, output.path, "--strict"])
        #expect(strict.status != 0)
    }
}
