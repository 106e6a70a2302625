import JourneyModel

/// Which stage of a map each activity of an event log belongs to.
///
/// A map binds activities in two ways: an item's `Item.activities` list binds those activities to
/// the item's stage; and each cell of a lane titled *Events* or *Activities* (or a translation: see
/// Docs/Analytics.md) binds the activities it lists, one per line, to its stage. Stages keep the
/// map's order: the funnel's order.
///
/// ```swift
/// let binding = try StageBinding(map: map)
/// binding.stage(of: "pricing_view")  // 1: the map's second stage
/// ```
public struct StageBinding: Hashable, Sendable {
    /// A stage of the funnel.
    public struct Stage: Hashable, Sendable, Codable {
        /// The stage's identifier in the map.
        public var id: String
        /// The stage's name as the map shows it.
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The stages, in the map's order.
    public let stages: [Stage]
    /// The bound activities, sorted by name.
    public let activities: [String]
    /// The stage index of each activity in ``activities``.
    public let activityStages: [Int]
    private let indexes: [String: Int]

    /// Binds activities to stages explicitly.
    ///
    /// - Throws: ``BindingError`` when an activity names a stage index out of range, or when no
    ///   activity is bound at all.
    public init(stages: [Stage], activities: [String: Int]) throws(BindingError) {
        guard !activities.isEmpty else { throw .noActivities }
        for (activity, stage) in activities where !stages.indices.contains(stage) {
            throw BindingError(
                .invalidStage, "activity “\(activity)” names stage \(stage + 1), but there are \(stages.count) stages")
        }
        self.stages = stages
        let sorted = activities.keys.sorted()
        self.activities = sorted
        activityStages = sorted.map { activities[$0]! }
        indexes = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }

    /// Reads the binding from a map's item activities and activity lanes.
    ///
    /// - Throws: ``BindingError`` when the map binds no activity, or binds one activity to two
    ///   stages (naming both, and the items).
    public init(map: JourneyMap) throws(BindingError) {
        var collector = BindingCollector(map: map)
        try collector.collect()
        try self.init(
            stages: map.stages.map { Stage(id: $0.id, name: $0.name) }, activities: collector.stageOfActivity)
    }

    /// The index of an activity's stage in ``stages``, or `nil` when the map does not bind it.
    public func stage(of activity: String) -> Int? {
        indexes[activity].map { activityStages[$0] }
    }

    /// The index of an activity in ``activities``, or `nil` when the map does not bind it.
    public func index(of activity: String) -> Int? { indexes[activity] }
}

/// Why a map's activities cannot bind an event log to its stages.
public struct BindingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong: a stable value to switch on.
    public enum Kind: String, Hashable, Sendable {
        /// No item lists activities and no lane is an activity lane.
        case noActivities = "no-activities"
        /// One activity is bound to two different stages.
        case ambiguousActivity = "ambiguous-activity"
        /// An explicit binding names a stage that does not exist.
        case invalidStage = "invalid-stage"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The error for a map that binds no activity, saying what to add.
    public static let noActivities = BindingError(
        .noActivities,
        "the map binds no event activities to its stages: give items an activities list (<activity> in "
            + "JourneyKit XML, \"activities\" in JSON and the long CSV), or add a lane titled “Events” whose "
            + "cells list the activities of each stage, one per line")

    public var description: String { message }
}

/// Walks a map's stages collecting activities, remembering where each was first bound.
private struct BindingCollector {
    let map: JourneyMap
    var stageOfActivity: [String: Int] = [:]
    private var firstPlace: [String: String] = [:]

    init(map: JourneyMap) { self.map = map }

    mutating func collect() throws(BindingError) {
        let activityLanes = Set(
            map.lanes.filter { ActivityLaneTitles.matches($0.title) || ActivityLaneTitles.matches($0.kind.rawValue) }
                .map(\.id))
        for (index, stage) in map.stages.enumerated() {
            for item in stage.items {
                for activity in item.activities {
                    try bind(activity, to: index, from: item)
                }
                guard activityLanes.contains(item.laneID) else { continue }
                for line in item.text.split(whereSeparator: \.isNewline) {
                    try bind(String(line), to: index, from: item)
                }
            }
        }
    }

    private mutating func bind(_ name: String, to stage: Int, from item: Item) throws(BindingError) {
        let activity = name.trimmingWhitespace
        guard !activity.isEmpty else { return }
        let place = "item “\(item.id)” of stage “\(map.stages[stage].name)”"
        if let bound = stageOfActivity[activity] {
            guard bound != stage else { return }
            throw BindingError(
                .ambiguousActivity,
                "activity “\(activity)” is bound to two stages: “\(map.stages[bound].name)” (\(firstPlace[activity]!)) "
                    + "and “\(map.stages[stage].name)” (\(place)); an activity shows one stage, so keep it in one")
        }
        stageOfActivity[activity] = stage
        firstPlace[activity] = place
    }
}
