import JourneyModel

/// What a map becomes in CJML, worked out once for the writer and the loss report: the actors, the
/// phases, the touchpoints in order with the experience each carries, and what is left out.
struct CJMLPlan {
    /// An actor: the persona and how CJML names it.
    struct Actor {
        var persona: Persona
        var element: String
        var actorID: String
        var isReference: Bool
    }

    /// A touchpoint or action with the emotion written as its experience.
    struct Touchpoint {
        var item: Item
        var stage: Stage
        var isAction: Bool
        var touchpointID: String
        var experience: Item?
    }

    let map: JourneyMap
    let version: String
    private(set) var actors: [Actor] = []
    /// CJML actor identifiers by persona identifier, declared or not.
    private(set) var actorIDs: [String: String] = [:]
    private(set) var touchpoints: [Touchpoint] = []
    private(set) var losses: [Diagnostic] = []

    init(_ map: JourneyMap) {
        self.map = map
        version = map.extensions[CJMLNames.namespace, CJMLKey.version] ?? CJMLNames.versions[0]
        planActors()
        planTouchpoints()
    }

    static func value(_ element: some Extensible, _ key: String) -> String? {
        element.extensions[CJMLNames.namespace, key]
    }

    private mutating func lose(_ code: String, _ message: String, at path: ElementPath) {
        losses.append(Diagnostic(.warning, code: code, message, at: path))
    }

    private mutating func planActors() {
        let defaultEndUser = CJMLNames.defaultEndUser(inVersion: version)
        for persona in map.personas {
            let actorID = Self.value(persona, CJMLKey.actorID) ?? persona.id
            actorIDs[persona.id] = actorID
            if Self.value(persona, CJMLKey.undeclared) != nil { continue }
            let element =
                Self.value(persona, CJMLKey.actorType).flatMap { KeptElements.isName($0) ? $0 : nil }
                ?? CJMLNames.actorElement(forRole: persona.role) ?? defaultEndUser
            if let role = persona.role,
                role.caseInsensitiveCompare(CJMLNames.role(ofActorElement: element) ?? "") != .orderedSame
            {
                lose(
                    "cjml-persona-role-dropped", "the role “\(role)” of persona “\(persona.name)” cannot be written",
                    at: .persona(persona.id))
            }
            actors.append(
                Actor(
                    persona: persona, element: element, actorID: actorID,
                    isReference: Self.value(persona, CJMLKey.actorReference) != nil))
        }
    }

    private mutating func planTouchpoints() {
        var usedIDs: Set<String> = []
        for stage in map.stages {
            var stagePoints: [Touchpoint] = []
            var pointPositions: [Int] = []
            var emotions: [(item: Item, position: Int)] = []
            for (position, item) in stage.items.enumerated() {
                switch item.kind {
                case .touchpoint, .action:
                    let isAction = item.kind == .action
                    stagePoints.append(
                        Touchpoint(
                            item: item, stage: stage, isAction: isAction,
                            touchpointID: Self.value(item, CJMLKey.touchpointID) ?? "", experience: nil))
                    pointPositions.append(position)
                case .emotion: emotions.append((item, position))
                default: continue
                }
            }
            attach(emotions, to: &stagePoints, at: pointPositions, stage: stage)
            for point in stagePoints { reportUnwrittenPersonas(of: point) }
            touchpoints += stagePoints
        }
        let positions = touchpoints.compactMap { Self.value($0.item, CJMLKey.position).flatMap { Int($0) } }
        if positions.count == touchpoints.count {
            touchpoints = zip(positions, touchpoints).enumerated()
                .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
                .map(\.element.1)
        }
        for index in touchpoints.indices {
            usedIDs.insert(touchpoints[index].touchpointID)
        }
        var number = 0
        for index in touchpoints.indices where touchpoints[index].touchpointID.isEmpty {
            let prefix =
                touchpoints[index].item.tags.contains(CJMLNames.deviationTag)
                ? CJMLNames.deviationPrefix : CJMLNames.touchpointPrefix
            repeat { number += 1 } while usedIDs.contains("\(prefix)\(number)")
            touchpoints[index].touchpointID = "\(prefix)\(number)"
            usedIDs.insert("\(prefix)\(number)")
        }
    }

