import Foundation

/// What a command printed and how it ended.
public struct CommandResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var outputData: Data
    /// Standard error.
    public var errorData: Data

    /// Standard output as text.
    public var output: String { String(decoding: outputData, as: UTF8.self) }
    /// Standard error as text.
    public var errors: String { String(decoding: errorData, as: UTF8.self) }
}

/// Runs real programs from tests: the built `journey` tool and the clients that check its output.
public enum Commands {
    /// The executable of that name on the `PATH`, or `nil`.
    public static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs a program to completion, feeding `input` to standard input and reading both outputs as
    /// they come, so a full pipe cannot block it.
    public static func run(_ executable: URL, _ arguments: [String], input: Data = Data(), in folder: URL? = nil) throws
        -> CommandResult
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, outputData: outputData, errorData: errorData)
    }

    /// A new empty folder for one test's files.
    public static func temporaryFolder(prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
