/// The events of a stage inference, as one sequence of observed stages per unit.
///
/// Each unit's events are put in time order (events at the same instant keep the order they were
/// added in) and only the last `limit` are kept. Units are numbered in the order they first
/// appeared; ``sortedUnits`` lists them by name.
struct ObservationSequences: Sendable {
    /// The units' names, by number.
    let unitNames: [String]
    /// Where each unit's sequence starts in ``stages``; one more entry than units.
    let offsets: [Int]
    /// The observed stage of each kept event, unit after unit.
    let stages: [Int32]
    /// The index of each kept event in the inference's event columns.
    let events: [Int32]
    /// Per unit: how many of its oldest events were left out for the limit.
    let dropped: [Int]
    /// The unit numbers, by name.
    let sortedUnits: [Int]

    init(log: BoundEvents, unitNames: [String], activityStages: [Int], limit: Int) {
        let groups = UnitGroups(units: log.units, unitCount: unitNames.count)
        var offsets = [0]
        offsets.reserveCapacity(unitNames.count + 1)
        var stages: [Int32] = []
        var events: [Int32] = []
        stages.reserveCapacity(log.count)
        events.reserveCapacity(log.count)
        var dropped = [Int](repeating: 0, count: unitNames.count)
        var members: [Int32] = []
        for unit in unitNames.indices {
            members.removeAll(keepingCapacity: true)
            for event in groups.events(of: unit) { members.append(Int32(event)) }
            if !Self.isInTimeOrder(members, times: log.times) {
                // Stable: ties keep the order of addition, which the event indexes are.
                members.sort { (log.times[Int($0)], $0) < (log.times[Int($1)], $1) }
            }
            let kept = members.suffix(limit)
            dropped[unit] = members.count - kept.count
            for event in kept {
                events.append(event)
                stages.append(Int32(activityStages[Int(log.activities[Int(event)])]))
            }
            offsets.append(stages.count)
        }
        self.unitNames = unitNames
        self.offsets = offsets
        self.stages = stages
        self.events = events
        self.dropped = dropped
        sortedUnits = unitNames.indices.sorted { unitNames[$0] < unitNames[$1] }
    }

    var unitCount: Int { unitNames.count }

    /// The range of a unit's sequence in ``stages`` and ``events``.
    func range(of unit: Int) -> Range<Int> { offsets[unit]..<offsets[unit + 1] }

    private static func isInTimeOrder(_ members: [Int32], times: [Double]) -> Bool {
        var previous = -Double.infinity
        for event in members {
            let time = times[Int(event)]
            if time < previous { return false }
            previous = time
        }
        return true
    }
}

/// The events whose activity the map binds, kept column by column.
struct BoundEvents: Sendable {
    private(set) var units: [Int32] = []
    private(set) var activities: [Int32] = []
    private(set) var times: [Double] = []

    var count: Int { units.count }

    mutating func append(unit: Int32, activity: Int32, time: Double) {
        units.append(unit)
        activities.append(activity)
        times.append(time)
    }
}
