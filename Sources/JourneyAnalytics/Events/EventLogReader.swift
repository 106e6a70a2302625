import Foundation
import JourneyModel

/// Reads event logs — CSV with a header row, or JSON lines — streaming, one event at a time.
///
/// CSV may use any delimiter the CSV reader detects (comma, semicolon, tab, bar), quoted cells and
/// a byte-order mark; JSON lines hold one object per line. Columns other than the five
/// ``EventColumns`` are passed over. A missing column, a ragged row, an empty customer or activity,
/// or a timestamp or revenue that cannot be read is an error naming file, row and column: nothing is
/// skipped silently.
///
/// ```swift
/// var analysis = StageAnalysis(binding: binding)
/// try EventLogReader().read(contentsOf: url) { analysis.add($0) }
/// ```
public struct EventLogReader: Sendable {
    /// How events are written.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// A table with a header row.
        case csv
        /// One JSON object per line.
        case jsonLines = "jsonl"
    }

    /// Where the fields are.
    public var columns: EventColumns
    /// The format, or `nil` to tell from the content (a first `{` means JSON lines).
    public var format: Format?

    public init(columns: EventColumns = .standard, format: Format? = nil) {
        self.columns = columns
        self.format = format
    }

    /// Reads the events of a file, streaming; returns the warnings (such as stray quotes in CSV).
    public func read(contentsOf url: URL, _ handle: (ActivityEvent) throws -> Void) throws -> [Diagnostic] {
        let file = url.isFileURL ? url.path : url.absoluteString
        let format = try self.format ?? Self.detect(head: Self.head(of: url, file: file))
        guard let stream = InputStream(url: url) else {
            throw ReadError("cannot open the file", at: SourceLocation(file: file), kind: .unreadable)
        }
        return try read(stream, format: format, file: file, handle)
    }

    /// Reads the events of data in memory; returns the warnings.
    public func read(_ data: Data, file: String?, _ handle: (ActivityEvent) throws -> Void) throws -> [Diagnostic] {
        let format = self.format ?? Self.detect(head: data.prefix(4096))
        return try read(InputStream(data: data), format: format, file: file, handle)
    }

    private func read(
        _ stream: InputStream, format: Format, file: String?, _ handle: (ActivityEvent) throws -> Void
    ) throws -> [Diagnostic] {
        switch format {
        case .csv: try CSVEventReader(columns: columns, file: file).read(stream, handle)
        case .jsonLines: try JSONLinesEventReader(columns: columns, file: file).read(stream, handle)
        }
    }

    /// The format the first bytes show: JSON lines when the first non-blank byte is `{`.
    static func detect(head: some Collection<UInt8>) -> Format {
        let first = head.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        return first == UInt8(ascii: "{") ? .jsonLines : .csv
    }

    private static func head(of url: URL, file: String) throws -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw ReadError(
                "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: file), kind: .unreadable
            )
        }
    }
}

/// Turns the fields of one row into an event, naming row and column when one cannot be read.
struct EventFields {
    /// The 1-based column of each field in a table; all 1 for JSON lines, whose errors name the line.
    struct Columns {
        var timestamp = 1
        var customer = 1
        var activity = 1
        var revenue = 1
    }

    let file: String?
    let names: EventColumns
    var columns = Columns()

    func event(
        timestamp: String?, customer: String?, activity: String?, account: String?, revenue: String?, row: Int
    ) throws -> ActivityEvent {
        func location(_ column: Int) -> SourceLocation { SourceLocation(file: file, line: row, column: column) }
        guard let timestampText = timestamp, let seconds = Timestamp.seconds(timestampText) else {
            let shown = timestamp.map { "“\($0.prefix(60))”" } ?? "nothing"
            throw ReadError(
                "the timestamp (\(names.timestamp)) is \(shown): write ISO 8601 (2026-03-01T09:30:00Z) "
                    + "or seconds since 1970", at: location(columns.timestamp))
        }
        guard let customer = customer?.trimmingWhitespace, !customer.isEmpty else {
            throw ReadError("the customer (\(names.customer)) is empty", at: location(columns.customer))
        }
        guard let activity = activity?.trimmingWhitespace, !activity.isEmpty else {
            throw ReadError("the activity (\(names.activity)) is empty", at: location(columns.activity))
        }
        var impact: Double?
        if let text = revenue?.trimmingWhitespace, !text.isEmpty {
            guard let value = Double(text), value.isFinite else {
                throw ReadError(
                    "the revenue impact (\(names.revenueImpact)) “\(text.prefix(60))” is not a number",
                    at: location(columns.revenue))
            }
            impact = value
        }
        let accountText = account?.trimmingWhitespace
        return ActivityEvent(
            timestamp: seconds, customer: customer, activity: activity,
            account: accountText.flatMap { $0.isEmpty ? nil : $0 }, revenueImpact: impact)
    }
}
