import ArgumentParser
import Foundation
internal import JourneyKit

/// Where an event log keeps its fields, and how to read it.
struct EventLogOptions: ParsableArguments {
    @Option(help: "The event log's format: csv or jsonl (default: told by the content).")
    var eventsFormat: EventLogReader.Format?

    @Option(help: "The timestamp column or key.")
    var timestampColumn = EventColumns.standard.timestamp

    @Option(help: "The customer column or key.")
    var customerColumn = EventColumns.standard.customer

    @Option(help: "The activity column or key.")
    var activityColumn = EventColumns.standard.activity

    @Option(help: "The account column or key (B2B).")
    var accountColumn = EventColumns.standard.account

    @Option(help: "The revenue impact column or key.")
    var revenueColumn = EventColumns.standard.revenueImpact

    var columns: EventColumns {
        EventColumns(
            timestamp: timestampColumn, customer: customerColumn, activity: activityColumn, account: accountColumn,
            revenueImpact: revenueColumn)
    }

    /// The name of the log in messages.
    func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Reads every event of the log at `path` (`-`: standard input); returns the reader's warnings.
    func read(_ path: String, _ handle: (ActivityEvent) throws -> Void) throws -> [Diagnostic] {
        let reader = EventLogReader(columns: columns, format: eventsFormat)
        do {
            if path == "-" {
                return try reader.read(FileHandle.standardInput.readDataToEndOfFile(), file: "<stdin>", handle)
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CommandFailure("journey: cannot read '\(path)': no such file", status: ExitStatus.noInput)
            }
            return try reader.read(contentsOf: URL(fileURLWithPath: path), handle)
        } catch let error as ReadError {
            throw CommandFailure(messages: error.allErrors.map(\.description), status: ExitStatus.badInput)
        }
    }
}

extension EventLogReader.Format: ExpressibleByArgument {}
