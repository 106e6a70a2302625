import Foundation
import JourneyModel
import Testing

@Suite("KPI directions and status")
struct MetricDirectionTests {
    @Test(arguments: [
        (MetricKind.churnRate, MetricDirection.lowerIsBetter), (.costPerAcquisition, .lowerIsBetter),
        (.timeToValue, .lowerIsBetter), (.timeInStage, .lowerIsBetter), (.conversionRate, .higherIsBetter),
        (.returnOnInvestment, .higherIsBetter), (.loyaltyRate, .higherIsBetter), (.netPromoterScore, .higherIsBetter),
        (.customerSatisfaction, .higherIsBetter), (.reach, .higherIsBetter), (.clickThroughRate, .higherIsBetter),
        (.revenue, .higherIsBetter),
    ])
    func infersTheDirectionOfEveryKnownKind(kind: MetricKind, direction: MetricDirection) {
        #expect(Metric(kind: kind).effectiveDirection == direction)
    }

    @Test func everyKnownKindHasADirection() {
        for kind in MetricKind.knownValues {
            #expect(MetricDirectionWords.standard.direction(ofKind: kind) != nil, "\(kind)")
        }
    }

    @Test func aStatedDirectionWinsAndUnknownKindsHaveNone() {
        #expect(Metric(kind: .churnRate, direction: .higherIsBetter).effectiveDirection == .higherIsBetter)
        #expect(Metric(kind: "com.example.score").effectiveDirection == nil)
        #expect(Metric().effectiveDirection == nil)
    }

    @Test(arguments: [
        ("Cart abandonment", MetricDirection?.some(.lowerIsBetter)), ("Average wait in queue", .lowerIsBetter),
        ("CAC", .lowerIsBetter), ("Complaints per 1,000 orders", .lowerIsBetter), ("Bounce rate", .lowerIsBetter),
        ("Cost per conversion", .lowerIsBetter), ("Trial conversion", .higherIsBetter),
        ("Customer lifetime value", nil), ("Kündigungsquote", .lowerIsBetter), ("Akquisekosten", .lowerIsBetter),
        ("Wartezeit an der Hotline", .lowerIsBetter), ("Kundenzufriedenheit", .higherIsBetter),
        ("Tasa de abandono", .lowerIsBetter), ("Tiempo de respuesta", .lowerIsBetter),
        ("Tasa de conversión", .higherIsBetter), ("Taux d'attrition", .lowerIsBetter),
        ("Chiffre d'affaires", .higherIsBetter), ("Taxa de cancelamento", .lowerIsBetter), ("解約率", .lowerIsBetter),
        ("コンバージョン率", .higherIsBetter), ("客户流失率", .lowerIsBetter), ("转化率", .higherIsBetter),
        ("Sessions", nil),
    ])
    func infersTheDirectionFromTheWordsOfTheName(text: String, direction: MetricDirection?) {
        #expect(Metric(kind: "com.example.kpi").effectiveDirection(text: text) == direction, "\(text)")
    }

    @Test func theKindWinsOverTheName() {
        #expect(Metric(kind: .conversionRate).effectiveDirection(text: "Checkout abandonment") == .higherIsBetter)
        var words = MetricDirectionWords()
        words.languages = [.init(code: "nl", lowerIsBetter: ["wachttijd"], higherIsBetter: [])]
        #expect(Metric().effectiveDirection(text: "Gemiddelde wachttijd", words: words) == .lowerIsBetter)
        #expect(Metric().effectiveDirection(text: "Churn", words: words) == nil)
    }

    @Test func wordsChangedInPlaceAreMatched() {
        var words = MetricDirectionWords.standard
        #expect(words.direction(ofText: "Gemiddelde wachttijd") == nil)
        words.languages.append(.init(code: "nl", lowerIsBetter: ["wachttijd"], higherIsBetter: ["omzet"]))
        #expect(words.direction(ofText: "Gemiddelde wachttijd") == .lowerIsBetter)
        words.languages[words.languages.count - 1].higherIsBetter.append("klanttevredenheid")
        #expect(words.direction(ofText: "Klanttevredenheid") == .higherIsBetter)
        words.languages[0].endings = []
        #expect(words.direction(ofText: "Complaints") == nil)
        #expect(words.direction(ofText: "Complaint") == .lowerIsBetter)
        #expect(words != MetricDirectionWords.standard)
    }

    @Test func statusInEachDirection() {
        let churn = Metric(kind: .churnRate, value: 41, target: 25, unit: "%")
        #expect(churn.status == .offTarget)
        #expect(Metric(kind: .churnRate, value: 25, target: 25).status == .onTarget)
        #expect(Metric(kind: .conversionRate, value: 45, target: 40).status == .onTarget)
        #expect(Metric(kind: .conversionRate, value: 40, target: 40).status == .onTarget)
        #expect(Metric(kind: .conversionRate, value: 39.9, target: 40).status == .offTarget)
        #expect(Metric(kind: .conversionRate, value: 39.9, target: 40, direction: .lowerIsBetter).status == .onTarget)
    }

