/// One entry in a stage × lane cell: an action, a thought, an emotion, a touchpoint and so on.
///
/// An item has the fields every kind shares (text, detail, personas, tags, links) and the fields some
/// kinds use (score, channel, severity, …). The built-in item types (``Action``, ``Emotion``,
/// ``Touchpoint``, …) and custom ones are typed views of an item; see ``ItemRepresentable``.
public struct Item: Identified, Extensible, PersonaScoped, LaneContent, StageContent, Hashable, Sendable, Codable {
    public var id: String
    /// What the item is.
    public var kind: ItemKind
    /// The lane (row) the item sits in.
    public var laneID: String
    /// The text shown on the map.
    public var text: String
    public var extensions: ExtensionData
    /// The fields only some items use, stored apart.
    ///
    /// Empty for most items, one element otherwise: maps can hold hundreds of thousands of items,
    /// most of which use none of them.
    private var optionalFields: [OptionalFields]

    /// The fields only some items use: emotions' scores and touchpoints' channels, and the rest
    /// apart again, as fewer items still use them.
    private struct OptionalFields: Hashable, Sendable {
        var score: EmotionScore?
        var channel: Channel?
        var more: [MoreFields] = []

        static let empty = OptionalFields()
    }

    /// The fields fewest items use.
    private struct MoreFields: Hashable, Sendable {
        var stepID: String?
        var detail: String?
        var personaIDs: [String] = []
        var tags: [String] = []
        var links: [Link] = []
        var severity: Severity?
        var priority: Priority?
        var owner: String?
        var metric: Metric?
        var contentType: ContentType?
        var activities: [String] = []

        static let empty = MoreFields()
    }

    private var optional: OptionalFields { optionalFields.first ?? .empty }
    private var more: MoreFields { optional.more.first ?? .empty }

    private mutating func changeOptional(_ change: (inout OptionalFields) -> Void) {
        if optionalFields.isEmpty { optionalFields = [.empty] }
        change(&optionalFields[0])
        // Items with the same fields are equal whether or not they ever set one.
        if optionalFields[0] == .empty { optionalFields = [] }
    }

    private mutating func changeMore(_ change: (inout MoreFields) -> Void) {
        changeOptional { fields in
            if fields.more.isEmpty { fields.more = [.empty] }
            change(&fields.more[0])
            if fields.more[0] == .empty { fields.more = [] }
        }
    }

    /// The step of the stage, if the item belongs to one.
    public var stepID: String? {
        get { more.stepID }
        set { changeMore { $0.stepID = newValue } }
    }
    /// More detail than fits on the map.
    public var detail: String? {
        get { more.detail }
        set { changeMore { $0.detail = newValue } }
    }
    /// The personas this concerns; empty means all of them.
    public var personaIDs: [String] {
        get { more.personaIDs }
        set { changeMore { $0.personaIDs = newValue } }
    }
    /// Free tags for filtering.
    public var tags: [String] {
        get { more.tags }
        set { changeMore { $0.tags = newValue } }
    }
    /// Links to evidence, content or tickets.
    public var links: [Link] {
        get { more.links }
        set { changeMore { $0.links = newValue } }
    }
    /// Emotions: how the persona feels.
    public var score: EmotionScore? {
        get { optional.score }
        set { changeOptional { $0.score = newValue } }
    }
    /// Touchpoints: where the encounter happens.
    public var channel: Channel? {
        get { optional.channel }
        set { changeOptional { $0.channel = newValue } }
    }
    /// Pain points: how badly it hurts.
    public var severity: Severity? {
        get { more.severity }
        set { changeMore { $0.severity = newValue } }
    }
    /// Opportunities, key moments and measures: how urgent.
    public var priority: Priority? {
        get { more.priority }
        set { changeMore { $0.priority = newValue } }
    }
    /// Measures and backstage items: who is responsible.
    public var owner: String? {
        get { more.owner }
        set { changeMore { $0.owner = newValue } }
    }
    /// KPIs: the value measured against its target.
    public var metric: Metric? {
        get { more.metric }
        set { changeMore { $0.metric = newValue } }
    }
    /// Content: what kind of content.
    public var contentType: ContentType? {
        get { more.contentType }
        set { changeMore { $0.contentType = newValue } }
    }

