import Foundation

/// A ``RecognitionVocabulary`` made ready for matching: its words normalized and indexed once.
///
/// Make one per import (``RecognitionVocabulary/matcher``) and ask it about each label; the
/// look-ups do not depend on the size of the vocabulary.
public struct VocabularyMatcher: Sendable {
    /// The vocabulary matched.
    public let vocabulary: RecognitionVocabulary
    let laneKinds: [String: LaneKind]
    /// Lane phrases of four or more letters, which may also begin or end a longer title.
    let lanePhrases: [String: LaneKind]
    /// How many words the longest of `lanePhrases` has.
    let longestLanePhrase: Int
    /// Lane and stage phrases written without spaces (Japanese, Chinese), matched inside titles.
    let unspacedLanePhrases: [(phrase: String, kind: LaneKind)]
    let stageNames: Set<String>
    let unspacedStageNames: [String]
    let stepWords: Set<String>
    let unspacedStepWords: [String]
    let channelRanks: [String: Int]
    /// Channel phrases of several words, by their first word.
    let channelPhrases: [String: [(words: [String], rank: Int)]]
    let unspacedChannels: [(word: String, rank: Int)]
    /// Persona cues and note cues by their first word, to pass over most labels with one look-up.
    let personaCuesByFirstWord: [String: [[String]]]
    let noteCuesByFirstWord: [String: [[String]]]
    let roleWords: Set<String>
    let rolePhrases: [[String]]
    let unspacedRoles: [String]
    let emotionWords: [String: Double]
    let unspacedEmotionWords: [(word: String, score: Double)]
    let emoji: [Character: Double]
    /// Key-moment phrases by their first word.
    let keyMoments: [String: [[String]]]
    let unspacedKeyMoments: [String]
    /// Question words of scripts written without spaces, looked for anywhere in a thought.
    let unspacedQuestionWords: [String]
    /// Question words (or phrases) by their first word.
    let questionWords: [String: [[String]]]
    let stopWords: Set<String>
    let pluralSuffixes: [String]

