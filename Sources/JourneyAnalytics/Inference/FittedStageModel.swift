import Foundation

/// A stage model fitted to an event log: the parameters, how the fit went, and a prediction and
/// an explanation for every unit of the log.
public struct FittedStageModel: Sendable {
    /// The stages and their activities.
    public let binding: StageBinding
    /// The fitted parameters.
    public let parameters: StageModelParameters
    /// One step per iteration: the log-likelihood of the parameters each started from, the last
    /// one that of ``parameters``.
    public let history: [FitStep]
    /// Whether the fit stopped because an iteration gained less than the tolerance (rather than
    /// at the iteration limit).
    public let converged: Bool

    let sequences: ObservationSequences
    let log: BoundEvents

    init(
        binding: StageBinding, parameters: StageModelParameters, history: [FitStep], converged: Bool,
        sequences: ObservationSequences, log: BoundEvents
    ) {
        self.binding = binding
        self.parameters = parameters
        self.history = history
        self.converged = converged
        self.sequences = sequences
        self.log = log
    }

    /// The M-steps the fit made.
    public var iterations: Int { max(history.count - 1, 0) }

    /// The log-likelihood of the kept events under ``parameters``.
    public var logLikelihood: Double { history.last?.logLikelihood ?? 0 }

    /// The units with at least one event of a bound activity, by name.
    public var units: [String] { sequences.sortedUnits.map { sequences.unitNames[$0] } }

    /// Every unit's prediction, sorted by unit.
    public func predictions() -> [UnitPrediction] {
        var scratch = FilterScratch(stageCount: parameters.stageCount)
        return sequences.sortedUnits.map { prediction(number: $0, scratch: &scratch) }
    }

    /// The prediction of one unit, or `nil` when the log has no bound event of it.
    public func prediction(for unit: String) -> UnitPrediction? {
        var scratch = FilterScratch(stageCount: parameters.stageCount)
        return number(of: unit).map { prediction(number: $0, scratch: &scratch) }
    }

    /// Why the model puts a unit in its stage, or `nil` when the log has no bound event of it.
    public func explanation(for unit: String) -> StageExplanation? {
        number(of: unit).map { StageExplanation(model: self, unitNumber: $0) }
    }

    /// Every unit's prediction as JSON lines (``PredictionLinesWriter``), sorted by unit.
    public func predictionLines() -> Data {
        PredictionLinesWriter(stages: binding.stages).data(predictions())
    }

    /// The stage of the most advanced activity among a unit's kept events: the simple rule the
    /// model is compared with.
    func mostAdvancedStage(number: Int) -> Int {
        Int(sequences.stages[sequences.range(of: number)].max() ?? 0)
    }

    func number(of unit: String) -> Int? {
        let sorted = sequences.sortedUnits
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sequences.unitNames[sorted[middle]] < unit { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sequences.unitNames[sorted[low]] == unit ? sorted[low] : nil
    }

    /// The filtered distributions after each kept event of a unit, one row per event.
    func filtered(number: Int, scratch: inout FilterScratch) -> ArraySlice<Double> {
        let range = sequences.range(of: number)
        let count = parameters.stageCount
        scratch.reserve(events: range.count)
        _ = sequences.stages.withUnsafeBufferPointer {
            ForwardPass.run(
                UnsafeBufferPointer(rebasing: $0[range]), parameters: parameters, alpha: &scratch.alpha,
                scales: &scratch.scales, predicted: &scratch.predicted)
        }
        return scratch.alpha[0..<(range.count * count)]
    }

    private func prediction(number: Int, scratch: inout FilterScratch) -> UnitPrediction {
        let count = parameters.stageCount
        let rows = filtered(number: number, scratch: &scratch)
        let last = Array(rows.suffix(count))
        return makePrediction(unit: sequences.unitNames[number], probabilities: last)
    }

    func makePrediction(unit: String, probabilities: [Double]) -> UnitPrediction {
        var best = 0
        for stage in probabilities.indices where probabilities[stage] > probabilities[best] { best = stage }
        return UnitPrediction(
            unit: unit, stage: best, stageName: binding.stages[best].name, probabilities: probabilities)
    }
}

/// The buffers of the forward pass, reused from unit to unit.
struct FilterScratch {
    var alpha: [Double] = []
    var scales: [Double] = []
    var predicted: [Double]
    let stageCount: Int

    init(stageCount: Int) {
        self.stageCount = stageCount
        predicted = Array(repeating: 0, count: stageCount)
    }

    mutating func reserve(events: Int) {
        if alpha.count < events * stageCount { alpha = Array(repeating: 0, count: events * stageCount) }
        if scales.count < events { scales = Array(repeating: 0, count: events) }
    }
}