    /// The activities of an event log that show a customer at this item's stage, such as
    /// `pricing_view` or `signup`: what `journey analyze` binds events to stages with.
    ///
    /// Typically set on touchpoints, content and milestone actions; empty for most items.
    public var activities: [String] {
        get { more.activities }
        set { changeMore { $0.activities = newValue } }
    }

    /// Creates an item.
    public init(
        id: String = "",
        kind: ItemKind,
        laneID: String = "",
        stepID: String? = nil,
        text: String,
        detail: String? = nil,
        personaIDs: [String] = [],
        tags: [String] = [],
        links: [Link] = [],
        score: EmotionScore? = nil,
        channel: Channel? = nil,
        severity: Severity? = nil,
        priority: Priority? = nil,
        owner: String? = nil,
        metric: Metric? = nil,
        contentType: ContentType? = nil,
        activities: [String] = [],
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id
        self.kind = kind
        self.laneID = laneID
        self.text = text
        self.extensions = extensions
        let more = MoreFields(
            stepID: stepID, detail: detail, personaIDs: personaIDs, tags: tags, links: links, severity: severity,
            priority: priority, owner: owner, metric: metric, contentType: contentType, activities: activities)
        let fields = OptionalFields(score: score, channel: channel, more: more == .empty ? [] : [more])
        optionalFields = fields == .empty ? [] : [fields]
    }

    public func add(to stage: inout Stage) { stage.items.append(self) }
}

/// How a persona feels, on JourneyKit's canonical scale from −2 (very negative) through 0 (neutral)
/// to +2 (very positive), keeping the score as the source gave it.
public struct EmotionScore: Hashable, Sendable, Codable {
    /// The canonical range.
    public static let range: ClosedRange<Double> = -2...2

    /// The score on the canonical −2…+2 scale.
    public var value: Double
    /// The score as the source gave it, with the source's scale (Mermaid uses 1…5).
    public var source: SourceScore?

    /// A score on the canonical −2…+2 scale.
    public init(_ value: Double) {
        self.value = value
        self.source = nil
    }

    /// A score given on another scale, converted linearly to −2…+2; the original is kept.
    ///
    /// ```swift
    /// EmotionScore(4, onScale: 1...5).value  // 1.0
    /// ```
    public init(_ value: Double, onScale scale: ClosedRange<Double>) {
        let width = scale.upperBound - scale.lowerBound
        self.value = width > 0 ? -2 + 4 * (value - scale.lowerBound) / width : 0
        self.source = SourceScore(value: value, minimum: scale.lowerBound, maximum: scale.upperBound)
    }

    /// Creates a score from both its canonical value and its source.
    public init(value: Double, source: SourceScore?) {
        self.value = value
        self.source = source
    }

    /// Whether the canonical value lies in −2…+2.
    public var isInRange: Bool { Self.range.contains(value) }
}

/// A score as a source gave it, with the source's scale.
public struct SourceScore: Hashable, Sendable, Codable {
    public var value: Double
    public var minimum: Double
    public var maximum: Double

    public init(value: Double, minimum: Double, maximum: Double) {
        self.value = value
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// How badly a pain point hurts.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How urgent an opportunity or measure is.
public enum Priority: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A link from an item to something outside the map.
public struct Link: Hashable, Sendable, Codable {
    /// The address.
    ///
    /// Exporters only make `http`, `https` and `mailto` links clickable; validation reports any other
    /// scheme.
    public var url: String
    /// The text to show instead of the address.
    public var title: String?

    public init(_ url: String, title: String? = nil) {
        self.url = url
        self.title = title
    }

    /// The schemes exporters make clickable.
    public static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// The scheme, lowercased, or `nil` when the address has none.
    public var scheme: String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// Whether the link uses `http`, `https` or `mailto`.
    public var isSafe: Bool { scheme.map(Self.safeSchemes.contains) ?? false }
}
