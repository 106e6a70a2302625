import Foundation
import JourneyModel
import Testing

@testable import JourneyCJML

/// Input that cannot be read is refused with the file, line, column and kind; what can be read
/// with care reads with a warning.
@Suite struct ErrorTests {
    private func readError(_ text: String, journey: Int? = nil) -> ReadError? {
        do {
            _ = try JourneyCJMLFormat(journey: journey).read(Data(text.utf8), file: "test.cjml")
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            return nil
        }
    }

    @Test(
        arguments: [
            // Unescaped `&`, as some exports write it.
            (
                "<CJML version=\"2.0\">\n<actualJourney><journeyTitle>Fish & chips</journeyTitle></actualJourney></CJML>",
                2, "malformed"
            ),
            // Unquoted attributes, as the remade swimlane editor writes them.
            ("<cjml>\n  <actors>\n    <actor id=a1 name=Anna role=customer/>", 3, "malformed"),
            // A truncated file.
            ("<CJML version=\"2.0\"><actualJourney>", 1, "malformed"),
            ("<CJML version=\"4.0\"><actualJourney/></CJML>", 1, "unsupported-format"),
            ("<CJML version=\"2.0\">\n<journey/></CJML>", 1, "invalid"),
            ("<journeyMap/>", 1, "unsupported-format"),
            (
                "<CJML version=\"2.0\"><actualJourney><journeyPhases><journeyPhase phaseID=\"P1\"/></journeyPhases>\n"
                    + "<touchpoints><actualAction><touchpointID>1</touchpointID>\n<belongsTo phaseIDref=\"P9\"/>"
                    + "</actualAction></touchpoints></actualJourney></CJML>", 3, "invalid"
            ),
            ("<!DOCTYPE CJML [<!ENTITY x \"y\">]><CJML version=\"2.0\">&x;</CJML>", 1, "unsafe"),
        ] as [(String, Int, String)])
    func refusesWithALocatedError(text: String, line: Int, kind: String) throws {
        let error = try #require(readError(text))
        #expect(error.kind.rawValue == kind, "\(error)")
        #expect(error.location.file == "test.cjml")
        #expect(error.location.line == line, "\(error)")
    }

    @Test func readsTheSwimlaneDialectWithAWarning() throws {
        let result = try #require(Fixture.all.first { $0.isSwimlane }).read()
        let warning = try #require(result.diagnostics.first { $0.code == "cjml-swimlane-dialect" })
        #expect(warning.location?.line == 1)
        #expect(result.map.extensions["cjml", "dialect"] == "swimlane")
        #expect(
            result.map.allItems.allSatisfy { $0.extensions["cjml", "receiver-label"] == nil }, "`undefined` is empty")
    }

    @Test func keepsToTheInputSizeLimit() throws {
        let format = JourneyCJMLFormat().with(limits: ReadLimits(maximumInputSize: 10))
        #expect(throws: ReadError.self) { try format.read(Data("<CJML version=\"2.0\"></CJML>".utf8), file: nil) }
        do {
            _ = try format.read(Data("<CJML version=\"2.0\"></CJML>".utf8), file: nil)
        } catch let error as ReadError {
            #expect(error.kind == .limitExceeded)
        }
    }

    @Test func aMissingVersionReadsAndIsKeptMissing() throws {
        let text = "<CJML><actualJourney><journeyTitle>J</journeyTitle></actualJourney></CJML>"
        let map = try JourneyCJMLFormat().read(Data(text.utf8), file: nil).map
        #expect(map.extensions["cjml", "version-absent"] == "true")
        let written = String(decoding: try JourneyCJMLFormat().write(map), as: UTF8.self)
        #expect(written.hasPrefix("<CJML>"))
        #expect(!written.contains("journeyID"), "a journey without an identifier is written without one")
    }
}
