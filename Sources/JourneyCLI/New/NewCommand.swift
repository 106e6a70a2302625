import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey new [--b2b] FILE`: writes a starter map to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter map to fill in.",
        discussion: """
            The map has the six stages most journeys pass (awareness to advocacy), every standard lane \
            and one prompt per cell saying what belongs there. With --b2b it follows a buying \
            organization whose approval climbs a chain: the person in charge, their superior and \
            theirs. The format follows FILE's extension (use --to to name it); an existing file is \
            kept unless --force.
            """
    )

    @Argument(help: "The file to write, or - for standard output.", completion: .file())
    var file: String

    @Flag(help: "A buying organization's journey instead of one customer's.")
    var b2b = false

    @Option(help: "The format (see `journey formats`).", completion: .writerNames)
    var to: String?

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
        if file == "-" && to == nil {
            throw ValidationError("Writing to standard output needs --to to name the format.")
        }
    }

    func run() throws {
        try reportingFailures {
            let writer = try ConvertCommand.writer(for: file, named: to, in: CommandFormats.registry)
            if file != "-", !force, FileManager.default.fileExists(atPath: file) {
                throw CommandFailure(
                    "journey: '\(file)' exists; choose another name or replace it with --force",
                    status: ExitStatus.cannotWrite)
            }
            let data: Data
            do {
                data = try writer.write(StarterMap.map(b2b: b2b))
            } catch let error as WriteError {
                throw CommandFailure(
                    "journey: cannot write a map as \(writer.name): \(error)", status: ExitStatus.badInput)
            }
            try Output.write(data, to: file)
            if file != "-" { StandardError.print("journey: wrote \(file) (\(writer.name)); fill in its prompts") }
        }
    }
}
