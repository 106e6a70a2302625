import Foundation
import JourneyCSV
import JourneyModel

/// Reads an event log written as CSV: a header row naming the columns, then one event per row.
struct CSVEventReader {
    let columns: EventColumns
    let file: String?

    /// Where each field is, found from the header row.
    private struct Layout {
        var timestamp: Int
        var customer: Int
        var activity: Int
        var account: Int?
        var revenue: Int?
        var width: Int
    }

    func read(_ stream: InputStream, _ handle: (ActivityEvent) throws -> Void) throws -> [Diagnostic] {
        var layout: Layout?
        var fields = EventFields(file: file, names: columns)
        let warnings = try CSVRecords.read(from: stream, file: file) { cells, row in
            if cells.allSatisfy(\.isEmpty) { return }
            guard let known = layout else {
                let found = try self.layout(header: cells, row: row)
                fields.columns = EventFields.Columns(
                    timestamp: found.timestamp + 1, customer: found.customer + 1, activity: found.activity + 1,
                    revenue: (found.revenue ?? 0) + 1)
                layout = found
                return
            }
            guard cells.count == known.width else {
                throw ReadError(
                    "the row has \(cells.count) cells but the header has \(known.width)",
                    at: SourceLocation(file: file, line: row, column: min(cells.count, known.width) + 1))
            }
            try handle(
                fields.event(
                    timestamp: cells[known.timestamp], customer: cells[known.customer],
                    activity: cells[known.activity], account: known.account.map { cells[$0] },
                    revenue: known.revenue.map { cells[$0] }, row: row))
        }
        guard layout != nil else {
            throw ReadError("the event log is empty: it has no header row", at: SourceLocation(file: file, line: 1))
        }
        return warnings
    }

    private func layout(header: [String], row: Int) throws -> Layout {
        let names = header.map { $0.trimmingWhitespace.lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name.lowercased()) }
        let required = [columns.timestamp, columns.customer, columns.activity]
        let missing = required.filter { column($0) == nil }
        guard missing.isEmpty else {
            throw ReadError(
                "the header has no column \(missing.map { "“\($0)”" }.joined(separator: ", ")); it has "
                    + header.prefix(20).map { "“\($0)”" }.joined(separator: ", ")
                    + " (name the columns with --timestamp-column, --customer-column, --activity-column)",
                at: SourceLocation(file: file, line: row, column: 1), kind: .invalid)
        }
        return Layout(
            timestamp: column(columns.timestamp)!, customer: column(columns.customer)!,
            activity: column(columns.activity)!, account: column(columns.account),
            revenue: column(columns.revenueImpact), width: header.count)
    }
}
