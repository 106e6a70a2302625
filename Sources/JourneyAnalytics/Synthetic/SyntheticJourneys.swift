/// Event logs drawn from a known stage model, with the truth: each unit's stage at its last event.
///
/// Each unit starts in a stage drawn from the model's initial distribution; before each of its
/// events after the first it moves by the transition table; each event's activity is drawn
/// uniformly from the activities of a stage drawn from the emission row of the unit's stage. With
/// ``unboundRate`` > 0, events of activities no stage binds (`page_view`, `newsletter_open`) come
/// in between; they do not move the unit.
///
/// Units are interleaved: ``concurrentUnits`` of them are active at a time and each event belongs
/// to one drawn at random; timestamps rise by 1–60 seconds from one event to the next, so each
/// unit's events are in time order and the log as a whole too. Events are handed over one at a
/// time, so ten million cost no more memory than a thousand; the same seed gives the same events.
///
/// ```swift
/// let journeys = SyntheticJourneys(parameters: .journey(stageCount: 5, stay: 0.7, forward: 0.25,
///                                                       back: 0.05, noise: 0.2), units: 1000)
/// var model = StageInference(binding: journeys.binding)
/// let truth = journeys.generate { model.add($0) }
/// ```
public struct SyntheticJourneys: Hashable, Sendable {
    /// The true model the events are drawn from.
    public var parameters: StageModelParameters
    /// How many activities each stage binds.
    public var activitiesPerStage: Int
    /// How many units (customers).
    public var units: Int
    /// How many events of bound activities each unit has, drawn uniformly from the range.
    public var eventsPerUnit: ClosedRange<Int>
    /// The probability that an unbound event comes before an event of a bound activity.
    public var unboundRate: Double
    /// How many units are active at a time, their events interleaved.
    public var concurrentUnits: Int
    /// The seed of the random numbers.
    public var seed: UInt64
    /// The timestamp of the first event: 2026-01-01T00:00:00Z unless set.
    public var start: Double

    public init(
        parameters: StageModelParameters, activitiesPerStage: Int = 4, units: Int,
        eventsPerUnit: ClosedRange<Int> = 1...30, unboundRate: Double = 0, concurrentUnits: Int = 1000,
        seed: UInt64 = 1, start: Double = 1_767_225_600
    ) {
        precondition(activitiesPerStage > 0 && units >= 0 && eventsPerUnit.lowerBound > 0 && concurrentUnits > 0)
        self.parameters = parameters
        self.activitiesPerStage = activitiesPerStage
        self.units = units
        self.eventsPerUnit = eventsPerUnit
        self.unboundRate = unboundRate
        self.concurrentUnits = concurrentUnits
        self.seed = seed
        self.start = start
    }

    /// The names of the first stages; stages after the sixth are `Stage 7`, `Stage 8`, ….
    public static let stageNames = ["Awareness", "Consideration", "Decision", "Purchase", "Retention", "Advocacy"]

    /// The activities no stage binds, which ``unboundRate`` mixes in.
    public static let unboundActivities = ["page_view", "newsletter_open"]

    /// The name of a stage: `Awareness`, …, or `Stage 7` past the sixth.
    public static func stageName(_ stage: Int) -> String {
        stage < stageNames.count ? stageNames[stage] : "Stage \(stage + 1)"
    }

    /// The name of an activity of a stage: `awareness_1`, `consideration_3`, `stage_7_2`.
    public static func activityName(stage: Int, number: Int) -> String {
        stageName(stage).lowercased().split(separator: " ").joined(separator: "_") + "_\(number + 1)"
    }

    /// The name of a unit: `u` and its number, zero-padded so that names sort as numbers do.
    public func unitName(_ index: Int) -> String {
        let digits = String(max(units - 1, 0)).count
        let number = String(index)
        return "u" + String(repeating: "0", count: max(digits - number.count, 0)) + number
    }

    /// The binding of the generated activities to the stages.
    public var binding: StageBinding {
        let stages = (0..<parameters.stageCount).map {
            StageBinding.Stage(id: "stage-\($0 + 1)", name: Self.stageName($0))
        }
        var activities: [String: Int] = [:]
        for stage in stages.indices {
            for number in 0..<activitiesPerStage { activities[Self.activityName(stage: stage, number: number)] = stage }
        }
        // Stages and activities are made above, each activity with an existing stage: this cannot fail.
        return try! StageBinding(stages: stages, activities: activities)
    }

    /// Draws the events, handing each to `handle` in time order; returns the truth.
    public func generate(_ handle: (ActivityEvent) throws -> Void) rethrows -> SyntheticTruth {
        var random = SplitMix64(seed: seed)
        let count = parameters.stageCount
        let activityNames = (0..<count).map { stage in
            (0..<activitiesPerStage).map { Self.activityName(stage: stage, number: $0) }
        }
        var truth = [Int](repeating: 0, count: units)
        var active: [ActiveUnit] = []
        active.reserveCapacity(min(concurrentUnits, units))
        var nextUnit = 0
        var clock = start
        var events = 0
        let lengths = eventsPerUnit.upperBound - eventsPerUnit.lowerBound + 1
        while nextUnit < units || !active.isEmpty {
            while active.count < concurrentUnits && nextUnit < units {
                let length = eventsPerUnit.lowerBound + random.nextIndex(below: lengths)
                active.append(ActiveUnit(index: nextUnit, name: unitName(nextUnit), remaining: length))
                nextUnit += 1
            }
            let slot = random.nextIndex(below: active.count)
            var unit = active[slot]
            clock += Double(1 + random.nextIndex(below: 60))
            events += 1
            if unboundRate > 0 && random.nextFraction() < unboundRate {
                let activity = Self.unboundActivities[random.nextIndex(below: Self.unboundActivities.count)]
                try handle(ActivityEvent(timestamp: clock, customer: unit.name, activity: activity))
                continue
            }
            if let stage = unit.stage {
                let row = stage * count
                unit.stage = random.nextIndex(weights: parameters.transitionTable[row..<(row + count)])
            } else {
                unit.stage = random.nextIndex(weights: parameters.initial[...])
            }
            let stage = unit.stage!
            let observed = random.nextIndex(weights: parameters.emissionTable[(stage * count)..<((stage + 1) * count)])
            let activity = activityNames[observed][random.nextIndex(below: activitiesPerStage)]
            try handle(ActivityEvent(timestamp: clock, customer: unit.name, activity: activity))
            unit.remaining -= 1
            if unit.remaining == 0 {
                truth[unit.index] = stage
                active.swapAt(slot, active.count - 1)
                active.removeLast()
            } else {
                active[slot] = unit
            }
        }
        return SyntheticTruth(unitNames: (0..<units).map(unitName), stages: truth, events: events)
    }

    /// A unit whose events are being drawn.
    private struct ActiveUnit {
        let index: Int
        let name: String
        var remaining: Int
        var stage: Int?
    }
}

/// What generated journeys really were: each unit's stage at its last event.
public struct SyntheticTruth: Hashable, Sendable {
    /// The units' names, by number.
    public var unitNames: [String]
    /// The true stage of each unit at its last event, by number.
    public var stages: [Int]
    /// The events handed over, bound or not.
    public var events: Int

    /// The true stage of a unit at its last event, by name.
    public func stage(of unit: String) -> Int? {
        guard let first = unit.first, first == "u", let index = Int(unit.dropFirst()), stages.indices.contains(index)
        else { return nil }
        return unitNames[index] == unit ? stages[index] : nil
    }
}
