/// Measures stage inference on synthetic journeys whose true stages are known.
///
/// For each noise level it draws a log from ``SyntheticJourneys`` with
/// ``StageModelParameters/journey(stageCount:stay:forward:back:noise:earlierWeight:firstStage:)``
/// as the truth, and counts the units whose true stage at their last event each method names:
///
/// - the fitted model (Baum–Welch from the default start, not told the truth);
/// - the baseline: the stage of the most advanced activity the unit was seen doing;
/// - the same filter given the true parameters: the best the model can do.
///
/// ```swift
/// let results = InferenceEvaluation(units: 2000).run(noiseLevels: [0.1, 0.2, 0.3])
/// print(InferenceEvaluation.markdownTable(results))
/// ```
public struct InferenceEvaluation: Hashable, Sendable {
    /// The figures of one noise level.
    public struct Result: Hashable, Sendable {
        /// The probability that an event shows an activity of another stage than the unit's.
        public var noise: Double
        /// The units, and the events of the log.
        public var units: Int
        public var events: Int
        /// The share of units each method puts in their true stage.
        public var fittedAccuracy: Double
        public var baselineAccuracy: Double
        public var trueParametersAccuracy: Double
        /// The fit's iterations and its wall-clock time in seconds (not the generation's).
        public var iterations: Int
        public var fitSeconds: Double
    }

    public var stageCount: Int
    public var activitiesPerStage: Int
    public var units: Int
    public var eventsPerUnit: ClosedRange<Int>
    /// The true moves between events: stay, forward one stage, back one stage.
    public var stay: Double
    public var forward: Double
    public var back: Double
    /// How much more often noise shows an earlier stage than a later one (see
    /// ``StageModelParameters/journey(stageCount:stay:forward:back:noise:earlierWeight:firstStage:)``).
    public var earlierWeight: Double
    public var seed: UInt64
    /// How the model is fitted.
    public var options: InferenceOptions

    public init(
        stageCount: Int = 5, activitiesPerStage: Int = 4, units: Int = 2000, eventsPerUnit: ClosedRange<Int> = 2...30,
        stay: Double = 0.75, forward: Double = 0.2, back: Double = 0.05, earlierWeight: Double = 2, seed: UInt64 = 1,
        options: InferenceOptions = InferenceOptions()
    ) {
        self.stageCount = stageCount
        self.activitiesPerStage = activitiesPerStage
        self.units = units
        self.eventsPerUnit = eventsPerUnit
        self.stay = stay
        self.forward = forward
        self.back = back
        self.earlierWeight = earlierWeight
        self.seed = seed
        self.options = options
    }

    /// The true parameters at a noise level.
    public func truth(noise: Double) -> StageModelParameters {
        .journey(
            stageCount: stageCount, stay: stay, forward: forward, back: back, noise: noise, earlierWeight: earlierWeight
        )
    }

    /// The journeys drawn at a noise level.
    public func journeys(noise: Double) -> SyntheticJourneys {
        SyntheticJourneys(
            parameters: truth(noise: noise), activitiesPerStage: activitiesPerStage, units: units,
            eventsPerUnit: eventsPerUnit, seed: seed)
    }

    /// Draws, fits and scores one noise level.
    public func run(noise: Double) -> Result {
        let journeys = journeys(noise: noise)
        var inference = StageInference(binding: journeys.binding, options: options)
        let truth = journeys.generate { inference.add($0) }
        let clock = ContinuousClock()
        let started = clock.now
        let fitted = inference.fit()
        let elapsed = clock.now - started
        let known = inference.model(with: journeys.parameters)
        let fittedStages = fitted.predictions()
        let knownStages = known.predictions()
        var right = (fitted: 0, baseline: 0, known: 0)
        for (index, prediction) in fittedStages.enumerated() {
            guard let actual = truth.stage(of: prediction.unit), let number = fitted.number(of: prediction.unit)
            else { continue }
            if prediction.stage == actual { right.fitted += 1 }
            if knownStages[index].stage == actual { right.known += 1 }
            if fitted.mostAdvancedStage(number: number) == actual { right.baseline += 1 }
        }
        let total = Double(max(fittedStages.count, 1))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Result(
            noise: noise, units: fittedStages.count, events: truth.events, fittedAccuracy: Double(right.fitted) / total,
            baselineAccuracy: Double(right.baseline) / total, trueParametersAccuracy: Double(right.known) / total,
            iterations: fitted.iterations, fitSeconds: seconds)
    }

    /// Draws, fits and scores each noise level.
    public func run(noiseLevels: [Double]) -> [Result] {
        noiseLevels.map { run(noise: $0) }
    }

    /// The results as a Markdown table, accuracies in percent with one decimal.
    public static func markdownTable(_ results: [Result]) -> String {
        func percent(_ value: Double) -> String {
            let tenths = (value * 1000).rounded()
            guard tenths.isFinite, abs(tenths) <= 1000 else { return "—" }
            let whole = Int(tenths)
            return "\(whole / 10).\(whole % 10) %"
        }
        var lines = [
            "| noise | units | events | fitted HMM | most advanced activity | HMM, true parameters | iterations |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for result in results {
            lines.append(
                "| \(result.noise) | \(result.units) | \(result.events) | \(percent(result.fittedAccuracy)) | "
                    + "\(percent(result.baselineAccuracy)) | \(percent(result.trueParametersAccuracy)) | "
                    + "\(result.iterations) |")
        }
        return lines.joined(separator: "\n")
    }
}
