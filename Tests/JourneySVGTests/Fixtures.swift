import JourneyModel
import JourneyTestSupport

/// Maps made for drawing tests.
enum Fixtures {
    /// A B2B map in many languages and scripts, with emoji, very long words, hostile text and every
    /// kind of card.
    static var multilingual: JourneyMap {
        var map = JourneyMap(
            id: "multilingual map_1", title: "Kundenreise · 顧客の旅 · Paglalakbay ng kostumer 🚗",
            summary:
                "Ça déjà vu: the committee compares offers. 見積もりを比較する。Naghahambing ng mga alok. "
                + "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt.",
            kind: .b2b, state: .future, scope: .buyerJourney, language: "mul"
        ) {
            Persona(
                "Zoë Ångström", id: "zoe", role: "Leiterin Einkauf", decisionRole: .decisionMaker, reportsTo: "kenji")
            Persona("山田 健二", id: "kenji", role: "代表取締役", decisionRole: .approver)
            Persona(
                "Maria Santos", id: "maria", role: "Tagapamahala ng IT", decisionRole: .gatekeeper, reportsTo: "zoe")
            Lane(.actions)
            Lane(.emotions)
            Lane(.touchpoints)
            Lane(.painPoints)
            Lane(.opportunities)
            Lane(.kpis)
            Stage("Bewusstsein", id: "bewusstsein", goal: "Verstehen, was möglich ist — ohne Fachjargon") {
                Action("Sucht nach Lösungen für Projektplanung 🔎", personas: ["zoe"])
                Action("検討チームを作り、要件を洗い出して優先順位を付ける", personas: ["kenji"])
                Action("Naghahanap ng mga solusyon para sa pagpaplano ng proyekto", personas: ["maria"])
                Emotion(1, "Neugierig 🙂", personas: ["zoe"])
                Emotion(-0.5, "不安", personas: ["kenji"])
                Emotion(0.5, "Nasasabik 👩🏽‍💻", personas: ["maria"])
                Touchpoint("Fachartikel: «Planung ohne Tabellen»", channel: .web)
                PainPoint(
                    "Supercalifragilisticexpialidocious-Anforderungskatalog-mit-Überlänge-ohne-Leerzeichen",
                    severity: .critical)
                KPI("Conversion", kind: .conversionRate, value: 1.5, target: 2.25, unit: "%")
            }
            Stage("検討", id: "kentou", goal: "候補を三つに絞る") {
                Action("👨‍👩‍👧‍👦👍🏿🇯🇵🏳️‍🌈 emoji clusters stay whole 👨‍👩‍👧‍👦👍🏿🇯🇵🏳️‍🌈")
                Action(
                    "Wraps a long URL: https://www.example.com/a/very/long/path/that/keeps/going/and/going/index.html")
                Emotion(-2, "最悪", personas: ["kenji"])
                Emotion(-1, "Frustriert", personas: ["zoe"])
                Emotion(2, "Masaya", personas: ["maria"])
                Touchpoint("<script>alert(\"x\")</script> & 'quotes'", channel: "messe & konferenz")
                Opportunity("Plain-language guide: 日本語・Deutsch・Filipino", priority: .high)
                KeyMoment("Moment of truth: the reference call", priority: .high)
            }
            Stage("Entscheidung", id: "entscheidung", goal: "Eine Wahl, die alle mittragen") {
                Action("עברית and العربية mixed with English text on one card")
                Emotion(0, "Neutral", personas: ["zoe"])
                Emotion(1.5, "安心", personas: ["kenji"])
                KPI("Win rate", value: 41, target: 50, unit: "%")
                KPI("Time to sign", value: 38, target: 21, unit: "days")
            }
            Transition(from: "kentou", to: "bewusstsein", "Zurück zum Anfang: 要件の見直し", personas: ["zoe"])
            Transition(from: "entscheidung", to: "kentou", "Sends it back")
        }
        map.stages[0].items[0].links = [
            Link("https://example.com/guide?a=1&b=2", title: "Leitfaden & mehr"),
            Link("javascript:alert(document.cookie)", title: "Nicht klicken"),
            Link("mailto:team@example.com"),
        ]
        map.stages[1].items[0].detail = "Detail"
        for (index, text) in HostileStrings.all.enumerated() {
            map.stages[2].items.append(Item(id: "hostile-\(index)", kind: .note, laneID: "actions", text: text))
        }
        return map
    }