    /// Indexes a vocabulary.
    public init(_ vocabulary: RecognitionVocabulary) {
        self.vocabulary = vocabulary
        stopWords = Set(vocabulary.stopWords.map { $0.lowercased() })
        pluralSuffixes = vocabulary.pluralSuffixes.sorted { $0.count > $1.count }
        let stop = stopWords
        func key(_ phrase: String) -> String {
            TitleWords.of(phrase).filter { !stop.contains($0) }.joined(separator: " ")
        }
        func words(_ phrase: String) -> [String] { TitleWords.of(phrase) }

        var laneKinds: [String: LaneKind] = [:]
        var lanePhrases: [(String, LaneKind)] = []
        var unspacedLanes: [(String, LaneKind)] = []
        for kind in LaneKind.knownValues.map(\.rawValue)
            + vocabulary.laneTitles.keys.sorted().filter({ !LaneKind($0).isKnown })
        where vocabulary.laneTitles[kind] != nil {
            for title in vocabulary.laneTitles[kind] ?? [] {
                let normalized = key(title)
                guard !normalized.isEmpty, laneKinds[normalized] == nil else { continue }
                laneKinds[normalized] = LaneKind(rawValue: kind)
                if Self.isUnspaced(normalized) {
                    unspacedLanes.append((normalized, LaneKind(rawValue: kind)))
                } else if normalized.count >= 4 {
                    lanePhrases.append((normalized, LaneKind(rawValue: kind)))
                }
            }
        }
        self.laneKinds = laneKinds
        self.lanePhrases = Dictionary(lanePhrases, uniquingKeysWith: { first, _ in first })
        longestLanePhrase = lanePhrases.map { $0.0.split(separator: " ").count }.max() ?? 0
        unspacedLanePhrases = unspacedLanes.sorted { $0.0.count > $1.0.count }

        let stageKeys = vocabulary.stageNames.map(key).filter { !$0.isEmpty }
        stageNames = Set(stageKeys)
        unspacedStageNames = stageKeys.filter(Self.isUnspaced)
        let stepKeys = vocabulary.stepWords.map(key).filter { !$0.isEmpty }
        stepWords = Set(stepKeys)
        unspacedStepWords = stepKeys.filter(Self.isUnspaced)

        var channelRanks: [String: Int] = [:]
        var channelPhrases: [([String], Int)] = []
        var unspacedChannels: [(String, Int)] = []
        for (rank, channel) in RecognitionVocabulary.channelOrder.enumerated() {
            for word in vocabulary.channelWords[channel.rawValue] ?? [] {
                let parts = words(word)
                if parts.count == 1, Self.isUnspaced(parts[0]) {
                    unspacedChannels.append((parts[0], rank))
                } else if parts.count == 1 {
                    if channelRanks[parts[0]] == nil { channelRanks[parts[0]] = rank }
                } else if !parts.isEmpty {
                    channelPhrases.append((parts, rank))
                }
            }
        }
        self.channelRanks = channelRanks
        self.channelPhrases = Dictionary(grouping: channelPhrases, by: { $0.0[0] })
        self.unspacedChannels = unspacedChannels

        let personaCues = vocabulary.personaCues.map(words).filter { !$0.isEmpty }
        let noteCueWords = vocabulary.noteCues.map(words).filter { !$0.isEmpty }
        personaCuesByFirstWord = Dictionary(grouping: personaCues, by: { $0[0] })
        noteCuesByFirstWord = Dictionary(grouping: noteCueWords, by: { $0[0] })
        let roles = vocabulary.roleWords.map(words).filter { !$0.isEmpty }
        roleWords = Set(roles.filter { $0.count == 1 && !Self.isUnspaced($0[0]) }.map { $0[0] })
        rolePhrases = roles.filter { $0.count > 1 }
        unspacedRoles = roles.filter { $0.count == 1 && Self.isUnspaced($0[0]) }.map { $0[0] }
        var emotionWords: [String: Double] = [:]
        var unspacedEmotions: [(String, Double)] = []
        for (word, score) in vocabulary.emotionWords {
            let normalized = words(word).joined(separator: " ")
            guard !normalized.isEmpty, score.isFinite else { continue }
            emotionWords[normalized] = score
            if Self.isUnspaced(normalized) { unspacedEmotions.append((normalized, score)) }
        }
        self.emotionWords = emotionWords
        unspacedEmotionWords = unspacedEmotions.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
        var emoji: [Character: Double] = [:]
        for (face, score) in vocabulary.emoji where face.count == 1 && score.isFinite {
            emoji[Character(face)] = score
        }
        self.emoji = emoji
        let moments = vocabulary.keyMomentCues.map(words).filter { !$0.isEmpty }
        keyMoments = Dictionary(grouping: moments.filter { !($0.count == 1 && Self.isUnspaced($0[0])) }, by: { $0[0] })
        unspacedKeyMoments = moments.filter { $0.count == 1 && Self.isUnspaced($0[0]) }.map { $0[0] }
        unspacedQuestionWords = vocabulary.questionWords.map { $0.lowercased() }.filter(Self.isUnspaced)
        questionWords = Dictionary(
            grouping: vocabulary.questionWords.map(words).filter { !$0.isEmpty }, by: { $0[0] })
    }

