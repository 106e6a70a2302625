/// One check of a map.
///
/// Conform to add checks of your own; pass them to ``JourneyMap/validate(rules:)``.
public protocol ValidationRule: Sendable {
    /// Appends the diagnostics this rule finds in `map`.
    func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic])
}

extension JourneyMap {
    /// Checks the map and returns what is wrong or worth a look, errors first, then in map order.
    ///
    /// - Parameter rules: the checks to run; ``StandardRules/all`` by default.
    public func validate(rules: [any ValidationRule] = StandardRules.all) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules { rule.check(self, into: &diagnostics) }
        // A stable sort: errors first, otherwise the order the rules found them in.
        return diagnostics.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map(\.element)
    }
}

/// The checks JourneyKit runs by default.
public enum StandardRules {
    /// Every standard rule.
    public static let all: [any ValidationRule] = [
        IdentifierRule(), ReferenceRule(), TextRule(), CharacterRule(), ValueRule(), LinkRule(), CoverageRule(),
        BuyingCommitteeRule(),
    ]
}

/// Each visited element of a map with its path, for rules that look at every element.
struct MapWalk {
    var identified: [(id: String, path: ElementPath)] = []

    init(_ map: JourneyMap) {
        identified.append((map.id, .map))
        for persona in map.personas { identified.append((persona.id, .persona(persona.id))) }
        for lane in map.lanes { identified.append((lane.id, .lane(lane.id))) }
        for stage in map.stages {
            identified.append((stage.id, .stage(stage.id)))
            for step in stage.steps { identified.append((step.id, .step(step.id, inStage: stage.id))) }
            for item in stage.items { identified.append((item.id, .item(item.id, inStage: stage.id))) }
        }
        for transition in map.transitions { identified.append((transition.id, .transition(transition.id))) }
    }
}

/// Identifiers are non-empty, contain no white space and are unique within the map.
public struct IdentifierRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        var first: [String: ElementPath] = [:]
        for (id, path) in MapWalk(map).identified {
            if id.isEmpty {
                diagnostics.append(Diagnostic(.error, code: "invalid-id", "an identifier is empty", at: path))
                continue
            }
            if !Identifiers.isValid(id) {
                diagnostics.append(
                    Diagnostic(.error, code: "invalid-id", "the identifier '\(id)' contains white space", at: path))
            }
            if let earlier = first[id] {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "duplicate-id", "the identifier '\(id)' is already used by \(earlier)", at: path))
            } else {
                first[id] = path
            }
        }
    }
}

/// References to personas, lanes, stages and steps point at elements that exist.
public struct ReferenceRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        let personas = Set(map.personas.map(\.id))
        let lanes = Set(map.lanes.map(\.id))
        let stagesAndSteps = Set(map.stages.flatMap { [$0.id] + $0.steps.map(\.id) })

        func checkPersonas(_ ids: [String], at path: ElementPath) {
            for id in ids where !personas.contains(id) {
                diagnostics.append(
                    Diagnostic(.error, code: "unknown-persona", "no persona has the identifier '\(id)'", at: path))
            }
        }

        for persona in map.personas {
            if let boss = persona.reportsTo, !personas.contains(boss) {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "unknown-persona",
                        "'\(persona.name)' reports to '\(boss)', which is not a persona",
                        at: .persona(persona.id)))
            }
        }
        for stage in map.stages {
            checkPersonas(stage.personaIDs, at: .stage(stage.id))
            let steps = Set(stage.steps.map(\.id))
            for item in stage.items {
                let path = ElementPath.item(item.id, inStage: stage.id)
                checkPersonas(item.personaIDs, at: path)
                if !lanes.contains(item.laneID) {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: "unknown-lane",
                            item.laneID.isEmpty
                                ? "the item has no lane; set its laneID, or call complete() on a map made of plain values"
                                : "no lane has the identifier '\(item.laneID)'", at: path))
                }
                if let step = item.stepID, !steps.contains(step) {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: "unknown-step",
                            "stage '\(stage.id)' has no step with the identifier '\(step)'",
                            at: path))
                }
            }
        }
        for transition in map.transitions {
            let path = ElementPath.transition(transition.id)
            checkPersonas(transition.personaIDs, at: path)
            for end in [transition.from, transition.to] where !stagesAndSteps.contains(end) {
                diagnostics.append(
                    Diagnostic(.error, code: "unknown-stage", "no stage or step has the identifier '\(end)'", at: path))
            }
        }
    }
}