    /// A map with `stages` stages and `lanes` lanes, `cardsPerCell` cards in every cell, and a
    /// `fullCell` of cards in the first cell when given.
    static func grid(stages: Int, lanes: Int, cardsPerCell: Int, fullCell: Int? = nil) -> JourneyMap {
        let kinds = LaneKind.knownValues.filter { $0 != .emotions }
        var map = JourneyMap(id: "grid", title: "Grid")
        for lane in 0..<lanes {
            map.lanes.append(Lane(id: "lane\(lane)", kind: kinds[lane % kinds.count], title: "Lane \(lane + 1)"))
        }
        var number = 0
        for stage in 0..<stages {
            var items: [Item] = []
            for lane in 0..<lanes {
                let count = stage == 0 && lane == 0 ? (fullCell ?? cardsPerCell) : cardsPerCell
                for _ in 0..<count {
                    number += 1
                    items.append(
                        Item(
                            id: "i\(number)", kind: kinds[lane % kinds.count].defaultItemKind, laneID: "lane\(lane)",
                            text: "Card \(number) says something of middling length"))
                }
            }
            map.stages.append(Stage(id: "s\(stage)", name: "Stage \(stage + 1)", items: items))
        }
        return map
    }

    /// One persona's emotions, one per stage, with the given scores.
    static func curve(_ scores: [Double]) -> JourneyMap {
        var map = JourneyMap(
            id: "curve", title: "Curve",
            personas: [Persona(id: "anna", name: "Anna"), Persona(id: "ben", name: "Ben")],
            lanes: [Lane(kind: .emotions)])
        for (index, score) in scores.enumerated() {
            map.stages.append(
                Stage(
                    id: "s\(index)", name: "Stage \(index)",
                    items: [
                        Item(
                            id: "a\(index)", kind: .emotion, laneID: "emotions", text: "A\(index)",
                            personaIDs: ["anna"],
                            score: EmotionScore(score)),
                        Item(
                            id: "b\(index)", kind: .emotion, laneID: "emotions", text: "B\(index)", personaIDs: ["ben"],
                            score: EmotionScore(-score)),
                    ]))
        }
        return map
    }

    /// A map with hostile text in every place that is drawn.
    static func hostile(_ text: String) -> JourneyMap {
        var map = JourneyMap(
            id: "h", title: text, summary: text, kind: .b2b, language: text, metadata: [text: text],
            personas: [
                Persona(
                    id: "p", name: text, role: text, organization: text, decisionRole: DecisionRole(text),
                    reportsTo: "q"),
                Persona(id: "q", name: text),
            ],
            lanes: [Lane(id: "l", kind: .touchpoints, title: text, description: text), Lane(kind: .emotions)],
            transitions: [Transition(id: "t", from: "s2", to: "s1", label: text, personaIDs: ["p"])])
        for index in 1...2 {
            map.stages.append(
                Stage(
                    id: "s\(index)", name: text, goal: text, expectedDuration: text, personaIDs: ["p"],
                    steps: [Step(id: "step\(index)", name: text)],
                    items: [
                        Item(
                            id: "i\(index)", kind: .touchpoint, laneID: "l", stepID: "step\(index)", text: text,
                            personaIDs: ["p"], links: [Link("https://example.com/?q=\(index)", title: text)],
                            channel: Channel(text), owner: text,
                            metric: Metric(kind: MetricKind(text), value: 1, unit: text),
                            contentType: ContentType(text)),
                        Item(
                            id: "e\(index)", kind: .emotion, laneID: "emotions", text: text, personaIDs: ["p"],
                            score: EmotionScore(1)),
                    ]))
        }
        return map
    }
}
