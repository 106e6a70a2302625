import Foundation
import JourneyTestSupport
import Testing

@testable import JourneyModel

@Suite("Recognition vocabularies")
struct VocabularyTests {
    private let matcher = VocabularyMatcher.standard

    @Test(arguments: [
        ("Pain points", LaneKind.painPoints), ("Customer emotions", .emotions), ("Mga Gawain", .actions),
        ("Damdamin", .emotions), ("Mga Punto ng Sakit", .painPoints), ("Puntos de dolor", .painPoints),
        ("Emociones", .emotions), ("Gefühle", .emotions), ("Schmerzpunkte", .painPoints),
        ("Berührungspunkte", .touchpoints),
        ("Émotions", .emotions), ("Points de contact", .touchpoints), ("Emoções", .emotions),
        ("Pontos de dor", .painPoints),
        ("感情", .emotions), ("タッチポイント", .touchpoints), ("ユーザーの感情", .emotions), ("情绪", .emotions), ("痛点", .painPoints),
        ("KPIs", .kpis), ("Thoughts & questions", .thoughts),
    ])
    func namesLaneKindsInEveryBuiltInLanguage(title: String, kind: LaneKind) {
        #expect(matcher.laneKind(forTitle: title) == kind)
    }

    @Test(arguments: ["Systems", "Stakeholder: CFO", "IT-Leiter (Entscheider)", "", "Legal"])
    func leavesOtherTitlesToCustomLanes(title: String) {
        #expect(matcher.laneKind(forTitle: title) == nil)
    }

    @Test(arguments: [
        "Awareness", "1. Awareness", "Stage 2: Decision", "Consideración", "Kamalayan", "検討", "购买", "Entscheidung",
    ])
    func knowsStageNames(name: String) {
        #expect(matcher.isStageName(name))
    }

    @Test func findsPersonaCuesOnlyAsWholeWords() {
        #expect(matcher.personaName(in: "Persona: Anna") == "Anna")
        #expect(matcher.personaName(in: "PERSONA – Ben\nBuyer") == "Ben")
        #expect(matcher.personaName(in: "Persona") == "")
        #expect(matcher.personaName(in: "Personal motivation 1") == nil)
        #expect(matcher.personaName(in: "ペルソナ：佐藤") == "佐藤")
    }

    @Test func tellsNotesByACueAloneOrFollowedByAColon() {
        #expect(matcher.isNote("Source: 12 customer interviews"))
        #expect(matcher.isNote("Quelle – Umfrage 2026"))
        #expect(matcher.isNote("Legend\nblue = action"))
        #expect(matcher.isNote("出典：インタビュー"))
        #expect(!matcher.isNote("Key account manager calls"))
        #expect(!matcher.isNote("Notes the delivery date"))
    }

    @Test func readsEmotionsWithTheirLabels() {
        let readings: [(String, Double, String)] = [
            ("😊 +2", 2, ""), ("Proud 😃 (+1)", 1, "Proud"), ("🙂 +1\nCurious", 1, "Curious"),
            ("😟 worried", -1, "worried"),
            ("Nalilito", -1, "Nalilito"), ("frustriert", -1, "frustriert"), ("不安", -1, "不安"), ("−2", -2, ""),
            ("Annoyed -2", -2, "Annoyed"),
        ]
        for (text, score, label) in readings {
            let reading = matcher.emotion(in: text)
            #expect(reading?.score == score, "\(text)")
            #expect(reading?.label == label, "\(text)")
        }
        #expect(matcher.emotion(in: "2 weeks of waiting") == nil)
        #expect(matcher.emotion(in: "+3 stars") == nil)
    }

    @Test func findsChannelsInEveryLanguage() {
        #expect(matcher.channel(in: "Calls the hotline") == .phone)
        #expect(matcher.channel(in: "E-Mail from sales") == .email)
        #expect(matcher.channel(in: "Visits the showroom and the website") == .store)
        #expect(matcher.channel(in: "nothing here") == nil)
        #expect(matcher.channel(in: "Llamada al centro de atención") == .phone)
        #expect(matcher.channel(in: "メールで問い合わせ") == .email)
    }