/// Titles and names are not empty; items say something.
public struct TextRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        if blank(map.title) {
            diagnostics.append(Diagnostic(.error, code: "empty-title", "the map has no title", at: .map))
        }
        for persona in map.personas where blank(persona.name) {
            diagnostics.append(
                Diagnostic(.error, code: "empty-title", "a persona has no name", at: .persona(persona.id)))
        }
        for lane in map.lanes where blank(lane.title) {
            diagnostics.append(Diagnostic(.error, code: "empty-title", "a lane has no title", at: .lane(lane.id)))
        }
        for stage in map.stages {
            if blank(stage.name) {
                diagnostics.append(Diagnostic(.error, code: "empty-title", "a stage has no name", at: .stage(stage.id)))
            }
            for step in stage.steps where blank(step.name) {
                diagnostics.append(
                    Diagnostic(.error, code: "empty-title", "a step has no name", at: .step(step.id, inStage: stage.id))
                )
            }
            for item in stage.items where blank(item.text) && item.kind != .emotion {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "empty-item", "an item has no text", at: .item(item.id, inStage: stage.id)))
            }
        }
    }
}

/// Emotion scores lie on −2…+2, source scores within their scales, and numbers are finite.
public struct ValueRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        for stage in map.stages {
            for item in stage.items {
                let path = ElementPath.item(item.id, inStage: stage.id)
                if let score = item.score {
                    if !score.value.isFinite || !score.isInRange {
                        diagnostics.append(
                            Diagnostic(
                                .error, code: "score-out-of-range",
                                "the emotion score \(score.value) is outside −2…+2", at: path))
                    }
                    if let source = score.source,
                        ![source.value, source.minimum, source.maximum].allSatisfy(\.isFinite)
                    {
                        diagnostics.append(
                            Diagnostic(
                                .error, code: "invalid-number",
                                "the source score \(source.value) on the scale \(source.minimum)…\(source.maximum) "
                                    + "is not made of finite numbers", at: path))
                    } else if let source = score.source, !(source.minimum < source.maximum) {
                        diagnostics.append(
                            Diagnostic(
                                .error, code: "score-out-of-range",
                                "the source scale \(source.minimum)…\(source.maximum) is empty", at: path))
                    } else if let source = score.source, !(source.minimum...source.maximum).contains(source.value) {
                        diagnostics.append(
                            Diagnostic(
                                .error, code: "score-out-of-range",
                                "the source score \(source.value) is outside its scale \(source.minimum)…\(source.maximum)",
                                at: path))
                    }
                } else if item.kind == .emotion {
                    diagnostics.append(Diagnostic(.warning, code: "missing-score", "an emotion has no score", at: path))
                }
                if let metric = item.metric {
                    let bounds = metric.direction?.range.map { [$0.lowerBound, $0.upperBound] } ?? []
                    for number in [metric.value, metric.target].compactMap({ $0 }) + bounds where !number.isFinite {
                        diagnostics.append(
                            Diagnostic(.error, code: "invalid-number", "a KPI value is not a finite number", at: path))
                    }
                }
            }
        }
    }
}

/// Links use `http`, `https` or `mailto`: exporters will not make other links clickable.
public struct LinkRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        for stage in map.stages {
            for item in stage.items {
                for link in item.links where !link.isSafe {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: "unsafe-link",
                            "the link '\(link.url)' does not use http, https or mailto",
                            at: .item(item.id, inStage: stage.id)))
                }
            }
        }
    }
}

/// Each stage has a touchpoint and a KPI: a stage without them cannot be reached or measured.
public struct CoverageRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        let laneKinds = Dictionary(map.lanes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for stage in map.stages {
            let kinds = Set(stage.items.map(\.kind))
            let lanes = Set(stage.items.compactMap { laneKinds[$0.laneID] })
            if !kinds.contains(.touchpoint) && !lanes.contains(.touchpoints) {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "stage-without-touchpoint", "stage '\(stage.name)' has no touchpoint",
                        at: .stage(stage.id)))
            }
            if !kinds.contains(.kpi) && !lanes.contains(.kpis) {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "stage-without-kpi", "stage '\(stage.name)' has no KPI", at: .stage(stage.id)))
            }
        }
    }
}

/// B2B maps name an approver, and approval chains (reports-to) do not loop.
public struct BuyingCommitteeRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        if map.kind == .b2b && !map.personas.contains(where: { $0.decisionRole == .approver }) {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "b2b-without-approver",
                    "the map is B2B but no persona has the decision role 'approver'", at: .map))
        }
        let reportsTo = Dictionary(
            map.personas.compactMap { persona in persona.reportsTo.map { (persona.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        for persona in map.personas {
            var seen: [String] = [persona.id]
            var next = reportsTo[persona.id]
            while let current = next {
                if current == persona.id {
                    let cycle = seen.sorted()
                    if reported.insert(cycle.joined(separator: " ")).inserted {
                        diagnostics.append(
                            Diagnostic(
                                .warning, code: "approval-cycle",
                                "the approval chain loops: \((seen + [current]).joined(separator: " → "))",
                                at: .persona(persona.id)))
                    }
                    break
                }
                if seen.contains(current) { break }
                seen.append(current)
                next = reportsTo[current]
            }
        }
    }
}
