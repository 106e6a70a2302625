/// Infers each unit's current stage from the activities it was seen doing: a hidden Markov model
/// over the map's stages, fitted to the log itself.
///
/// Add events in any order, then ``fit()``: Baum–Welch estimates how units move between stages
/// and how noisily their activities show the stage they are in (see ``StageModelParameters``);
/// the fitted model then gives each unit the probability of each stage at its last event.
/// Events of activities the map does not bind are counted and otherwise passed over. The model is
/// described in Docs/Analytics.md (*Stage inference*).
///
/// ```swift
/// var model = StageInference(binding: try StageBinding(map: map))
/// try EventLogReader().read(contentsOf: events) { model.add($0) }
/// let fitted = model.fit()
/// for prediction in fitted.predictions() { print(prediction.unit, prediction.stageName) }
/// print(fitted.explanation(for: "c-42")!)
/// ```
public struct StageInference: Sendable {
    /// The stages and their activities.
    public let binding: StageBinding
    /// Whose stage is inferred, and how the model is fitted.
    public let options: InferenceOptions
    /// The events added, bound or not.
    public private(set) var eventCount = 0
    /// The events whose activity the map does not bind, which the model passes over.
    public private(set) var unboundEventCount = 0
    /// When following accounts: the events without an account, which no unit could take.
    public private(set) var eventsWithoutAccount = 0

    var log = BoundEvents()
    private var units = NameNumbers()

    public init(binding: StageBinding, options: InferenceOptions = InferenceOptions()) {
        self.binding = binding
        self.options = options
    }

    /// Takes one event into account.
    public mutating func add(_ event: ActivityEvent) {
        eventCount += 1
        guard let activity = binding.index(of: event.activity) else {
            unboundEventCount += 1
            return
        }
        guard let name = options.unit.name(of: event) else {
            eventsWithoutAccount += 1
            return
        }
        log.append(unit: units.number(of: name), activity: Int32(activity), time: event.timestamp)
    }

    /// Fits the model to the events added so far, starting from ``InferenceOptions/start`` (or the
    /// default start), and returns it ready to predict.
    ///
    /// - Precondition: the start parameters, when given, have one stage per stage of the binding.
    public func fit() -> FittedStageModel {
        let sequences = self.sequences()
        let start = options.start ?? InferenceOptions.defaultStart(stageCount: binding.stages.count)
        precondition(start.stageCount == binding.stages.count, "the start parameters need one stage per map stage")
        let (parameters, history, converged) = BaumWelch(sequences: sequences, options: options).fit(from: start)
        return FittedStageModel(
            binding: binding, parameters: parameters, history: history, converged: converged, sequences: sequences,
            log: log)
    }

    /// The model with the given parameters, not fitted: to predict with parameters known or
    /// fitted before.
    ///
    /// - Precondition: the parameters have one stage per stage of the binding.
    public func model(with parameters: StageModelParameters) -> FittedStageModel {
        precondition(parameters.stageCount == binding.stages.count, "the parameters need one stage per map stage")
        let sequences = self.sequences()
        let logLikelihood = BaumWelch(sequences: sequences, options: options).expectedCounts(parameters).logLikelihood
        return FittedStageModel(
            binding: binding, parameters: parameters,
            history: [FitStep(logLikelihood: logLikelihood, objective: logLikelihood)], converged: false,
            sequences: sequences, log: log)
    }

    private func sequences() -> ObservationSequences {
        ObservationSequences(
            log: log, unitNames: units.names, activityStages: binding.activityStages,
            limit: options.maximumEventsPerUnit)
    }
}
