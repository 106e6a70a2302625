/// A customer journey map: who the customer is (personas), the stages they go through (columns), what
/// the map shows about each stage (lanes, as rows) and the items in each stage × lane cell.
///
/// A map is a value: copy it, compare it, encode it. Write one with the builder:
///
/// ```swift
/// let map = JourneyMap(title: "Buying a car", kind: .b2c) {
///     Persona(id: "anna", name: "Anna", role: "First-time buyer")
///     Stage("Awareness", goal: "Know which cars fit my life") {
///         Action("Notices a friend's new car")
///         Emotion(+1, "Curious")
///         Touchpoint("Instagram ad", channel: .social)
///     }
/// }
/// ```
public struct JourneyMap: Identified, Extensible, Hashable, Sendable, Codable {
    /// The identifier; also names the map in file names and links.
    public var id: String
    /// The title.
    public var title: String
    /// The scenario the map tells, in a few sentences.
    public var summary: String?
    /// Whether the map follows one person (B2C) or a buying organization (B2B).
    public var kind: MapKind
    /// Whether the map shows the journey as it is or as it should become.
    public var state: MapState
    /// How much of the journey the map covers.
    public var scope: MapScope
    /// The language of the map's texts, as a BCP 47 tag (`en`, `de-CH`).
    public var language: String?
    /// Free metadata such as author, version, date and product.
    public var metadata: [String: String]
    /// The personas whose journey this is; for B2B, the buying committee.
    public var personas: [Persona]
    /// The stages, in the order the journey goes through them, each with its items.
    public var stages: [Stage]
    /// The lanes (rows), in display order.
    public var lanes: [Lane]
    /// Moves between stages or steps, including going back.
    public var transitions: [Transition]
    public var extensions: ExtensionData

    /// Creates a map from its parts.
    public init(
        id: String,
        title: String,
        summary: String? = nil,
        kind: MapKind = .b2c,
        state: MapState = .current,
        scope: MapScope = .customerJourney,
        language: String? = nil,
        metadata: [String: String] = [:],
        personas: [Persona] = [],
        stages: [Stage] = [],
        lanes: [Lane] = [],
        transitions: [Transition] = [],
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.state = state
        self.scope = scope
        self.language = language
        self.metadata = metadata
        self.personas = personas
        self.stages = stages
        self.lanes = lanes
        self.transitions = transitions
        self.extensions = extensions
    }
}

/// Who the map follows.
public enum MapKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// One person buying for themselves.
    case b2c
    /// An organization buying, where several stakeholders decide.
    case b2b
}

/// When the journey takes place.
public enum MapState: String, Hashable, Sendable, Codable, CaseIterable {
    /// The journey as it is today (as-is).
    case current
    /// The journey as it should become (to-be).
    case future
}

/// How much of the journey a map covers.
public enum MapScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// From awareness to the buying decision.
    case buyerJourney = "buyer-journey"
    /// The whole relationship: through purchase, retention and advocacy.
    case customerJourney = "customer-journey"
}

extension JourneyMap {
    /// The persona with this identifier.
    public func persona(withID id: String) -> Persona? { personas.first { $0.id == id } }

    /// The stage with this identifier.
    public func stage(withID id: String) -> Stage? { stages.first { $0.id == id } }

    /// The lane with this identifier.
    public func lane(withID id: String) -> Lane? { lanes.first { $0.id == id } }

    /// Every item of the map, stage by stage, in order.
    public var allItems: [Item] { stages.flatMap(\.items) }

    /// The items of one stage × lane cell, in order.
    public func items(inStage stageID: String, lane laneID: String) -> [Item] {
        stage(withID: stageID)?.items.filter { $0.laneID == laneID } ?? []
    }

    /// The items of a built-in or custom item type, viewed as that type, stage by stage.
    ///
    /// ```swift
    /// for touchpoint in map.items(of: Touchpoint.self) { print(touchpoint.channel) }
    /// ```
    public func items<T: ItemRepresentable>(of type: T.Type) -> [T] {
        allItems.compactMap(T.init(item:))
    }

    /// The position of a stage in the journey, or `nil` when the identifier names no stage.
    ///
    /// A step counts as its stage.
    public func stageIndex(containing id: String) -> Int? {
        stages.firstIndex { $0.id == id || $0.steps.contains { $0.id == id } }
    }

    /// Whether a transition goes back to an earlier stage (or an earlier step of the same stage).
    public func isBackward(_ transition: Transition) -> Bool {
        guard let from = stageIndex(containing: transition.from), let to = stageIndex(containing: transition.to) else {
            return false
        }
        if from != to { return to < from }
        let steps = stages[from].steps.map(\.id)
        guard let fromStep = steps.firstIndex(of: transition.from), let toStep = steps.firstIndex(of: transition.to)
        else { return false }
        return toStep < fromStep
    }

    /// The approval chain that starts at a persona: the persona, their superior, the superior's superior,
    /// … Stops before a persona repeats, so a cycle in reports-to ends the chain.
    public func approvalChain(from personaID: String) -> [Persona] {
        var chain: [Persona] = []
        var seen: Set<String> = []
        var next: String? = personaID
        while let id = next, !seen.contains(id), let persona = persona(withID: id) {
            chain.append(persona)
            seen.insert(id)
            next = persona.reportsTo
        }
        return chain
    }
}
