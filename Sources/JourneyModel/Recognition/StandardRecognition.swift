import Foundation

extension VocabularyMatcher {
    /// The built-in vocabularies of every language, indexed once.
    public static let standard = VocabularyMatcher(.standard)
}

extension LaneKind {
    /// The lane kind a title names in any built-in language (`"Pain points"` → ``painPoints``,
    /// `"Damdamin"` → ``emotions``), or `nil` for a title that names none of the usual lanes.
    ///
    /// To match with other words, use ``VocabularyMatcher/laneKind(forTitle:)``.
    public static func recognizing(title: String) -> LaneKind? {
        VocabularyMatcher.standard.laneKind(forTitle: title)
    }
}

extension Stage {
    /// Whether a name is one of the usual stage names (awareness, consideration, …) in any built-in
    /// language, for telling stage headers from other text.
    public static func isCommonName(_ name: String) -> Bool {
        VocabularyMatcher.standard.isStageName(name)
    }
}

extension EmotionScore {
    /// The score a short text states in any built-in language, or `nil` when it states none.
    ///
    /// See ``VocabularyMatcher/emotion(in:)`` for the rules: `+1 curious` is +1, `😊` +1,
    /// `frustriert` −1; numbers outside −2…+2 are not taken as scores.
    public init?(recognizing text: String) {
        guard let reading = VocabularyMatcher.standard.emotion(in: text) else { return nil }
        self.init(reading.score)
    }
}
