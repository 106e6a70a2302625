import Foundation

/// Turns the events of a ``StageAnalysis`` into its report: groups events by unit, measures units
/// on every core, and adds up.
struct StageComputation {
    let analysis: StageAnalysis

    private var stageCount: Int { analysis.binding.stages.count }

    func report() -> StageReport {
        if let sorted = analysis.sorted { return assemble(measure(sorted)) }
        let groups = UnitGroups(units: analysis.log.units, unitCount: analysis.unitNames.count)
        let tally = measureAll(groups)
        return assemble(tally)
    }

    /// Adds up the figures a sorted log left per unit.
    private func measure(_ sorted: SortedUnits) -> Tally {
        var tally = Tally(stageCount: stageCount, activityCount: analysis.binding.activities.count)
        tally.activityEvents = analysis.activityEvents
        for unit in 0..<sorted.unitCount {
            tally.add(sorted.figures(of: unit), window: analysis.options.window)
            for activity in 0..<sorted.activityCount where sorted.did(activity, unit: unit) {
                tally.activityUnits[activity] += 1
            }
            guard analysis.options.unit == .account else { continue }
            for stage in 0..<stageCount where !sorted.customers[unit * stageCount + stage].isEmpty {
                tally.stakeholders[stage].append(sorted.customers[unit * stageCount + stage].count)
            }
        }
        return tally
    }

    /// Measures every unit, splitting units between the cores; the parts add up in a fixed order,
    /// so the result does not depend on the split.
    private func measureAll(_ groups: UnitGroups) -> Tally {
        let unitCount = analysis.unitNames.count
        let parts = max(1, min(unitCount / 1024, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = concurrentParts(of: unitCount, parts: parts) { units in measure(units: units, groups: groups) }
        var total = Tally(stageCount: stageCount, activityCount: analysis.binding.activities.count)
        for part in results { total.add(part) }
        return total
    }

    private func measure(units: Range<Int>, groups: UnitGroups) -> Tally {
        let log = analysis.log
        let stages = analysis.binding.activityStages
        let accounts = analysis.options.unit == .account
        var tally = Tally(stageCount: stageCount, activityCount: stages.count)
        var figures = UnitFigures(stageCount: stageCount)
        var events: [(time: Double, stage: Int)] = []
        var seenActivity = [Int](repeating: -1, count: stages.count)
        var stakeholders: [[Int32]] = Array(repeating: [], count: stageCount)
        for unit in units {
            let members = groups.events(of: unit)
            guard !members.isEmpty else { continue }
            events.removeAll(keepingCapacity: true)
            for event in members {
                let activity = Int(log.activities[event])
                events.append((log.times[event], stages[activity]))
                if seenActivity[activity] != unit {
                    seenActivity[activity] = unit
                    tally.activityUnits[activity] += 1
                }
                tally.activityEvents[activity] += 1
                if accounts { stakeholders[stages[activity]].append(log.customers[event]) }
            }
            if !events.isSorted { events.sort { $0.time < $1.time } }
            events.withUnsafeBufferPointer { figures.measure($0) }
            tally.add(figures, window: analysis.options.window)
            if accounts { tally.addStakeholders(&stakeholders) }
        }
        return tally
    }

    private func assemble(_ tally: Tally) -> StageReport {
        let binding = analysis.binding
        let stages = binding.stages.indices.map { stage in
            let entered = tally.entered[stage]
            let converted = tally.converted[stage]
            let times = tally.secondsInStage[stage].sorted()
            return StageFigures(
                id: binding.stages[stage].id, name: binding.stages[stage].name, entered: entered,
                converted: converted, conversionRate: entered > 0 ? Double(converted) / Double(entered) : nil,
                dropped: entered - converted, regressed: tally.regressed[stage],
                medianSecondsInStage: Percentile.continuous(times, 0.5),
                p90SecondsInStage: Percentile.continuous(times, 0.9),
                revenue: analysis.sawRevenue ? analysis.revenueByStage[stage] : nil,
                stakeholders: analysis.options.unit == .account
                    ? StakeholderFigures(tally.stakeholders[stage]) : nil)
        }
        let activities = binding.activities.indices.map { index in
            ActivityFigures(
                activity: binding.activities[index], stageID: binding.stages[binding.activityStages[index]].id,
                events: tally.activityEvents[index], units: tally.activityUnits[index])
        }
        return StageReport(
            unit: analysis.options.unit, units: analysis.unitNames.count, events: analysis.eventCount,
            matchedEvents: analysis.sorted == nil ? analysis.log.count : analysis.activityEvents.reduce(0, +),
            eventsWithoutAccount: analysis.options.unit == .account ? analysis.eventsWithoutAccount : nil,
            windowSeconds: analysis.options.window, period: analysis.period,
            unmatchedActivities: analysis.unmatched,
            unmatchedRevenue: analysis.sawRevenue ? analysis.unmatchedRevenue : nil, stages: stages,
            activities: activities)
    }
}

/// The events of each unit: event indexes grouped by unit with a counting sort (linear).
struct UnitGroups: Sendable {
    private let offsets: [Int]
    private let order: [Int32]

    init(units: [Int32], unitCount: Int) {
        var offsets = [Int](repeating: 0, count: unitCount + 1)
        for unit in units { offsets[Int(unit) + 1] += 1 }
        for index in 0..<unitCount { offsets[index + 1] += offsets[index] }
        var next = offsets
        var order = [Int32](repeating: 0, count: units.count)
        for (event, unit) in units.enumerated() {
            order[next[Int(unit)]] = Int32(event)
            next[Int(unit)] += 1
        }
        self.offsets = offsets
        self.order = order
    }

    /// The indexes of a unit's events, in the order they were added.
    func events(of unit: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        order[offsets[unit]..<offsets[unit + 1]].lazy.map { Int($0) }
    }
}

extension Array where Element == (time: Double, stage: Int) {
    fileprivate var isSorted: Bool {
        var previous = -Double.infinity
        for element in self {
            if element.time < previous { return false }
            previous = element.time
        }
        return true
    }
}
