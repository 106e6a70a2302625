import JourneyModel

// The heads of a drawing, each worked out once per width: the layout search tries a dozen widths,
// and heads of the same width (the lanes', always) come back in each.
extension MapRenderer {
    /// A head at a width.
    struct HeadKey: Hashable {
        enum Part: Hashable {
            case header
            /// A stage's head; `filtered` when it counts only the personas shown.
            case stage(Int, listsSteps: Bool, filtered: Bool)
            /// A step's head in a stage, `nil` for the sub-column of items without a step.
            case step(stage: Int, step: Int?)
            case lane(Int)
            case legend(hasBack: Bool)
        }

        var part: Part
        var width: Double
    }

    mutating func cachedHeader(width: Double, padding: Double, personas: [Persona]) -> Box {
        let key = HeadKey(part: .header, width: width)
        if let box = heads[key] { return box }
        let box = headerBox(width: width, padding: padding, personas: personas)
        heads[key] = box
        return box
    }

    mutating func cachedStageHead(
        _ index: Int, width: Double, listsSteps: Bool, personaFilter: Set<String>?
    ) -> Box {
        let key = HeadKey(part: .stage(index, listsSteps: listsSteps, filtered: personaFilter != nil), width: width)
        if let box = heads[key] { return box }
        let box = stageBox(map.stages[index], width: width, listsSteps: listsSteps, personaFilter: personaFilter)
        heads[key] = box
        return box
    }

    mutating func cachedStepHead(stage: Int, step: Int?, width: Double) -> Box {
        let key = HeadKey(part: .step(stage: stage, step: step), width: width)
        if let box = heads[key] { return box }
        let box = stepBox(step.map { map.stages[stage].steps[$0] }, width: width)
        heads[key] = box
        return box
    }

    mutating func cachedLaneHead(_ index: Int, lane: Lane, width: Double, curve: EmotionCurve?) -> Box {
        let key = HeadKey(part: .lane(index), width: width)
        if let box = heads[key] { return box }
        let box = laneBox(lane, width: width, curve: curve)
        heads[key] = box
        return box
    }

    mutating func cachedLegend(_ entries: [LegendEntry], hasBack: Bool, width: Double) -> Box {
        let key = HeadKey(part: .legend(hasBack: hasBack), width: width)
        if let box = heads[key] { return box }
        let box = Legend.box(entries: entries, width: width, styles: styles, title: chrome.legend, chrome: chrome)
        heads[key] = box
        return box
    }
}
