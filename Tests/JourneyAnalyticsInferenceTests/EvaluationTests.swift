import Foundation
import JourneyAnalytics
import Testing

@Suite("Stage inference against the truth")
struct EvaluationTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func theFittedModelBeatsTheMostAdvancedActivityAndNearsTheTruth(seed: UInt64) {
        let result = InferenceEvaluation(units: 1500, seed: seed).run(noise: 0.2)
        print(InferenceEvaluation.markdownTable([result]))
        #expect(result.fittedAccuracy >= result.baselineAccuracy)
        #expect(result.fittedAccuracy >= result.trueParametersAccuracy - 0.03)
        #expect(result.trueParametersAccuracy > 0.6)
    }

    /// The table of Docs/Analytics.md, and the time of one fit of a million events.
    ///
    /// A debug build is slower than release. Run with `JOURNEY_INFERENCE_TABLE=1`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["JOURNEY_INFERENCE_TABLE"] != nil))
    func measuresTheTableOfTheDocumentation() {
        let evaluation = InferenceEvaluation(units: 5000)
        let results = evaluation.run(noiseLevels: [0.05, 0.1, 0.2, 0.3, 0.4])
        print(InferenceEvaluation.markdownTable(results))
        var large = InferenceEvaluation(units: 62_500, eventsPerUnit: 2...30)
        large.options.maximumIterations = 100
        let million = large.run(noise: 0.2)
        print(InferenceEvaluation.markdownTable([million]))
        print(
            "fit of \(million.events) events: \(million.fitSeconds) s, \(million.iterations) iterations, "
                + "\(Double(million.events) / million.fitSeconds) events/s")
    }
}
