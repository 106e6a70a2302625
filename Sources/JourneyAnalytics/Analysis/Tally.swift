/// Counts added up over units: per stage and per activity.
struct Tally {
    var entered: [Int]
    var converted: [Int]
    var regressed: [Int]
    var secondsInStage: [[Double]]
    var activityEvents: [Int]
    var activityUnits: [Int]
    /// Per stage: the number of distinct customers of each account that entered it.
    var stakeholders: [[Int]]

    init(stageCount: Int, activityCount: Int) {
        entered = Array(repeating: 0, count: stageCount)
        converted = entered
        regressed = entered
        secondsInStage = Array(repeating: [], count: stageCount)
        activityEvents = Array(repeating: 0, count: activityCount)
        activityUnits = activityEvents
        stakeholders = Array(repeating: [], count: stageCount)
    }

    /// Counts one unit.
    mutating func add(_ figures: UnitFigures, window: Double?) {
        for stage in 0..<figures.stageCount where figures.entered(stage) {
            entered[stage] += 1
            if let seconds = figures.secondsToConvert(stage, window: window) {
                converted[stage] += 1
                secondsInStage[stage].append(seconds)
            }
            if figures.regressed(stage) { regressed[stage] += 1 }
        }
    }

    /// Counts the distinct customers of one account in each stage it entered; empties the lists.
    mutating func addStakeholders(_ customers: inout [[Int32]]) {
        for stage in customers.indices where !customers[stage].isEmpty {
            stakeholders[stage].append(Set(customers[stage]).count)
            customers[stage].removeAll(keepingCapacity: true)
        }
    }

    /// Adds another part's counts.
    mutating func add(_ other: Tally) {
        for stage in entered.indices {
            entered[stage] += other.entered[stage]
            converted[stage] += other.converted[stage]
            regressed[stage] += other.regressed[stage]
            secondsInStage[stage] += other.secondsInStage[stage]
            stakeholders[stage] += other.stakeholders[stage]
        }
        for activity in activityEvents.indices {
            activityEvents[activity] += other.activityEvents[activity]
            activityUnits[activity] += other.activityUnits[activity]
        }
    }
}

/// Percentiles as the SQL engines compute them with `percentile_cont` / `quantile_cont`.
enum Percentile {
    /// The `p`-quantile of sorted values, interpolating linearly between the two nearest ranks;
    /// `nil` for no values.
    static func continuous(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
