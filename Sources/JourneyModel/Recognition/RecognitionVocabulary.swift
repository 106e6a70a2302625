import Foundation

/// The words that tell what a label in a drawing or a spreadsheet is: lane titles, stage names,
/// channels, personas, emotions, key moments, questions and notes.
///
/// Recognition reads maps written in many languages; every word it knows comes from a vocabulary,
/// never from code. Built-in vocabularies cover English, Spanish, Portuguese, German, French,
/// Japanese, Chinese and Tagalog; ``standard`` merges them all and is what readers use by default.
/// Teams add their own words:
///
/// ```swift
/// var team = RecognitionVocabulary(languages: ["en"])
/// team.laneTitles[LaneKind.painPoints.rawValue] = ["gripes"]
/// team.emotionWords["stoked"] = 2
/// let vocabulary = RecognitionVocabulary.english.merging(team)
/// ```
///
/// Words are matched without regard to case and punctuation; a title matches a phrase when it is
/// the phrase, the phrase with a plural ending (``pluralSuffixes``), or starts or ends with the
/// phrase as whole words ("Customer emotions"). Phrases in scripts written without spaces
/// (Japanese, Chinese) also match inside a longer title.
///
/// A vocabulary is plain data and reads from and writes to JSON with the property names as keys
/// (`journey convert --vocabulary team.json`); every key may be left out.
public struct RecognitionVocabulary: Hashable, Sendable, Codable {
    /// The languages (BCP 47 codes) whose words this vocabulary holds.
    public var languages: [String]
    /// Lane titles by lane kind (its raw value: `actions`, `pain-points`, …).
    public var laneTitles: [String: [String]]
    /// Stage names people use (awareness, consideration, …), to tell stage headers from other text.
    public var stageNames: [String]
    /// Words that name a header as a step rather than a stage ("Step 1", "Paso 2").
    public var stepWords: [String]
    /// Channel words by channel (its raw value: `email`, `store`, …).
    ///
    /// Where a text names several channels, the one listed first in ``channelOrder`` wins.
    public var channelWords: [String: [String]]
    /// Words that begin a persona card's label ("Persona: Anna", "Stakeholder – CFO").
    public var personaCues: [String]
    /// Words naming a role in a buying organization (buyer, manager, CFO): a lane titled with one
    /// follows that stakeholder, and a card above the stages naming one is a persona.
    public var roleWords: [String]
    /// Emotion words and the score each stands for on −2…+2 ("frustrated" −1).
    public var emotionWords: [String: Double]
    /// Emoji and the score each stands for on −2…+2 (😡 −2 … 😀 +2).
    public var emoji: [String: Double]
    /// Phrases that mark an opportunity as a key moment (moment of truth).
    public var keyMomentCues: [String]
    /// Words that begin a question in a language that writes questions without a question mark at
    /// the end; texts ending in `?`, `？` or starting with `¿` are questions in any language.
    public var questionWords: [String]
    /// Words that begin a label which is a note about the map, not part of it ("Source:", "Legend").
    public var noteCues: [String]
    /// Words left out when titles are compared ("and", "the", "y", "und").
    public var stopWords: [String]
    /// Endings a title may add to a phrase to form its plural ("s", "es").
    public var pluralSuffixes: [String]

    /// Creates a vocabulary; every list starts empty.
    public init(
        languages: [String] = [], laneTitles: [String: [String]] = [:], stageNames: [String] = [],
        stepWords: [String] = [], channelWords: [String: [String]] = [:], personaCues: [String] = [],
        roleWords: [String] = [], emotionWords: [String: Double] = [:], emoji: [String: Double] = [:],
        keyMomentCues: [String] = [], questionWords: [String] = [], noteCues: [String] = [],
        stopWords: [String] = [], pluralSuffixes: [String] = []
    ) {
        self.languages = languages
        self.laneTitles = laneTitles
        self.stageNames = stageNames
        self.stepWords = stepWords
        self.channelWords = channelWords
        self.personaCues = personaCues
        self.roleWords = roleWords
        self.emotionWords = emotionWords
        self.emoji = emoji
        self.keyMomentCues = keyMomentCues
        self.questionWords = questionWords
        self.noteCues = noteCues
        self.stopWords = stopWords
        self.pluralSuffixes = pluralSuffixes
    }

    /// The channels in the order that decides between several named in one text.
    public static let channelOrder: [Channel] = [
        .email, .phone, .store, .web, .app, .chat, .social, .event, .salesRep, .advertising, .search, .partner,
        .print, .wordOfMouth,
    ]

    /// The words of this vocabulary and of `other`; where both score the same emotion word or
    /// emoji, `other` wins.
    public func merging(_ other: RecognitionVocabulary) -> RecognitionVocabulary {
        func union(_ first: [String], _ second: [String]) -> [String] {
            var seen = Set(first)
            return first + second.filter { seen.insert($0).inserted }
        }
        func unionByKey(_ first: [String: [String]], _ second: [String: [String]]) -> [String: [String]] {
            first.merging(second) { union($0, $1) }
        }
        return RecognitionVocabulary(
            languages: union(languages, other.languages), laneTitles: unionByKey(laneTitles, other.laneTitles),
            stageNames: union(stageNames, other.stageNames), stepWords: union(stepWords, other.stepWords),
            channelWords: unionByKey(channelWords, other.channelWords),
            personaCues: union(personaCues, other.personaCues), roleWords: union(roleWords, other.roleWords),
            emotionWords: emotionWords.merging(other.emotionWords) { $1 },
            emoji: emoji.merging(other.emoji) { $1 }, keyMomentCues: union(keyMomentCues, other.keyMomentCues),
            questionWords: union(questionWords, other.questionWords), noteCues: union(noteCues, other.noteCues),
            stopWords: union(stopWords, other.stopWords), pluralSuffixes: union(pluralSuffixes, other.pluralSuffixes))
    }

    /// The built-in vocabularies, by language code.
    public static let builtIn: [String: RecognitionVocabulary] = [
        "en": .english, "es": .spanish, "pt": .portuguese, "de": .german, "fr": .french, "ja": .japanese,
        "zh": .chinese, "tl": .tagalog,
    ]

    /// Every built-in vocabulary merged, English first: what readers use unless told otherwise.
    public static let standard: RecognitionVocabulary = [
        RecognitionVocabulary.spanish, .portuguese, .german, .french, .japanese, .chinese, .tagalog,
    ].reduce(.english) { $0.merging($1) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] {
            try container.decodeIfPresent([String].self, forKey: key) ?? []
        }
        self.init(
            languages: try list(.languages),
            laneTitles: try container.decodeIfPresent([String: [String]].self, forKey: .laneTitles) ?? [:],
            stageNames: try list(.stageNames), stepWords: try list(.stepWords),
            channelWords: try container.decodeIfPresent([String: [String]].self, forKey: .channelWords) ?? [:],
            personaCues: try list(.personaCues), roleWords: try list(.roleWords),
            emotionWords: try container.decodeIfPresent([String: Double].self, forKey: .emotionWords) ?? [:],
            emoji: try container.decodeIfPresent([String: Double].self, forKey: .emoji) ?? [:],
            keyMomentCues: try list(.keyMomentCues), questionWords: try list(.questionWords),
            noteCues: try list(.noteCues), stopWords: try list(.stopWords), pluralSuffixes: try list(.pluralSuffixes))
    }
}
