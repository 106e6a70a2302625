import Foundation
import JourneyModel
import JourneyXML
import Testing

@testable import JourneyMermaid

@Suite struct WritingTests {
    static let rich = """
        ---
        title: Front
        config:
          theme: forest
        ---
        %%{init: {"theme": "dark"}}%%
        journey
          title My day
          accTitle: Accessible
          accDescr {
            Two
            lines
          }
          %% a comment
          Early: 2: Me
          section Go to work<br/>now
            Make tea: 5: Me, Cat
            Odd: Hello: Me
            Out: 9
            Empty: 3:
            Odd#58; name: 03: Me: extra
          section Go#35;home
            Sit down: 1: Cat # tired
        """

    @Test func mapToMermaidToMapKeepsWhatMermaidHolds() throws {
        let first = try read(Self.rich).map
        let written = JourneyMermaidFormat().text(of: first)
        let second = try read(written).map
        #expect(second == first, "\(written)")
        #expect(JourneyMermaidFormat().text(of: second) == written)
    }

    @Test func aBuiltMapGoesThroughMermaid() throws {
        let map = JourneyMap(title: "Built", kind: .b2c) {
            Persona("Anna", id: "anna")
            Stage("Look: around; #1", id: "look-around-1") {
                Action("Reads\nreviews", personas: ["anna"])
                Emotion(+1, "Curious", personas: ["anna"])
            }
        }
        let format = JourneyMermaidFormat()
        let text = format.text(of: map)
        #expect(text.contains("section Look#58; around#59; #35;1"))
        #expect(text.contains("Reads<br>reviews: 4: Anna"))
        let back = try read(text).map
        #expect(back.stages[0].name == "Look: around; #1")
        #expect(back.actionTexts == ["Reads\nreviews"])
        #expect(back.sourceScores == [4])
        #expect(back.personas.map(\.name) == ["Anna"])
        let report = format.lossReport(for: map)
        #expect(report.contains { $0.code == "mermaid-character-replaced" && $0.severity == .note })
    }

    @Test func reportsActivitiesOfActionsAsDropped() throws {
        var map = try read("journey\n  section S\n    Signs up: 4: Me\n").map
        #expect(!map.stages[0].items.isEmpty)
        #expect(!JourneyMermaidFormat().lossReport(for: map).contains { $0.code == "mermaid-item-details-dropped" })
        let action = try #require(map.stages[0].items.firstIndex { $0.kind == .action })
        map.stages[0].items[action].activities = ["signup"]
        let report = JourneyMermaidFormat().lossReport(for: map)
        let entry = try #require(report.first { $0.code == "mermaid-item-details-dropped" })
        #expect(entry.path == .item(map.stages[0].items[action].id, inStage: map.stages[0].id))
        #expect(entry.message.contains("activities"))
    }

    @Test func writesMarkdownOnRequest() throws {
        let map = try read("journey\n  section S\n    T: 3\n").map
        let text = String(decoding: try map.export(as: .mermaid(markdown: true)), as: UTF8.self)
        #expect(text == "```mermaid\njourney\n  section S\n    T: 3\n```\n")
        #expect(try read(text).map == map)
    }

    @Test func keywordsAndCommentsInNamesAreEscaped() throws {
        let names = ["journey", "title x", "section y", "A%%b", "%%c", "accDescr {", "<br> literal", " padded "]
        let map = JourneyMap(
            id: "m", title: "T",
            stages: [
                Stage(id: "s", name: "S", items: names.map { Item(kind: .action, laneID: "actions", text: $0) })
            ], lanes: [Lane(kind: .actions)])
        let back = try read(JourneyMermaidFormat().text(of: map)).map
        #expect(back.actionTexts == names)
    }

    @Test func theExamplesConvertAndListWhatIsLost() throws {
        let examples = try FileManager.default.contentsOfDirectory(
            at: packageRoot().appendingPathComponent("Examples"), includingPropertiesForKeys: nil
        ).filter { $0.lastPathComponent.hasSuffix(".journey.xml") }.sorted { $0.path < $1.path }
        #expect(examples.count >= 2)
        for url in examples {
            let map = try JourneyMap(Data(contentsOf: url), format: .xml)
            let format = JourneyMermaidFormat()
            let text = format.text(of: map)
            #expect(try format.write(map) == format.write(map))
            let back = try read(text).map
            #expect(back.stages.map(\.name) == map.stages.map(\.name))
            let actions = map.stages.flatMap { $0.items.filter { $0.laneID == "actions" }.map(\.text) }
            #expect(back.actionTexts == actions)
            let report = format.lossReport(for: map)
            #expect(report.contains { $0.code == "mermaid-lane-dropped" })
            #expect(report.contains { $0.code == "mermaid-transitions-dropped" })
        }
    }

    @Test func scoresComeFromTheEmotionOfTheSamePersonas() throws {
        let map = JourneyMap(title: "P", kind: .b2c) {
            Persona("Anna", id: "anna")
            Persona("Jonas", id: "jonas")
            Stage("S", id: "s") {
                Action("For Anna", personas: ["anna"])
                Action("For both")
                Action("For nobody", personas: ["nobody"])
                Emotion(+2, "Happy", personas: ["anna"])
                Emotion(-1, "Unsure", personas: ["jonas"])
            }
            Stage("Only feelings", id: "t") {
                Emotion(0, "Calm", personas: ["jonas"])
            }
        }
        let format = JourneyMermaidFormat()
        let text = format.text(of: map)
        #expect(text.contains("For Anna: 5: Anna"))
        #expect(text.contains("For both: 3.5"))
        #expect(text.contains("For nobody: 3: nobody"))
        #expect(text.contains("Calm: 3: Jonas"))
        let codes = format.lossReport(for: map).map(\.code)
        #expect(codes.contains("mermaid-emotion-averaged"))
        #expect(codes.contains("mermaid-no-emotion"))
    }
}
