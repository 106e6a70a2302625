import JourneyModel

/// A map that makes the exporters write every word of their chrome, with the user's own texts in
/// one language.
public enum LocalizedMaps {
    /// The user's texts for a language: Japanese and Tagalog have their own, other languages
    /// neutral tokens, so that no English word of the map's own comes near the chrome.
    public static func text(_ number: Int, language: String) -> String {
        switch language {
        case "ja":
            [
                "顧客", "検討", "購入", "比較する", "高い", "なぜ?", "不安", "サイト", "遅い", "改善", "重要", "施策", "解約",
                "成約", "資料", "準備", "覚え書き", "戻る", "行動", "思考", "感情", "接点", "課題", "機会", "指標",
            ][number % 25]
        case "tl":
            [
                "Mamimili", "Pagsusuri", "Pagbili", "Naghahambing", "Mahal", "Bakit?", "Nag-aalala", "Site",
                "Mabagal", "Pagpapabuti", "Mahalaga", "Gagawin", "Pag-alis", "Pagbili", "Polyeto", "Paghahanda",
                "Paalala", "Bumalik", "Kilos", "Isip", "Damdam", "Ugnayan", "Suliranin", "Tsansa", "Sukatan",
            ][number % 25]
        default: "\u{2116}\(number)"
        }
    }

    /// A B2B map with every item kind, severity and priority, KPIs on and off target, an approval
    /// chain, steps, a duration and a transition that goes back, in `language`.
    public static func everyChromeWord(language: String?) -> JourneyMap {
        let code = language ?? "en"
        func t(_ number: Int) -> String { text(number, language: code) }
        return JourneyMap(
            id: "chrome", title: "", kind: .b2b, state: .current, scope: .customerJourney, language: language
        ) {
            Persona(t(0), id: "lead", role: t(1), decisionRole: .initiator, reportsTo: "boss")
            Persona(t(2), id: "boss", decisionRole: .decisionMaker, reportsTo: "head")
            Persona(t(3), id: "head", decisionRole: .approver)
            Lane(.actions, title: t(18))
            Lane(.thoughts, title: t(19))
            Lane(.emotions, title: t(20))
            Lane(.touchpoints, title: t(21))
            Lane(.painPoints, title: t(22))
            Lane(.opportunities, title: t(23))
            Lane(.kpis, title: t(24))
            Lane(.measures, title: t(16))
            Lane(.content, title: t(17))
            Lane(.backstage, title: t(18))
            Stage(t(4), id: "first", goal: t(5), duration: "P1Y6M", personas: ["lead"]) {
                Step(t(6), id: "look")
                Action(t(7)).with(step: "look")
                Thought(t(8))
                Question(t(9))
                Emotion(-1, t(10), personas: ["lead"])
                Emotion(1, t(10), personas: ["boss"])
                Touchpoint(t(11), channel: .salesRep)
                PainPoint(t(12), severity: .low)
                PainPoint(t(13), severity: .medium)
                PainPoint(t(14), severity: .high)
                PainPoint(t(15), severity: .critical)
                Opportunity(t(16), priority: .low)
                Opportunity(t(17), priority: .medium)
                KeyMoment(t(5), priority: .high)
                Measure(t(6), owner: t(1), priority: .high)
                KPI(t(7), kind: .churnRate, value: 41, target: 25, unit: "%")
                KPI(t(8), kind: .conversionRate, value: 45, target: 40, unit: "%")
                ContentPiece(t(9), type: .caseStudy)
                BackstageTask(t(10), owner: t(1))
                Note(t(11), lane: "actions")
            }
            Stage(t(12), id: "second", duration: "P2W") {
                Action(t(13))
                Emotion(0, t(14))
            }
            Transition(from: "second", to: "first", t(15))
        }
    }
}
