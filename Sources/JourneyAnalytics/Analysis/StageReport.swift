import Foundation

/// The figures of a stage analysis: per stage, per activity, and what the log held besides.
///
/// Its JSON (``json()``) is the report `journey analyze --report` writes; the keys are documented in
/// Docs/Analytics.md.
public struct StageReport: Hashable, Sendable, Encodable {
    /// Whose journey was followed.
    public var unit: AnalysisOptions.Unit
    /// The distinct units in the log (with or without bound activities).
    public var units: Int
    /// The events read.
    public var events: Int
    /// The events whose activity the map binds.
    public var matchedEvents: Int
    /// When following accounts: the events without an account, which no unit could take.
    public var eventsWithoutAccount: Int?
    /// The conversion window in seconds, or `nil` for none.
    public var windowSeconds: Double?
    /// The first and last timestamp of the log, in seconds since 1970.
    public var period: ClosedRange<Double>?
    /// The events of each activity the map does not bind.
    public var unmatchedActivities: [String: Int]
    /// The revenue impact of events of unbound activities, when the log has revenue.
    public var unmatchedRevenue: Double?
    /// The stages, in the map's order.
    public var stages: [StageFigures]
    /// The bound activities, by name.
    public var activities: [ActivityFigures]

    private enum CodingKeys: String, CodingKey {
        case unit, units, events
        case matchedEvents = "matched_events"
        case eventsWithoutAccount = "events_without_account"
        case windowSeconds = "window_seconds"
        case firstEvent = "first_event"
        case lastEvent = "last_event"
        case unmatchedActivities = "unmatched_activities"
        case unmatchedRevenue = "unmatched_revenue"
        case stages, activities
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(units, forKey: .units)
        try container.encode(events, forKey: .events)
        try container.encode(matchedEvents, forKey: .matchedEvents)
        try container.encodeIfPresent(eventsWithoutAccount, forKey: .eventsWithoutAccount)
        try container.encode(windowSeconds, forKey: .windowSeconds)
        try container.encode(period.map { ISOTime.text($0.lowerBound) }, forKey: .firstEvent)
        try container.encode(period.map { ISOTime.text($0.upperBound) }, forKey: .lastEvent)
        try container.encode(unmatchedActivities, forKey: .unmatchedActivities)
        try container.encodeIfPresent(unmatchedRevenue, forKey: .unmatchedRevenue)
        try container.encode(stages, forKey: .stages)
        try container.encode(activities, forKey: .activities)
    }

    /// The report as JSON: keys sorted, two-space indentation, the same bytes for the same figures.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// The figures of one stage.
public struct StageFigures: Hashable, Sendable, Encodable {
    public var id: String
    public var name: String
    /// Units with at least one event of the stage.
    public var entered: Int
    /// Units that reached a later stage after entering this one (within the window).
    public var converted: Int
    /// `converted / entered`, or `nil` when no unit entered.
    public var conversionRate: Double?
    /// `entered − converted`.
    public var dropped: Int
    /// Units with an event of this stage after an event of a later stage.
    public var regressed: Int
    /// The median time from entering the stage to the first later stage, over converted units.
    public var medianSecondsInStage: Double?
    /// The 90th percentile of the same times.
    public var p90SecondsInStage: Double?
    /// The revenue impact of the stage's events, when the log has revenue.
    public var revenue: Double?
    /// When following accounts: how many customers of an account took part in the stage.
    public var stakeholders: StakeholderFigures?

    private enum CodingKeys: String, CodingKey {
        case id, name, entered, converted
        case conversionRate = "conversion_rate"
        case dropped, regressed
        case medianSecondsInStage = "median_seconds_in_stage"
        case p90SecondsInStage = "p90_seconds_in_stage"
        case revenue, stakeholders
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(entered, forKey: .entered)
        try container.encode(converted, forKey: .converted)
        try container.encode(conversionRate, forKey: .conversionRate)
        try container.encode(dropped, forKey: .dropped)
        try container.encode(regressed, forKey: .regressed)
        try container.encode(medianSecondsInStage, forKey: .medianSecondsInStage)
        try container.encode(p90SecondsInStage, forKey: .p90SecondsInStage)
        try container.encodeIfPresent(revenue, forKey: .revenue)
        try container.encodeIfPresent(stakeholders, forKey: .stakeholders)
    }
}

/// How many customers of each account took part in a stage (B2B buying groups).
public struct StakeholderFigures: Hashable, Sendable, Encodable {
    /// Accounts that entered the stage.
    public var accounts: Int
    /// The median, mean and largest number of distinct customers per account.
    public var median: Double?
    public var mean: Double?
    public var maximum: Int

    init(_ counts: [Int]) {
        accounts = counts.count
        let sorted = counts.sorted().map(Double.init)
        median = Percentile.continuous(sorted, 0.5)
        mean = counts.isEmpty ? nil : sorted.reduce(0, +) / Double(counts.count)
        maximum = counts.max() ?? 0
    }

    private enum CodingKeys: String, CodingKey {
        case accounts, median, mean
        case maximum = "max"
    }
}

/// The figures of one bound activity.
public struct ActivityFigures: Hashable, Sendable, Encodable {
    public var activity: String
    /// The identifier of the activity's stage.
    public var stageID: String
    /// The activity's events.
    public var events: Int
    /// The units with at least one of them.
    public var units: Int

    private enum CodingKeys: String, CodingKey {
        case activity
        case stageID = "stage"
        case events, units
    }
}

/// Timestamps written back as ISO 8601 in UTC.
enum ISOTime {
    /// `2026-03-01T09:30:00Z` (with milliseconds when the time has them).
    static func text(_ seconds: Double) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
        guard seconds.rounded(.down) != seconds else { return date.formatted(style) }
        // `time(includingFractionalSeconds:)` alone would keep only the time: the date is asked again.
        return date.formatted(
            style.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}
