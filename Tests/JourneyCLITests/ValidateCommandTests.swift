import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey validate` over folders, past missing files, and for editors and CI.
@Suite("journey validate")
struct ValidateCommandTests {
    let folder: URL

    init() throws {
        folder = try Journey.temporaryFolder()
        try FileManager.default.createDirectory(at: path("maps/sub"), withIntermediateDirectories: true)
        try SampleMaps.clean.export(as: .xml).write(to: path("maps/clean.journey.xml"))
        var warning = SampleMaps.clean
        warning.stages[1].items.removeAll { $0.kind == .kpi }
        try warning.export(as: .xml).write(to: path("maps/sub/warning.journey.xml"))
        var error = SampleMaps.clean
        error.stages[1].items[0].laneID = "missing"
        try error.export(as: .json).write(to: path("maps/sub/error.journey.json"))
        try Data("<journeyMap broken".utf8).write(to: path("maps/sub/broken.journey.xml"))
        try Data("not a map".utf8).write(to: path("maps/notes.txt"))
        try FileManager.default.createDirectory(at: path("empty"), withIntermediateDirectories: true)
    }

    private func path(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    private func validate(_ arguments: [String]) throws -> CommandResult {
        try Journey.run(["validate"] + arguments, in: folder)
    }

    @Test func aFolderIsSearchedAndEveryMapInItChecked() throws {
        let run = try validate(["maps"])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("maps/sub/broken.journey.xml:1:") && $0.contains("error:") })
        #expect(lines.contains { $0.hasPrefix("maps/sub/error.journey.json") && $0.contains("[unknown-lane]") })
        #expect(lines.contains { $0.hasPrefix("maps/sub/warning.journey.xml:") && $0.contains("[stage-without-kpi]") })
        #expect(!lines.contains { $0.contains("notes.txt") || $0.contains("clean.journey.xml") })
    }

    @Test func aMissingFileDoesNotStopTheOthers() throws {
        let run = try validate(["missing.journey.xml", "maps/sub/error.journey.json", "empty"])
        #expect(run.status == 66)
        #expect(run.output.contains("cannot open 'missing.journey.xml': no such file"))
        #expect(run.output.contains("[unknown-lane]"))
        #expect(run.output.contains("'empty' holds no maps"))
    }

    @Test func jsonIsOneArrayForEditors() throws {
        let run = try validate(["maps", "--format", "json"])
        #expect(run.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [[String: Any]])
        let codes = Set(entries.compactMap { $0["code"] as? String })
        #expect(codes.isSuperset(of: ["unknown-lane", "stage-without-kpi", "unreadable"]))
        let broken = try #require(entries.first { $0["code"] as? String == "unreadable" })
        #expect(broken["file"] as? String == "maps/sub/broken.journey.xml")
        #expect(broken["line"] as? Int == 1 && (broken["column"] as? Int ?? 0) > 1)
        #expect(entries.allSatisfy { $0["severity"] is String && $0["message"] is String })
    }

    @Test func githubPrintsWorkflowAnnotations() throws {
        let run = try validate(["maps", "--format", "github"])
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
        let lane = try #require(lines.first { $0.contains("title=unknown-lane") })
        #expect(lane.hasPrefix("::error file=maps/sub/error.journey.json,"), "\(lane)")
        #expect(lines.contains { $0.hasPrefix("::warning file=maps/sub/warning.journey.xml,line=") })
    }

    @Test func annotationsEscapeWhatWorkflowCommandsReserve() throws {
        var map = SampleMaps.clean
        map.stages[1].items[0].laneID = "a,b:c%d"
        try map.export(as: .json).write(to: path("odd, name: 100%.journey.json"))
        let run = try validate(["odd, name: 100%.journey.json", "--format", "github"])
        let line = try #require(run.output.split(separator: "\n").first { $0.contains("unknown-lane") })
        #expect(line.hasPrefix("::error file=odd%2C name%3A 100%25.journey.json,"), "\(line)")
        #expect(line.contains("a,b:c%25d"), "\(line)")
    }

    @Test func standardInputIsNamedTheSameEverywhere() throws {
        let json = Data(#"{"format": "journeykit-map", "version": 1, "map": {"id": "m", "title": 5}}"#.utf8)
        let validate = try Journey.run(["validate", "-"], in: folder, input: json)
        #expect(validate.output.hasPrefix("<stdin>:1:"), "\(validate.output)")
        let convert = try Journey.run(["convert", "-", "x.svg"], in: folder, input: json)
        #expect(convert.errors.hasPrefix("<stdin>:1:"), "\(convert.errors)")
        let unknown = try Journey.run(["convert", "-", "x.svg"], in: folder, input: Data("hello".utf8))
        #expect(unknown.errors.hasPrefix("<stdin>: error: cannot tell the format"), "\(unknown.errors)")
    }

    @Test func libxml2PrintsNothingOfItsOwn() throws {
        // A UTF-32 byte-order mark before bytes no encoding converts: libxml2 reports the failed
        // conversion through its generic handler, which printed to standard error.
        let bytes: [UInt8] = [
            0x00, 0x00, 0xFE, 0xFF, 0xFF, 0xFF, 0x22, 0xFF, 0xFF, 0xFF, 0x86, 0x06, 0x20, 0x69, 0x64, 0x3D,
        ]
        try Data(bytes).write(to: path("bad.journey.xml"))
        for format in ["journey-xml", "cjml", "graphml", "drawio"] {
            let run = try Journey.run(["convert", "bad.journey.xml", "x.json", "--from", format], in: folder)
            #expect(
                !run.errors.contains("encoding error") && !run.errors.contains("I/O error"), "\(format): \(run.errors)")
        }
    }
}
