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

/// Makes identifiers from names, unique within a set.
struct IdentifierMaker {
    private(set) var used: Set<String>

    init(used: Set<String> = []) { self.used = used }

    /// Lowercases `name` and joins its letters and digits with hyphens: "Buying a Car!" → `buying-a-car`.
    static func slug(_ name: String, fallback: String) -> String {
        Identifiers.slug(name, fallback: fallback)
    }

    /// A new identifier made from a name: its slug, with `-2`, `-3`, … when already used.
    mutating func make(from name: String, fallback: String) -> String {
        unique(Self.slug(name, fallback: fallback))
    }

    /// `candidate`, or `candidate-2`, `candidate-3`, … whichever is not used yet; marks it used.
    mutating func unique(_ candidate: String) -> String {
        var result = candidate
        var number = 1
        while used.contains(result) {
            number += 1
            result = "\(candidate)-\(number)"
        }
        used.insert(result)
        return result
    }
}