    /// Whether a normalized phrase is written in a script without spaces between words.
    static func isUnspaced(_ phrase: String) -> Bool {
        phrase.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF: true
            default: false
            }
        }
    }

    /// The title's words, lowercased, stop words left out, joined by single spaces.
    public func normalized(_ title: String) -> String {
        TitleWords.of(title).filter { !stopWords.contains($0) }.joined(separator: " ")
    }

    // MARK: - Lanes and stages

    /// The lane kind a title names (`"Pain points"`, `"Puntos de dolor"`, `"感情"`), or `nil`.
    public func laneKind(forTitle title: String) -> LaneKind? {
        let key = normalized(firstLine(of: title))
        guard !key.isEmpty else { return nil }
        if let kind = laneKinds[key] { return kind }
        for suffix in pluralSuffixes where key.count > suffix.count + 2 && key.hasSuffix(suffix) {
            if let kind = laneKinds[String(key.dropLast(suffix.count))] { return kind }
        }
        // "Customer emotions", "Pain points (top 3)": a known title as a leading or trailing phrase;
        // the longest wins. Each leading and trailing run of words is looked up once.
        let words = key.split(separator: " ")
        var best: (length: Int, kind: LaneKind)?
        if words.count > 1 {
            // Phrases are a few words long: a label of thousands of words costs no more than a short one.
            for count in 1..<min(words.count, longestLanePhrase + 1) {
                for phrase in [
                    words[..<count].joined(separator: " "), words[(words.count - count)...].joined(separator: " "),
                ] {
                    if let kind = lanePhrases[phrase], phrase.count > best?.length ?? 0 { best = (phrase.count, kind) }
                }
            }
        }
        if let best { return best.kind }
        if Self.isUnspaced(key) {
            for (phrase, kind) in unspacedLanePhrases where key.contains(phrase) { return kind }
        }
        return nil
    }

    /// Whether a header names a usual stage ("Awareness", "Consideración", "検討").
    ///
    /// The first line, or a part of it between separators, must be a stage name, numbers and step
    /// words aside: "1. Awareness", "Stage 2 – Consideration", "Awareness (2 weeks)" and "① 認知" name
    /// stages; "Checkout fails" does not, though "checkout" names a stage.
    public func isStageName(_ name: String) -> Bool {
        let line = firstLine(of: name)
        let key = normalized(line)
        guard !key.isEmpty else { return false }
        if stageNames.contains(key) { return true }
        let parts = line.split(whereSeparator: Self.headerSeparators.contains)
        for part in parts {
            let words = TitleWords.of(String(part)).filter {
                !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) && !stepWords.contains($0)
            }
            if !words.isEmpty, stageNames.contains(words.joined(separator: " ")) { return true }
        }
        // In scripts without spaces, a stage name with a short word before or after it ("認知フェーズ",
        // "购买阶段"); a card that merely mentions a stage word is no header.
        guard Self.isUnspaced(key) else { return false }
        let compact = key.replacingOccurrences(of: " ", with: "")
        return unspacedStageNames.contains { name in
            compact.count - name.count <= 3 && (compact.hasPrefix(name) || compact.hasSuffix(name))
        }
    }

    /// What separates the parts of a header: "Stage 2 – Consideration", "Awareness (2 weeks)".
    private static let headerSeparators: Set<Character> = [":", "：", "–", "—", "(", "（", ")", "）", "|", "/", "·", ","]

    /// Whether a header names a step ("Step 3", "Paso 2: Registro").
    public func isStepName(_ name: String) -> Bool {
        let words = TitleWords.of(firstLine(of: name))
        guard let first = words.first else { return false }
        if stepWords.contains(first) { return true }
        return unspacedStepWords.contains { first.hasPrefix($0) }
    }

    // MARK: - Helpers

    func firstLine(of text: String) -> String {
        text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }

}

extension RecognitionVocabulary {
    /// This vocabulary indexed for matching.
    public var matcher: VocabularyMatcher { VocabularyMatcher(self) }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    package var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// Most texts start and end with an ASCII letter, digit or mark: those are returned as they
    /// are, without looking up Unicode properties.
    package var trimmingWhitespace: String {
        if let first = utf8.first, let last = utf8.last, Self.isPlainASCII(first), Self.isPlainASCII(last) {
            return self
        }
        return self[...].trimmingWhitespace
    }

    /// Whether a byte is ASCII and not white space.
    private static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
