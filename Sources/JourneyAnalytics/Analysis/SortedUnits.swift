/// What each unit's events say so far, for a log sorted by time: a few numbers per unit and stage
/// instead of the events.
///
/// With events in time order, each stage's first event, last event and the first later-stage event
/// after the first are known as they come, so the figures need no event kept (see
/// ``AnalysisOptions/assumesSortedInput``).
struct SortedUnits: Sendable {
    let stageCount: Int
    let activityCount: Int
    /// Per unit and stage, `nan` when none yet.
    private(set) var first: [Double] = []
    private(set) var last: [Double] = []
    private(set) var next: [Double] = []
    /// Per unit: the time of its latest event.
    private var latest: [Double] = []
    /// Per unit: one bit per activity it did.
    private(set) var activitiesDone: [UInt64] = []
    /// Per unit and stage (accounts only): the customers of the account in the stage.
    private(set) var customers: [Set<Int32>] = []
    private let words: Int
    private let keepsCustomers: Bool

    init(stageCount: Int, activityCount: Int, keepsCustomers: Bool) {
        self.stageCount = stageCount
        self.activityCount = activityCount
        self.keepsCustomers = keepsCustomers
        words = (activityCount + 63) / 64
    }

    var unitCount: Int { latest.count }

    /// Takes one event of a unit; `false` when it is earlier than the unit's previous event.
    mutating func add(unit: Int, activity: Int, stage: Int, time: Double, customer: Int32?) -> Bool {
        while unit >= latest.count { grow() }
        guard time >= latest[unit] else { return false }
        latest[unit] = time
        let base = unit * stageCount
        if first[base + stage].isNaN { first[base + stage] = time }
        last[base + stage] = time
        for earlier in 0..<stage where next[base + earlier].isNaN && time > first[base + earlier] {
            next[base + earlier] = time
        }
        activitiesDone[unit * words + activity / 64] |= 1 << UInt64(activity % 64)
        if keepsCustomers, let customer { customers[base + stage].insert(customer) }
        return true
    }

    /// The figures of one unit.
    func figures(of unit: Int) -> UnitFigures {
        let range = (unit * stageCount)..<((unit + 1) * stageCount)
        func optional(_ values: ArraySlice<Double>) -> [Double?] { values.map { $0.isNaN ? nil : $0 } }
        return UnitFigures(first: optional(first[range]), last: optional(last[range]), next: optional(next[range]))
    }

    /// Whether a unit did an activity.
    func did(_ activity: Int, unit: Int) -> Bool {
        activitiesDone[unit * words + activity / 64] & (1 << UInt64(activity % 64)) != 0
    }

    private mutating func grow() {
        latest.append(-.infinity)
        first += repeatElement(.nan, count: stageCount)
        last += repeatElement(.nan, count: stageCount)
        next += repeatElement(.nan, count: stageCount)
        activitiesDone += repeatElement(0, count: words)
        if keepsCustomers { customers += repeatElement([], count: stageCount) }
    }
}

/// An event earlier than its unit's previous one, in a log said to be sorted by time.
public struct OrderViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// The event, and its number among the events added (1-based).
    public var event: ActivityEvent
    public var number: Int

    public var description: String {
        "event \(number) (\(event.customer), \(event.activity), \(ISOTime.text(event.timestamp))) is earlier than "
            + "the previous event of its \(event.account == nil ? "customer" : "unit"): the log is not sorted by time"
    }
}
