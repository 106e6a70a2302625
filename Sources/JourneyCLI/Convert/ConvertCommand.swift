import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey convert IN OUT`, or `journey convert INPUT… -o FOLDER --to FORMATS`: reads maps in one
/// format and writes them in others.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert maps from one format to others.",
        discussion: """
            One map: journey convert IN OUT. The input format is recognized from the content (use \
            --from to name it); the output format follows OUT's extension (use --to to name it). Use - \
            for standard input or output.

            Many maps: journey convert INPUT... -o FOLDER --to svg,html. Folders are searched \
            recursively for files whose content a format recognizes (--include and --exclude choose by \
            name); each output keeps the input's path relative to the folder given. Inputs whose \
            outputs are newer are skipped unless --force; --check writes nothing and fails when the \
            outputs on disk differ from what the inputs give. One bad input does not stop the others.

            Outputs are written atomically and never over an input. When an output format cannot \
            carry everything a map holds (the CSV grid, Mermaid), what it leaves out is listed as \
            warnings; --strict makes that an error.
            """
    )

    @Argument(
        help: "The map to read and the file to write (IN OUT), or with -o the maps and folders to read.",
        completion: .file())
    var paths: [String]

    @Option(
        name: [.customShort("o"), .customLong("output-directory")], help: "Write every output into this folder.",
        completion: .directory)
    var outputDirectory: String?

    @Option(help: "The input format (see `journey formats`).", completion: .readerNames)
    var from: String?

    @Option(
        help: "The output format, or with -o a comma-separated list of them (svg,html).", completion: .writerNames)
    var to: String?

    @Option(help: "With -o: take only files whose name (or, with a /, relative path) matches this pattern.")
    var include: [String] = []

    @Option(help: "With -o: leave out files whose name (or, with a /, relative path) matches this pattern.")
    var exclude: [String] = []

    @Flag(help: "With -o: convert inputs whose outputs are newer, too.")
    var force = false

    @Flag(help: "Write nothing; fail, listing them, when outputs on disk differ from what the inputs give.")
    var check = false

    @Flag(name: [.customShort("q"), .long], help: "Print only problems (and, with -o, the summary when one failed).")
    var quiet = false

    @Flag(help: "Refuse to write when the output format cannot carry everything the map holds.")
    var strict = false

    @Flag(help: "Write Mermaid inside a Markdown ```mermaid block.")
    var markdown = false

    @Flag(help: "Write the draw.io page compressed, as draw.io can save it (uncompressed by default).")
    var compressed = false

    @OptionGroup(title: "Importing diagrams (draw.io, yEd, Visio)")
    var importing: ImportOptions

    @OptionGroup(title: "CSV")
    var csv: CSVOptions

    @OptionGroup(title: "Drawings (SVG, HTML, PNG, PDF)")
    var drawing: DrawingOptions

    @OptionGroup(title: "PNG and PDF")
    var raster: RasterOptions

    func validate() throws {
        if outputDirectory != nil {
            guard !paths.isEmpty else { throw ValidationError("Name the maps or folders to convert.") }
            guard to != nil else {
                throw ValidationError("Converting into a folder needs --to (for example svg,html).")
            }
            if paths.contains("-") { throw ValidationError("Standard input cannot be converted into a folder.") }
            return
        }
        guard paths.count == 2 else {
            throw ValidationError(
                "Name the input and the output (journey convert IN OUT), or convert many maps with -o FOLDER --to FORMATS."
            )
        }
        let (input, output) = (paths[0], paths[1])
        if output == "-" && to == nil {
            throw ValidationError("Writing to standard output needs --to to name the format.")
        }
        if check && output == "-" { throw ValidationError("--check compares with a file; name one.") }
        if input != "-" && output != "-" && (input == output || Output.sameFile(input, output)) {
            throw ValidationError("The output '\(output)' is the input; choose another output file.")
        }
    }

    func run() throws {
        try reportingFailures {
            let registry = CommandFormats.registry
            let settings = ConversionSettings(command: self, registry: registry)
            if let outputDirectory {
                let writers = try to.map { try Self.writers(named: $0, in: registry) } ?? []
                let plan = try ConversionPlan(
                    inputs: paths, outputDirectory: outputDirectory, writers: writers, registry: registry,
                    include: include, exclude: exclude, limits: importing.limits)
                try BatchRun(plan: plan, settings: settings, force: force).run()
            } else {
                let writer = try Self.writer(for: paths[1], named: to, in: registry)
                try settings.convertOne(paths[0], to: paths[1], with: writer)
            }
        }
    }

    /// The writers of a comma-separated list of format identifiers or file extensions.
    static func writers(named list: String, in registry: FormatRegistry) throws -> [any JourneyWriter] {
        var writers: [any JourneyWriter] = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            let writer =
                try registry.writer(identifier: name) ?? writer(for: "output.\(name)", named: nil, in: registry)
            if !writers.contains(where: { $0.identifier == writer.identifier }) { writers.append(writer) }
        }
        guard !writers.isEmpty else {
            throw CommandFailure("journey: --to names no format", status: ExitStatus.usage)
        }
        return writers
    }

    static func writer(for output: String, named identifier: String?, in registry: FormatRegistry) throws
        -> any JourneyWriter
    {
        let known = registry.writers.map(\.identifier).joined(separator: ", ")
        if let identifier {
            guard let writer = registry.writer(identifier: identifier) else {
                throw CommandFailure(
                    "journey: no format '\(identifier)' can write maps (writers: \(known))", status: ExitStatus.usage)
            }
            return writer
        }
        guard let writer = registry.writer(forFileName: output) else {
            throw CommandFailure(
                "journey: cannot tell the output format from '\(output)'; name it with --to (\(known))",
                status: ExitStatus.usage)
        }
        return writer
    }
}
