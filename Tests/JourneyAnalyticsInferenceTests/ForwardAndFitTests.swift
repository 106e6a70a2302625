import Foundation
import JourneyAnalytics
import Testing

@Suite("Stage model: forward algorithm and Baum–Welch")
struct ForwardAndFitTests {
    /// π = (0.6, 0.4), A = ((0.7, 0.3), (0.2, 0.8)), B = ((0.9, 0.1), (0.3, 0.7)).
    private let toy = try! StageModelParameters(
        initial: [0.6, 0.4], transitions: [[0.7, 0.3], [0.2, 0.8]], emissions: [[0.9, 0.1], [0.3, 0.7]])

    @Test func filtersATwoStageModelAsComputedByHand() {
        let filtered = StageFilter(parameters: toy).filtered([0, 1])
        // α₁ = (0.6·0.9, 0.4·0.3) = (0.54, 0.12), normalized by 0.66.
        #expect(abs(filtered[0][0] - 0.54 / 0.66) < 1e-12)
        #expect(abs(filtered[0][1] - 0.12 / 0.66) < 1e-12)
        // α₂ = ((0.54·0.7 + 0.12·0.2)·0.1, (0.54·0.3 + 0.12·0.8)·0.7) = (0.0402, 0.1806); sum 0.2208.
        #expect(abs(filtered[1][0] - 0.0402 / 0.2208) < 1e-12)
        #expect(abs(filtered[1][1] - 0.1806 / 0.2208) < 1e-12)
        #expect(abs(StageFilter(parameters: toy).logLikelihood(of: [0, 1]) - log(0.2208)) < 1e-12)
    }

    @Test func checksTheShapeOfParameters() {
        #expect(throws: StageModelError.self) {
            try StageModelParameters(initial: [1, 0], transitions: [[1, 0]], emissions: [[1, 0], [0, 1]])
        }
        #expect(throws: StageModelError.self) {
            try StageModelParameters(
                initial: [1, -1], transitions: [[1, 0], [0, 1]], emissions: [[1, 0], [0, 1]])
        }
        #expect(throws: StageModelError.self) {
            try StageModelParameters(initial: [1, 0], transitions: [[0, 0], [0, 1]], emissions: [[1, 0], [0, 1]])
        }
        let scaled = try? StageModelParameters(
            initial: [3, 1], transitions: [[1, 1], [0, 2]], emissions: [[4, 0], [1, 3]])
        #expect(scaled?.initial == [0.75, 0.25] && scaled?.transition(from: 0, to: 1) == 0.5)
    }

    @Test func journeyParametersMoveOneStageAtATime() {
        let model = StageModelParameters.journey(stageCount: 4, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.2)
        #expect(abs(model.transition(from: 1, to: 2) - 0.25) < 1e-12)
        #expect(model.transition(from: 1, to: 3) == 0)
        #expect(abs(model.transition(from: 0, to: 0) - 0.75) < 1e-12)
        #expect(abs(model.transition(from: 3, to: 3) - 0.95) < 1e-12)
        #expect(abs(model.emission(of: 2, in: 2) - 0.8) < 1e-12)
        // Noise of stage 2 (Decision): earlier stages weigh 2, the later one 1 → 0.08, 0.08, 0.04.
        #expect(abs(model.emission(of: 0, in: 2) - 0.08) < 1e-12)
        #expect(abs(model.emission(of: 3, in: 2) - 0.04) < 1e-12)
        for row in model.transitions + model.emissions { #expect(abs(row.reduce(0, +) - 1) < 1e-12) }
    }

    @Test func baumWelchNeverLowersTheLikelihood() {
        let journeys = SyntheticJourneys(
            parameters: .journey(stageCount: 4, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.25), units: 300, seed: 7)
        for pseudoCounts in [0.0, 10] {
            var inference = StageInference(
                binding: journeys.binding,
                options: InferenceOptions(maximumIterations: 25, tolerance: -1, pseudoCounts: pseudoCounts))
            _ = journeys.generate { inference.add($0) }
            let history = inference.fit().history
            #expect(history.count == 26)
            for (before, after) in zip(history, history.dropFirst()) {
                // Without pseudo-counts EM raises the likelihood itself; with them, the likelihood
                // plus the log prior (the objective).
                let (old, new) =
                    pseudoCounts == 0
                    ? (before.logLikelihood, after.logLikelihood) : (before.objective, after.objective)
                #expect(new >= old - 1e-9 * abs(old), "fell from \(old) to \(new)")
            }
            #expect(history.last!.logLikelihood > history.first!.logLikelihood)
            #expect(history.allSatisfy { $0.logLikelihood.isFinite && $0.objective.isFinite })
        }
    }

    @Test func stopsWhenTheGainIsBelowTheTolerance() {
        let journeys = SyntheticJourneys(
            parameters: .journey(stageCount: 3, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.1), units: 200, seed: 3)
        var inference = StageInference(binding: journeys.binding, options: InferenceOptions(tolerance: 1e-4))
        _ = journeys.generate { inference.add($0) }
        let fitted = inference.fit()
        #expect(fitted.converged)
        #expect(fitted.iterations < 100)
    }

    @Test func aStageWithoutEventsKeepsFiniteParameters() throws {
        // Three stages, but the log only ever shows the first: the other rows have no counts.
        let binding = try StageBinding(
            stages: [.init(id: "a", name: "A"), .init(id: "b", name: "B"), .init(id: "c", name: "C")],
            activities: ["x": 0, "y": 1, "z": 2])
        for pseudoCounts in [0.0, 10] {
            var inference = StageInference(binding: binding, options: InferenceOptions(pseudoCounts: pseudoCounts))
            for number in 0..<5 {
                inference.add(ActivityEvent(timestamp: Double(number), customer: "c\(number % 2)", activity: "x"))
            }
            let fitted = inference.fit()
            let values =
                fitted.parameters.initial + fitted.parameters.transitions.joined()
                + fitted.parameters.emissions.joined()
            #expect(values.allSatisfy { $0.isFinite })
            #expect(fitted.predictions().map(\.stage) == [0, 0])
        }
    }
}
