import Foundation
import JourneyModel

/// The words the page uses for the map's values: kinds, roles, scores, quantities and durations.
enum PageLabels {
    /// The name of an item kind: "Pain point", "Key moment"; a custom kind as it is written.
    static func kind(_ kind: ItemKind) -> String {
        switch kind {
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
        default: words(kind.rawValue)
        }
    }

    /// The sign that marks an item kind besides its colour, or `nil` for kinds shown by text alone.
    static func icon(_ kind: ItemKind) -> String? {
        switch kind {
        case .painPoint: "\u{26A0}"  // ⚠
        case .keyMoment: "\u{2605}"  // ★
        case .opportunity: "\u{25C6}"  // ◆
        case .question: "?"
        default: nil
        }
    }

    /// The class naming an item's kind in the style sheet; custom kinds share one.
    static func kindClass(_ kind: ItemKind) -> String {
        kind.isKnown ? "kind-" + kind.rawValue : "kind-custom"
    }

    /// A decision role in words: "Decision maker".
    static func decisionRole(_ role: DecisionRole) -> String {
        switch role {
        case .decisionMaker: "Decision maker"
        default: words(role.rawValue)
        }
    }

    /// A channel in words: "Sales rep", "Word of mouth".
    static func channel(_ channel: Channel) -> String {
        switch channel {
        case .salesRep: "Sales representative"
        default: words(channel.rawValue)
        }
    }

    /// A content type in words: "Case study".
    static func contentType(_ type: ContentType) -> String { words(type.rawValue) }

    /// A metric kind in words: "Conversion rate", "NPS".
    static func metricKind(_ kind: MetricKind) -> String {
        switch kind {
        case .returnOnInvestment: "ROI"
        case .netPromoterScore: "NPS"
        case .customerSatisfaction: "CSAT"
        default: words(kind.rawValue)
        }
    }

    /// A score on −2…+2 with its sign: "+1", "−0.5", "0".
    static func score(_ value: Double) -> String {
        let text = NumberText.format(abs(value))
        if text == "0" { return "0" }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// A number with its unit: "3.1%", "52 hours", "12".
    static func quantity(_ value: Double, unit: String?) -> String {
        let number = NumberText.format(value).replacingOccurrences(of: "-", with: "\u{2212}")
        guard let unit, !unit.isEmpty else { return number }
        return unit.hasPrefix("%") ? number + unit : number + " " + unit
    }

    /// A duration for people: ISO 8601 durations such as `P2W` or `P1Y6M` in words ("2 weeks",
    /// "1 year 6 months"); anything else as written.
    static func duration(_ text: String) -> String {
        let units: [(Character, String)] = [("Y", "year"), ("M", "month"), ("W", "week"), ("D", "day")]
        let timeUnits: [(Character, String)] = [("H", "hour"), ("M", "minute"), ("S", "second")]
        guard text.hasPrefix("P"), text.count > 1 else { return text }
        var parts: [String] = []
        var number = ""
        var inTime = false
        for character in text.dropFirst() {
            if character == "T", number.isEmpty, !inTime {
                inTime = true
            } else if character.isASCII, character.isNumber || character == "." {
                number.append(character)
            } else if let unit = (inTime ? timeUnits : units).first(where: { $0.0 == character }), !number.isEmpty,
                let value = Double(number)
            {
                parts.append(NumberText.format(value) + " " + unit.1 + (value == 1 ? "" : "s"))
                number = ""
            } else {
                return text
            }
        }
        return parts.isEmpty || !number.isEmpty ? text : parts.joined(separator: " ")
    }

    /// A value from an open vocabulary in words: `word-of-mouth` → "Word of mouth".
    static func words(_ raw: String) -> String {
        let spaced = raw.replacingOccurrences(of: "-", with: " ")
        guard let first = spaced.first else { return raw }
        return first.uppercased() + spaced.dropFirst()
    }

    /// The map's kind, state and scope in one line: "B2B · current state · buyer journey".
    static func facts(_ map: JourneyMap) -> String {
        let kind = map.kind == .b2b ? "B2B journey" : "B2C journey"
        let state = map.state == .current ? "current state (as-is)" : "future state (to-be)"
        let scope = map.scope == .buyerJourney ? "buyer journey" : "whole customer journey"
        return [kind, state, scope].joined(separator: " \u{00B7} ")
    }
}
