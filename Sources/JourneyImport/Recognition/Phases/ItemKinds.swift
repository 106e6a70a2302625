import Foundation
import JourneyModel

/// What an item is beyond its lane's kind, from its text and the vocabulary: questions among
/// thoughts, key moments among opportunities, the channel of a touchpoint, the emotion a label
/// states.
struct ItemReader: Sendable {
    let matcher: VocabularyMatcher

    /// The kind of item a text in a lane of `lane` kind is.
    func itemKind(for text: String, in lane: LaneKind, default defaultKind: ItemKind) -> ItemKind {
        switch lane {
        case .thoughts where matcher.isQuestion(text): .question
        case .opportunities where matcher.isKeyMoment(text): .keyMoment
        default: defaultKind
        }
    }

    /// The channel a touchpoint's text names.
    func channel(in text: String) -> Channel? { matcher.channel(in: text) }

    /// The emotion a label states, with the label left once the score's notation is taken out.
    func emotion(in text: String) -> EmotionReading? { matcher.emotion(in: text) }
}
