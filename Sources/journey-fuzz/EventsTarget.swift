import Foundation
import JourneyKit

/// The `events` target: an event log read, measured, inferred and written back into a map.
///
/// The log either reads or throws a ``ReadError``; what it reads gives a report whose figures add
/// up (dropped = entered − converted, rates in 0…1, times not negative), JSON that parses, and a
/// map with its KPIs that validates without errors. Anything else stops the program.
enum EventsTarget {
    /// Three stages binding the activities the seeds use.
    static let binding = try! StageBinding(
        stages: [
            .init(id: "awareness", name: "Awareness"), .init(id: "consideration", name: "Consideration"),
            .init(id: "decision", name: "Decision"),
        ],
        activities: ["blog_view": 0, "ad_click": 0, "pricing_view": 1, "demo_request": 1, "signup": 2, "checkout": 2])

    static let map = JourneyMap(
        id: "fuzz", title: "Fuzz",
        stages: binding.stages.map { Stage(id: $0.id, name: $0.name) }, lanes: [Lane(kind: .actions)])

    static func run(_ data: Data) {
        for unit in AnalysisOptions.Unit.allCases {
            var analysis = StageAnalysis(binding: binding, options: AnalysisOptions(unit: unit, window: 86_400))
            var inference = StageInference(
                binding: binding, options: InferenceOptions(unit: unit, maximumIterations: 5))
            do {
                _ = try EventLogReader().read(data, file: "fuzz-input") { event in
                    analysis.add(event)
                    inference.add(event)
                }
            } catch is ReadError {
                return
            } catch {
                fatalError("the event reader threw \(type(of: error)) instead of a ReadError: \(error)")
            }
            check(analysis.report())
            let fitted = inference.fit()
            for prediction in fitted.predictions() {
                let total = prediction.probabilities.reduce(0, +)
                guard abs(total - 1) < 1e-6, prediction.probabilities.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                    fatalError(
                        "the probabilities of \(prediction.unit) do not add up to 1: \(prediction.probabilities)")
                }
                _ = fitted.explanation(for: prediction.unit)?.description
            }
            _ = fitted.predictionLines()
        }
    }

    private static func check(_ report: StageReport) {
        for stage in report.stages {
            guard stage.dropped == stage.entered - stage.converted, stage.converted <= stage.entered,
                stage.regressed <= stage.entered, (stage.conversionRate ?? 0) >= 0, (stage.conversionRate ?? 0) <= 1,
                (stage.medianSecondsInStage ?? 0) >= 0,
                (stage.p90SecondsInStage ?? 0) >= (stage.medianSecondsInStage ?? 0)
            else { fatalError("the figures of \(stage.id) do not add up: \(stage)") }
        }
        guard let json = try? report.json(), (try? JSONSerialization.jsonObject(with: json)) != nil else {
            fatalError("the report's JSON does not parse")
        }
        let measured = MeasuredKPIs(report).applied(to: map)
        if let error = measured.validate().first(where: { $0.severity == .error }) {
            fatalError("the map with measured KPIs does not validate: \(error)")
        }
    }
}
