import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import Testing

/// Renders drawings with real clients.
///
/// librsvg (`rsvg-convert`) must draw them without error, and headless Chromium, through
/// `Scripts/check-svg-text.py`, must find no text that overflows its box or overlaps other text.
/// CI installs both; these tests fail, naming the package, when one is missing.
@Suite("Real renderers", .serialized)
struct RendererTests {
    private struct MissingTool: Error {}

    private func tool(_ name: String, package: String) throws -> URL {
        guard let url = executable(named: name) else {
            let message =
                "\(name) is not installed: install the Debian package '\(package)' (apt-get install -y --no-install-recommends \(package))"
            Issue.record(Comment(rawValue: message))
            throw MissingTool()
        }
        return url
    }

    /// The `journey` tool, built beside the test bundle.
    private func journeyTool() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("journey") }
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            Issue.record("the journey tool is not built beside the tests; run `swift build` first")
            throw MissingTool()
        }
        return tool
    }

    /// The drawings to check: every bundled example converted by `journey convert`, a map in every
    /// language the chrome is written in (and two right-to-left ones), and maps made to break
    /// layouts, in every theme.
    private func drawings(in folder: URL) throws -> [(name: String, data: Data)] {
        var result: [(name: String, data: Data)] = []
        let examples = exampleFiles
        #expect(examples.count >= 2)
        let journey = try journeyTool()
        for file in examples {
            let name = file.deletingPathExtension().deletingPathExtension().lastPathComponent
            let output = folder.appendingPathComponent(name + "-converted.svg")
            let converted = try run(journey, ["convert", file.path, output.path])
            #expect(converted.status == 0, "journey convert \(file.lastPathComponent): \(converted.errors)")
            result.append((name, try Data(contentsOf: output)))
        }
        let multilingual = Fixtures.multilingual
        for theme in SVGTheme.builtIn {
            result.append(("multilingual-\(theme.name)", try multilingual.export(as: .svg(theme: theme))))
        }
        result.append(("multilingual-narrow", try multilingual.export(as: .svg(width: 600, fontSize: 15))))
        result.append(("multilingual-large", try multilingual.export(as: .svg(theme: .dark, fontSize: 22))))
        // A map written in each language the chrome speaks, and two written from right to left
        // (drawn mirrored); the scripts without spaces also narrow, so they wrap often.
        for language in LanguageFixtures.languages {
            let map = LanguageFixtures.map(language)
            result.append(("language-\(language)", try map.export(as: .svg)))
            if ["ja", "zh", "ar", "he"].contains(language) {
                result.append(("language-\(language)-narrow", try map.export(as: .svg(theme: .dark, width: 700))))
            }
        }
        result.append(("every-field", try SampleMaps.everyField.export(as: .svg(theme: .print, width: 900))))
        result.append(
            ("full-cell", try Fixtures.grid(stages: 4, lanes: 3, cardsPerCell: 2, fullCell: 40).export(as: .svg)))
        for (index, text) in HostileStrings.all.enumerated() {
            result.append(("hostile-\(index)", try Fixtures.hostile(text).export(as: .svg(width: 700))))
        }
        var generator = MapGenerator(seed: 11)
        for index in 0..<12 { result.append(("generated-\(index)", try generator.map().export(as: .svg))) }
        return result
    }

    @Test func librsvgRendersEveryDrawing() throws {
        let rsvg = try tool("rsvg-convert", package: "librsvg2-bin")
        try withTemporaryFolder { folder in
            for (name, data) in try drawings(in: folder) {
                let input = folder.appendingPathComponent(name + ".svg")
                let output = folder.appendingPathComponent(name + ".png")
                try data.write(to: input)
                let result = try run(rsvg, ["--width", "800", "--keep-aspect-ratio", "-o", output.path, input.path])
                #expect(result.status == 0, "\(name): \(result.errors)")
                #expect(result.errors.isEmpty, "\(name): \(result.errors)")
                let png = try Data(contentsOf: output)
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
            }
        }
    }

    @Test func chromiumFindsNoTextOverflowingItsBoxOrOverlappingOtherText() throws {
        _ = try tool("chromium", package: "chromium")
        let python = try tool("python3", package: "python3")
        let script = packageRoot.appendingPathComponent("Scripts/check-svg-text.py")
        try withTemporaryFolder { folder in
            var paths: [String] = []
            for (name, data) in try drawings(in: folder) {
                let file = folder.appendingPathComponent(name + ".svg")
                try data.write(to: file)
                paths.append(file.path)
            }
            let result = try run(python, [script.path] + paths)
            #expect(result.status == 0, "\(result.output)\n\(result.errors)")
            // Every drawing was measured, and had text to measure.
            let reports = result.output.split(separator: "\n").filter { $0.contains(".svg: ") }
            #expect(reports.count == paths.count, "\(result.output)")
            #expect(reports.allSatisfy { $0.hasSuffix(": ok") && !$0.contains(" 0 lines") })
        }
    }

    @Test func theCheckerReportsOverflowOverlapAndUnboxedText() throws {
        _ = try tool("chromium", package: "chromium")
        let python = try tool("python3", package: "python3")
        let script = packageRoot.appendingPathComponent("Scripts/check-svg-text.py")
        let broken = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-family="DejaVu Sans" font-size="13">
            <g id="card"><rect class="box" x="10" y="10" width="60" height="30"/>
            <text x="15" y="30">This sentence is far too long for its card</text></g>
            <g id="other"><rect class="box" x="10" y="60" width="300" height="60"/>
            <text x="15" y="80">Overlapping</text><text x="20" y="82">Overlapping</text></g>
            <text x="200" y="180">Loose</text>
            </svg>
            """
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("broken.svg")
            try Data(broken.utf8).write(to: file)
            let result = try run(python, [script.path, file.path])
            #expect(result.status == 1, "\(result.output)\n\(result.errors)")
            #expect(result.output.contains("overflow: where=card"))
            #expect(result.output.contains("overlap: where=other / other"))
            #expect(result.output.contains("unboxed"))
        }
    }
}
