import JourneyModel

/// A custom item type, defined outside JourneyKit the way a user's package would: its own kind, its
/// own lane kind, its fields in extension data.
public struct ComplianceCheck: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind("com.example.compliance-check")
    public static let defaultLane = LaneKind("com.example.compliance")
    public var item: Item

    public init(unchecked item: Item) { self.item = item }

    public init(_ text: String, regulation: String) {
        item = Item(kind: Self.itemKind, text: text)
        item.extensions["com.example", "regulation"] = regulation
    }

    public var regulation: String? { item.extensions["com.example", "regulation"] }
}

/// Maps for tests.
public enum SampleMaps {
    /// A map that uses every field of the schema at least once, with a custom lane and custom items.
    public static var everyField: JourneyMap {
        var map = JourneyMap(
            id: "every-field", title: "Every field", summary: "A map that uses every field.", kind: .b2b,
            state: .future,
            scope: .buyerJourney, language: "en-GB"
        ) {
            Persona(
                "Lead", id: "lead", role: "Team lead", organization: "Acme", decisionRole: .initiator, reportsTo: "head"
            )
            Persona("Head", id: "head", role: "Head of operations", organization: "Acme", decisionRole: .approver)
            Lane(.actions)
            Lane(.emotions, title: "Feelings")
            Stage("Awareness", goal: "Know the options", description: "Early days", duration: "P2W", personas: ["lead"])
            {
                Step("Research", id: "research", description: "Reads about tools")
                Action("Reads a blog post").with(step: "research", detail: "On a Sunday", tags: ["organic", "seo"])
                Emotion(4, onScale: 1...5, "Curious", personas: ["lead"])
                Touchpoint("Blog", channel: .web).with(
                    links: [Link("https://example.com/blog", title: "Blog")], activities: ["blog_view", "pricing_view"])
                PainPoint("Jargon", severity: .high)
                Opportunity("Plain-language guide", priority: .medium)
                KeyMoment("First demo", priority: .high)
                Measure("Write the guide", owner: "Marketing", priority: .low)
                KPI(
                    "Visit-to-lead", kind: .conversionRate, value: 1.5, target: 2.25, unit: "%",
                    direction: .higherIsBetter)
                ContentPiece("Buyer's guide", type: .whitepaper)
                BackstageTask("Lead scoring", owner: "Sales ops")
                Question("Will it integrate?")
                Thought("Too many tools")
                ComplianceCheck("Data processing agreement", regulation: "GDPR")
            }
            Stage("Decision", id: "decision") {
                Emotion(-1.25, "Anxious", personas: ["head"])
                Touchpoint("Sales call", channel: "trade fair")
                KPI("Win rate", value: 30, direction: .targetRange(25...35))
            }
            Transition(from: "decision", to: "awareness", "Back to research", personas: ["head"])
            Transition(from: "awareness", to: "decision", id: "forward")
            MapComponent.metadata("author", "CX team")
            MapComponent.metadata("version", "3")
        }
        map.personas[0].goals = ["Ship on time", "Fewer meetings"]
        map.personas[0].needs = ["One place for tasks"]
        map.personas[0].motivations = ["Recognition"]
        map.personas[0].frustrations = ["Spreadsheets"]
        map.personas[0].quote = "I just want to see who does what."
        map.personas[0].description = "Runs a team of eight."
        map.personas[0].attributes = ["age": "34", "location": "Leeds"]
        map.personas[0].extensions["com.example.crm", "segment"] = "mid-market"
        map.lanes[0].description = "What they do"
        map.lanes[0].extensions["drawio", "style"] = "swimlane;horizontal=0"
        map.stages[0].steps[0].extensions["x", "y"] = "z"
        map.stages[0].extensions["x", "stage"] = "1"
        map.transitions[0].extensions["x", "edge"] = "e1"
        map.extensions["com.example", "exported-by"] = "tests"
        return map
    }

    /// A small, valid B2C map with no warnings.
    public static var clean: JourneyMap {
        JourneyMap(id: "clean", title: "Clean map", kind: .b2c) {
            Persona("Anna", id: "anna")
            Stage("Awareness") {
                Action("Sees an ad")
                Emotion(1, "Curious", personas: ["anna"])
                Touchpoint("Instagram ad", channel: .social)
                KPI("Reach", kind: .reach, value: 1000, target: 1500)
            }
            Stage("Purchase") {
                Action("Buys")
                Emotion(2, "Happy", personas: ["anna"])
                Touchpoint("Shop", channel: .store)
                KPI("Conversion", kind: .conversionRate, value: 2.5, unit: "%")
            }
        }
    }
}
