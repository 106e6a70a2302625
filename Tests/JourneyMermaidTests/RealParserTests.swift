import Foundation
import JourneyModel
import JourneyXML
import Testing

@testable import JourneyMermaid

/// Compares JourneyKit's reading with Mermaid 11.16's own parser.
///
/// Also checks that Mermaid accepts everything JourneyKit writes. Skipped, saying why, when Chromium or `mermaid.min.js` is missing
/// (`.ci/run` installs both).
@Suite struct RealParserTests {
    static let browser = MermaidBrowser.locate()

    /// Inputs both must read alike, or both refuse.
    static let inputs = [
        "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n",
        "journey\nTITLE T\nSection S\n  A   :   4   :   X ,Y  \n\tB:2:X\n",
        "---\ntitle: Front\nconfig:\n  theme: forest\n---\njourney\n  section S\n    A: 3\n",
        "---\ntitle: Front\n---\njourney\n  title Line\n  section S\n    A: 3\n",
        "journey\n  accTitle: The title\n  accDescr: One line; with # signs\n  section S\n    A: 3\n",
        "journey\n  accDescr {\n    First line\n    second line\n  }\n  section S\n    A: 3\n",
        "%% before\njourney\n  %% about\n  section S\n    A: 3 # after\n  %% end\n",
        "journey\n  Early: 4: Me\n  section Later\n    Late: 2\n",
        "journey\n  section S\n    None: 5\n    Empty: 5:\n",
        "journey\n  section A<br>B<br/>C<br />D\n    T: 3\n",
        "journey\n  title A#59; B\n  section C#58; D\n    E#35;F#58; G: 3: H#44;I\n",
        "journey\n  section S\n    Low: -10: Me\n    High: 7\n    Fraction: 2.5\n    Odd: Hello\n    Hex: 0x3\n",
        "journey\n  section S\n    T: 3: Me: ignored\n",
        "journey\n  section A %% note\n    T: 5: Me %% x\n",
        "%%{init: {'theme': 'dark'}}%%\njourney\n  section S\n    T: 3\n",
        "journey title Same line section S T: 4: Me\n",
        "journey\r\n  section S\r\n    T: 3: Me\r\n",
        "Journey\n  section S\n    T: 3\n",
        "journey\n  section S\n    Task without score\n",
        "journey\n  section S\n    : 5\n",
        "journey\n  section S\n    T:\n",
        "journey\n  section S\n    T: 5; more\n",
        "journey\n  section S\n    Journey planning: 5\n",
        "journey\n  section S: x\n",
        "graph TD\n  A --> B\n",
    ]

    /// What JourneyKit read, in the shape the page gives Mermaid's result.
    static func shape(_ result: ReadResult) -> MermaidBrowser.Parsed {
        let map = result.map
        let names = Dictionary(uniqueKeysWithValues: map.personas.map { ($0.id, $0.name) })
        var tasks: [MermaidBrowser.Parsed.Task] = []
        for stage in map.stages {
            let section = stage.extensions["mermaid", "unsectioned"] == nil ? stage.name : ""
            let items = stage.items
            for (action, emotion) in zip(items.filter { $0.kind == .action }, items.filter { $0.kind == .emotion }) {
                let score =
                    emotion.score?.source.map { NumberText.format($0.value) }
                    ?? NumberText.format(JavaScriptNumber.value(of: emotion.extensions["mermaid", "score"] ?? ""))
                let people = action.personaIDs.map { names[$0] == MapBuilder.emptyActorName ? "" : names[$0] ?? $0 }
                tasks.append(.init(section: section, task: action.text, score: score, people: people))
            }
        }
        return MermaidBrowser.Parsed(
            ok: true, title: map.title, accTitle: map.extensions["mermaid", "acc-title"] ?? "",
            accDescr: map.summary ?? "", tasks: tasks)
    }

    static func normalize(_ parsed: MermaidBrowser.Parsed) -> MermaidBrowser.Parsed {
        var parsed = parsed
        parsed.tasks = parsed.tasks?.map { task in
            var task = task
            if task.score == "nan" || task.score == "NaN" { task.score = "NaN" }
            var seen: [String] = []
            for person in task.people where !seen.contains(person) { seen.append(person) }
            task.people = seen
            return task
        }
        return parsed
    }

    @Test func readsWhatMermaidReadsAndRefusesWhatItRefuses() throws {
        let browser: MermaidBrowser
        switch Self.browser {
        case .success(let found): browser = found
        case .failure(let missing):
            print("skipped: Mermaid's parser is not available: \(missing)")
            return
        }
        let mermaid = try browser.parse(Self.inputs)
        #expect(mermaid.count == Self.inputs.count)
        for (input, theirs) in zip(Self.inputs, mermaid) {
            let ours: MermaidBrowser.Parsed
            do {
                ours = Self.shape(try read(input))
            } catch {
                #expect(!theirs.ok, "JourneyKit refuses what Mermaid reads: \(input.debugDescription): \(error)")
                continue
            }
            guard theirs.ok else {
                Issue.record("JourneyKit reads what Mermaid refuses: \(input.debugDescription): \(theirs.error ?? "")")
                continue
            }
            let normalized = Self.normalize(ours)
            let expected = Self.normalize(theirs)
            // `getDiagramFromText` leaves out the front matter's title, which `render` passes in.
            if !(input.hasPrefix("---") && expected.title == "") {
                #expect(normalized.title == expected.title, "\(input.debugDescription)")
            }
            #expect(normalized.accTitle == expected.accTitle, "\(input.debugDescription)")
            #expect(normalized.accDescr == expected.accDescr, "\(input.debugDescription)")
            #expect(normalized.tasks == expected.tasks, "\(input.debugDescription)")
        }
    }

    @Test func mermaidReadsWhatJourneyKitWrites() throws {
        let browser: MermaidBrowser
        switch Self.browser {
        case .success(let found): browser = found
        case .failure(let missing):
            print("skipped: Mermaid's parser is not available: \(missing)")
            return
        }
        var maps = Self.inputs.compactMap { input in try? read(input).map }
        let examples = try FileManager.default.contentsOfDirectory(
            at: packageRoot().appendingPathComponent("Examples"), includingPropertiesForKeys: nil
        ).filter { $0.lastPathComponent.hasSuffix(".journey.xml") }.sorted { $0.path < $1.path }
        maps += try examples.map { try JourneyMap(Data(contentsOf: $0), format: .xml) }
        let names = [
            "journey", "title x", "section y", "A%%b", "%%c", "accDescr {", "<br> literal", "a: b; #c", "x, y",
        ]
        maps.append(
            JourneyMap(
                id: "m", title: "T: #1; style: a#b;", summary: "Line } one\n%% two",
                personas: [Persona(id: "p", name: "A, B: C")],
                stages: [
                    Stage(
                        id: "s", name: "S: #;\nT",
                        items: names.map { Item(kind: .action, laneID: "actions", text: $0, personaIDs: ["p"]) })
                ], lanes: [Lane(kind: .actions)]))
        let written = maps.map { JourneyMermaidFormat().text(of: $0) }
        let parsed = try browser.parse(written)
        for ((map, text), theirs) in zip(zip(maps, written), parsed) {
            #expect(theirs.ok, "Mermaid refuses what JourneyKit wrote: \(theirs.error ?? "")\n\(text)")
            guard theirs.ok else { continue }
            let ours = Self.normalize(Self.shape(try read(text)))
            #expect(ours.tasks == Self.normalize(theirs).tasks, "\(text)")
            if !text.hasPrefix("---") { #expect(ours.title == theirs.title, "\(map.id)") }
        }
    }
}