    /// Gives each emotion of a stage to the touchpoint it was read with, else the nearest one before
    /// it in the stage without an experience, else the nearest after it.
    ///
    /// `positions` are the places in the stage's items of the points (ascending) and of the emotions.
    /// Free points are found through ``FreeSlots``, so a stage of thousands of touchpoints and
    /// emotions costs about as much per emotion as a small one.
    private mutating func attach(
        _ emotions: [(item: Item, position: Int)], to points: inout [Touchpoint], at positions: [Int], stage: Stage
    ) {
        var free = FreeSlots(count: points.count)
        var byItemID: [String: Int] = [:]
        for (index, point) in points.enumerated() where byItemID[point.item.id] == nil {
            byItemID[point.item.id] = index
        }
        for (emotion, position) in emotions {
            let named = Self.value(emotion, CJMLKey.touchpoint).flatMap { byItemID[$0] }.flatMap {
                free.isFree($0) ? $0 : nil
            }
            let following = Self.firstIndex(in: positions, above: position)
            guard let chosen = named ?? free.last(atOrBefore: following - 1) ?? free.first(atOrAfter: following)
            else {
                lose(
                    "cjml-emotion-dropped",
                    "the emotion “\(emotion.text)” has no touchpoint or action of its own in stage “\(stage.name)” to "
                        + "carry it",
                    at: .item(emotion.id, inStage: stage.id))
                continue
            }
            free.take(chosen)
            points[chosen].experience = emotion
        }
    }

    /// The index of the first of the ascending `positions` above `position`.
    private static func firstIndex(in positions: [Int], above position: Int) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The initiator and the receiver written for a touchpoint.
    ///
    /// An item read from CJML has the ones its document named, and no others; another item takes its
    /// first persona (else the map's first) as the initiator and its second as the receiver, never
    /// one persona as both.
    static func parties(of item: Item, in map: JourneyMap) -> (initiator: String?, receiver: String?) {
        let fromCJML = value(item, CJMLKey.touchpointID) != nil
        let receiver = value(item, CJMLKey.receiver) ?? (fromCJML ? nil : item.personaIDs.dropFirst().first)
        if let initiator = value(item, CJMLKey.initiator) { return (initiator, receiver) }
        guard !fromCJML, let initiator = item.personaIDs.first ?? map.personas.first?.id, initiator != receiver
        else { return (nil, receiver) }
        return (initiator, receiver)
    }

    /// Reports personas of a touchpoint or its experience that are neither its initiator nor its
    /// receiver: CJML names no others.
    private mutating func reportUnwrittenPersonas(of point: Touchpoint) {
        let written = Self.parties(of: point.item, in: map)
        let parties = Set([written.initiator, written.receiver].compactMap { $0 })
        for item in [point.item] + (point.experience.map { [$0] } ?? []) {
            let others = item.personaIDs.filter { !parties.contains($0) }
            guard !others.isEmpty else { continue }
            lose(
                "cjml-item-personas-dropped",
                "“\(item.text)” concerns \(others.joined(separator: ", ")), who cannot be written: a CJML touchpoint "
                    + "names only its initiator and receiver",
                at: .item(item.id, inStage: point.stage.id))
        }
    }

    /// The experience rating written for an emotion: the rating as read, else its score on 1…5.
    static func rating(of emotion: Item) -> String? {
        let kept = value(emotion, CJMLKey.rating)
        guard let score = emotion.score else { return kept }
        let rating: Double
        if let source = score.source, source.minimum == 1, source.maximum == 5 {
            rating = source.value
        } else {
            rating = score.value + 3
        }
        guard rating.isFinite else { return kept }
        if let kept, NumberText.parse(kept) == rating { return kept }
        return NumberText.format(rating)
    }
}
