/// Why the model puts one unit in its stage: its events, what the model believed after each, and
/// the learned probabilities that decided.
///
/// Its ``description`` reads as plain English, for `journey analyze --explain UNIT`.
public struct StageExplanation: Hashable, Sendable, CustomStringConvertible {
    /// One event of the unit and what the model believed after it.
    public struct Step: Hashable, Sendable {
        /// When it happened, in seconds since 1970.
        public var timestamp: Double
        /// The activity.
        public var activity: String
        /// The stage the activity is bound to.
        public var observedStage: Int
        /// The probability of each stage given this event and the ones before (filtered).
        public var probabilities: [Double]
    }

    /// The customer or account.
    public var unit: String
    /// The stages' names, in the binding's order.
    public var stageNames: [String]
    /// The kept events, oldest first.
    public var steps: [Step]
    /// The unit's older events the model did not read (``InferenceOptions/maximumEventsPerUnit``).
    public var olderEventsLeftOut: Int
    /// The prediction: the last step's probabilities.
    public var prediction: UnitPrediction
    /// The reasons, one sentence each, naming the fitted probabilities that decided.
    public var reasons: [String]

    /// How many steps ``description`` lists at most: the latest ones.
    public static let listedSteps = 40

    init(model: FittedStageModel, unitNumber: Int) {
        let sequences = model.sequences
        let names = model.binding.stages.map(\.name)
        var scratch = FilterScratch(stageCount: names.count)
        let rows = Array(model.filtered(number: unitNumber, scratch: &scratch))
        let range = sequences.range(of: unitNumber)
        steps = range.enumerated().map { position, index in
            let event = Int(sequences.events[index])
            return Step(
                timestamp: model.log.times[event],
                activity: model.binding.activities[Int(model.log.activities[event])],
                observedStage: Int(sequences.stages[index]),
                probabilities: Array(rows[(position * names.count)..<((position + 1) * names.count)]))
        }
        unit = sequences.unitNames[unitNumber]
        stageNames = names
        olderEventsLeftOut = sequences.dropped[unitNumber]
        prediction = model.makePrediction(unit: unit, probabilities: steps.last!.probabilities)
        reasons = []
        reasons = Reasons(explanation: self, parameters: model.parameters).sentences()
    }

    public var description: String {
        var lines = [
            "Unit \(unit): most likely in \(stageNames[prediction.stage]) "
                + "(probability \(Self.format(prediction.probability))); \(distribution(prediction.probabilities))."
        ]
        lines.append("Events, and the probability of each stage after each:")
        if olderEventsLeftOut > 0 { lines.append("  (\(olderEventsLeftOut) older events not read)") }
        if steps.count > Self.listedSteps { lines.append("  (\(steps.count - Self.listedSteps) earlier events)") }
        for (number, step) in steps.enumerated().suffix(Self.listedSteps) {
            lines.append(
                "  \(number + 1). \(ISOTime.text(step.timestamp))  \(step.activity) (\(stageNames[step.observedStage]))"
                    + " → \(distribution(step.probabilities))")
        }
        lines.append("Why:")
        lines += reasons.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    /// The stages with probability 0.01 or more, most likely first: `Decision 0.81, Purchase 0.12`.
    func distribution(_ probabilities: [Double]) -> String {
        let order = probabilities.indices.sorted { (-probabilities[$0], $0) < (-probabilities[$1], $1) }
        let shown = order.filter { probabilities[$0] >= 0.005 }
        return (shown.isEmpty ? Array(order.prefix(1)) : shown)
            .map { "\(stageNames[$0]) \(Self.format(probabilities[$0]))" }.joined(separator: ", ")
    }

    /// A probability with two decimals: `0.81`.
    static func format(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, abs(hundredths) <= 100 else { return "\(value)" }
        let whole = Int(hundredths)
        return "\(whole / 100).\(whole % 100 < 10 ? "0" : "")\(whole % 100)"
    }
}

/// The sentences of an explanation: the last events, how the model reads them, and how it moves.
private struct Reasons {
    let explanation: StageExplanation
    let parameters: StageModelParameters

    private var names: [String] { explanation.stageNames }
    private func p(_ value: Double) -> String { StageExplanation.format(value) }

    func sentences() -> [String] {
        let steps = explanation.steps
        let stage = explanation.prediction.stage
        let observed = steps.last!.observedStage
        let run = steps.reversed().prefix { $0.observedStage == observed }.count
        let activities = steps.suffix(min(run, 3)).map(\.activity)
        var result: [String] = []
        if run == 1 {
            result.append("The last event, \(activities[0]), is an activity of \(names[observed]).")
        } else {
            let listed = activities.joined(separator: ", ") + (run > 3 ? ", …" : "")
            result.append("The last \(run) events (\(listed)) were \(names[observed]) activities.")
        }
        let before = steps.count > run ? steps[steps.count - run - 1].probabilities[stage] : nil
        if observed == stage {
            var sentence =
                "A unit in \(names[stage]) shows \(names[stage]) activities with probability "
                + "\(p(parameters.emission(of: stage, in: stage)))"
            if let other = runnerUp(), parameters.emission(of: observed, in: other) > 0 {
                sentence +=
                    "; one in \(names[other]), the next likeliest stage, with probability "
                    + "\(p(parameters.emission(of: observed, in: other)))"
            }
            result.append(sentence + ".")
        } else {
            var sentence =
                "The model reads \(run == 1 ? "it" : "them") as noise: a unit in \(names[stage]) shows "
                + "\(names[observed]) activities with probability \(p(parameters.emission(of: observed, in: stage))), "
                + "and moves from \(names[stage]) to \(names[observed]) between two events with probability "
                + "\(p(parameters.transition(from: stage, to: observed)))"
            if let before { sentence += "; before \(run == 1 ? "it" : "them"), P(\(names[stage])) was \(p(before))" }
            result.append(sentence + ".")
        }
        if let advanced = steps.max(by: { $0.observedStage < $1.observedStage }),
            advanced.observedStage > stage, advanced.observedStage != observed
        {
            result.append(
                "The most advanced activity seen, \(advanced.activity) (\(names[advanced.observedStage])), is read as "
                    + "noise too: a unit in \(names[stage]) shows \(names[advanced.observedStage]) activities with "
                    + "probability \(p(parameters.emission(of: advanced.observedStage, in: stage))).")
        }
        result.append(movesSentence(from: stage))
        if explanation.olderEventsLeftOut > 0 {
            result.append(
                "\(explanation.olderEventsLeftOut) older events were not read: the model reads the last "
                    + "\(steps.count) events of each unit.")
        }
        return result
    }

    private func runnerUp() -> Int? {
        let probabilities = explanation.prediction.probabilities
        let others = probabilities.indices.filter { $0 != explanation.prediction.stage }
        return others.max { (probabilities[$0], -$0) < (probabilities[$1], -$1) }
    }

    private func movesSentence(from stage: Int) -> String {
        var parts = ["stays with probability \(p(parameters.transition(from: stage, to: stage)))"]
        if stage + 1 < names.count {
            parts.append(
                "moves on to \(names[stage + 1]) with \(p(parameters.transition(from: stage, to: stage + 1)))")
        }
        if stage > 0 {
            parts.append(
                "goes back to \(names[stage - 1]) with \(p(parameters.transition(from: stage, to: stage - 1)))")
        }
        return "Between two events, a unit in \(names[stage]) " + parts.joined(separator: ", ") + " (fitted)."
    }
}
