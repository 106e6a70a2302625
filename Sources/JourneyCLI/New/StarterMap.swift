internal import JourneyKit

/// The map `journey new` writes: the six stages most journeys pass, every standard lane, and one
/// prompt per lane and stage saying what belongs there, to be replaced.
///
/// A B2C map follows one customer; a B2B map follows a buying organization whose approval climbs a
/// chain (the person in charge, their superior, and theirs), so its consideration is longer.
enum StarterMap {
    /// A stage of the starter map: its name, its goal, and the prompts of its cells.
    struct StageText {
        var name: String
        var goal: String
        var action: String
        var thought: String
        var touchpoint: String
        var painPoint: String
        var kpi: (name: String, kind: MetricKind)
        var emotion: Double
    }

    static let stages: [StageText] = [
        StageText(
            name: "Awareness", goal: "Notice the need and that a solution exists",
            action: "What makes them notice the problem?", thought: "What do they ask themselves?",
            touchpoint: "Where do they first hear of you?", painPoint: "What keeps them from looking further?",
            kpi: ("Reach", .reach), emotion: 0),
        StageText(
            name: "Consideration", goal: "Compare the options",
            action: "How do they compare the options?", thought: "Which doubts do they have?",
            touchpoint: "What do they read, watch or try?", painPoint: "What makes comparing hard?",
            kpi: ("Demo or trial requests", .conversionRate), emotion: -1),
        StageText(
            name: "Decision", goal: "Choose one",
            action: "What settles the choice?", thought: "What do they need to be sure of?",
            touchpoint: "Who or what helps them decide?", painPoint: "What makes them hesitate?",
            kpi: ("Conversion rate", .conversionRate), emotion: 0),
        StageText(
            name: "Purchase", goal: "Buy without friction",
            action: "How do they buy?", thought: "What do they check before paying?",
            touchpoint: "Where do they buy?", painPoint: "Where does buying get stuck?",
            kpi: ("Checkout completion", .conversionRate), emotion: 1),
        StageText(
            name: "Retention", goal: "Get the value they paid for",
            action: "How do they start using it?", thought: "Is it what they expected?",
            touchpoint: "Where do they get help?", painPoint: "What disappoints them?",
            kpi: ("Churn rate", .churnRate), emotion: 1),
        StageText(
            name: "Advocacy", goal: "Recommend it to others",
            action: "How do they tell others?", thought: "Would they buy again?",
            touchpoint: "Where do they share their experience?", painPoint: "What stops them recommending it?",
            kpi: ("Net Promoter Score", .netPromoterScore), emotion: 2),
    ]

    /// The starter map, for one customer or (`b2b`) a buying organization.
    static func map(b2b: Bool) -> JourneyMap {
        var map = JourneyMap(
            title: b2b ? "A buying organization's journey" : "A customer's journey", kind: b2b ? .b2b : .b2c,
            scope: .customerJourney
        ) {
            for persona in personas(b2b: b2b) { persona }
            for stage in stages {
                Stage(stage.name, goal: stage.goal) {
                    Action(stage.action)
                    Thought(stage.thought)
                    Emotion(stage.emotion, "How do they feel here?")
                    Touchpoint(stage.touchpoint)
                    PainPoint(stage.painPoint)
                    KPI(stage.kpi.name, kind: stage.kpi.kind)
                    if b2b && stage.name == "Decision" {
                        for (persona, text) in approvalChain { Action(text).with(personas: [persona]) }
                    }
                }
            }
        }
        map.summary = "Replace each prompt with what you know; add stages, steps and lanes as the journey needs."
        map.language = "en"
        return map.completed()
    }

    /// In a B2B map, the decision climbs the chain: each persona's part in it.
    static let approvalChain = [
        ("in-charge", "Proposes the choice to their superior"),
        ("superior", "Agrees and asks their own superior to approve"),
        ("approver", "Approves the spend"),
    ]

    private static func personas(b2b: Bool) -> [Persona] {
        guard b2b else { return [Persona("The customer", id: "customer", role: "Who they are, in one line")] }
        return [
            Persona(
                "The person in charge", id: "in-charge", role: "Finds the need and runs the evaluation",
                decisionRole: .initiator, reportsTo: "superior"),
            Persona(
                "Their superior", id: "superior", role: "Owns the budget and chooses",
                decisionRole: .decisionMaker, reportsTo: "approver"),
            Persona("Their superior's superior", id: "approver", role: "Approves the spend", decisionRole: .approver),
        ]
    }
}
