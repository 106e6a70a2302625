import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// The library used as the documentation shows: maps from plain values, files by URL, errors by
/// kind.
@Suite("Library API")
struct LibraryAPITests {
    private func temporaryFolder() throws -> URL { try Commands.temporaryFolder(prefix: "library-api") }

    @Test func aMapMadeOfPlainValuesIsCompletedAsTheBuilderCompletesIt() {
        var plain = JourneyMap(
            id: "car", title: "Buying a car",
            stages: [
                Stage(
                    id: "awareness", name: "Awareness",
                    items: [Action("Sees an advert").item, Emotion(1, "Curious").item]),
                Stage(id: "decision", name: "Decision", items: [Action("Books a test drive").item]),
            ])
        let before = plain.validate().filter { $0.code == "unknown-lane" }
        #expect(before.count == 3)
        #expect(before.first?.message.contains("call complete()") == true)
        plain.complete()
        #expect(plain.validate().filter { $0.severity == .error }.isEmpty)
        let built = JourneyMap(id: "car", title: "Buying a car") {
            Stage("Awareness") {
                Action("Sees an advert")
                Emotion(1, "Curious")
            }
            Stage("Decision") { Action("Books a test drive") }
        }
        #expect(plain == built)
        #expect(plain.stages[0].items.map(\.id) == ["awareness-actions-1", "awareness-emotions-1"])
        // Completing twice changes nothing.
        #expect(plain.completed() == plain)
    }

    @Test func mapsAreReadAndWrittenByURLInTheFormatTheNameOrContentShows() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = SampleMaps.clean
        for name in ["car.journey.xml", "car.json", "car.csv", "car.html"] {
            let url = folder.appendingPathComponent(name)
            try await map.write(to: url)
            #expect(try await JourneyMap(contentsOf: url) == map, "\(name)")
        }
        // The content decides, not the name: JSON in a file named .txt reads as JSON.
        let misnamed = folder.appendingPathComponent("car.txt")
        try await map.write(to: misnamed, format: JourneyJSONFormat())
        #expect(try await JourneyMap(contentsOf: misnamed) == map)
        let svg = folder.appendingPathComponent("car.svg")
        try await map.write(to: svg)
        #expect(try String(contentsOf: svg, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try await JourneyMap(contentsOf: folder.appendingPathComponent("car.json")) == map)
        let result = try JourneyMap.readResult(contentsOf: folder.appendingPathComponent("car.journey.xml"))
        #expect(result.sourceMap.file?.hasSuffix("car.journey.xml") == true)
    }

    @Test func replacingAFileKeepsItsPermissions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("car.json")
        try SampleMaps.clean.write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        var changed = SampleMaps.clean
        changed.title = "Changed"
        try changed.write(to: url)
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try JourneyMap(contentsOf: url).title == "Changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["car.json"])
    }

    @Test func fileErrorsHaveKindsToSwitchOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try #require(throws: ReadError.self) {
            _ = try JourneyMap(contentsOf: folder.appendingPathComponent("nothing.json"))
        }
        #expect(missing.kind == .unreadable)
        let text = folder.appendingPathComponent("notes.txt")
        try Data("just some notes".utf8).write(to: text)
        let unknown = try #require(throws: ReadError.self) { _ = try JourneyMap(contentsOf: text) }
        #expect(unknown.kind == .unsupportedFormat)
        let noFormat = try #require(throws: WriteError.self) {
            try SampleMaps.clean.write(to: folder.appendingPathComponent("car.unknown"))
        }
        #expect(noFormat.kind == .invalidOptions)
        let noFolder = try #require(throws: WriteError.self) {
            try SampleMaps.clean.write(to: folder.appendingPathComponent("missing/car.json"))
        }
        #expect(noFolder.kind == .unwritable)
        let large = try #require(throws: ReadError.self) {
            try SampleMaps.clean.write(to: folder.appendingPathComponent("car.json"))
            _ = try JourneyMap(
                contentsOf: folder.appendingPathComponent("car.json"), limits: ReadLimits(maximumInputSize: 10))
        }
        #expect(large.kind == .limitExceeded)
    }
}
