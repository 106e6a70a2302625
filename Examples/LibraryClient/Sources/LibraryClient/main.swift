import Foundation
import JourneyKit

// Uses JourneyKit's public API as its documentation shows, checking each result; exits non-zero
// (naming the check) when one does not hold. `.ci/run` builds and runs it.

func check(_ condition: Bool, _ what: String) {
    guard condition else {
        FileHandle.standardError.write(Data("LibraryClient: failed: \(what)\n".utf8))
        exit(1)
    }
    print("ok: \(what)")
}

// 1. A map built both ways: the builder, and plain values completed.
let built = JourneyMap(id: "coffee", title: "Buying coffee") {
    Persona("Sam", id: "sam")
    Stage("Awareness") {
        Action("Smells coffee", personas: ["sam"])
        Emotion(1, "Curious", personas: ["sam"])
    }
    Stage("Purchase") { Action("Pays by card", personas: ["sam"]) }
}
var plain = JourneyMap(
    id: "coffee", title: "Buying coffee", personas: [Persona(id: "sam", name: "Sam")],
    stages: [
        Stage(
            id: "awareness", name: "Awareness",
            items: [
                Action("Smells coffee", personas: ["sam"]).item, Emotion(1, "Curious", personas: ["sam"]).item,
            ]),
        Stage(id: "purchase", name: "Purchase", items: [Action("Pays by card", personas: ["sam"]).item]),
    ])
plain.complete()
check(plain == built, "a map of plain values, completed, equals the built one")
check(built.validate().filter { $0.severity == .error }.isEmpty, "the built map validates")

// 2. Files by URL, the format chosen by name when writing and by content when reading.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-client-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
for name in ["coffee.journey.xml", "coffee.json", "coffee.csv", "coffee.mmd", "coffee.svg", "coffee.html"] {
    try built.write(to: folder.appendingPathComponent(name))
}
check(try JourneyMap(contentsOf: folder.appendingPathComponent("coffee.json")) == built, "JSON reads back")
check(try JourneyMap(contentsOf: folder.appendingPathComponent("coffee.journey.xml")) == built, "XML reads back")

// 3. A custom format: a plain outline, one stage per line with its actions, registered beside the
// built-in ones.
struct OutlineFormat: JourneyWriter {
    var identifier: String { "outline" }
    var name: String { "Outline" }
    var fileExtensions: [String] { ["outline.txt"] }
    var mediaType: String { "text/plain" }

    func write(_ map: JourneyMap) throws -> Data {
        var lines = [map.title]
        for stage in map.stages {
            lines.append(
                "- \(stage.name): " + stage.items.filter { $0.kind == .action }.map(\.text).joined(separator: "; "))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
var formats = FormatRegistry.standard
formats.register(OutlineFormat())
let outline = folder.appendingPathComponent("coffee.outline.txt")
try built.write(to: outline, formats: formats)
check(
    try String(contentsOf: outline, encoding: .utf8)
        == "Buying coffee\n- Awareness: Smells coffee\n- Purchase: Pays by card\n",
    "a custom format registered in a FormatRegistry writes by extension")

// 4. Errors by kind.
do {
    _ = try JourneyMap(contentsOf: folder.appendingPathComponent("missing.json"))
    check(false, "a missing file is an error")
} catch let error as ReadError {
    check(error.kind == .unreadable, "a missing file is an .unreadable ReadError")
}
let broken = folder.appendingPathComponent("broken.json")
try Data(#"{"format": "journeykit-map", "version": 1, "map": "#.utf8).write(to: broken)
do {
    _ = try JourneyMap(contentsOf: broken)
    check(false, "broken JSON is an error")
} catch let error as ReadError {
    switch error.kind {
    case .malformed:
        check(error.location.line == 1, "broken JSON is .malformed, located at line \(error.location.line)")
    default: check(false, "broken JSON is .malformed, not \(error.kind)")
    }
}

// 5. The report of a lossy write.
let grid = JourneyCSVFormat.csv(layout: .grid)
let lost = grid.lossReport(for: built)
check(lost.contains { $0.path == .map && $0.code == "not-written" }, "the grid reports the identifiers it leaves out")
check(JourneyCSVFormat.csv(layout: .long).lossReport(for: built).isEmpty, "the long layout leaves out nothing")
print("LibraryClient: every check holds")
