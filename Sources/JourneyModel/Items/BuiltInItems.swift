/// What the customer does.
public struct Action: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.action
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// An action, such as "Books a test drive".
    public init(_ text: String, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas)
    }
}

/// What the customer thinks.
public struct Thought: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.thought
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A thought, such as "Can I afford this?".
    public init(_ text: String, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas)
    }
}

/// A question the customer asks; shown in the thoughts lane.
public struct Question: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.question
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A question, such as "Which model has the lowest running costs?".
    public init(_ text: String, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas)
    }
}

/// How the customer feels: one point of the emotion curve.
public struct Emotion: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.emotion
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// An emotion with a score on −2…+2 and a word for the feeling.
    ///
    /// - Parameters:
    ///   - score: the score on −2…+2.
    ///   - text: a word for the feeling.
    ///   - id: the identifier; made by the builder when empty.
    ///   - personas: whose feeling it is; give one persona per point to draw one curve per persona.
    public init(_ score: Double, _ text: String = "", id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas, score: EmotionScore(score))
    }

    /// An emotion with a score given on another scale (Mermaid's 1…5), converted to −2…+2.
    public init(
        _ score: Double, onScale scale: ClosedRange<Double>, _ text: String = "", id: String = "",
        personas: [String] = []
    ) {
        item = Item(
            id: id, kind: Self.itemKind, text: text, personaIDs: personas, score: EmotionScore(score, onScale: scale))
    }

    /// The score; neutral (0) when the item has none.
    public var score: EmotionScore {
        get { item.score ?? EmotionScore(0) }
        set { item.score = newValue }
    }
}

/// Where the customer meets the company.
public struct Touchpoint: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.touchpoint
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A touchpoint, such as "Configurator on the website", through a channel.
    public init(_ text: String, channel: Channel? = nil, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas, channel: channel)
    }

    /// The channel.
    public var channel: Channel? {
        get { item.channel }
        set { item.channel = newValue }
    }
}

/// What gets in the customer's way.
public struct PainPoint: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.painPoint
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A pain point with its severity.
    public init(_ text: String, severity: Severity? = nil, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas, severity: severity)
    }

    /// How badly it hurts.
    public var severity: Severity? {
        get { item.severity }
        set { item.severity = newValue }
    }
}

/// A chance to make the journey better.
public struct Opportunity: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.opportunity
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// An opportunity with its priority.
    public init(_ text: String, priority: Priority? = nil, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas, priority: priority)
    }

    /// How urgent it is.
    public var priority: Priority? {
        get { item.priority }
        set { item.priority = newValue }
    }
}

/// A moment of truth: where the customer decides whether the journey goes on.
public struct KeyMoment: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.keyMoment
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A key moment with its priority.
    public init(_ text: String, priority: Priority? = nil, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: text, personaIDs: personas, priority: priority)
    }

    /// How much depends on it.
    public var priority: Priority? {
        get { item.priority }
        set { item.priority = newValue }
    }
}

/// Something the company plans to do, with an owner.
public struct Measure: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.measure
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A planned measure.
    public init(_ text: String, owner: String? = nil, priority: Priority? = nil, id: String = "") {
        item = Item(id: id, kind: Self.itemKind, text: text, priority: priority, owner: owner)
    }

    /// Who is responsible.
    public var owner: String? {
        get { item.owner }
        set { item.owner = newValue }
    }
}

/// A key performance indicator, such as conversion rate, ROI or loyalty rate.
public struct KPI: ItemRepresentable, Measurable, Hashable, Sendable {
    public static let itemKind = ItemKind.kpi
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A KPI, named by its text, with its value against its target.
    ///
    /// Without a `direction`, one is inferred from the kind or the name when the KPI is drawn
    /// (``Metric/effectiveDirection(text:words:)``).
    public init(
        _ name: String, kind: MetricKind? = nil, value: Double? = nil, target: Double? = nil, unit: String? = nil,
        direction: MetricDirection? = nil, id: String = ""
    ) {
        item = Item(
            id: id, kind: Self.itemKind, text: name,
            metric: Metric(kind: kind, value: value, target: target, unit: unit, direction: direction))
    }

    /// The KPI's direction: as stated, else inferred from its kind or its name.
    public var effectiveDirection: MetricDirection? { metric.effectiveDirection(text: item.text) }

    /// Whether the KPI meets its target in its ``effectiveDirection``.
    public var status: MetricStatus { metric.status(in: effectiveDirection) }

    public var metric: Metric {
        get { item.metric ?? Metric() }
        set { item.metric = newValue }
    }
}

/// Content the customer consumes, such as a blog post, a whitepaper or a demo.
public struct ContentPiece: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.content
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A piece of content of a type.
    public init(_ title: String, type: ContentType? = nil, id: String = "", personas: [String] = []) {
        item = Item(id: id, kind: Self.itemKind, text: title, personaIDs: personas, contentType: type)
    }

    /// What kind of content it is.
    public var contentType: ContentType? {
        get { item.contentType }
        set { item.contentType = newValue }
    }
}

/// What happens behind the scenes, and who owns it.
public struct BackstageTask: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.backstage
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A backstage task with its owner.
    public init(_ text: String, owner: String? = nil, id: String = "") {
        item = Item(id: id, kind: Self.itemKind, text: text, owner: owner)
    }

    /// Who owns it.
    public var owner: String? {
        get { item.owner }
        set { item.owner = newValue }
    }
}

/// Text that has no more specific kind, such as a label an importer could not classify.
public struct Note: ItemRepresentable, Hashable, Sendable {
    public static let itemKind = ItemKind.note
    public var item: Item
    public init(unchecked item: Item) { self.item = item }

    /// A note; give a lane, since notes have no lane of their own.
    public init(_ text: String, lane: String, id: String = "") {
        item = Item(id: id, kind: Self.itemKind, laneID: lane, text: text)
    }
}
