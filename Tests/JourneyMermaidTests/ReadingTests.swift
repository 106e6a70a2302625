import Foundation
import JourneyModel
import Testing

@testable import JourneyMermaid

@Suite struct ReadingTests {
    @Test func readsSectionsTasksScoresAndActors() throws {
        let result = try read(
            """
            journey
                title My working day
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me, Cat
                section Go home
                  Sit down: 1: Me
            """)
        let map = result.map
        #expect(result.diagnostics.isEmpty)
        #expect(map.title == "My working day")
        #expect(map.stages.map(\.name) == ["Go to work", "Go home"])
        #expect(map.stages.map(\.id) == ["go-to-work", "go-home"])
        #expect(map.actionTexts == ["Make tea", "Go upstairs", "Sit down"])
        #expect(map.personas.map(\.name) == ["Me", "Cat"])
        #expect(map.personas.map(\.id) == ["me", "cat"])
        let emotions = map.stages[0].items.filter { $0.kind == .emotion }
        #expect(emotions[0].score == EmotionScore(5, onScale: 1...5))
        #expect(emotions[0].score?.value == 2)
        #expect(emotions[0].score?.source == SourceScore(value: 5, minimum: 1, maximum: 5))
        #expect(emotions[1].personaIDs == ["me", "cat"])
        #expect(map.stages[0].items[0].laneID == "actions")
        #expect(emotions[0].laneID == "emotions")
        #expect(map.lanes.map(\.kind) == [.actions, .emotions])
        #expect(map.stages[1].items.first { $0.kind == .emotion }?.score?.value == -2)
    }

    @Test func keywordsAreCaseInsensitiveAndSpacingIsFree() throws {
        let map = try read("journey\nTITLE T\nSection S\n  A   :   4   :   X ,Y  \n\tB:2:X\n").map
        #expect(map.title == "T")
        #expect(map.stages.map(\.name) == ["S"])
        #expect(map.actionTexts == ["A", "B"])
        #expect(map.personas.map(\.name) == ["X", "Y"])
        #expect(map.sourceScores == [4, 2])
    }

