import Foundation
import JourneyModel

@testable import JourneyCJML

/// What a fixture must read as (`Fixtures/README.md` describes it).
struct FixtureTruth: Decodable {
    struct Persona: Decodable {
        var name: String
        var role: String?
        var organization: String?
    }

    struct Item: Decodable {
        var stage: String
        var kind: String
        var text: String
        var channel: String?
        var initiator: String?
        var receiver: String?
        var deviation: Bool?
        var rating: Double?
    }

    var tool: String
    var quirks: [String]
    /// `swimlane` for the swimlane editor's lowercase `<cjml>`, which is written back as CJML 2.0.
    var dialect: String?
    var version: String?
    var journeys: Int?
    var state: String
    var title: String
    var stages: [String]
    var personas: [Persona]
    var items: [Item]
    var diagnostics: [String]
}

/// A fixture: the document and its truth.
struct Fixture: CustomStringConvertible, Sendable {
    var url: URL
    var name: String { url.deletingPathExtension().lastPathComponent }
    var description: String { name }

    /// Whether the fixture is the swimlane editor's dialect rather than `<CJML>`.
    var isSwimlane: Bool { (try? truth.dialect) == "swimlane" }

    /// Every `<CJML>` fixture.
    static var cjml: [Fixture] { all.filter { !$0.isSwimlane } }

    var data: Data { get throws { try Data(contentsOf: url) } }

    var truth: FixtureTruth {
        get throws {
            let truthURL = url.deletingPathExtension().appendingPathExtension("truth.json")
            return try JSONDecoder().decode(FixtureTruth.self, from: Data(contentsOf: truthURL))
        }
    }

    /// Every `.cjml` fixture, in name order.
    static let all: [Fixture] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return files.filter { $0.pathExtension == "cjml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map(Fixture.init(url:))
    }()

    /// Reads the fixture, choosing a journey when given.
    func read(journey: Int? = nil) throws -> ReadResult {
        try JourneyCJMLFormat(journey: journey).read(data, file: url.lastPathComponent)
    }
}

/// The folder of the repository's examples.
enum Examples {
    static var all: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        let files = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(".journey.xml") }.sorted { $0.path < $1.path }
    }
}
