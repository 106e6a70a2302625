import JourneyModel
import Testing

@Suite("Recognizing titles and scores")
struct RecognitionTests {
    @Test(arguments: [
        ("Actions", LaneKind.actions), ("Doing", .actions), ("What they do", .actions),
        ("Thoughts / Questions", .thoughts), ("Thinking", .thoughts), ("FEELINGS", .emotions),
        ("Emotional journey", .emotions), ("Touchpoints & Channels", .touchpoints), ("Channels", .touchpoints),
        ("Pain points", .painPoints), ("Friction", .painPoints), ("Pain Points (top 3)", .painPoints),
        ("Opportunities / Ideas", .opportunities), ("Moments of truth", .opportunities), ("KPIs", .kpis),
        ("Metrics", .kpis), ("Content", .content), ("Backstage", .backstage), ("Customer emotions", .emotions),
    ])
    func recognizesCommonLaneTitles(title: String, kind: LaneKind) {
        #expect(LaneKind.recognizing(title: title) == kind)
    }

    @Test func leavesUnknownTitlesAlone() {
        #expect(LaneKind.recognizing(title: "Compliance") == nil)
        #expect(LaneKind.recognizing(title: "") == nil)
        #expect(LaneKind.recognizing(title: "Awareness") == nil)
    }

    @Test func tellsStageNames() {
        #expect(Stage.isCommonName("Awareness"))
        #expect(Stage.isCommonName("Consideration phase"))
        #expect(!Stage.isCommonName("Pain points"))
    }

    @Test(arguments: [
        ("+2", 2.0), ("-1", -1), ("−1", -1), ("0", 0), ("1.5", 1.5), ("😊", 1), ("😐", 0), ("😞", -2),
        ("+1 curious", 1), ("Annoyed -2", -2), ("😊 Excited", 1), ("(+1)", 1), ("happy", 1), ("😊 +2", 2),
        ("Proud 😃 (+1)", 1), ("🙂 +1\nCurious", 1), ("frustriert", -1), ("Nalilito", -1), ("不安", -1), ("😀", 2),
    ])
    func readsScores(text: String, value: Double) {
        #expect(EmotionScore(recognizing: text)?.value == value)
    }

    @Test(arguments: ["", "a call", "5", "-3", "2024", "+1 call, -2 score", "2 weeks of waiting"])
    func findsNoScoreWhereThereIsNone(text: String) {
        #expect(EmotionScore(recognizing: text) == nil)
    }

    @Test func splitsIdentifierListsOnXMLWhiteSpaceOnly() {
        #expect(Identifiers.split(" a\tb\nc\r\nd ") == ["a", "b", "c", "d"])
        #expect(Identifiers.split("a\u{00A0}b") == ["a\u{00A0}b"])
        #expect(Identifiers.isValid("a\u{00A0}b"))
        #expect(!Identifiers.isValid("a b"))
        #expect(Identifiers.isLanguageTag("zh-Hant-TW"))
        #expect(!Identifiers.isLanguageTag("en_GB"))
    }

    /// ASCII texts are read byte by byte, others the general way; both must agree.
    ///
    /// The same text with a no-break space after it (white space, not ASCII) takes the general path.
    @Test(arguments: [
        "+2", "-1", "0.5", "+1 curious", "Annoyed -2", "3", "-2.5", "1 2", "Card 12: compares", "(+1)", "+1, happy",
        "x:-1", "1-2", "-", ".", "+", "+-1", "2.", ".5 ok", "ok .5", "  +1  ", "\t-2\n", "1e1", "0x1", "nan",
        "+1 call, -2 score",
        "a+1", "12345", "-0",
    ])
    func readsASCIIScoresLikeAnyOtherText(text: String) {
        #expect(
            EmotionScore(recognizing: text) == EmotionScore(recognizing: text + "\u{00A0}"), "\(text.debugDescription)")
    }

    @Test(arguments: ["Pain points (top 3)", "E-Mail & phone", "  leading", "trailing!!", "MiXeD Case 42x", "", "a"])
    func splitsASCIIWordsLikeAnyOtherText(text: String) {
        #expect(TitleWords.of(text) == TitleWords.of(text + "\u{00A0}"))
    }
}
