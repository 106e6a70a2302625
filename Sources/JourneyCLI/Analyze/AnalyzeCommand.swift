import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey analyze MAP EVENTS`: measures a map's stages from an event log.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Measure a map's stages from an event log: funnel, time in stage, regressions.",
        discussion: """
            The map binds event activities to its stages: items' activity lists, or a lane titled \
            Events whose cells list each stage's activities, one per line. The events are CSV with a \
            header row or JSON lines, with the columns ts, customer, activity and optionally account \
            and revenue_impact. Definitions: Docs/Analytics.md.
            """
    )

    @Argument(help: "The map whose stages to measure; - for standard input.", completion: .file())
    var map: String

    @Argument(help: "The event log: CSV with a header row, or JSON lines (not with --sql).", completion: .file())
    var events: String?

    @Option(help: "The map's format, when it cannot be recognized from the content.", completion: .readerNames)
    var from: String?

    @Option(help: "Whose journey to follow: customer, or account (B2B buying groups).")
    var unit: AnalysisOptions.Unit = .customer

    @Option(help: "How long a unit may take to reach a later stage and count as converted: 30d, 12h, 90m.")
    var window: String?

    @Flag(help: "The log is sorted by time: keep a few numbers per unit instead of every event.")
    var sorted = false

    @Option(name: .customLong("report"), help: "Write the figures as JSON to this file (- for standard output).")
    var reportFile: String?

    @Option(name: [.short, .customLong("output")], help: "Write the map with the measured KPIs to this file.")
    var output: String?

    @Option(help: "The format of --output, when its extension does not tell.", completion: .writerNames)
    var to: String?

    @OptionGroup(title: "Event log")
    var log: EventLogOptions

    @Option(help: "Write each unit's most likely current stage, with the probability of each, as JSON lines.")
    var infer: String?

    @Option(help: "Explain the inferred stage of one customer or account.")
    var explain: String?

    @OptionGroup(title: "SQL")
    var sql: SQLOptions

    @Flag(name: .shortAndLong, help: "Do not print the table.")
    var quiet = false

    func validate() throws {
        if let window, AnalysisOptions.duration(window) == nil {
            throw ValidationError("--window '\(window)' is not a duration; write 30d, 12h, 90m, 45s or 2w.")
        }
        if map == "-" && events == "-" {
            throw ValidationError("The map and the events cannot both be standard input.")
        }
        if sql.dialect != nil {
            if events != nil { throw ValidationError("With --sql the events stay in the database: name no event log.") }
            if reportFile != nil || output != nil || infer != nil || explain != nil {
                throw ValidationError(
                    "--report, --output, --infer and --explain need an event log; --sql prints a query.")
            }
        } else if events == nil {
            throw ValidationError("Name the event log, or ask for a query with --sql duckdb|postgres|spark.")
        }
    }

    func run() throws {
        try reportingFailures {
            let input = try Input(map)
            let map = try input.read(with: CommandFormats.registry, format: from).map
            let binding = try Self.binding(of: map, named: input.fileName)
            let options = AnalysisOptions(
                unit: unit, window: window.flatMap(AnalysisOptions.duration), assumesSortedInput: sorted)
            if let dialect = sql.dialect {
                let query = StageSQL(
                    binding: binding, options: options, dialect: dialect, table: sql.table, columns: log.columns,
                    timestamps: sql.timestamps)
                StandardOutput.print(query.query)
                return
            }
            var inference = infers ? StageInference(binding: binding, options: InferenceOptions(unit: unit)) : nil
            let report = try analyze(binding: binding, options: options, events: events ?? "-", inference: &inference)
            try writeOutputs(report, map: map)
            if let inference { try writeInference(inference.fit()) }
        }
    }

    static func binding(of map: JourneyMap, named file: String) throws -> StageBinding {
        do {
            return try StageBinding(map: map)
        } catch {
            throw CommandFailure("journey: \(file): \(error.message)", status: ExitStatus.badInput)
        }
    }

    private var infers: Bool { infer != nil || explain != nil }

    private func analyze(
        binding: StageBinding, options: AnalysisOptions, events: String, inference: inout StageInference?
    ) throws -> StageReport {
        var analysis = StageAnalysis(binding: binding, options: options)
        let warnings = try log.read(events) { event in
            analysis.add(event)
            inference?.add(event)
        }
        for warning in warnings { StandardError.print("journey: \(warning)") }
        if let violation = analysis.orderViolation {
            throw CommandFailure(
                "journey: \(log.displayName(events)): \(violation); leave out --sorted", status: ExitStatus.badInput)
        }
        let report = analysis.report()
        for line in StageTable.warnings(for: report, file: log.displayName(events)) {
            StandardError.print("journey: \(line)")
        }
        return report
    }

    private func writeOutputs(_ report: StageReport, map: JourneyMap) throws {
        if let reportFile {
            let data = try report.json()
            if reportFile == "-" { StandardOutput.write(data) } else { try Output.write(data, to: reportFile) }
        }
        if !quiet && reportFile != "-" && infer != "-" { StandardOutput.print(StageTable(report).text) }
        if let output {
            let writer = try ConvertCommand.writer(for: output, named: to, in: CommandFormats.registry)
            let measured = MeasuredKPIs(report).applied(to: map)
            do {
                try Output.write(try writer.write(measured), to: output)
            } catch let error as WriteError {
                throw CommandFailure("journey: cannot write \(output): \(error)", status: ExitStatus.cannotWrite)
            }
            StandardError.print("journey: wrote \(output) with the measured KPIs (\(writer.name))")
        }
    }

    private func writeInference(_ model: FittedStageModel) throws {
        if let infer {
            let data = model.predictionLines()
            if infer == "-" { StandardOutput.write(data) } else { try Output.write(data, to: infer) }
        }
        if let explain {
            guard let explanation = model.explanation(for: explain) else {
                throw CommandFailure(
                    "journey: no \(unit.rawValue) “\(explain)” has events of activities the map binds",
                    status: ExitStatus.badInput)
            }
            StandardError.print(explanation.description)
        }
    }
}

extension AnalysisOptions.Unit: ExpressibleByArgument {}

/// `--sql`: a query that computes the stage table where the events are.
struct SQLOptions: ParsableArguments {
    @Option(name: .customLong("sql"), help: "Print one SQL query computing the stage table: duckdb, postgres or spark.")
    var dialect: SQLDialect?

    @Option(help: "The event table (dots separate a schema: analytics.events).")
    var table = "events"

    @Option(help: "How the timestamp column holds time: timestamp, or epoch-seconds.")
    var timestamps: StageSQL.Timestamps = .timestamp
}

extension SQLDialect: ExpressibleByArgument {}
extension StageSQL.Timestamps: ExpressibleByArgument {}
