/// The parameters of the hidden Markov model over a journey's stages.
///
/// The hidden state is the stage a unit is in; the observation at each event is the stage its
/// activity is bound to. Three tables describe the model, every row a probability distribution:
///
/// - ``initial``: the stage at a unit's first event;
/// - ``transitions``: from the stage at one event (row) to the stage at the next (column);
/// - ``emissions``: from the true stage (row) to the stage of the activity seen (column) — the
///   diagonal is how faithfully activities show the stage, the rest is noise, such as a customer
///   in *Decision* still reading *Awareness* content.
///
/// ```swift
/// let truth = StageModelParameters.journey(stageCount: 4, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.2)
/// truth.transition(from: 1, to: 2)  // 0.25
/// ```
public struct StageModelParameters: Hashable, Sendable {
    /// The number of stages.
    public let stageCount: Int
    /// The stage at a unit's first event.
    public internal(set) var initial: [Double]
    /// The transitions, row-major: `from * stageCount + to`.
    var transitionTable: [Double]
    /// The emissions, row-major: `stage * stageCount + observed`.
    var emissionTable: [Double]

    /// Checks and keeps the three tables; each row is scaled to sum to 1.
    ///
    /// - Throws: ``StageModelError`` when a table has the wrong shape, a value is negative or not
    ///   finite, or a row sums to 0.
    public init(initial: [Double], transitions: [[Double]], emissions: [[Double]]) throws(StageModelError) {
        let count = initial.count
        guard count > 0 else { throw StageModelError("the model needs at least one stage") }
        guard transitions.count == count, transitions.allSatisfy({ $0.count == count }) else {
            throw StageModelError("the transition table must be \(count) × \(count), one row and column per stage")
        }
        guard emissions.count == count, emissions.allSatisfy({ $0.count == count }) else {
            throw StageModelError("the emission table must be \(count) × \(count), one row and column per stage")
        }
        self.stageCount = count
        self.initial = try Self.normalized(initial, table: "initial distribution")
        var transitionTable: [Double] = []
        var emissionTable: [Double] = []
        for row in transitions { transitionTable += try Self.normalized(row, table: "transition table") }
        for row in emissions { emissionTable += try Self.normalized(row, table: "emission table") }
        self.transitionTable = transitionTable
        self.emissionTable = emissionTable
    }

    init(stageCount: Int, initial: [Double], transitionTable: [Double], emissionTable: [Double]) {
        self.stageCount = stageCount
        self.initial = initial
        self.transitionTable = transitionTable
        self.emissionTable = emissionTable
    }

    /// The model of a journey whose stages follow one another.
    ///
    /// From each stage a unit stays, moves forward one stage, or goes back one, in the proportions
    /// given (at the first and last stage the move that is impossible stays). Activities show the
    /// true stage with probability `1 − noise`; the noise is spread over the other stages, each
    /// earlier stage weighing `earlierWeight` times a later one (people read early-stage content
    /// late more often than the reverse). Units start in the first stage with probability
    /// `firstStage`, the rest spread evenly.
    public static func journey(
        stageCount: Int, stay: Double, forward: Double, back: Double, noise: Double,
        earlierWeight: Double = 2, firstStage: Double = 0.6
    ) -> StageModelParameters {
        precondition(stageCount > 0, "a journey has at least one stage")
        let count = stageCount
        let initial = (0..<count).map { stage in
            count == 1 ? 1 : stage == 0 ? firstStage : (1 - firstStage) / Double(count - 1)
        }
        var transitions = [Double](repeating: 0, count: count * count)
        var emissions = transitions
        let moves = stay + forward + back
        for stage in 0..<count {
            transitions[stage * count + stage] += stay / moves
            transitions[stage * count + min(stage + 1, count - 1)] += forward / moves
            transitions[stage * count + max(stage - 1, 0)] += back / moves
            let weights = (0..<count).map { $0 == stage ? 0 : $0 < stage ? earlierWeight : 1 }
            let total = weights.reduce(0, +)
            for observed in 0..<count {
                emissions[stage * count + observed] =
                    observed == stage ? (total > 0 ? 1 - noise : 1) : noise * weights[observed] / total
            }
        }
        return StageModelParameters(
            stageCount: count, initial: initial, transitionTable: transitions, emissionTable: emissions)
    }

    /// The probability of moving from one stage to another between two events.
    public func transition(from stage: Int, to next: Int) -> Double {
        transitionTable[stage * stageCount + next]
    }

    /// The probability that a unit in `stage` shows an activity bound to `observed`.
    public func emission(of observed: Int, in stage: Int) -> Double {
        emissionTable[stage * stageCount + observed]
    }

    /// The transition table, one row per stage moved from.
    public var transitions: [[Double]] { rows(transitionTable) }
    /// The emission table, one row per true stage, one column per stage of the activity seen.
    public var emissions: [[Double]] { rows(emissionTable) }

    /// The same model with every probability mixed with a uniform one: no impossible event left.
    public func smoothed(_ weight: Double) -> StageModelParameters {
        let uniform = 1 / Double(stageCount)
        func mix(_ values: [Double]) -> [Double] { values.map { (1 - weight) * $0 + weight * uniform } }
        return StageModelParameters(
            stageCount: stageCount, initial: mix(initial), transitionTable: mix(transitionTable),
            emissionTable: mix(emissionTable))
    }

    private func rows(_ table: [Double]) -> [[Double]] {
        (0..<stageCount).map { Array(table[($0 * stageCount)..<(($0 + 1) * stageCount)]) }
    }

    private static func normalized(_ row: [Double], table: String) throws(StageModelError) -> [Double] {
        guard row.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw StageModelError("the \(table) holds a negative or non-finite value")
        }
        let total = row.reduce(0, +)
        guard total > 0 else { throw StageModelError("a row of the \(table) sums to 0") }
        return row.map { $0 / total }
    }
}

/// Why a stage model's parameters cannot be used.
public struct StageModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in a sentence.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
