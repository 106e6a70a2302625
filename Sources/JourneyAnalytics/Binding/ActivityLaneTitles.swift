import JourneyModel

/// The titles of lanes whose cells list event-log activities, one per line, in each language.
///
/// A grid CSV or a drawing with a row titled like one of these binds the activities in each of its
/// cells to that cell's stage. Titles are compared by their words (``TitleWords``), so case,
/// punctuation and spacing do not matter.
enum ActivityLaneTitles {
    /// The titles, by language.
    static let byLanguage: [String: [String]] = [
        "en": ["events", "event", "activities", "activity", "event log", "tracked events", "analytics events"],
        "es": ["eventos", "evento", "actividades", "actividad", "registro de eventos"],
        "pt": ["eventos", "evento", "atividades", "atividade", "actividades", "registo de eventos"],
        "de": ["ereignisse", "ereignis", "events", "aktivitäten", "aktivitaten", "aktivitaeten", "tracking events"],
        "fr": ["événements", "evenements", "événement", "activités", "activites", "journal d'événements"],
        "it": ["eventi", "evento", "attività", "attivita"],
        "nl": ["gebeurtenissen", "activiteiten"],
        "ja": ["イベント", "アクティビティ", "行動ログ", "イベントログ"],
        "zh": ["事件", "活动", "活動", "埋点事件", "埋點事件", "行为事件", "行為事件"],
        "tl": ["mga kaganapan", "kaganapan", "mga aktibidad", "aktibidad"],
    ]

    /// Every title as its words joined by single spaces.
    private static let normalized: Set<String> = Set(
        byLanguage.values.joined().map { TitleWords.of($0).joined(separator: " ") })

    /// Whether a lane with this title (or kind) lists activities.
    static func matches(_ title: String) -> Bool {
        let words = TitleWords.of(title)
        return !words.isEmpty && normalized.contains(words.joined(separator: " "))
    }
}
