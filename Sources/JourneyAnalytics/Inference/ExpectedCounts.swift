import Foundation

/// What the forward–backward pass expects of the hidden stages, summed over sequences: the E-step.
///
/// For each sequence of observed stages `o₁…o_T` under parameters `π, A, B`, the pass runs forward
/// with per-step scaling (α̂ₜ sums to 1, the scale cₜ is what it summed to before; the
/// log-likelihood is Σ log cₜ), then backward with the same scales, and adds
///
/// - γ₁(i) to the initial counts;
/// - ξₜ(i, j) = α̂ₜ(i) A(i, j) B(j, oₜ₊₁) β̂ₜ₊₁(j) / cₜ₊₁ to the transition counts;
/// - γₜ(i) = α̂ₜ(i) β̂ₜ(i) to the emission counts of (i, oₜ).
///
/// Only two β̂ vectors are kept, and α̂ for the current sequence.
struct ExpectedCounts: Sendable {
    let stageCount: Int
    var initial: [Double]
    var transitions: [Double]
    var emissions: [Double]
    var logLikelihood = 0.0

    init(stageCount: Int) {
        self.stageCount = stageCount
        initial = Array(repeating: 0, count: stageCount)
        transitions = Array(repeating: 0, count: stageCount * stageCount)
        emissions = transitions
    }

    /// Adds another part's counts.
    mutating func add(_ other: ExpectedCounts) {
        for index in initial.indices { initial[index] += other.initial[index] }
        for index in transitions.indices {
            transitions[index] += other.transitions[index]
            emissions[index] += other.emissions[index]
        }
        logLikelihood += other.logLikelihood
    }

    /// Adds the counts of the units in `units`.
    mutating func add(units: Range<Int>, of sequences: ObservationSequences, parameters: StageModelParameters) {
        let count = stageCount
        var alpha = [Double](repeating: 0, count: count)
        var beta = [Double](repeating: 0, count: count)
        var next = [Double](repeating: 0, count: count)
        var weighted = [Double](repeating: 0, count: count)
        var predicted = [Double](repeating: 0, count: count)
        var scales: [Double] = []
        sequences.stages.withUnsafeBufferPointer { stages in
            for unit in units {
                let range = sequences.range(of: unit)
                guard !range.isEmpty else { continue }
                let observed = UnsafeBufferPointer(rebasing: stages[range])
                if alpha.count < observed.count * count {
                    alpha = [Double](repeating: 0, count: observed.count * count)
                }
                if scales.count < observed.count { scales = [Double](repeating: 0, count: observed.count) }
                logLikelihood += ForwardPass.run(
                    observed, parameters: parameters, alpha: &alpha, scales: &scales, predicted: &predicted)
                backward(
                    observed, parameters: parameters, alpha: alpha, scales: scales, beta: &beta, next: &next,
                    weighted: &weighted)
            }
        }
    }

    /// The backward pass of one sequence whose α̂ and scales the forward pass left.
    private mutating func backward(
        _ observed: UnsafeBufferPointer<Int32>, parameters: StageModelParameters, alpha: [Double],
        scales: [Double], beta: inout [Double], next: inout [Double], weighted: inout [Double]
    ) {
        let count = stageCount
        let length = observed.count
        let a = parameters.transitionTable
        let b = parameters.emissionTable
        let lastRow = (length - 1) * count
        let lastObserved = Int(observed[length - 1])
        for stage in 0..<count {
            next[stage] = 1
            emissions[stage * count + lastObserved] += alpha[lastRow + stage]
        }
        if length == 1 {
            for stage in 0..<count { initial[stage] += alpha[stage] }
            return
        }
        for time in stride(from: length - 2, through: 0, by: -1) {
            let following = Int(observed[time + 1])
            let scale = scales[time + 1]
            for stage in 0..<count { weighted[stage] = b[stage * count + following] * next[stage] / scale }
            let row = time * count
            let current = Int(observed[time])
            for from in 0..<count {
                var sum = 0.0
                let alphaFrom = alpha[row + from]
                for to in 0..<count {
                    let term = a[from * count + to] * weighted[to]
                    sum += term
                    transitions[from * count + to] += alphaFrom * term
                }
                beta[from] = sum
                let gamma = alphaFrom * sum
                emissions[from * count + current] += gamma
                if time == 0 { initial[from] += gamma }
            }
            swap(&beta, &next)
        }
    }
}

/// The forward algorithm with per-step scaling.
enum ForwardPass {
    /// Fills `alpha` (row per event) with the filtered distributions α̂ₜ and `scales` with cₜ;
    /// returns the log-likelihood of the sequence.
    ///
    /// An observation the parameters call impossible (every αₜ 0) would divide by zero: that step
    /// keeps the predicted distribution (the previous one moved by the transitions) and counts the
    /// smallest positive double as its likelihood, so an impossible event lowers the likelihood
    /// instead of turning it into NaN.
    static func run(
        _ observed: UnsafeBufferPointer<Int32>, parameters: StageModelParameters, alpha: inout [Double],
        scales: inout [Double], predicted: inout [Double]
    ) -> Double {
        let count = parameters.stageCount
        let a = parameters.transitionTable
        let b = parameters.emissionTable
        var logLikelihood = 0.0
        for time in 0..<observed.count {
            let current = Int(observed[time])
            let row = time * count
            var sum = 0.0
            for to in 0..<count {
                var prior = 0.0
                if time == 0 {
                    prior = parameters.initial[to]
                } else {
                    for from in 0..<count { prior += alpha[row - count + from] * a[from * count + to] }
                }
                predicted[to] = prior
                let value = prior * b[to * count + current]
                alpha[row + to] = value
                sum += value
            }
            if sum > 0 {
                for to in 0..<count { alpha[row + to] /= sum }
            } else {
                for to in 0..<count { alpha[row + to] = predicted[to] }
                sum = Double.leastNonzeroMagnitude
            }
            scales[time] = sum
            logLikelihood += log(sum)
        }
        return logLikelihood
    }
}