    @Test func readsFrontMatterTitleAndKeepsTheFrontMatter() throws {
        let text = "---\ntitle: \"From front matter\"\nconfig:\n  theme: forest\n---\njourney\n  section S\n    A: 3\n"
        let map = try read(text).map
        #expect(map.title == "From front matter")
        #expect(map.extensions["mermaid", "front-matter"] == "title: \"From front matter\"\nconfig:\n  theme: forest")
        // A title line overrides the front matter's, as in Mermaid.
        #expect(
            try read(text.replacingOccurrences(of: "journey\n", with: "journey\n  title Line\n")).map.title == "Line")
    }

    @Test func readsAccessibilityTitleAndDescriptions() throws {
        let line = try read(
            "journey\n  accTitle: The title\n  accDescr: One line; with # signs\n  section S\n    A: 3\n"
        ).map
        #expect(line.extensions["mermaid", "acc-title"] == "The title")
        #expect(line.summary == "One line; with # signs")
        let block = try read("journey\n  accDescr {\n    First line\n    second line\n  }\n  section S\n    A: 3\n").map
        #expect(block.summary == "First line\nsecond line")
        #expect(block.extensions["mermaid", "acc-descr-block"] == "true")
    }

    @Test func keepsCommentsWithTheElementAfterThem() throws {
        let map = try read(
            "%% before\njourney\n  %% about the section\n  section S\n    A: 3 # after a task\n  %% at the end\n"
        ).map
        #expect(map.stages[0].extensions["mermaid", "comments"] == " before\n about the section")
        #expect(map.stages[0].items[0].extensions["mermaid", "comments"] == " after a task")
        #expect(map.extensions["mermaid", "trailing-comments"] == " at the end")
    }

    @Test func tasksBeforeAnySectionGoToAStartStage() throws {
        let map = try read("journey\n  Early: 4: Me\n  section Later\n    Late: 2\n").map
        #expect(map.stages.map(\.name) == [MapBuilder.unsectionedStageName, "Later"])
        #expect(map.stages[0].extensions["mermaid", "unsectioned"] == "true")
        #expect(map.stages[0].items.map(\.text) == ["Early", "Early"])
    }

    @Test func aScoreWithoutActorsAndAnEmptyActor() throws {
        let map = try read("journey\n  section S\n    None: 5\n    Empty: 5:\n").map
        #expect(map.stages[0].items[0].personaIDs.isEmpty)
        #expect(map.personas.count == 1)
        #expect(map.personas[0].name == MapBuilder.emptyActorName)
        #expect(map.stages[0].items[2].personaIDs == [map.personas[0].id])
    }

    @Test func lineBreaksInSectionNames() throws {
        let map = try read("journey\n  section A<br>B<br/>C<br />D<BR/>E\n    T: 3\n").map
        #expect(map.stages[0].name == "A\nB\nC\nD\nE")
    }

    @Test func entityCodesAreCharacters() throws {
        let map = try read("journey\n  title A#59; B\n  section C#58; D\n    E#35;F#58; G: 3: H#44;I\n").map
        #expect(map.title == "A; B")
        #expect(map.stages[0].name == "C: D")
        #expect(map.actionTexts == ["E#F: G"])
        #expect(map.personas.map(\.name) == ["H,I"])
    }

    @Test func scoresOutsideOneToFiveAreKeptWithAWarning() throws {
        let result = try read("journey\n  section S\n    Low: -10: Me\n    High: 7\n    Fraction: 2.5\n")
        #expect(result.map.sourceScores == [-10, 7, 2.5])
        #expect(result.diagnostics.map(\.code) == ["mermaid-score-out-of-range", "mermaid-score-out-of-range"])
        #expect(result.diagnostics[0].severity == .warning)
        #expect(result.diagnostics[0].location == SourceLocation(file: "test.mmd", line: 3, column: 8))
    }

    @Test func scoresThatAreNoNumbersAreKeptAsText() throws {
        let result = try read("journey\n  section S\n    Odd: Hello: Me\n    Hex: 0x3\n")
        let emotions = result.map.stages[0].items.filter { $0.kind == .emotion }
        #expect(emotions[0].score == nil)
        #expect(emotions[0].extensions["mermaid", "score"] == " Hello")
        #expect(emotions[1].score?.source?.value == 3)
        #expect(result.diagnostics.map(\.code) == ["mermaid-score-not-a-number"])
    }

    @Test func whatFollowsTheActorsIsKeptWithAWarning() throws {
        let result = try read("journey\n  section S\n    T: 3: Me: ignored\n")
        #expect(result.diagnostics.map(\.code) == ["mermaid-ignored-task-data"])
        #expect(result.map.stages[0].items[0].extensions["mermaid", "ignored"] == " ignored")
    }

    @Test func inlinePercentCommentsArePartOfTheTextAsInMermaid() throws {
        let map = try read("journey\n  section A %% note\n    T: 5: Me %% x\n").map
        #expect(map.stages[0].name == "A %% note")
        #expect(map.personas.map(\.name) == ["Me %% x"])
    }

    @Test func readsTheJourneysOfAMarkdownFile() throws {
        let markdown = """
            # Notes

            ```mermaid
            graph TD
              A --> B
            ```

            ```mermaid
            journey
              title First
              section S
                A: 3
            ```

            ~~~ mermaid
            journey
              title Second
            ~~~
            """
        let first = try read(markdown)
        #expect(first.map.title == "First")
        #expect(first.diagnostics.map(\.code) == ["mermaid-several-journeys"])
        #expect(first.diagnostics[0].message.contains("2"))
        #expect(try read(markdown, format: .mermaid(block: 2)).map.title == "Second")
        #expect(throws: ReadError.self) { try read(markdown, format: .mermaid(block: 3)) }
        let error = #expect(throws: ReadError.self) {
            try read("text\n\n```mermaid\njourney\n  section S\n    T\n```\n")
        }
        #expect(error?.location == SourceLocation(file: "test.mmd", line: 6, column: 6))
    }

    @Test func recognizesJourneysByContent() {
        let format = JourneyMermaidFormat()
        func recognizes(_ text: String) -> Bool { format.recognizes(ContentSample(Data(text.utf8))) }
        #expect(recognizes("journey\n  title T\n"))
        #expect(recognizes("%% comment\nJourney\n"))
        #expect(recognizes("---\ntitle: T\n---\njourney\n"))
        #expect(recognizes("# Doc\n```mermaid\njourney\n  section S\n```\n"))
        #expect(!recognizes("# Doc\n```mermaid\ngraph TD\n```\n"))
        #expect(!recognizes("graph TD\n  A --> B\n"))
        #expect(!recognizes("journeys: 5\n"))
    }

    @Test func locatesElementsInTheSource() throws {
        let result = try read("journey\n  section S\n    T: 3: Me\n")
        #expect(result.sourceMap.location(of: .stage("s")) == SourceLocation(file: "test.mmd", line: 2, column: 3))
        #expect(result.sourceMap.location(of: .item("task-1", inStage: "s"))?.line == 3)
    }
}