    @Test func tellsQuestionsAndKeyMoments() {
        #expect(matcher.isQuestion("Is it safe?"))
        #expect(matcher.isQuestion("¿Es seguro"))
        #expect(matcher.isQuestion("Wie lange dauert die Lieferung"))
        #expect(!matcher.isQuestion("Reads reviews"))
        #expect(matcher.isQuestion("为什么这么贵"))
        #expect(matcher.isQuestion("どうやって申し込むの"))
        #expect(!matcher.isQuestion("比较三家银行"))
        #expect(matcher.isKeyMoment("Moment of truth: the test drive"))
        #expect(!matcher.isKeyMoment("Offer a test drive"))
    }

    @Test func mergesTeamWordsIntoABuiltInVocabulary() throws {
        var team = RecognitionVocabulary(languages: ["en"])
        team.laneTitles[LaneKind.painPoints.rawValue] = ["gripes"]
        team.emotionWords["stoked"] = 2
        team.emotionWords["curious"] = 0.5
        let merged = RecognitionVocabulary.english.merging(team)
        #expect(merged.matcher.laneKind(forTitle: "Gripes") == .painPoints)
        #expect(merged.matcher.laneKind(forTitle: "Pain points") == .painPoints)
        #expect(merged.matcher.emotion(in: "stoked")?.score == 2)
        #expect(merged.matcher.emotion(in: "curious")?.score == 0.5)
        #expect(RecognitionVocabulary.english.matcher.laneKind(forTitle: "Damdamin") == nil)
        #expect(merged.languages == ["en"])
    }

    @Test func readsAndWritesJSONWithEveryKeyOptional() throws {
        let partial = try JSONDecoder().decode(
            RecognitionVocabulary.self, from: Data(#"{"stageNames": ["Onboarding call"]}"#.utf8))
        #expect(partial.stageNames == ["Onboarding call"])
        #expect(partial.laneTitles.isEmpty)
        let again = try JSONDecoder().decode(
            RecognitionVocabulary.self, from: JSONEncoder().encode(RecognitionVocabulary.standard))
        #expect(again == .standard)
    }

    @Test func builtInVocabulariesCoverEveryLanguageAndLaneKind() {
        #expect(Set(RecognitionVocabulary.builtIn.keys) == ["en", "es", "pt", "de", "fr", "ja", "zh", "tl"])
        for (language, vocabulary) in RecognitionVocabulary.builtIn {
            for kind in LaneKind.knownValues {
                #expect(!(vocabulary.laneTitles[kind.rawValue] ?? []).isEmpty, "\(language) \(kind)")
            }
            #expect(!vocabulary.stageNames.isEmpty, "\(language)")
            #expect(vocabulary.emotionWords.values.allSatisfy { EmotionScore.range.contains($0) }, "\(language)")
        }
    }

    @Test func readsASCIIEmotionsAsTheCharacterByCharacterReadingDoes() {
        // Pieces people write in emotion cells, joined at random: the byte-by-byte reading of ASCII
        // text must give exactly what the general reading gives.
        let pieces = [
            "+1", "-2", "0", "1.5", "2,5", "+3", "12", "-", "(", ")", "[+1]", "(-1)", ":", ",", ";", "/", "|", " ",
            "  ",
            "\n", "\r\n", "\t", "curious", "Happy", "frustrated", "very happy", "calls", "2 weeks", "x", "+", "--1",
            ".5",
        ]
        var generator = SeededGenerator(seed: 20_261_206)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(
                matcher.emotion(in: text) == matcher.emotionReadingEveryCharacter(in: text), "\(text.debugDescription)")
        }
    }

    @Test func findsTheFirstWordAsSplittingTheWholeTextDoes() {
        let pieces = [
            "Source", ": ", "12", " interviews", "Café", "😊", "  ", "\n", "ÉTÉ", "Persona", "-", "x", "東京", "İ",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined()
            #expect(TitleWords.first(of: text) == (TitleWords.of(text).first ?? ""), "\(text.debugDescription)")
        }
    }
}
