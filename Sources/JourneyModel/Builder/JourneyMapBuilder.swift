/// A part of a map written in the builder: a persona, a stage, a lane or a transition.
public struct MapComponent: Sendable {
    enum Storage: Sendable {
        case persona(Persona)
        case stage(Stage)
        case lane(Lane)
        case transition(Transition)
        case metadata(key: String, value: String)
    }

    let storage: Storage

    /// A metadata entry of the map (author, version, product, …).
    public static func metadata(_ key: String, _ value: String) -> MapComponent {
        MapComponent(storage: .metadata(key: key, value: value))
    }
}

/// Builds a map from its parts, written in the order of the map itself.
///
/// Items go into the lane their kind belongs in unless they name one (`.with(lane:)`); lanes that
/// are used but not declared are added after the declared ones, in the usual order. Missing
/// identifiers are made from names: stage "Awareness" gets `awareness`, its second action
/// `awareness-actions-2`.
@resultBuilder
public enum JourneyMapBuilder {
    public static func buildExpression(_ persona: Persona) -> [MapComponent] {
        [MapComponent(storage: .persona(persona))]
    }
    public static func buildExpression(_ stage: Stage) -> [MapComponent] { [MapComponent(storage: .stage(stage))] }
    public static func buildExpression(_ lane: Lane) -> [MapComponent] { [MapComponent(storage: .lane(lane))] }
    public static func buildExpression(_ transition: Transition) -> [MapComponent] {
        [MapComponent(storage: .transition(transition))]
    }
    public static func buildExpression(_ component: MapComponent) -> [MapComponent] { [component] }
    public static func buildExpression(_ components: [MapComponent]) -> [MapComponent] { components }
    public static func buildBlock(_ parts: [MapComponent]...) -> [MapComponent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [MapComponent]?) -> [MapComponent] { part ?? [] }
    public static func buildEither(first part: [MapComponent]) -> [MapComponent] { part }
    public static func buildEither(second part: [MapComponent]) -> [MapComponent] { part }
    public static func buildArray(_ parts: [[MapComponent]]) -> [MapComponent] { parts.flatMap { $0 } }
}

/// Builds the content of a stage: its items and steps.
@resultBuilder
public enum StageContentBuilder {
    public static func buildExpression(_ content: some StageContent) -> [any StageContent] { [content] }
    public static func buildExpression(_ contents: [any StageContent]) -> [any StageContent] { contents }
    public static func buildBlock(_ parts: [any StageContent]...) -> [any StageContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any StageContent]?) -> [any StageContent] { part ?? [] }
    public static func buildEither(first part: [any StageContent]) -> [any StageContent] { part }
    public static func buildEither(second part: [any StageContent]) -> [any StageContent] { part }
    public static func buildArray(_ parts: [[any StageContent]]) -> [any StageContent] { parts.flatMap { $0 } }
}

extension JourneyMap {
    /// Writes a map the way it reads: personas, then stages with their items, lanes and transitions.
    ///
    /// - Parameters:
    ///   - id: the map's identifier; made from the title when `nil`.
    ///   - title: the title.
    ///   - summary: the scenario the map tells.
    ///   - kind: B2C or B2B.
    ///   - state: as-is (current) or to-be (future).
    ///   - scope: buyer journey or whole customer journey.
    ///   - language: the language of the texts, as a BCP 47 tag.
    ///   - content: personas, stages, lanes, transitions and metadata.
    public init(
        id: String? = nil,
        title: String,
        summary: String? = nil,
        kind: MapKind = .b2c,
        state: MapState = .current,
        scope: MapScope = .customerJourney,
        language: String? = nil,
        @JourneyMapBuilder content: () -> [MapComponent]
    ) {
        self.init(
            id: id ?? Identifiers.slug(title, fallback: "map"), title: title, summary: summary, kind: kind,
            state: state,
            scope: scope, language: language)
        var declaredLanes: [Lane] = []
        for component in content() {
            switch component.storage {
            case .persona(let persona): personas.append(persona)
            case .stage(let stage): stages.append(stage)
            case .lane(let lane): declaredLanes.append(lane)
            case .transition(let transition): transitions.append(transition)
            case .metadata(let key, let value): metadata[key] = value
            }
        }
        lanes = declaredLanes
        complete()
    }

    /// Fills in what a map made of plain values leaves out, as the builder does.
    ///
    /// Items without a lane go to the lane of their kind's default (`Action` → actions); items whose
    /// lane names a kind rather than a lane go to a lane of that kind; lanes that are used but not
    /// declared are added, in the usual order; items without an identifier get one made from their
    /// stage and lane (`awareness-actions-1`). Whatever is already set is kept.
    ///
    /// ```swift
    /// var map = JourneyMap(
    ///     id: "car", title: "Buying a car",
    ///     stages: [Stage(id: "awareness", name: "Awareness", items: [Action("Sees an advert").item])])
    /// map.complete()  // adds the actions lane and names the item awareness-actions-1
    /// ```
    public mutating func complete() {
        for stageIndex in stages.indices {
            for itemIndex in stages[stageIndex].items.indices where stages[stageIndex].items[itemIndex].laneID.isEmpty {
                stages[stageIndex].items[itemIndex].laneID =
                    stages[stageIndex].items[itemIndex].kind.defaultLane.rawValue
            }
        }
        placeItemsInLanes()
        assignMissingItemIdentifiers()
    }

