import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey formats`: the formats the tool knows.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats journey can read and write."
    )

    func run() throws {
        let registry = CommandFormats.registry
        let readers = Set(registry.readers.map(\.identifier))
        let writers = Set(registry.writers.map(\.identifier))
        let rows = registry.formats.map { format in
            let abilities = [
                readers.contains(format.identifier) ? "read" : nil, writers.contains(format.identifier) ? "write" : nil,
            ]
            .compactMap { $0 }.joined(separator: "/")
            return [
                format.identifier, abilities, format.name,
                format.fileExtensions.map { "." + $0 }.joined(separator: " "), format.mediaType,
            ]
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            StandardOutput.print(padded.joined(separator: "  "))
        }
    }
}

/// `journey schema`: prints the XSD of the canonical XML format, or the JSON Schema of the JSON format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the XSD of the canonical XML format, or the JSON Schema of the JSON format.",
        discussion: """
            The JSON Schema (draft 2020-12) refuses keys the JSON format does not define; the reader \
            ignores them and loses them.
            """
    )

    @Flag(help: "Print the JSON Schema of the JSON format instead of the XSD.")
    var json = false

    func run() throws {
        StandardOutput.write(json ? JourneyJSONSchema.data : Data(JourneyXMLSchema.source.utf8))
    }
}
