/// A stage of the journey (a column of the map), named after what the customer wants to achieve in it.
///
/// Typical stages are Awareness, Consideration, Decision, Purchase, Retention and Advocacy; any names
/// are allowed. A stage holds its items; each item names the lane (row) it sits in.
public struct Stage: Identified, Extensible, Hashable, Sendable, Codable {
    public var id: String
    /// The name shown as the column header.
    public var name: String
    /// The customer's goal in this stage ("Find a car that fits my budget").
    public var goal: String?
    /// A longer description.
    public var description: String?
    /// How long the stage usually takes, preferably as an ISO 8601 duration (`P2W`, `P3M`).
    public var expectedDuration: String?
    /// The personas involved in this stage; empty means all of them.
    public var personaIDs: [String]
    /// Finer steps inside the stage, in order.
    public var steps: [Step]
    /// The items of the stage, each in a lane, in order.
    public var items: [Item]
    public var extensions: ExtensionData

    /// Creates a stage.
    public init(
        id: String,
        name: String,
        goal: String? = nil,
        description: String? = nil,
        expectedDuration: String? = nil,
        personaIDs: [String] = [],
        steps: [Step] = [],
        items: [Item] = [],
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id
        self.name = name
        self.goal = goal
        self.description = description
        self.expectedDuration = expectedDuration
        self.personaIDs = personaIDs
        self.steps = steps
        self.items = items
        self.extensions = extensions
    }

    /// The typical stages of a full customer journey, with customer goals.
    public static let typical: [Stage] = [
        Stage(id: "awareness", name: "Awareness", goal: "Realize there is a need and a way to meet it"),
        Stage(id: "consideration", name: "Consideration", goal: "Find and compare the options"),
        Stage(id: "decision", name: "Decision", goal: "Choose the option that fits best"),
        Stage(id: "purchase", name: "Purchase", goal: "Buy without friction"),
        Stage(id: "retention", name: "Retention", goal: "Get the value that was promised"),
        Stage(id: "advocacy", name: "Advocacy", goal: "Share a good experience"),
    ]
}

extension Stage: PersonaScoped {}

/// A finer step inside a stage.
public struct Step: Identified, Extensible, StageContent, Hashable, Sendable, Codable {
    public var id: String
    /// The step's name.
    public var name: String
    /// A longer description.
    public var description: String?
    public var extensions: ExtensionData

    /// Creates a step.
    public init(id: String, name: String, description: String? = nil, extensions: ExtensionData = ExtensionData()) {
        self.id = id
        self.name = name
        self.description = description
        self.extensions = extensions
    }

    public func add(to stage: inout Stage) { stage.steps.append(self) }
}
