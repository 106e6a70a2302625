import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey convert INPUT… -o FOLDER --to FORMATS` on a tree of mixed inputs, as a build would run it.
@Suite("journey convert into a folder")
struct BatchConvertTests {
    let folder: URL

    init() throws {
        folder = try Journey.temporaryFolder()
        let maps = folder.appendingPathComponent("maps/sub")
        try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
        let examples = Journey.examples
        try FileManager.default.copyItem(at: examples[0], to: path("maps/first.journey.xml"))
        try FileManager.default.copyItem(at: examples[1], to: path("maps/sub/second.journey.xml"))
        let json = try Journey.run(["convert", examples[0].path, path("maps/sub/third.json").path])
        #expect(json.status == 0, "\(json.errors)")
        try Data("<journeyMap broken".utf8).write(to: path("maps/sub/broken.journey.xml"))
        try Data("shopping list: milk, eggs\n".utf8).write(to: path("maps/notes.txt"))
        try Data("# Notes\n\nNo journey here.\n".utf8).write(to: path("maps/README.md"))
        try Data("hidden".utf8).write(to: path("maps/.hidden.journey.xml"))
    }

    private func path(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    private func convert(_ arguments: [String]) throws -> CommandResult {
        try Journey.run(["convert"] + arguments, in: folder)
    }

    private func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative).path) }

    @Test func everyMapInTheTreeIsConvertedAndTheBrokenOneFailsAlone() throws {
        let run = try convert(["maps", "-o", "out", "--to", "svg,html"])
        #expect(run.status == 65, "\(run.errors)")
        for stem in ["out/first", "out/sub/second", "out/sub/third"] {
            #expect(exists(stem + ".svg") && exists(stem + ".html"), "\(stem)")
        }
        #expect(!exists("out/sub/broken.svg") && !exists("out/notes.svg") && !exists("out/README.svg"))
        #expect(!exists("out/.hidden.svg"))
        #expect(run.errors.contains("maps/sub/broken.journey.xml:1:"), "\(run.errors)")
        #expect(run.errors.contains("journey: 3 converted, 1 failed, 0 warnings"), "\(run.errors)")
        #expect(run.errors.contains("maps/first.journey.xml \u{2192} out/first.svg, out/first.html"))
        let svg = try String(contentsOf: path("out/first.svg"), encoding: .utf8)
        let single = try Journey.run(["convert", Journey.examples[0].path, "-", "--to", "svg"])
        #expect(svg == single.output)
    }

    @Test func linesComeInTheOrderOfTheInputsWhateverOrderTheyEndIn() throws {
        let first = try convert(["maps", "-o", "out", "--to", "svg", "--exclude", "broken*"])
        let second = try convert(["maps", "-o", "out", "--to", "svg", "--force", "--exclude", "broken*"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.errors == second.errors)
        #expect(first.errors.components(separatedBy: "\n").filter { $0.contains("\u{2192}") }.count == 3)
    }

    @Test func upToDateOutputsAreSkippedUnlessForced() throws {
        let arguments = ["maps", "-o", "out", "--to", "json", "--exclude", "broken*"]
        #expect(try convert(arguments).status == 0)
        let again = try convert(arguments)
        #expect(again.errors.contains("0 converted, 3 skipped (up to date)"), "\(again.errors)")
        // An input changed after its output is converted again.
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes(
            [.modificationDate: later], ofItemAtPath: path("maps/first.journey.xml").path)
        let changed = try convert(arguments)
        #expect(changed.errors.contains("1 converted, 2 skipped (up to date)"), "\(changed.errors)")
        let forced = try convert(arguments + ["--force"])
        #expect(forced.errors.contains("3 converted, 0 failed"), "\(forced.errors)")
    }

    @Test func checkFailsListingOutputsThatDifferAndWritesNothing() throws {
        let arguments = ["maps", "-o", "out", "--to", "svg", "--exclude", "broken*"]
        #expect(try convert(arguments).status == 0)
        let clean = try convert(arguments + ["--check"])
        #expect(clean.status == 0, "\(clean.errors)")
        try Data("<svg/>".utf8).write(to: path("out/sub/second.svg"))
        try FileManager.default.removeItem(at: path("out/first.svg"))
        let stale = try convert(arguments + ["--check"])
        #expect(stale.status == 1)
        #expect(stale.errors.contains("'out/sub/second.svg' differs"), "\(stale.errors)")
        #expect(stale.errors.contains("'out/first.svg' differs"), "\(stale.errors)")
        #expect(stale.errors.contains("2 out of date"), "\(stale.errors)")
        #expect(!exists("out/first.svg"))
        #expect(try String(contentsOf: path("out/sub/second.svg"), encoding: .utf8) == "<svg/>")
    }

    @Test func includeAndExcludeChooseByNameOrRelativePath() throws {
        let included = try convert(["maps", "-o", "out", "--to", "json", "--include", "sub/*.journey.xml"])
        #expect(included.status == 65)  // the broken map is included by the pattern
        #expect(exists("out/sub/second.journey.json"))
        #expect(!exists("out/first.journey.json") && !exists("out/sub/third.journey.json"))
        let excluded = try convert(["maps", "-o", "out2", "--to", "json", "--exclude", "sub"])
        #expect(excluded.status == 0, "\(excluded.errors)")
        #expect(exists("out2/first.journey.json") && !exists("out2/sub"))
    }

    @Test func quietPrintsOnlyProblemsAndTheSummaryOfAFailure() throws {
        let quiet = try convert(["maps", "-o", "out", "--to", "svg", "-q", "--exclude", "broken*"])
        #expect(quiet.status == 0 && quiet.errors.isEmpty, "\(quiet.errors)")
        let failing = try convert(["maps", "-o", "out", "--to", "svg", "-q", "--force"])
        #expect(failing.status == 65)
        #expect(!failing.errors.contains("\u{2192}") && failing.errors.contains("1 failed"), "\(failing.errors)")
    }

    /// Runs `journey` on a pseudo-terminal (util-linux `script`), as a user at a terminal would.
    private func convertOnTerminal(_ arguments: String, term: String) throws -> String {
        let script = try #require(Commands.executable(named: "script"), "util-linux script is needed")
        let command = "TERM=\(term) \(Journey.executable.path) convert \(arguments)"
        let run = try Commands.run(script, ["-qec", command, "/dev/null"], in: folder)
        #expect(run.status == 0, "\(run.output)")
        return run.output
    }

    @Test func aTerminalSeesOneBarRedrawnInPlaceAndThenTheSummary() throws {
        let shown = try convertOnTerminal("maps -o out --to svg --exclude 'broken*'", term: "xterm")
        #expect(shown.contains("\r\u{1B}[2K["), "\(shown.debugDescription)")
        #expect(shown.contains("] 3/3"), "\(shown.debugDescription)")
        #expect(shown.contains("journey: 3 converted, 0 failed"))
        // The bar replaces the per-input lines a pipe gets.
        #expect(!shown.contains("\u{2192}"), "\(shown.debugDescription)")
        let plain = try convertOnTerminal("maps -o out2 --to svg --exclude 'broken*'", term: "dumb")
        #expect(!plain.contains("\u{1B}[2K") && plain.contains("\u{2192}"), "\(plain.debugDescription)")
    }

    @Test func aLargeInputOnATerminalShowsItsPhases() throws {
        var stage = Stage(id: "s", name: "Search")
        let sentence = String(repeating: "Compares offers from three dealers and reads reviews. ", count: 4)
        for index in 0..<20_000 {
            stage.items.append(Item(id: "i\(index)", kind: .action, laneID: "actions", text: sentence))
        }
        let map = JourneyMap(id: "big", title: "Big", stages: [stage], lanes: [Lane(kind: .actions)])
        let data = try map.export(as: .json)
        #expect(data.count >= 4 << 20, "the input must be large enough for the status line")
        try data.write(to: path("big.journey.json"))
        let shown = try convertOnTerminal("big.journey.json big.journey.xml", term: "xterm")
        #expect(shown.contains("journey: reading big.journey.json\u{2026}"), "\(shown.debugDescription)")
        #expect(shown.contains("journey: writing big.journey.xml\u{2026}"), "\(shown.debugDescription)")
        #expect(shown.contains("journey: wrote big.journey.xml"))
        let piped = try convert(["big.journey.json", "again.journey.xml"])
        #expect(!piped.errors.contains("reading") && !piped.errors.contains("\u{1B}"), "\(piped.errors)")
    }

    @Test func filesNamedOnTheCommandLineAndMissingOnesAreReported() throws {
        let run = try convert(["maps/first.journey.xml", "missing.drawio", "-o", "out", "--to", "svg"])
        #expect(run.status == 66, "\(run.errors)")
        #expect(exists("out/first.svg"))
        #expect(run.errors.contains("cannot open 'missing.drawio': no such file"))
    }

    @Test func twoInputsWritingOneOutputAreRefused() throws {
        try FileManager.default.copyItem(at: Journey.examples[1], to: path("first.journey.xml"))
        let run = try convert(["maps/first.journey.xml", "first.journey.xml", "-o", "out", "--to", "svg"])
        #expect(run.status == 64, "\(run.errors)")
        #expect(run.errors.contains("would write the same output"))
    }

    @Test func outputsWrittenBesideTheInputsAreNotReadAsInputs() throws {
        let first = try convert(["maps", "-o", "maps", "--to", "html", "--exclude", "broken*"])
        #expect(first.status == 0, "\(first.errors)")
        let second = try convert(["maps", "-o", "maps", "--to", "html", "--exclude", "broken*", "--force"])
        #expect(second.errors.contains("3 converted, 0 failed"), "\(second.errors)")
    }

    @Test func aSingleConversionSaysWhatItWrote() throws {
        let run = try convert(["maps/first.journey.xml", "first.svg"])
        #expect(run.status == 0)
        #expect(run.errors == "journey: wrote first.svg (SVG journey map)\n")
        let quiet = try convert(["maps/first.journey.xml", "first.svg", "--quiet"])
        #expect(quiet.errors.isEmpty)
        let check = try convert(["maps/first.journey.xml", "first.svg", "--check"])
        #expect(check.status == 0, "\(check.errors)")
        let differs = try convert(["maps/first.journey.xml", "first.svg", "--check", "--to", "html"])
        #expect(differs.status == 1 && differs.errors.contains("differs"))
    }

    @Test func aFileWithAMapExtensionButUnknownContentGetsTheReadersLocatedError() throws {
        let run = try convert(["maps/sub/broken.journey.xml", "x.svg"])
        #expect(run.status == 65)
        #expect(run.errors.hasPrefix("maps/sub/broken.journey.xml:1:"), "\(run.errors)")
    }
}
