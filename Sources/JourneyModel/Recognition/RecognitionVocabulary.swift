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
    public func merging(_ other: RecognitionVocabulary) -> RecognitionVocabulary { Self.merged([self, other]) }

    /// The words of all the vocabularies, in order, each word once; where several score the same
    /// emotion word or emoji, the last wins.
    ///
    /// One pass: every word is looked up once, however many vocabularies come before it.
    public static func merged(_ vocabularies: [RecognitionVocabulary]) -> RecognitionVocabulary {
        /// Words in order of first appearance.
        struct Union {
            var words: [String] = []
            var seen: Set<String> = []

            mutating func add(_ more: [String]) {
                for word in more where seen.insert(word).inserted { words.append(word) }
            }
        }
        var languages = Union()
        var laneTitles: [String: Union] = [:]
        var stageNames = Union()
        var stepWords = Union()
        var channelWords: [String: Union] = [:]
        var personaCues = Union()
        var roleWords = Union()
        var emotionWords: [String: Double] = [:]
        var emoji: [String: Double] = [:]
        var keyMomentCues = Union()
        var questionWords = Union()
        var noteCues = Union()
        var stopWords = Union()
        var pluralSuffixes = Union()
        for vocabulary in vocabularies {
            languages.add(vocabulary.languages)
            for (key, words) in vocabulary.laneTitles { laneTitles[key, default: Union()].add(words) }
            stageNames.add(vocabulary.stageNames)
            stepWords.add(vocabulary.stepWords)
            for (key, words) in vocabulary.channelWords { channelWords[key, default: Union()].add(words) }
            personaCues.add(vocabulary.personaCues)
            roleWords.add(vocabulary.roleWords)
            emotionWords.merge(vocabulary.emotionWords) { $1 }
            emoji.merge(vocabulary.emoji) { $1 }
            keyMomentCues.add(vocabulary.keyMomentCues)
            questionWords.add(vocabulary.questionWords)
            noteCues.add(vocabulary.noteCues)
            stopWords.add(vocabulary.stopWords)
            pluralSuffixes.add(vocabulary.pluralSuffixes)
        }
        return RecognitionVocabulary(
            languages: languages.words, laneTitles: laneTitles.mapValues(\.words), stageNames: stageNames.words,
            stepWords: stepWords.words, channelWords: channelWords.mapValues(\.words), personaCues: personaCues.words,
            roleWords: roleWords.words, emotionWords: emotionWords, emoji: emoji, keyMomentCues: keyMomentCues.words,
            questionWords: questionWords.words, noteCues: noteCues.words, stopWords: stopWords.words,
            pluralSuffixes: pluralSuffixes.words)
    }

    /// The built-in vocabularies, by language code.
    public static let builtIn: [String: RecognitionVocabulary] = [
        "en": .english, "es": .spanish, "pt": .portuguese, "de": .german, "fr": .french, "ja": .japanese,
        "zh": .chinese, "tl": .tagalog,
    ]

    /// Every built-in vocabulary merged, English first: what readers use unless told otherwise.
    public static let standard = merged([
        .english, .spanish, .portuguese, .german, .french, .japanese, .chinese, .tagalog,
    ])

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
