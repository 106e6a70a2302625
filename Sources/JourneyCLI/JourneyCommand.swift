import ArgumentParser
import Foundation
internal import JourneyKit

/// The `journey` command: convert, check and describe customer journey maps.
public struct JourneyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Convert, check and describe customer journey maps.",
        discussion: """
            Exit status: 0 success; 1 a map has errors (validate); 64 usage error; 65 the input cannot be \
            read as a map; 66 an input file cannot be opened; 73 the output cannot be written.
            """,
        version: JourneyKitVersion.current,
        subcommands: [
            ConvertCommand.self, ValidateCommand.self, InfoCommand.self, NewCommand.self, FormatsCommand.self,
            SchemaCommand.self, AnalyzeCommand.self,
        ]
    )

    public init() {}
}

/// The version of JourneyKit the tool is built from.
public enum JourneyKitVersion {
    public static let current = "0.1.0"
}

/// The exit statuses of `journey`, after BSD's sysexits.
public enum ExitStatus {
    /// A map has errors (`journey validate`).
    public static let invalid: Int32 = 1
    /// The command line is wrong.
    public static let usage: Int32 = 64
    /// The input cannot be read as a map.
    public static let badInput: Int32 = 65
    /// An input file cannot be opened.
    public static let noInput: Int32 = 66
    /// The output cannot be written.
    public static let cannotWrite: Int32 = 73
}

/// A failure that ends the command with a message on standard error and a specific exit status.
struct CommandFailure: Error {
    var messages: [String]
    var status: Int32

    init(_ message: String, status: Int32) {
        messages = [message]
        self.status = status
    }

    init(messages: [String], status: Int32) {
        self.messages = messages
        self.status = status
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``CommandFailure`` into its messages and exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            for message in failure.messages { StandardError.print(message) }
            throw ExitCode(failure.status)
        }
    }
}

/// Writes to standard error.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Writes to standard output.
enum StandardOutput {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
