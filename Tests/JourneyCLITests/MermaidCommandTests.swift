import Foundation
import JourneyKit
import Testing

/// `journey convert` with Mermaid: a journey chosen in a Markdown file, Markdown output.
@Suite("journey convert with Mermaid")
struct MermaidCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    private let markdown = """
        # Notes

        ```mermaid
        journey
          section Awareness
            Sees an advert: 4: Ann
        ```

        ```mermaid
        journey
          section Purchase
            Pays: 2: Bob
        ```

        """

    @Test func pageChoosesTheJourneyOfAMarkdownFile() throws {
        let input = folder.appendingPathComponent("notes.md")
        try Data(markdown.utf8).write(to: input)
        let second = folder.appendingPathComponent("second.json")
        let result = try Journey.run(["convert", input.path, second.path, "--page", "2"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try JourneyMap(Data(contentsOf: second), format: .json).stages.map(\.name) == ["Purchase"])
        // Without --page: the first, with a warning that there are more.
        let first = try Journey.run(["convert", input.path, folder.appendingPathComponent("first.json").path])
        #expect(first.status == 0)
        #expect(first.errors.contains("mermaid-several-journeys"))
        let missing = try Journey.run(["convert", input.path, second.path, "--page", "3"])
        #expect(missing.status == 65)
        let notANumber = try Journey.run(["convert", input.path, second.path, "--page", "Purchase"])
        #expect(notANumber.status == 64)
    }

    @Test func markdownWrapsTheJourneyInAFencedBlock() throws {
        let example = try #require(Journey.examples.first)
        let result = try Journey.run(["convert", example.path, "-", "--to", "mermaid", "--markdown"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("```mermaid\njourney\n"))
        #expect(result.output.hasSuffix("```\n"))
        // What Mermaid cannot hold is listed, not lost silently.
        #expect(result.errors.contains("not-written") || result.errors.contains("warning"))
        let bare = try Journey.run(["convert", example.path, "-", "--to", "mermaid"])
        #expect(bare.output.hasPrefix("journey\n") || bare.output.hasPrefix("---\n"))
    }
}
