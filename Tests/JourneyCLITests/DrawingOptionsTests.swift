import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey convert` passes the drawing options the exporters have: theme, width, lanes, personas.
@Suite("Drawing options")
struct DrawingOptionsTests {
    let folder: URL
    let example = Journey.packageRoot.appendingPathComponent("Examples/car-purchase.journey.xml").path

    init() throws { folder = try Journey.temporaryFolder() }

    private func svg(_ options: [String]) throws -> String {
        let run = try Journey.run(["convert", example, "map.svg"] + options, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        return try String(contentsOf: folder.appendingPathComponent("map.svg"), encoding: .utf8)
    }

    @Test func themeWidthAndLanesReachTheDrawing() throws {
        let plain = try svg([])
        #expect(plain.contains("theme-light"))
        #expect(try svg(["--theme", "dark"]).contains("theme-dark"))
        #expect(try svg(["--width", "2400"]).contains(#"width="2400""#))
        let map = try JourneyMap(contentsOf: URL(fileURLWithPath: example))
        let lane = try #require(map.lanes.first)
        let other = try #require(map.lanes.last)
        let oneLane = try svg(["--lanes", lane.id])
        #expect(oneLane.contains(lane.title) && !oneLane.contains(">\(other.title)<"))
    }

    @Test func thePersonasOptionKeepsOnlyTheirItemsAndThoseOfEveryone() throws {
        var stage = Stage(id: "s", name: "Search")
        stage.items = [
            Item(id: "a", kind: .action, laneID: "actions", text: "Quokka", personaIDs: ["alma"]),
            Item(id: "b", kind: .action, laneID: "actions", text: "Zebra", personaIDs: ["bert"]),
            Item(id: "c", kind: .action, laneID: "actions", text: "Walrus"),
        ]
        let map = JourneyMap(
            id: "m", title: "M", personas: [Persona(id: "alma", name: "Alma"), Persona(id: "bert", name: "Bert")],
            stages: [stage], lanes: [Lane(kind: .actions)])
        let source = folder.appendingPathComponent("two.journey.json")
        try map.export(as: .json).write(to: source)
        let run = try Journey.run(["convert", source.path, "two.svg", "--personas", "alma"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let drawing = try String(contentsOf: folder.appendingPathComponent("two.svg"), encoding: .utf8)
        #expect(drawing.contains("Quokka") && drawing.contains("Walrus") && drawing.contains("Alma"))
        #expect(!drawing.contains("Zebra") && !drawing.contains("Bert"))
        let unknown = try Journey.run(["convert", source.path, "x.svg", "--personas", "carl"], in: folder)
        #expect(unknown.status != 0 && unknown.errors.contains("carl"))
    }

    @Test func theHTMLPageTakesTheTheme() throws {
        let run = try Journey.run(["convert", example, "map.html", "--theme", "print"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOf: folder.appendingPathComponent("map.html"), encoding: .utf8)
        #expect(page.contains("theme-print"))
    }

    @Test func theLocaleOverridesTheMapsLanguageInTheDrawingAndThePage() throws {
        let source = folder.appendingPathComponent("ja.journey.xml")
        try JourneyXMLFormat().write(LocalizedMaps.everyChromeWord(language: "ja")).write(to: source)
        for (output, locale) in [("plain.svg", nil), ("tl.svg", "tl"), ("plain.html", nil), ("tl.html", "tl")] {
            let run = try Journey.run(
                ["convert", source.path, output] + (locale.map { ["--locale", $0] } ?? []), in: folder)
            #expect(run.status == 0, "\(run.errors)")
            let text = ChromeText.readable(
                try String(contentsOf: folder.appendingPathComponent(output), encoding: .utf8))
            let chrome = locale == nil ? Chrome.japanese : Chrome.tagalog
            let other = locale == nil ? Chrome.tagalog : Chrome.japanese
            #expect(ChromeText.text(text, contains: chrome.legend), "\(output)")
            #expect(ChromeText.text(text, contains: chrome.name(.painPoint)), "\(output)")
            #expect(!ChromeText.text(text, contains: other.name(.painPoint)), "\(output)")
        }
    }

    @Test func badValuesAreUsageErrors() throws {
        for options in [
            ["--theme", "neon"], ["--width", "5"], ["--width", "nan"], ["--lanes", " , "], ["--locale", "ja jp"],
        ] {
            let run = try Journey.run(["convert", example, "map.svg"] + options, in: folder)
            #expect(run.status == 64, "\(options)")
        }
    }
}
