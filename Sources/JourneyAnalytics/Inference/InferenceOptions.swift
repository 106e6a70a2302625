/// How a stage inference follows units and fits its model.
public struct InferenceOptions: Hashable, Sendable {
    /// Whose stage is inferred: each customer's, or each account's (all its customers' events together).
    public var unit: AnalysisOptions.Unit
    /// The most Baum–Welch iterations (M-steps) a fit makes.
    public var maximumIterations: Int
    /// The fit stops when an iteration raises the objective (log-likelihood plus log prior) by less
    /// than this much per observed event.
    public var tolerance: Double
    /// The most events of one unit the model reads: the latest ones.
    ///
    /// A unit's current stage depends little on its oldest events, and this bounds the memory and
    /// time one very active unit takes.
    public var maximumEventsPerUnit: Int
    /// The pseudo-counts added to each row of each table, spread like the starting parameters.
    ///
    /// They are a Dirichlet prior worth that many events, so a stage without data keeps its
    /// starting row instead of dividing by zero. 0 gives plain maximum likelihood.
    public var pseudoCounts: Double
    /// Where the fit starts, and the shape of the prior; `nil` for ``defaultStart(stageCount:)``.
    public var start: StageModelParameters?

    public init(
        unit: AnalysisOptions.Unit = .customer, maximumIterations: Int = 100, tolerance: Double = 1e-7,
        maximumEventsPerUnit: Int = 1000, pseudoCounts: Double = 10, start: StageModelParameters? = nil
    ) {
        self.unit = unit
        self.maximumIterations = max(0, maximumIterations)
        self.tolerance = tolerance
        self.maximumEventsPerUnit = max(1, maximumEventsPerUnit)
        self.pseudoCounts = max(0, pseudoCounts)
        self.start = start
    }

    /// The starting parameters when none are given: a unit stays in its stage with probability
    /// 0.6, moves forward with 0.3 and back with 0.1; activities show their stage with probability
    /// 0.8; then 2 % of every probability spread evenly, so that no move is impossible.
    ///
    /// Diagonal-heavy emissions keep the hidden states in the stages' order: state *k* is the
    /// stage *k* of the map, not whichever cluster the fit happens to find.
    public static func defaultStart(stageCount: Int) -> StageModelParameters {
        StageModelParameters.journey(stageCount: stageCount, stay: 0.6, forward: 0.3, back: 0.1, noise: 0.2)
            .smoothed(0.02)
    }
}

/// One iteration of a fit: how well the parameters it started from explain the events.
public struct FitStep: Hashable, Sendable {
    /// The log-likelihood of the kept events (natural logarithm).
    public var logLikelihood: Double
    /// The log-likelihood plus the log of the Dirichlet prior the pseudo-counts stand for (up to a
    /// constant): the quantity each Baum–Welch iteration cannot lower.
    public var objective: Double
}
