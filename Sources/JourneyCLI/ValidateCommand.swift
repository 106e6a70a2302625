import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey validate FILE…`: checks maps and prints located diagnostics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check maps and report problems as file:line:column: severity: message.",
        discussion: "Exits with 1 when any map has an error (or a warning, with --strict)."
    )

    @Argument(help: "The maps to check; - for standard input.")
    var files: [String]

    @Option(help: "The input format, when it cannot be recognized from the content.")
    var from: String?

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Leave out warnings and notes.")
    var errorsOnly = false

    func run() throws {
        try reportingFailures {
            let registry = CommandFormats.registry
            var failed = false
            for file in files {
                let result: ReadResult
                do {
                    result = try Input(file).read(with: registry, format: from)
                } catch let failure as CommandFailure where failure.status == ExitStatus.badInput {
                    for message in failure.messages { StandardOutput.print(message) }
                    failed = true
                    continue
                }
                let diagnostics = result.sourceMap.locate(result.diagnostics + result.map.validate())
                for diagnostic in diagnostics where !errorsOnly || diagnostic.severity == .error {
                    StandardOutput.print(diagnostic.description)
                }
                if diagnostics.contains(where: { $0.severity == .error || (strict && $0.severity == .warning) }) {
                    failed = true
                }
            }
            if failed { throw CommandFailure(messages: [], status: ExitStatus.invalid) }
        }
    }
}
