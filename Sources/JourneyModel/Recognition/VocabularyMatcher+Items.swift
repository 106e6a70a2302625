import Foundation

/// What items, personas and notes are, by the vocabulary's words.
extension VocabularyMatcher {
    // MARK: - Items

    /// The channel a touchpoint's text names, if any: the first of
    /// ``RecognitionVocabulary/channelOrder`` that one of its words or phrases names.
    public func channel(in text: String) -> Channel? {
        let words = TitleWords.of(text)
        var best: Int?
        for (index, word) in words.enumerated() {
            if let rank = channelRanks[word], rank < best ?? .max { best = rank }
            for (phrase, rank) in channelPhrases[word] ?? [] where rank < best ?? .max {
                if words[index...].starts(with: phrase) { best = rank }
            }
        }
        if !unspacedChannels.isEmpty, Self.isUnspaced(text) {
            for (word, rank) in unspacedChannels where rank < best ?? .max && text.contains(word) { best = rank }
        }
        return best.map { RecognitionVocabulary.channelOrder[$0] }
    }

    /// Whether an opportunity's text marks it as a key moment ("Moment of truth: …").
    public func isKeyMoment(_ text: String) -> Bool {
        let words = TitleWords.of(text)
        for (index, word) in words.enumerated() {
            if let phrases = keyMoments[word], phrases.contains(where: { words[index...].starts(with: $0) }) {
                return true
            }
        }
        return Self.isUnspaced(text) && unspacedKeyMoments.contains { text.contains($0) }
    }

    /// Whether a thought is a question: it ends in `?` or `？`, starts with `¿`, or starts with a
    /// question word (holds one, in scripts written without spaces: `为什么这么贵`).
    public func isQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        if trimmed.hasSuffix("?") || trimmed.hasSuffix("？") || trimmed.hasPrefix("¿") { return true }
        if !unspacedQuestionWords.isEmpty, Self.isUnspaced(trimmed),
            unspacedQuestionWords.contains(where: { trimmed.contains($0) })
        {
            return true
        }
        guard let phrases = questionWords[TitleWords.first(of: trimmed)] else { return false }
        let words = TitleWords.of(trimmed)
        return phrases.contains { words.starts(with: $0) }
    }

    /// Whether a label is a note about the map: its first line is a note cue alone ("Legend") or a
    /// cue followed by a colon or a dash ("Source: 12 interviews", "Quelle – Umfrage").
    public func isNote(_ text: String) -> Bool {
        guard let cues = noteCuesByFirstWord[TitleWords.first(of: text)] else { return false }
        let line = firstLine(of: text).trimmingWhitespace
        return cues.contains { cue in
            guard let rest = Self.rest(of: line, after: cue) else { return false }
            let trimmed = rest.trimmingWhitespace
            guard let first = trimmed.first else { return true }
            return ":：-–—=".contains(first)
        }
    }

    /// What follows `words` at the start of `line`, matched word by word ignoring case, or `nil`.
    static func rest(of line: String, after words: [String]) -> Substring? {
        var rest = Substring(line)
        for word in words {
            rest = rest.drop { !$0.isLetter && !$0.isNumber }
            let next = rest.prefix { $0.isLetter || $0.isNumber }
            guard next.lowercased() == word else { return nil }
            rest = rest.dropFirst(next.count)
        }
        return rest
    }

    // MARK: - Personas

    /// The rest of a label that starts with a persona cue as a whole word ("Persona: Anna" → "Anna",
    /// "" for a bare cue), or `nil` when it does not ("Personal motivation").
    public func personaName(in label: String) -> String? {
        guard let cues = personaCuesByFirstWord[TitleWords.first(of: label)] else { return nil }
        let line = firstLine(of: label).trimmingWhitespace
        for cue in cues {
            if let rest = Self.rest(of: line, after: cue) {
                return String(rest.drop { !$0.isLetter && !$0.isNumber && $0 != "\"" && $0 != "“" }).trimmingWhitespace
            }
        }
        return nil
    }

    /// Whether a text names a role in a buying organization ("Head of IT", "CFO", "Einkäuferin").
    public func namesRole(_ text: String) -> Bool {
        let words = TitleWords.of(text)
        if words.contains(where: roleWords.contains) { return true }
        if rolePhrases.contains(where: { TitleWords.contain(words, phrase: $0) }) { return true }
        return Self.isUnspaced(text) && unspacedRoles.contains { text.contains($0) }
    }
}
