import Foundation
import JourneyModel

/// Recognizes lanes by the names people give them in spreadsheets.
///
/// The lane kind comes from the recognition vocabulary, shared with the importers; this adds
/// the kind of item such a lane holds where the title says more than the kind ("Questions" holds
/// questions in a thoughts lane, "Moments of truth" key moments). Unknown names are kept as custom
/// lanes by the callers.
enum LaneNames {
    /// What a recognized lane name stands for.
    struct Recognized: Equatable {
        var lane: LaneKind
        var item: ItemKind
    }

    /// The lane kind and item kind a lane name stands for, or `nil` for a name that is not recognized.
    static func recognize(_ name: String, matcher: VocabularyMatcher = .standard) -> Recognized? {
        guard
            let lane = matcher.laneKind(forTitle: name) ?? LaneKind.knownValues.first(where: { $0.rawValue == name })
        else { return nil }
        let words = TitleWords.of(name)
        var item = lane.defaultItemKind
        if lane == .thoughts, !words.isEmpty, words.allSatisfy({ $0 == "question" || $0 == "questions" }) {
            item = .question
        } else if lane == .opportunities, matcher.isKeyMoment(name) {
            item = .keyMoment
        }
        return Recognized(lane: lane, item: item)
    }
}
