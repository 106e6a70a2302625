import Foundation

/// Fits a stage model to observation sequences by expectation–maximization (Baum–Welch).
///
/// Each iteration computes the expected counts under the current parameters (``ExpectedCounts``,
/// units split between the cores in a fixed number of parts that add up in order, so the result
/// does not depend on the machine), then sets each row of each table to its counts plus the
/// pseudo-counts, normalized: the maximum a posteriori estimate under a Dirichlet prior shaped
/// like the starting parameters.
struct BaumWelch {
    let sequences: ObservationSequences
    let options: InferenceOptions

    /// The fitted parameters, one step per iteration, and whether the gain fell under the tolerance.
    func fit(from start: StageModelParameters) -> (StageModelParameters, [FitStep], converged: Bool) {
        let prior = Prior(start: start, strength: options.pseudoCounts)
        let observations = Double(max(sequences.stages.count, 1))
        var parameters = start
        var history: [FitStep] = []
        var iteration = 0
        while true {
            let counts = expectedCounts(parameters)
            let step = FitStep(
                logLikelihood: counts.logLikelihood, objective: counts.logLikelihood + prior.logDensity(parameters))
            if let previous = history.last, step.objective - previous.objective < options.tolerance * observations {
                history.append(step)
                return (parameters, history, true)
            }
            history.append(step)
            if iteration == options.maximumIterations { return (parameters, history, false) }
            parameters = prior.maximize(counts, previous: parameters)
            iteration += 1
        }
    }

    /// The expected counts of every unit under `parameters`.
    func expectedCounts(_ parameters: StageModelParameters) -> ExpectedCounts {
        let unitCount = sequences.unitCount
        let parts = max(1, min(16, unitCount / 256))
        let sequences = self.sequences
        let results = concurrentParts(of: unitCount, parts: parts) { units in
            var counts = ExpectedCounts(stageCount: parameters.stageCount)
            counts.add(units: units, of: sequences, parameters: parameters)
            return counts
        }
        var total = ExpectedCounts(stageCount: parameters.stageCount)
        for part in results { total.add(part) }
        return total
    }
}

/// The Dirichlet prior the pseudo-counts stand for: each row's concentrations are the starting
/// row times the strength.
private struct Prior {
    let initial: [Double]
    let transitions: [Double]
    let emissions: [Double]

    init(start: StageModelParameters, strength: Double) {
        initial = start.initial.map { $0 * strength }
        transitions = start.transitionTable.map { $0 * strength }
        emissions = start.emissionTable.map { $0 * strength }
    }

    /// Σ α log θ over the three tables: the log prior density up to a constant.
    func logDensity(_ parameters: StageModelParameters) -> Double {
        func sum(_ alpha: [Double], _ theta: [Double]) -> Double {
            zip(alpha, theta).reduce(0) { $0 + ($1.0 > 0 ? $1.0 * log($1.1) : 0) }
        }
        return sum(initial, parameters.initial) + sum(transitions, parameters.transitionTable)
            + sum(emissions, parameters.emissionTable)
    }

    /// The M-step: each row's counts plus concentrations, normalized; a row with neither keeps
    /// its previous values.
    func maximize(_ counts: ExpectedCounts, previous: StageModelParameters) -> StageModelParameters {
        let count = previous.stageCount
        func rows(_ counted: [Double], _ alpha: [Double], _ old: [Double], width: Int) -> [Double] {
            var result = old
            for start in stride(from: 0, to: counted.count, by: width) {
                var total = 0.0
                for index in start..<(start + width) { total += counted[index] + alpha[index] }
                guard total > 0, total.isFinite else { continue }
                for index in start..<(start + width) { result[index] = (counted[index] + alpha[index]) / total }
            }
            return result
        }
        return StageModelParameters(
            stageCount: count, initial: rows(counts.initial, initial, previous.initial, width: count),
            transitionTable: rows(counts.transitions, transitions, previous.transitionTable, width: count),
            emissionTable: rows(counts.emissions, emissions, previous.emissionTable, width: count))
    }
}
