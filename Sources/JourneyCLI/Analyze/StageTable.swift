import Foundation
internal import JourneyKit

/// The stage figures as a table for the terminal, and the warnings a report calls for.
struct StageTable {
    let report: StageReport

    init(_ report: StageReport) { self.report = report }

    var text: String {
        let header = ["Stage", "Entered", "Converted", "Rate", "Dropped", "Regressed", "Median", "P90"]
        let rows = report.stages.map { stage in
            [
                stage.name, "\(stage.entered)", "\(stage.converted)",
                stage.conversionRate.map { Self.percent($0) } ?? "–", "\(stage.dropped)", "\(stage.regressed)",
                stage.medianSecondsInStage.map(Self.duration) ?? "–", stage.p90SecondsInStage.map(Self.duration) ?? "–",
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        var lines = [
            "\(report.units) \(report.unit == .account ? "accounts" : "customers"), \(report.events) events "
                + "(\(report.matchedEvents) of activities the map binds)"
        ]
        lines.append(line(header))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// Warnings for what the figures leave out: activities the map does not bind, events without
    /// an account.
    static func warnings(for report: StageReport, file: String) -> [String] {
        var lines: [String] = []
        if !report.unmatchedActivities.isEmpty {
            let sorted = report.unmatchedActivities.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            let total = sorted.reduce(0) { $0 + $1.value }
            let shown = sorted.prefix(5).map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            let more = sorted.count > 5 ? ", and \(sorted.count - 5) more" : ""
            lines.append(
                "\(file): \(total) events of \(sorted.count) activities the map does not bind are not counted "
                    + "in any stage: \(shown)\(more)")
        }
        if let missing = report.eventsWithoutAccount, missing > 0 {
            lines.append("\(file): \(missing) events have no account and are not counted")
        }
        return lines
    }

    static func percent(_ rate: Double) -> String { String(format: "%.1f %%", rate * 100) }

    /// `45s`, `12m`, `3h 20m`, `4d 6h`.
    static func duration(_ seconds: Double) -> String {
        let total = seconds.rounded()
        guard total.isFinite, total < 1e12 else { return "–" }
        let whole = Int(total)
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" }
        if whole < 86_400 { return "\(whole / 3600)h \(whole % 3600 / 60)m" }
        return "\(whole / 86_400)d \(whole % 86_400 / 3600)h"
    }
}
