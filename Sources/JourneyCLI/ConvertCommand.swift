import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey convert IN OUT`: reads a map in one format and writes it in another.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a map from one format to another.",
        discussion: """
            The input format is recognized from the content (use --from to name it); the output format \
            follows OUT's extension (use --to to name it). Use - for standard input or output. The \
            output is written atomically and never over the input. When the output format cannot \
            carry everything the map holds (the CSV grid, Mermaid), what it leaves out is listed as \
            warnings; --strict makes that an error.
            """
    )

    @Argument(help: "The map to read, or - for standard input.")
    var input: String

    @Argument(help: "The file to write, or - for standard output.")
    var output: String

    @Option(help: "The input format (see `journey formats`).")
    var from: String?

    @Option(help: "The output format (see `journey formats`).")
    var to: String?

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

    func validate() throws {
        if output == "-" && to == nil {
            throw ValidationError("Writing to standard output needs --to to name the format.")
        }
        if input != "-" && output != "-" && (input == output || Output.sameFile(input, output)) {
            throw ValidationError("The output '\(output)' is the input; choose another output file.")
        }
    }

    func run() throws {
        try reportingFailures {
            let registry = FormatRegistry.standard
            var writer = try Self.writer(for: output, named: to, in: registry)
            if let csvWriter = writer as? JourneyCSVFormat { writer = csv.applied(to: csvWriter) }
            if var mermaid = writer as? JourneyMermaidFormat, markdown {
                mermaid.markdown = true
                writer = mermaid
            }
            if var drawio = writer as? DrawioFormat, compressed {
                drawio.compressed = true
                writer = drawio
            }
            let result = try Input(input, limits: importing.limits).read(
                with: registry, format: from, importing: importing, csv: csv)
            // Notes repeat what the import report already says; a code that comes up many times
            // (cells sharing one identifier) is summed up after the first few.
            let diagnostics = result.sourceMap.locate(result.diagnostics).filter { $0.severity != .note }
            for line in DiagnosticDigest.lines(for: diagnostics) { StandardError.print(line) }
            try reportLoss(writing: result.map, with: writer)
            let data: Data
            do {
                data = try writer.write(result.map)
            } catch let error as WriteError {
                throw CommandFailure(
                    "journey: cannot write the map as \(writer.name): \(error)", status: ExitStatus.badInput)
            }
            try Output.write(data, to: output)
        }
    }

    /// Prints what the output format leaves out; with `--strict`, fails when it leaves out anything.
    private func reportLoss(writing map: JourneyMap, with writer: any JourneyWriter) throws {
        guard let lossy = writer as? any LossReportingWriter else { return }
        let lost = lossy.lossReport(for: map)
        guard !lost.isEmpty else { return }
        let prefix = output == "-" ? "<stdout>" : output
        for line in DiagnosticDigest.lines(for: lost) { StandardError.print("\(prefix): \(line)") }
        if strict {
            throw CommandFailure(
                "journey: \(writer.name) cannot carry everything the map holds (\(lost.count) "
                    + "element\(lost.count == 1 ? "" : "s") above); nothing was written (--strict)",
                status: ExitStatus.badInput)
        }
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
