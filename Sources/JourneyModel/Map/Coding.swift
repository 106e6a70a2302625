// Codable conformances that leave out empty lists, empty dictionaries and absent values, and accept
// their absence when decoding: JSON written by hand or by other tools stays short and readable.

extension KeyedDecodingContainer {
    fileprivate func decode<Value: Decodable & EmptyRepresentable>(_ key: Key) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? .empty
    }
}

extension KeyedEncodingContainer {
    fileprivate mutating func encodeUnlessEmpty<Value: Encodable & EmptyRepresentable>(_ value: Value, forKey key: Key)
        throws
    {
        if !value.isEmpty { try encode(value, forKey: key) }
    }
}

private protocol EmptyRepresentable {
    static var empty: Self { get }
    var isEmpty: Bool { get }
}

extension Array: EmptyRepresentable {
    fileprivate static var empty: Self { [] }
}

extension Dictionary: EmptyRepresentable {
    fileprivate static var empty: Self { [:] }
}

extension ExtensionData: EmptyRepresentable {
    fileprivate static var empty: Self { ExtensionData() }
}

extension JourneyMap {
    private enum CodingKeys: String, CodingKey {
        case id, title, summary, kind, state, scope, language, metadata, personas, stages, lanes, transitions,
            extensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            title: try container.decode(String.self, forKey: .title),
            summary: try container.decodeIfPresent(String.self, forKey: .summary),
            kind: try container.decodeIfPresent(MapKind.self, forKey: .kind) ?? .b2c,
            state: try container.decodeIfPresent(MapState.self, forKey: .state) ?? .current,
            scope: try container.decodeIfPresent(MapScope.self, forKey: .scope) ?? .customerJourney,
            language: try container.decodeIfPresent(String.self, forKey: .language),
            metadata: try container.decode(.metadata),
            personas: try container.decode(.personas),
            stages: try container.decode(.stages),
            lanes: try container.decode(.lanes),
            transitions: try container.decode(.transitions),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(kind, forKey: .kind)
        try container.encode(state, forKey: .state)
        try container.encode(scope, forKey: .scope)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeUnlessEmpty(metadata, forKey: .metadata)
        try container.encodeUnlessEmpty(personas, forKey: .personas)
        try container.encodeUnlessEmpty(stages, forKey: .stages)
        try container.encodeUnlessEmpty(lanes, forKey: .lanes)
        try container.encodeUnlessEmpty(transitions, forKey: .transitions)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Persona {
    private enum CodingKeys: String, CodingKey {
        case id, name, role, description, goals, needs, motivations, frustrations, quote, attributes, organization,
            decisionRole, reportsTo, extensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            role: try container.decodeIfPresent(String.self, forKey: .role),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            goals: try container.decode(.goals),
            needs: try container.decode(.needs),
            motivations: try container.decode(.motivations),
            frustrations: try container.decode(.frustrations),
            quote: try container.decodeIfPresent(String.self, forKey: .quote),
            attributes: try container.decode(.attributes),
            organization: try container.decodeIfPresent(String.self, forKey: .organization),
            decisionRole: try container.decodeIfPresent(DecisionRole.self, forKey: .decisionRole),
            reportsTo: try container.decodeIfPresent(String.self, forKey: .reportsTo),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeUnlessEmpty(goals, forKey: .goals)
        try container.encodeUnlessEmpty(needs, forKey: .needs)
        try container.encodeUnlessEmpty(motivations, forKey: .motivations)
        try container.encodeUnlessEmpty(frustrations, forKey: .frustrations)
        try container.encodeIfPresent(quote, forKey: .quote)
        try container.encodeUnlessEmpty(attributes, forKey: .attributes)
        try container.encodeIfPresent(organization, forKey: .organization)
        try container.encodeIfPresent(decisionRole, forKey: .decisionRole)
        try container.encodeIfPresent(reportsTo, forKey: .reportsTo)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Stage {
    private enum CodingKeys: String, CodingKey {
        case id, name, goal, description, expectedDuration
        case personaIDs = "personas"
        case steps, items, extensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            goal: try container.decodeIfPresent(String.self, forKey: .goal),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            expectedDuration: try container.decodeIfPresent(String.self, forKey: .expectedDuration),
            personaIDs: try container.decode(.personaIDs),
            steps: try container.decode(.steps),
            items: try container.decode(.items),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(goal, forKey: .goal)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(expectedDuration, forKey: .expectedDuration)
        try container.encodeUnlessEmpty(personaIDs, forKey: .personaIDs)
        try container.encodeUnlessEmpty(steps, forKey: .steps)
        try container.encodeUnlessEmpty(items, forKey: .items)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Step {
    private enum CodingKeys: String, CodingKey { case id, name, description, extensions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Lane {
    private enum CodingKeys: String, CodingKey { case id, kind, title, description, extensions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(LaneKind.self, forKey: .kind),
            title: try container.decode(String.self, forKey: .title),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Item {
    private enum CodingKeys: String, CodingKey {
        case id, kind
        case laneID = "lane"
        case stepID = "step"
        case text, detail
        case personaIDs = "personas"
        case tags, links, score,
            channel, severity, priority, owner, metric, contentType, activities, extensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            kind: try container.decode(ItemKind.self, forKey: .kind),
            laneID: try container.decode(String.self, forKey: .laneID),
            stepID: try container.decodeIfPresent(String.self, forKey: .stepID),
            text: try container.decode(String.self, forKey: .text),
            detail: try container.decodeIfPresent(String.self, forKey: .detail),
            personaIDs: try container.decode(.personaIDs),
            tags: try container.decode(.tags),
            links: try container.decode(.links),
            score: try container.decodeIfPresent(EmotionScore.self, forKey: .score),
            channel: try container.decodeIfPresent(Channel.self, forKey: .channel),
            severity: try container.decodeIfPresent(Severity.self, forKey: .severity),
            priority: try container.decodeIfPresent(Priority.self, forKey: .priority),
            owner: try container.decodeIfPresent(String.self, forKey: .owner),
            metric: try container.decodeIfPresent(Metric.self, forKey: .metric),
            contentType: try container.decodeIfPresent(ContentType.self, forKey: .contentType),
            activities: try container.decode(.activities),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(laneID, forKey: .laneID)
        try container.encodeIfPresent(stepID, forKey: .stepID)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeUnlessEmpty(personaIDs, forKey: .personaIDs)
        try container.encodeUnlessEmpty(tags, forKey: .tags)
        try container.encodeUnlessEmpty(links, forKey: .links)
        try container.encodeIfPresent(score, forKey: .score)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(severity, forKey: .severity)
        try container.encodeIfPresent(priority, forKey: .priority)
        try container.encodeIfPresent(owner, forKey: .owner)
        try container.encodeIfPresent(metric, forKey: .metric)
        try container.encodeIfPresent(contentType, forKey: .contentType)
        try container.encodeUnlessEmpty(activities, forKey: .activities)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}

extension Transition {
    private enum CodingKeys: String, CodingKey {
        case id, from, to, label
        case personaIDs = "personas"
        case extensions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            from: try container.decode(String.self, forKey: .from),
            to: try container.decode(String.self, forKey: .to),
            label: try container.decodeIfPresent(String.self, forKey: .label),
            personaIDs: try container.decode(.personaIDs),
            extensions: try container.decode(.extensions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeUnlessEmpty(personaIDs, forKey: .personaIDs)
        try container.encodeUnlessEmpty(extensions, forKey: .extensions)
    }
}
