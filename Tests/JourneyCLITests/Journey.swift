import Foundation
import JourneyTestSupport
import Testing

/// Runs the built `journey` tool, as a user would.
struct Journey {
    typealias Result = CommandResult

    /// The tool, built beside the test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("journey") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled examples.
    static var examples: [URL] {
        let folder = packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".journey.xml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Runs `journey` with arguments in a folder, feeding `input` to standard input.
    static func run(_ arguments: [String], in folder: URL? = nil, input: Data = Data()) throws -> Result {
        try Commands.run(executable, arguments, input: input, in: folder)
    }

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL { try Commands.temporaryFolder(prefix: "journey-cli") }
}
