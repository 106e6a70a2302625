/// The names exporters show people for the model's values.
///
/// Built-in values get English names ("Pain point", "Sales rep", "NPS"); custom values are shown as
/// they are written, since they are the user's own words.
public protocol DisplayNamed {
    /// The name to show people.
    var displayName: String { get }
}

extension ItemKind: DisplayNamed {
    public var displayName: String {
        switch self {
        case .action: "Action"
        case .thought: "Thought"
        case .question: "Question"
        case .emotion: "Emotion"
        case .touchpoint: "Touchpoint"
        case .painPoint: "Pain point"
        case .opportunity: "Opportunity"
        case .keyMoment: "Key moment"
        case .measure: "Measure"
        case .kpi: "KPI"
        case .content: "Content"
        case .backstage: "Backstage"
        case .note: "Note"
        default: rawValue
        }
    }
}

extension Channel: DisplayNamed {
    public var displayName: String {
        switch self {
        case .social: "Social media"
        case .salesRep: "Sales rep"
        default: isKnown ? DisplayText.sentence(rawValue) : rawValue
        }
    }
}

extension ContentType: DisplayNamed {
    public var displayName: String { isKnown ? DisplayText.sentence(rawValue) : rawValue }
}

extension DecisionRole: DisplayNamed {
    public var displayName: String { isKnown ? DisplayText.sentence(rawValue) : rawValue }
}

extension MetricKind: DisplayNamed {
    public var displayName: String {
        switch self {
        case .returnOnInvestment: "ROI"
        case .netPromoterScore: "NPS"
        case .customerSatisfaction: "CSAT"
        case .clickThroughRate: "Click-through rate"
        default: isKnown ? DisplayText.sentence(rawValue) : rawValue
        }
    }
}

extension MetricStatus: DisplayNamed {
    public var displayName: String {
        switch self {
        case .onTarget: "on target"
        case .offTarget: "off target"
        case .unknown: "no target to compare"
        }
    }

    /// The sign shown before the name, so that the status never depends on colour alone: ✓ or ✗.
    public var symbol: String? {
        switch self {
        case .onTarget: "\u{2713}"
        case .offTarget: "\u{2717}"
        case .unknown: nil
        }
    }
}

extension Severity: DisplayNamed {
    public var displayName: String { DisplayText.sentence(rawValue) + " severity" }
}

extension Priority: DisplayNamed {
    public var displayName: String { DisplayText.sentence(rawValue) + " priority" }
}

/// Numbers, scores and durations written for people.
public enum DisplayText {
    /// An identifier as a sentence: `word-of-mouth` → "Word of mouth".
    public static func sentence(_ identifier: String) -> String {
        let words = identifier.replacingOccurrences(of: "-", with: " ")
        guard let first = words.first else { return words }
        return first.uppercased() + words.dropFirst()
    }

    /// A score on −2…+2 with its sign and a real minus sign: "+1.5", "0", "−1".
    public static func score(_ value: Double) -> String {
        let text = NumberText.format(abs(value))
        if text == "0" { return "0" }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// A measured value with its unit: "3.1%", "52 hours", "−4".
    public static func quantity(_ value: Double, unit: String?) -> String {
        let number = NumberText.format(value).replacingOccurrences(of: "-", with: "\u{2212}")
        return withUnit(number, unit)
    }

    /// A measured value with its unit, written as the map's language writes numbers: "420,000 EUR"
    /// in English, "420.000 EUR" in German, "42 万 EUR" in Japanese (``NumberStyle``).
    public static func quantity(_ value: Double, unit: String?, language: String?) -> String {
        withUnit(NumberStyle.of(language: language).format(value), unit)
    }

    private static func withUnit(_ number: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number }
        return unit.hasPrefix("%") ? number + unit : number + " " + unit
    }

    /// A KPI's target with the direction it is met in: "target ≤ 25%" when lower is better,
    /// "target ≥ 40%" when higher is, "target 20–30%" for a range, "target 25%" without a
    /// direction; `nil` without a target.
    ///
    /// The word comes from `chrome` ("Ziel ≤ 25 %"); `atStart` gives the form that begins a line.
    public static func target(
        _ metric: Metric, direction: MetricDirection?, language: String?, chrome: Chrome = .english,
        atStart: Bool = false
    ) -> String? {
        let style = NumberStyle.of(language: language)
        let template = atStart ? chrome.targetAtStart : chrome.target
        if let range = direction?.range {
            let bounds = style.format(range.lowerBound) + "\u{2013}" + style.format(range.upperBound)
            return Chrome.fill(template, withUnit(bounds, metric.unit))
        }
        guard let target = metric.target, target.isFinite else { return nil }
        let comparison =
            switch direction {
            case .higherIsBetter: "\u{2265} "
            case .lowerIsBetter: "\u{2264} "
            default: ""
            }
        return Chrome.fill(template, comparison + withUnit(style.format(target), metric.unit))
    }

    /// A KPI's status in words with its sign: "✓ on target", "✗ off target"; `nil` when unknown.
    public static func status(_ status: MetricStatus) -> String? {
        status.symbol.map { $0 + " " + status.displayName }
    }

    /// An ISO 8601 duration in words (`P2W` → "2 weeks", `P1Y6M` → "1 year 6 months"); any other
    /// text as it is.
    ///
    /// The units come from `chrome` ("2 Wochen", "2週間").
    public static func duration(_ text: String, chrome: Chrome = .english) -> String {
        let units: [(Character, String)] = [("Y", "year"), ("M", "month"), ("W", "week"), ("D", "day")]
        let timeUnits: [(Character, String)] = [("H", "hour"), ("M", "minute"), ("S", "second")]
        guard text.hasPrefix("P"), text.count > 1 else { return text }
        var parts: [String] = []
        var number = ""
        var inTime = false
        var dateIndex = 0
        var timeIndex = 0
        for character in text.dropFirst() {
            if character == "T", number.isEmpty, !inTime {
                inTime = true
                continue
            }
            if character.isASCII, character.isNumber || character == "." {
                number.append(character)
                continue
            }
            let table = inTime ? timeUnits : units
            var position = inTime ? timeIndex : dateIndex
            while position < table.count, table[position].0 != character { position += 1 }
            guard position < table.count, !number.isEmpty, let value = Double(number) else { return text }
            let name = table[position].1
            let template = chrome.durationUnits[value == 1 ? name : name + "s"] ?? "{} " + name
            parts.append(Chrome.fill(template, number))
            if inTime { timeIndex = position + 1 } else { dateIndex = position + 1 }
            number = ""
        }
        guard number.isEmpty, !parts.isEmpty else { return text }
        return parts.joined(separator: chrome.durationSeparator)
    }
}
