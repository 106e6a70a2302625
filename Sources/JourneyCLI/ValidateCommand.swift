import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey validate PATH…`: checks maps (and the maps in folders) and prints located diagnostics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check maps and report problems as file:line:column: severity: message.",
        discussion: """
            Folders are searched recursively for maps, as `convert -o` searches them. Every input is \
            checked, whatever happened to the others. Exits with 66 when an input cannot be opened \
            (or a folder holds no map), otherwise 1 when any map has an error or cannot be read (or \
            has a warning, with --strict). --format json prints one JSON array for editors; --format \
            github prints GitHub Actions annotations.
            """
    )

    /// How diagnostics are printed.
    enum OutputStyle: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @Argument(help: "The maps or folders to check; - for standard input.", completion: .file())
    var files: [String]

    @Option(help: "The input format, when it cannot be recognized from the content.", completion: .readerNames)
    var from: String?

    @Option(help: "How to print diagnostics: text, json or github.")
    var format: OutputStyle = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Leave out warnings and notes.")
    var errorsOnly = false

    func run() throws {
        try reportingFailures {
            let registry = CommandFormats.registry
            var reported: [Diagnostic] = []
            var status: Int32 = 0
            for file in inputs(registry) {
                var diagnostics: [Diagnostic]
                do {
                    if Self.isFolder(file) {
                        throw CommandFailure("journey: '\(file)' holds no maps", status: ExitStatus.noInput)
                    }
                    let result = try Input(file).read(with: registry, format: from)
                    diagnostics = result.sourceMap.locate(result.diagnostics + result.map.validate())
                } catch let failure as CommandFailure
                    where failure.status == ExitStatus.badInput || failure.status == ExitStatus.noInput
                {
                    if failure.status == ExitStatus.noInput { status = ExitStatus.noInput }
                    if status == 0 { status = ExitStatus.invalid }
                    guard format != .text else {
                        for message in failure.messages { StandardOutput.print(message) }
                        continue
                    }
                    diagnostics = failure.messages.map { Self.unreadable(file, $0) }
                }
                diagnostics.removeAll { errorsOnly && $0.severity != .error }
                if diagnostics.contains(where: { $0.severity == .error || (strict && $0.severity == .warning) }),
                    status == 0
                {
                    status = ExitStatus.invalid
                }
                if format == .json { reported += diagnostics } else { print(diagnostics) }
            }
            if format == .json { StandardOutput.write(try Self.json(reported)) }
            if status != 0 { throw CommandFailure(messages: [], status: status) }
        }
    }

    private static func isFolder(_ file: String) -> Bool {
        var isDirectory: ObjCBool = false
        return file != "-" && FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The files to check: those named, and the maps in the folders named.
    private func inputs(_ registry: FormatRegistry) -> [String] {
        files.flatMap { file -> [String] in
            guard Self.isFolder(file) else { return [file] }
            let maps = MapFiles(registry: registry, limits: .standard).maps(in: file)
            // A folder without maps is reported as an input that cannot be opened.
            return maps.isEmpty ? [file] : maps.map { file + "/" + $0 }
        }
    }

    private func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            StandardOutput.print(format == .github ? Self.annotation(diagnostic) : diagnostic.description)
        }
    }

    /// An input that cannot be opened or read, as a diagnostic of its own.
    static func unreadable(_ file: String, _ message: String) -> Diagnostic {
        // Reader messages already start with "file:line:column: error: "; keep only the message.
        var text = message
        if let range = text.range(of: ": error: ") { text = String(text[range.upperBound...]) }
        if text.hasPrefix("journey: ") { text = String(text.dropFirst("journey: ".count)) }
        let location = Self.location(in: message, file: file)
        return Diagnostic(.error, code: "unreadable", text, at: ElementPath(), location: location)
    }

    /// The `file:line:column` a reader's message starts with, or the file alone.
    private static func location(in message: String, file: String) -> SourceLocation {
        let prefix = file == "-" ? "<stdin>" : file
        guard message.hasPrefix(prefix + ":") else { return SourceLocation(file: fileName(file), line: 0, column: 0) }
        let numbers = message.dropFirst(prefix.count + 1).split(separator: ":", maxSplits: 2)
        guard numbers.count >= 2, let line = Int(numbers[0]), let column = Int(numbers[1]) else {
            return SourceLocation(file: fileName(file), line: 0, column: 0)
        }
        return SourceLocation(file: fileName(file), line: line, column: column)
    }

    private static func fileName(_ file: String) -> String { file == "-" ? "<stdin>" : file }

    /// A GitHub Actions workflow command: `::error file=F,line=L,col=C,title=CODE::message`.
    static func annotation(_ diagnostic: Diagnostic) -> String {
        let command =
            switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            default: "notice"
            }
        var properties: [String] = []
        if let location = diagnostic.location {
            if let file = location.file { properties.append("file=" + escapeProperty(file)) }
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        properties.append("title=" + escapeProperty(diagnostic.code))
        var message = diagnostic.message
        if !diagnostic.path.components.isEmpty { message += " (\(diagnostic.path))" }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// Escapes a workflow command's message, as the Actions toolkit does.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a workflow command's property value, as the Actions toolkit does.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The diagnostics as one JSON array of objects with `file`, `line`, `column`, `severity`,
    /// `code`, `message` and `path`.
    static func json(_ diagnostics: [Diagnostic]) throws -> Data {
        struct Entry: Encodable {
            var file: String?
            var line: Int?
            var column: Int?
            var severity: String
            var code: String
            var message: String
            var path: String
        }
        let entries = diagnostics.map { diagnostic in
            Entry(
                file: diagnostic.location?.file, line: diagnostic.location.flatMap { $0.line > 0 ? $0.line : nil },
                column: diagnostic.location.flatMap { $0.column > 0 ? $0.column : nil },
                severity: diagnostic.severity.rawValue, code: diagnostic.code, message: diagnostic.message,
                path: diagnostic.path.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(entries) + Data("\n".utf8)
    }
}
