import Foundation
import JourneyAnalytics
import JourneyModel

/// Small hand-written maps and logs for pinning the definitions.
enum Logs {
    /// Three stages: awareness (blog_view, ad_click), consideration (pricing_view), decision (signup).
    static let binding = try! StageBinding(
        stages: [
            .init(id: "awareness", name: "Awareness"), .init(id: "consideration", name: "Consideration"),
            .init(id: "decision", name: "Decision"),
        ],
        activities: ["blog_view": 0, "ad_click": 0, "pricing_view": 1, "signup": 2])

    /// 2026-03-01T00:00:00Z plus `hours`.
    static func at(_ hours: Double) -> Double { 1_772_323_200 + hours * 3600 }

    static func event(_ customer: String, _ activity: String, _ hours: Double, account: String? = nil)
        -> ActivityEvent
    {
        ActivityEvent(timestamp: at(hours), customer: customer, activity: activity, account: account)
    }

    /// The report of events under options.
    static func report(_ events: [ActivityEvent], options: AnalysisOptions = AnalysisOptions()) -> StageReport {
        var analysis = StageAnalysis(binding: binding, options: options)
        for event in events { analysis.add(event) }
        return analysis.report()
    }

    /// The events a CSV text holds, read by the event reader.
    static func read(_ text: String, columns: EventColumns = .standard) throws -> [ActivityEvent] {
        var events: [ActivityEvent] = []
        _ = try EventLogReader(columns: columns).read(Data(text.utf8), file: "events.csv") { events.append($0) }
        return events
    }
}