    @Test(arguments: [
        (19.99, MetricStatus.offTarget), (20, .onTarget), (25, .onTarget), (30, .onTarget), (30.01, .offTarget),
    ])
    func statusOfARangeIncludesItsEdges(value: Double, status: MetricStatus) {
        #expect(Metric(value: value, direction: .targetRange(20...30)).status == status)
    }

    @Test func statusIsUnknownWithoutValueTargetOrDirection() {
        #expect(Metric(kind: .churnRate, target: 25).status == .unknown)
        #expect(Metric(kind: .churnRate, value: 41).status == .unknown)
        #expect(Metric(value: 41, target: 25).status == .unknown)
        #expect(Metric(value: .nan, direction: .targetRange(0...1)).status == .unknown)
        #expect(Metric(direction: .targetRange(0...1)).status == .unknown)
    }

    @Test func readsDirectionsFromTheirFieldsAndExplainsWhatIsWrong() throws {
        #expect(try MetricDirection(keyword: "lower", minimum: nil, maximum: nil) == .lowerIsBetter)
        #expect(try MetricDirection(keyword: "range", minimum: 2, maximum: 2) == .targetRange(2...2))
        for (keyword, minimum, maximum) in [
            ("up", nil, nil), ("range", 1, nil), ("higher", 1, 2), ("range", 3, 2), ("range", .nan, 2),
        ] as [(String, Double?, Double?)] {
            #expect(throws: InvalidMetricDirection.self, "\(keyword)") {
                try MetricDirection(keyword: keyword, minimum: minimum, maximum: maximum)
            }
        }
    }

    @Test func encodesFlatInJSONAndAsBeforeWithoutADirection() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = Metric(kind: .churnRate, value: 41, target: 25, unit: "%")
        #expect(
            String(decoding: try encoder.encode(plain), as: UTF8.self)
                == #"{"kind":"churn-rate","target":25,"unit":"%","value":41}"#)
        let range = Metric(value: 25, direction: .targetRange(20...30))
        let json = String(decoding: try encoder.encode(range), as: UTF8.self)
        #expect(json == #"{"direction":"range","targetMaximum":30,"targetMinimum":20,"value":25}"#)
        #expect(try JSONDecoder().decode(Metric.self, from: Data(json.utf8)) == range)
    }

    @Test func theKPIBuilderTakesADirectionAndInfersFromItsName() {
        let kpi = KPI("Checkout abandonment", value: 70, target: 60, unit: "%")
        #expect(kpi.effectiveDirection == .lowerIsBetter && kpi.status == .offTarget)
        #expect(KPI("Churn", value: 1, target: 2, direction: .higherIsBetter).status == .offTarget)
    }
}

@Suite("Numbers and KPI texts by language")
struct NumberStyleTests {
    @Test(
        arguments: [
            ("en", 420_000.0, "420,000"), ("en-GB", 1234.5, "1,234.5"), (nil, 999, "999"), ("de", 420_000, "420.000"),
            ("de-AT", 1234.5, "1.234,5"), ("es", 420_000, "420.000"), ("pt-BR", 420_000, "420.000"),
            ("fr", 420_000, "420\u{202F}000"), ("fr-CA", 0.25, "0,25"), ("ru", 1_000_000, "1\u{00A0}000\u{00A0}000"),
            ("ja", 420_000, "42 万"), ("ja", 9_999, "9,999"), ("ja", 150_000_000, "1.5 億"), ("zh", 420_000, "42 万"),
            ("zh-CN", 123_456, "12.35 万"), ("zh-Hant-TW", 420_000, "42 萬"), ("zh", 300_000_000, "3 亿"),
            ("en", -1500, "\u{2212}1,500"), ("xx", 1e20, "1e+20"),
        ] as [(String?, Double, String)])
    func formatsNumbersAsTheLanguageWritesThem(language: String?, value: Double, text: String) {
        #expect(NumberStyle.of(language: language).format(value) == text)
    }

    @Test func keepsUnitsAndNamesTheTargetByDirection() {
        #expect(DisplayText.quantity(420_000, unit: "EUR", language: "de") == "420.000 EUR")
        #expect(DisplayText.quantity(41, unit: "%", language: "en") == "41%")
        let churn = Metric(kind: .churnRate, value: 41, target: 25, unit: "%")
        #expect(DisplayText.target(churn, direction: .lowerIsBetter, language: nil) == "target \u{2264} 25%")
        #expect(DisplayText.target(churn, direction: .higherIsBetter, language: nil) == "target \u{2265} 25%")
        #expect(DisplayText.target(churn, direction: nil, language: nil) == "target 25%")
        #expect(DisplayText.target(churn, direction: .targetRange(20...30), language: "de") == "target 20\u{2013}30%")
        #expect(DisplayText.target(Metric(), direction: .lowerIsBetter, language: nil) == nil)
        #expect(DisplayText.status(.offTarget) == "\u{2717} off target")
        #expect(DisplayText.status(.onTarget) == "\u{2713} on target")
        #expect(DisplayText.status(.unknown) == nil)
    }
}
