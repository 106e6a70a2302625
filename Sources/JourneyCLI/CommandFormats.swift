import ArgumentParser
public import JourneyKit
internal import JourneyRaster

/// The formats the commands read and write: the built-in ones, or those a team's own executable
/// passes to ``JourneyCommand/main(formats:)``.
enum CommandFormats {
    /// The registry of the running command.
    @TaskLocal static var registry: FormatRegistry = .commandLine
}

extension FormatRegistry {
    /// The formats `journey` knows: `FormatRegistry.standard` with PNG and PDF, which the command line adds because
    /// they need librsvg and cairo, which the JourneyKit library does without.
    ///
    /// Start from it to give your own command line the images too:
    /// `JourneyCommand.main(formats: .commandLine.adding(PlantUMLFormat()))`.
    public static var commandLine: FormatRegistry {
        FormatRegistry.standard.adding(PNGFormat()).adding(PDFFormat())
    }
}

extension JourneyCommand {
    /// Runs the whole `journey` command line with these formats instead of the built-in ones.
    ///
    /// A team's own executable adds its formats and gets every command — `convert`, `validate`,
    /// `info`, `formats` — reading and writing them:
    ///
    /// ```swift
    /// import JourneyCLI
    /// import JourneyKit
    ///
    /// JourneyCommand.main(formats: FormatRegistry.standard.adding(PlantUMLFormat()))
    /// ```
    ///
    /// - Parameters:
    ///   - formats: the formats the commands know.
    ///   - arguments: the command line without the program name; `nil` for the process's own.
    public static func main(formats: FormatRegistry, arguments: [String]? = nil) {
        CommandFormats.$registry.withValue(formats) {
            main(arguments)
        }
    }
}

extension CompletionKind {
    /// The identifiers of the formats that write, for shell completion of `--to`.
    static var writerNames: CompletionKind {
        .custom { _, _, _ in CommandFormats.registry.writers.map(\.identifier) }
    }

    /// The identifiers of the formats that read, for shell completion of `--from`.
    static var readerNames: CompletionKind {
        .custom { _, _, _ in CommandFormats.registry.readers.map(\.identifier) }
    }
}
