/// What one unit's events say about each stage.
///
/// The events of a unit are sorted by time; the definitions only compare timestamps, so events at
/// the same instant may come in any order and the result is the same.
struct UnitFigures {
    /// The number of stages.
    let stageCount: Int
    /// Per stage: the time of the unit's first and last event, or `nil` when it has none.
    private(set) var first: [Double?]
    private(set) var last: [Double?]
    /// Per stage: the time of the first event of a later stage after the first event of this one.
    private(set) var next: [Double?]

    init(stageCount: Int) {
        self.stageCount = stageCount
        first = Array(repeating: nil, count: stageCount)
        last = first
        next = first
    }

    /// The figures of a unit measured as its events came (``SortedUnits``).
    init(first: [Double?], last: [Double?], next: [Double?]) {
        stageCount = first.count
        self.first = first
        self.last = last
        self.next = next
    }

    /// Measures one unit from its events, sorted by time: `(time, stage)`.
    mutating func measure(_ events: UnsafeBufferPointer<(time: Double, stage: Int)>) {
        for index in 0..<stageCount {
            first[index] = nil
            last[index] = nil
            next[index] = nil
        }
        for event in events {
            if first[event.stage] == nil { first[event.stage] = event.time }
            last[event.stage] = event.time
        }
        // The first event strictly after each stage's first event whose stage is later: one pass per
        // stage from where that stage's first event is (events are sorted).
        for stage in 0..<stageCount {
            guard let start = first[stage] else { continue }
            var low = 0
            var high = events.count
            while low < high {
                let middle = (low + high) / 2
                if events[middle].time <= start { low = middle + 1 } else { high = middle }
            }
            for index in low..<events.count where events[index].stage > stage {
                next[stage] = events[index].time
                break
            }
        }
    }

    func entered(_ stage: Int) -> Bool { first[stage] != nil }

    /// The seconds from entering `stage` to the first later stage, if the unit converted within the
    /// window (`nil`: no limit).
    func secondsToConvert(_ stage: Int, window: Double?) -> Double? {
        guard let start = first[stage], let end = next[stage] else { return nil }
        let seconds = end - start
        if let window, seconds > window { return nil }
        return seconds
    }

    /// Whether the unit has an event of `stage` after an event of a later stage.
    func regressed(_ stage: Int) -> Bool {
        guard let latest = last[stage] else { return false }
        for later in (stage + 1)..<max(stage + 1, stageCount) {
            if let earliest = first[later], earliest < latest { return true }
        }
        return false
    }
}
