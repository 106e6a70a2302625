import JourneyModel

/// The emotion curve of each emotions lane of a map, from one pass over its items.
///
/// The SVG map draws a curve in every emotions lane. Collecting each with
/// ``EmotionCurve/init(map:lanes:personas:)`` walks every item once per lane, so a drawing with many
/// emotions lanes took time growing with items × lanes; this visits each item once and hands it to
/// its lane's curve. `EmotionCurve(map:lanes: [id])` is the plain reference for one lane, and the
/// tests compare the two.
struct EmotionLaneCurves {
    /// The curve of each lane asked for, in order; `nil` for a lane with nothing scored.
    let curves: [EmotionCurve?]
    /// How many items the pass looked at: every item of the map once, however many lanes.
    let itemsExamined: Int

    /// Collects the curves of `lanes` (lane identifiers, each once).
    ///
    /// - Parameter personas: the personas whose lines to keep; `nil` for all.
    init(map: JourneyMap, lanes: [String], personas: [String]?, chrome: Chrome = .english) {
        var laneOf: [String: Int] = [:]
        for (index, id) in lanes.enumerated() where laneOf[id] == nil { laneOf[id] = index }
        var builders: [EmotionCurve.SeriesBuilder?] = Array(repeating: nil, count: lanes.count)
        let personaIndex = EmotionCurve.SeriesBuilder.personaIndex(of: map)
        var examined = 0
        if !laneOf.isEmpty {
            for (stageIndex, stage) in map.stages.enumerated() {
                examined += stage.items.count
                for (position, item) in stage.items.enumerated() {
                    guard let index = laneOf[item.laneID] else { continue }
                    if builders[index] == nil {
                        builders[index] = EmotionCurve.SeriesBuilder(personaIndex: personaIndex, personas: personas)
                    }
                    builders[index]!.add(item, stageIndex: stageIndex, position: position)
                }
            }
        }
        // One array of stage names for every curve.
        let stageNames = map.stages.map(\.name)
        curves = builders.map { builder in
            guard let series = builder?.series(map: map, chrome: chrome), !series.isEmpty else { return nil }
            var curve = EmotionCurve(stageNames: stageNames, series: series)
            curve.chrome = chrome
            return curve
        }
        itemsExamined = examined
    }
}
