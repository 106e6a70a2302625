import Foundation
import JourneyAnalytics
import Testing

@Suite("Stage predictions, explanations and their JSON lines")
struct PredictionTests {
    private let binding = try! StageBinding(
        stages: [.init(id: "try", name: "Try"), .init(id: "buy", name: "Buy")], activities: ["demo": 0, "order": 1])
    /// Stages never change; activities show their stage with probability 0.75.
    private let sticky = try! StageModelParameters(
        initial: [0.5, 0.5], transitions: [[1, 0], [0, 1]], emissions: [[0.75, 0.25], [0.25, 0.75]])

    @Test func writesTheIssuesJSONLinesExactly() {
        var inference = StageInference(binding: binding)
        inference.add(ActivityEvent(timestamp: 1, customer: "c1", activity: "demo"))
        inference.add(ActivityEvent(timestamp: 2, customer: "c\"2", activity: "order"))
        inference.add(ActivityEvent(timestamp: 3, customer: "c1", activity: "page_view"))
        let model = inference.model(with: sticky)
        let text = String(decoding: model.predictionLines(), as: UTF8.self)
        #expect(
            text == """
                {"probabilities":{"Buy":0.75,"Try":0.25},"stage":"Buy","unit":"c\\"2"}
                {"probabilities":{"Buy":0.25,"Try":0.75},"stage":"Try","unit":"c1"}

                """)
        #expect(inference.unboundEventCount == 1 && inference.eventCount == 3)
    }

    @Test func roundsProbabilitiesAndNamesStagesByIdentifierWhenNamesRepeat() throws {
        let twins = try StageBinding(
            stages: [.init(id: "s1", name: "Same"), .init(id: "s2", name: "Same")], activities: ["a": 0, "b": 1])
        let writer = PredictionLinesWriter(stages: twins.stages)
        let line = writer.line(
            UnitPrediction(unit: "ü\n", stage: 0, stageName: "Same", probabilities: [2.0 / 3, 1.0 / 3]))
        #expect(line == "{\"probabilities\":{\"s1\":0.666667,\"s2\":0.333333},\"stage\":\"s1\",\"unit\":\"ü\\n\"}\n")
    }

    @Test func predictsFromTheLatestEventsInTimeOrder() {
        var inference = StageInference(binding: binding)
        // Added out of order: the order events happened in is what counts.
        inference.add(ActivityEvent(timestamp: 30, customer: "c", activity: "order"))
        inference.add(ActivityEvent(timestamp: 10, customer: "c", activity: "demo"))
        inference.add(ActivityEvent(timestamp: 20, customer: "c", activity: "order"))
        let prediction = inference.model(with: sticky).prediction(for: "c")
        // P(Buy) ∝ 0.5 · 0.25 · 0.75 · 0.75 against P(Try) ∝ 0.5 · 0.75 · 0.25 · 0.25: 3 : 1.
        #expect(prediction?.stage == 1 && prediction?.stageName == "Buy")
        #expect(abs((prediction?.probability ?? 0) - 0.75) < 1e-12)
        #expect(inference.model(with: sticky).prediction(for: "nobody") == nil)
    }

    @Test func keepsOnlyTheLatestEventsOfAUnit() {
        var inference = StageInference(binding: binding, options: InferenceOptions(maximumEventsPerUnit: 2))
        for time in 0..<10 { inference.add(ActivityEvent(timestamp: Double(time), customer: "c", activity: "demo")) }
        inference.add(ActivityEvent(timestamp: 10, customer: "c", activity: "order"))
        let model = inference.model(with: sticky)
        // The last two events: demo, order → even.
        #expect(abs((model.prediction(for: "c")?.probabilities[0] ?? 0) - 0.5) < 1e-12)
        let explanation = model.explanation(for: "c")
        #expect(explanation?.steps.count == 2 && explanation?.olderEventsLeftOut == 9)
        #expect(explanation?.description.contains("9 older events") == true)
    }

    @Test func followsAccountsWhenAsked() {
        var inference = StageInference(binding: binding, options: InferenceOptions(unit: .account))
        inference.add(ActivityEvent(timestamp: 1, customer: "ann", activity: "demo", account: "acme"))
        inference.add(ActivityEvent(timestamp: 2, customer: "bob", activity: "order", account: "acme"))
        inference.add(ActivityEvent(timestamp: 3, customer: "eve", activity: "order"))
        let model = inference.model(with: sticky)
        #expect(model.units == ["acme"])
        #expect(inference.eventsWithoutAccount == 1)
    }

    @Test func explainsWithTheUnitsEventsAndTheFittedProbabilities() throws {
        let journeys = SyntheticJourneys(
            parameters: .journey(stageCount: 4, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.2), units: 400, seed: 5)
        var inference = StageInference(binding: journeys.binding)
        var unitEvents: [String: [ActivityEvent]] = [:]
        _ = journeys.generate {
            inference.add($0)
            unitEvents[$0.customer, default: []].append($0)
        }
        let fitted = inference.fit()
        let unit = try #require(unitEvents.keys.sorted().first { unitEvents[$0]!.count >= 5 })
        let explanation = try #require(fitted.explanation(for: unit))
        let text = explanation.description
        #expect(text.hasPrefix("Unit \(unit): most likely in \(explanation.prediction.stageName)"))
        #expect(explanation.steps.map(\.activity) == unitEvents[unit]!.map(\.activity))
        for event in unitEvents[unit]! { #expect(text.contains(event.activity)) }
        #expect(text.contains("2026-01-01T"))
        #expect(text.contains("Why:") && text.contains("with probability"))
        #expect(explanation.prediction == fitted.prediction(for: unit))
        for step in explanation.steps { #expect(abs(step.probabilities.reduce(0, +) - 1) < 1e-9) }
    }

    @Test func predictionsAreSortedByUnitAndSumToOne() {
        let journeys = SyntheticJourneys(
            parameters: .journey(stageCount: 3, stay: 0.7, forward: 0.25, back: 0.05, noise: 0.2), units: 120, seed: 11)
        var inference = StageInference(binding: journeys.binding)
        _ = journeys.generate { inference.add($0) }
        let predictions = inference.fit().predictions()
        #expect(predictions.map(\.unit) == predictions.map(\.unit).sorted())
        #expect(predictions.count == 120)
        for prediction in predictions {
            #expect(abs(prediction.probabilities.reduce(0, +) - 1) < 1e-9)
            #expect(prediction.probabilities.allSatisfy { $0 <= prediction.probability })
        }
    }
}
