import Foundation
internal import JourneyKit

/// One input and the files it becomes.
struct ConversionJob: Sendable {
    /// One output: a path and the writer of its format.
    struct Target: Sendable {
        var path: String
        var writer: any JourneyWriter
    }

    /// The input's path, or `-` for standard input.
    var input: String
    var targets: [Target]
}

/// What converting one input did: the lines to print, and how it ended.
struct ConversionOutcome: Sendable {
    /// Diagnostics, the import report and failures, in the order they arose.
    var messages: [String] = []
    /// Warnings among the diagnostics and the loss reports.
    var warnings = 0
    /// The outputs written (or, with `--check`, found up to date).
    var written: [String] = []
    /// With `--check`: the outputs missing or differing from what the input gives.
    var stale: [String] = []
    /// Whether the outputs were newer than the input, so nothing was done.
    var skipped = false
    /// The exit status of the failure that stopped this input, if one did.
    var failure: Int32?
}

/// The options of one `convert` run, applied to each input.
struct ConversionSettings: Sendable {
    var registry: FormatRegistry
    var from: String?
    var strict: Bool
    var markdown: Bool
    var compressed: Bool
    var check: Bool
    var quiet: Bool
    var importing: ImportOptions
    var csv: CSVOptions
    var raster: RasterOptions
    var drawing: DrawingOptions

    init(command: ConvertCommand, registry: FormatRegistry) {
        self.registry = registry
        from = command.from
        strict = command.strict
        markdown = command.markdown
        compressed = command.compressed
        check = command.check
        quiet = command.quiet
        importing = command.importing
        csv = command.csv
        raster = command.raster
        drawing = command.drawing
    }

    /// The writer with the command line's writing options applied.
    func configured(_ writer: any JourneyWriter) -> any JourneyWriter {
        if let csvWriter = writer as? JourneyCSVFormat { return csv.applied(to: csvWriter) }
        if var mermaid = writer as? JourneyMermaidFormat, markdown {
            mermaid.markdown = true
            return mermaid
        }
        if var drawio = writer as? DrawioFormat, compressed {
            drawio.compressed = true
            return drawio
        }
        return raster.applied(to: drawing.applied(to: writer))
    }

    /// Converts one input to one output, printing what happens; fails as the command does.
    func convertOne(_ input: String, to output: String, with writer: any JourneyWriter) throws {
        let status = StatusLine(showing: !quiet && StatusLine.isLarge(input))
        let outcome = convert(ConversionJob(input: input, targets: [.init(path: output, writer: writer)])) {
            status.show($0)
        }
        status.clear()
        for line in outcome.messages { StandardError.print(line) }
        if let failure = outcome.failure { throw CommandFailure(messages: [], status: failure) }
        if check, !outcome.stale.isEmpty {
            throw CommandFailure(
                "journey: '\(output)' differs from what '\(input)' gives; convert again", status: ExitStatus.invalid)
        }
        if !quiet, output != "-" {
            StandardError.print("journey: \(check ? "up to date:" : "wrote") \(output) (\(writer.name))")
        }
    }

    /// Reads the job's input once and writes (or with `--check` compares) each of its outputs,
    /// telling `phase` what it is doing.
    func convert(_ job: ConversionJob, phase: (String) -> Void = { _ in }) -> ConversionOutcome {
        var outcome = ConversionOutcome()
        do {
            phase("reading \(job.input == "-" ? "<stdin>" : job.input)")
            let result = try Input(job.input, limits: importing.limits).read(
                with: registry, format: from, importing: importing, csv: csv
            ) { outcome.messages.append($0) }
            // Notes repeat what the import report already says; a code that comes up many times
            // (cells sharing one identifier) is summed up after the first few.
            let diagnostics = result.sourceMap.locate(result.diagnostics).filter { $0.severity != .note }
            outcome.messages += DiagnosticDigest.lines(for: diagnostics)
            outcome.warnings += diagnostics.count { $0.severity == .warning }
            for target in job.targets {
                phase("writing \(target.path == "-" ? "<stdout>" : target.path)")
                try write(result.map, to: target, into: &outcome)
            }
        } catch let failure as CommandFailure {
            outcome.messages += failure.messages
            outcome.failure = failure.status
        } catch {
            outcome.messages.append("journey: \(job.input): \(error)")
            outcome.failure = ExitStatus.badInput
        }
        return outcome
    }

    private func write(_ map: JourneyMap, to target: ConversionJob.Target, into outcome: inout ConversionOutcome)
        throws
    {
        let writer = configured(target.writer)
        try reportLoss(writing: map, with: writer, to: target.path, into: &outcome)
        if !check, target.path != "-", let streaming = writer as? any StreamingJourneyWriter {
            // Written to the file while it is made: a large map's document is never whole in memory.
            do {
                try Output.write(to: target.path) { send in try streaming.write(map, to: send) }
            } catch let error as WriteError {
                throw CommandFailure(
                    "journey: cannot write the map as \(writer.name): \(error)", status: ExitStatus.badInput)
            }
            outcome.written.append(target.path)
            return
        }
        let data: Data
        do {
            data = try writer.write(map)
        } catch let error as WriteError {
            throw CommandFailure(
                "journey: cannot write the map as \(writer.name): \(error)", status: ExitStatus.badInput)
        }
        if check {
            if FileManager.default.contents(atPath: target.path) != data { outcome.stale.append(target.path) }
        } else {
            try Output.write(data, to: target.path)
        }
        outcome.written.append(target.path)
    }

    /// Lists what the output format leaves out; with `--strict`, fails when it leaves out anything.
    private func reportLoss(
        writing map: JourneyMap, with writer: any JourneyWriter, to path: String,
        into outcome: inout ConversionOutcome
    ) throws {
        guard let lossy = writer as? any LossReportingWriter else { return }
        let lost = lossy.lossReport(for: map)
        guard !lost.isEmpty else { return }
        let prefix = path == "-" ? "<stdout>" : path
        outcome.messages += DiagnosticDigest.lines(for: lost).map { "\(prefix): \($0)" }
        outcome.warnings += lost.count
        if strict {
            throw CommandFailure(
                "journey: \(writer.name) cannot carry everything the map holds (\(lost.count) "
                    + "element\(lost.count == 1 ? "" : "s") above); nothing was written (--strict)",
                status: ExitStatus.badInput)
        }
    }
}
