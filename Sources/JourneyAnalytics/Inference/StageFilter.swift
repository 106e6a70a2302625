/// The forward algorithm: the probability of each stage after each observed event.
///
/// After the events `o₁…oₜ` the filtered distribution is P(stage at t | o₁…oₜ): the previous one
/// moved by the transitions, weighed by how likely each stage makes the activity seen, and
/// normalized. It uses no later event, so it is what the model believes *now* at each step.
///
/// ```swift
/// let filter = StageFilter(parameters: fitted.parameters)
/// filter.filtered([0, 1, 1]).last  // the stage probabilities after three events
/// ```
public struct StageFilter: Sendable {
    /// The model.
    public let parameters: StageModelParameters

    public init(parameters: StageModelParameters) {
        self.parameters = parameters
    }

    /// The distribution over stages after each observation; observations are stage indexes.
    ///
    /// - Precondition: every observation is a stage of the model.
    public func filtered(_ observedStages: [Int]) -> [[Double]] {
        let count = parameters.stageCount
        let (alpha, _) = run(observedStages)
        return observedStages.indices.map { Array(alpha[($0 * count)..<(($0 + 1) * count)]) }
    }

    /// The natural logarithm of the probability of the observations under the model.
    public func logLikelihood(of observedStages: [Int]) -> Double {
        run(observedStages).logLikelihood
    }

    private func run(_ observedStages: [Int]) -> (alpha: [Double], logLikelihood: Double) {
        precondition(
            observedStages.allSatisfy { (0..<parameters.stageCount).contains($0) }, "observations must be stages")
        let observed = observedStages.map { Int32($0) }
        var alpha = [Double](repeating: 0, count: observed.count * parameters.stageCount)
        var scales = [Double](repeating: 0, count: observed.count)
        var predicted = [Double](repeating: 0, count: parameters.stageCount)
        let logLikelihood = observed.withUnsafeBufferPointer {
            ForwardPass.run($0, parameters: parameters, alpha: &alpha, scales: &scales, predicted: &predicted)
        }
        return (alpha, logLikelihood)
    }
}
