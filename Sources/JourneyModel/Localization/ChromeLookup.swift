extension Chrome {
    /// The languages JourneyKit writes its chrome in.
    public static let all: [Chrome] = [
        english, spanish, portuguese, german, french, japanese, chinese, tagalog, arabic, hebrew,
    ]

    /// The chrome in English.
    public static let english = Chrome()

    /// The table for a BCP 47 language tag, by its primary subtag (`pt-BR` → Portuguese, `zh-Hant`
    /// → Chinese); English for no tag or a language without a table.
    public static func `for`(language: String?) -> Chrome {
        guard let language else { return english }
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        return all.first { $0.code == primary } ?? english
    }

    /// A template with its values: `{}` or `{1}` takes the first, `{2}` the second, and so on.
    ///
    /// One pass over the template: a value holding `{2}` is not filled again, and a placeholder
    /// without a value stays as it is written.
    public static func fill(_ template: String, _ values: String...) -> String {
        let bytes = Array(template.utf8)
        var text = ""
        text.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.utf8.count })
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            // Digits then "}": at most four digits, so the number cannot overflow.
            var end = index + 1
            var number = 0
            while end < bytes.count, end - index <= 4, (0x30...0x39).contains(bytes[end]) {
                number = number * 10 + Int(bytes[end] - 0x30)
                end += 1
            }
            if end == index + 1 { number = 1 }
            // "{01}" is not a placeholder: numbers are written without leading zeros.
            if end > index + 1, bytes[index + 1] == UInt8(ascii: "0") { number = 0 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "}"), number >= 1, number <= values.count else {
                index += 1
                continue
            }
            text += String(decoding: bytes[copied..<index], as: UTF8.self)
            text += values[number - 1]
            index = end + 1
            copied = index
        }
        text += String(decoding: bytes[copied...], as: UTF8.self)
        return text
    }

    /// The name of an item kind; a custom kind as it is written.
    public func name(_ kind: ItemKind) -> String { itemKinds[kind] ?? kind.rawValue }

    /// The name of a channel; a custom channel as it is written.
    public func name(_ channel: Channel) -> String { channels[channel] ?? channel.rawValue }

    /// The name of a content type; a custom type as it is written.
    public func name(_ type: ContentType) -> String { contentTypes[type] ?? type.rawValue }

    /// The name of a decision role; a custom role as it is written.
    public func name(_ role: DecisionRole) -> String { decisionRoles[role] ?? role.rawValue }

    /// The name of a metric kind; a custom kind as it is written.
    public func name(_ kind: MetricKind) -> String { metricKinds[kind] ?? kind.rawValue }

    /// A KPI status in words with its sign: "✓ on target"; `nil` when unknown.
    public func status(_ status: MetricStatus) -> String? {
        let words =
            switch status {
            case .onTarget: onTarget
            case .offTarget: offTarget
            case .unknown: noTarget
            }
        return status.symbol.map { $0 + " " + words }
    }

    /// A label inside a sentence: lowercased where the language does so.
    public func inSentence(_ label: String) -> String { lowercasesInSentences ? label.lowercased() : label }

    static let englishKindDescriptions: [ItemKind: String] = [
        .action: "What the customer does.",
        .thought: "What the customer thinks.",
        .question: "What the customer asks.",
        .emotion: "How the customer feels, with a score.",
        .touchpoint: "Where the customer meets the company, and through which channel.",
        .painPoint: "What gets in the customer's way, with its severity; a warning sign and a double edge.",
        .opportunity: "A chance to do better, with its priority; a diamond and a dashed edge.",
        .keyMoment: "A moment of truth, where the journey can be won or lost; a star and a heavy frame.",
        .measure: "What the company plans to do, and who owns it.",
        .kpi: "A key performance indicator: the value against its target.",
        .content: "Content the customer consumes.",
        .backstage: "What happens behind the scenes, and who owns it.",
        .note: "Text without a more specific kind.",
    ]
}