    /// This map with what plain values leave out filled in; see ``complete()``.
    public func completed() -> JourneyMap {
        var map = self
        map.complete()
        return map
    }

    /// Points every item at a declared lane of its kind, adding lanes that are used but not declared.
    private mutating func placeItemsInLanes() {
        let declaredIDs = Set(lanes.map(\.id))
        var added: [LaneKind] = []
        for stageIndex in stages.indices {
            for itemIndex in stages[stageIndex].items.indices {
                let laneID = stages[stageIndex].items[itemIndex].laneID
                if declaredIDs.contains(laneID) { continue }
                let kind = LaneKind(rawValue: laneID)
                if let lane = lanes.first(where: { $0.kind == kind }) {
                    stages[stageIndex].items[itemIndex].laneID = lane.id
                } else if !added.contains(kind) {
                    added.append(kind)
                }
            }
        }
        let known = LaneKind.knownValues.filter(added.contains)
        let custom = added.filter { !$0.isKnown }
        lanes += (known + custom).map { Lane(kind: $0) }
    }

    private mutating func assignMissingItemIdentifiers() {
        var used = Set(MapWalk(self).identified.map(\.id))
        for stageIndex in stages.indices {
            let stageID = stages[stageIndex].id
            var counters: [String: Int] = [:]
            for itemIndex in stages[stageIndex].items.indices where stages[stageIndex].items[itemIndex].id.isEmpty {
                let laneID = stages[stageIndex].items[itemIndex].laneID
                var candidate: String
                repeat {
                    counters[laneID, default: 0] += 1
                    candidate = "\(stageID)-\(laneID)-\(counters[laneID]!)"
                } while used.contains(candidate)
                used.insert(candidate)
                stages[stageIndex].items[itemIndex].id = candidate
            }
        }
    }
}

extension Stage {
    /// Writes a stage with its items and steps.
    ///
    /// ```swift
    /// Stage("Consideration", goal: "Find the car that fits", duration: "P2M") {
    ///     Action("Compares models online")
    ///     PainPoint("Prices are hard to compare", severity: .high)
    /// }
    /// ```
    /// - Parameters:
    ///   - name: the column header.
    ///   - id: the identifier; made from the name when `nil`.
    ///   - goal: the customer's goal in this stage.
    ///   - description: a longer description.
    ///   - duration: how long the stage usually takes, preferably as an ISO 8601 duration (`P2W`).
    ///   - personas: the personas involved; empty means all of them.
    ///   - content: the stage's items and steps.
    public init(
        _ name: String,
        id: String? = nil,
        goal: String? = nil,
        description: String? = nil,
        duration: String? = nil,
        personas: [String] = [],
        @StageContentBuilder content: () -> [any StageContent] = { [] }
    ) {
        self.init(
            id: id ?? Identifiers.slug(name, fallback: "stage"), name: name, goal: goal, description: description,
            expectedDuration: duration, personaIDs: personas)
        for part in content() { part.add(to: &self) }
        for index in items.indices where items[index].laneID.isEmpty {
            items[index].laneID = items[index].kind.defaultLane.rawValue
        }
    }
}

extension Step {
    /// A step, its identifier made from the name when `nil`.
    public init(_ name: String, id: String? = nil, description: String? = nil) {
        self.init(id: id ?? Identifiers.slug(name, fallback: "step"), name: name, description: description)
    }
}

extension Persona {
    /// A persona, its identifier made from the name when `nil`.
    public init(
        _ name: String,
        id: String? = nil,
        role: String? = nil,
        organization: String? = nil,
        decisionRole: DecisionRole? = nil,
        reportsTo: String? = nil,
        description: String? = nil,
        quote: String? = nil
    ) {
        self.init(
            id: id ?? Identifiers.slug(name, fallback: "persona"), name: name, role: role, description: description,
            quote: quote, organization: organization, decisionRole: decisionRole, reportsTo: reportsTo)
    }
}

extension Lane {
    /// A lane of a kind, titled with the kind's usual title unless given.
    public init(_ kind: LaneKind, title: String? = nil, id: String? = nil) {
        self.init(id: id, kind: kind, title: title)
    }
}

extension Transition {
    /// A move between stages or steps; the identifier is `from-to-to` when `nil`.
    public init(from: String, to: String, _ label: String? = nil, id: String? = nil, personas: [String] = []) {
        self.init(id: id ?? "\(from)-to-\(to)", from: from, to: to, label: label, personaIDs: personas)
    }
}

extension ItemRepresentable {
    public func add(to stage: inout Stage) {
        var item = self.item
        if item.laneID.isEmpty { item.laneID = Self.defaultLane.rawValue }
        stage.items.append(item)
    }
}
