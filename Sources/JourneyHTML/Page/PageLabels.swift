import Foundation
import JourneyModel

/// The words the page uses for the map's values: kinds, roles, scores, quantities and durations.
enum PageLabels {
    /// The name of an item kind: "Pain point", "Key moment"; a custom kind as it is written.
    static func kind(_ kind: ItemKind) -> String { kind.displayName }

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
    static func decisionRole(_ role: DecisionRole) -> String { role.displayName }

    /// A channel in words: "Sales rep", "Word of mouth".
    static func channel(_ channel: Channel) -> String { channel.displayName }

    /// A content type in words: "Case study".
    static func contentType(_ type: ContentType) -> String { type.displayName }

    /// A metric kind in words: "Conversion rate", "NPS".
    static func metricKind(_ kind: MetricKind) -> String { kind.displayName }

    /// A score on −2…+2 with its sign: "+1", "−0.5", "0".
    static func score(_ value: Double) -> String { DisplayText.score(value) }

    /// A number with its unit: "3.1%", "52 hours", "12".
    static func quantity(_ value: Double, unit: String?) -> String { DisplayText.quantity(value, unit: unit) }

    /// A KPI's value with its unit, as the map's language writes numbers: "420.000 EUR" in German.
    static func quantity(_ value: Double, unit: String?, language: String?) -> String {
        DisplayText.quantity(value, unit: unit, language: language)
    }

    /// A KPI's target with its direction: "target ≤ 25%", "target ≥ 40%", "target 20–30%".
    static func target(_ metric: Metric, direction: MetricDirection?, language: String?) -> String? {
        DisplayText.target(metric, direction: direction, language: language)
    }

    /// A KPI's status with its sign: "✓ on target", "✗ off target"; `nil` when unknown.
    static func status(_ status: MetricStatus) -> String? { DisplayText.status(status) }

    /// A duration for people: "2 weeks", "1 year 6 months"; anything else as written.
    static func duration(_ text: String) -> String { DisplayText.duration(text) }

    /// The map's kind, state and scope in one line: "B2B · current state · buyer journey".
    static func facts(_ map: JourneyMap, chrome: Chrome) -> String {
        let kind = map.kind == .b2b ? chrome.b2bJourney : chrome.b2cJourney
        let state = map.state == .current ? chrome.currentState : chrome.futureState
        let scope = map.scope == .buyerJourney ? chrome.buyerJourneyFact : chrome.customerJourneyFact
        return [kind, state, scope].joined(separator: " \u{00B7} ")
    }
}
