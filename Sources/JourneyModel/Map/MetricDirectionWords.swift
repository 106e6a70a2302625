import Foundation

/// The knowledge behind an inferred KPI direction: which metric kinds and which words of a KPI's
/// name mean that higher or lower is better.
///
/// Plain data, like ``RecognitionVocabulary``: ``standard`` holds the built-in metric kinds and
/// words in English, German, Spanish, French, Portuguese, Japanese and Chinese. Teams add theirs:
///
/// ```swift
/// var words = MetricDirectionWords.standard
/// words.kinds["first-reply-minutes"] = .lowerIsBetter
/// words.languages.append(.init(code: "nl", lowerIsBetter: ["wachttijd", "kosten"], higherIsBetter: ["omzet"]))
/// ```
public struct MetricDirectionWords: Hashable, Sendable {
    /// The direction each metric kind implies.
    public var kinds: [MetricKind: MetricDirection]
    /// The words of KPI names, by language.
    public var languages: [Language] {
        didSet { needles = Needles(languages) }
    }
    /// The words of ``languages`` as the bytes ``direction(ofText:)`` looks for, worked out when they
    /// change rather than for every name.
    private var needles: Needles

    /// The words of one language.
    public struct Language: Hashable, Sendable {
        /// The language (a BCP 47 code).
        public var code: String
        /// Words whose presence in a KPI's name means lower is better ("churn", "cost", "wait").
        public var lowerIsBetter: [String]
        /// Words whose presence in a KPI's name means higher is better ("conversion", "revenue").
        public var higherIsBetter: [String]
        /// Endings a word of the name may add to a listed word ("complaint" finds "complaints").
        ///
        /// Otherwise words match whole: "time" misses "lifetime", and Portuguese "custo" misses
        /// "customer".
        public var endings: [String]
        /// Whether words match inside longer words: for languages that compound words
        /// ("Akquisekosten") or write without spaces (解約率).
        public var matchesInsideWords: Bool

        public init(
            code: String, lowerIsBetter: [String], higherIsBetter: [String], endings: [String] = ["s"],
            matchesInsideWords: Bool = false
        ) {
            self.code = code
            self.lowerIsBetter = lowerIsBetter
            self.higherIsBetter = higherIsBetter
            self.endings = endings
            self.matchesInsideWords = matchesInsideWords
        }
    }

    public init(kinds: [MetricKind: MetricDirection] = [:], languages: [Language] = []) {
        self.kinds = kinds
        self.languages = languages
        needles = Needles(languages)
    }

    /// The direction a metric kind implies, or `nil` for kinds without one.
    public func direction(ofKind kind: MetricKind) -> MetricDirection? { kinds[kind] }

    /// The direction the words of a KPI's name imply, or `nil` when none says.
    ///
    /// Words saying lower is better win over words saying higher: a name such as "Cost per
    /// conversion" or "Conversion time" measures a cost or a time.
    public func direction(ofText text: String) -> MetricDirection? {
        // Composed (NFC) like the words, so that a decomposed "é" in the name still matches.
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        let name = Array(Self.normalize(composed).utf8)
        guard name != [0x20] else { return nil }
        // Compared as UTF-8 bytes: the names are short, and Foundation's string search is slow.
        if needles.lowerIsBetter.contains(where: { Self.bytes(name, contain: $0) }) { return .lowerIsBetter }
        if needles.higherIsBetter.contains(where: { Self.bytes(name, contain: $0) }) { return .higherIsBetter }
        return nil
    }

    /// The byte strings whose presence in a normalized name decides its direction.
    private struct Needles: Hashable, Sendable {
        var lowerIsBetter: [[UInt8]] = []
        var higherIsBetter: [[UInt8]] = []

        init(_ languages: [Language]) {
            for language in languages {
                lowerIsBetter += Self.needles(language.lowerIsBetter, language)
                higherIsBetter += Self.needles(language.higherIsBetter, language)
            }
        }

        /// A word normalized (" word "): inside words, the word alone; otherwise the word with each
        /// ending and the space after it, so only whole words match.
        static func needles(_ words: [String], _ language: Language) -> [[UInt8]] {
            var needles: [[UInt8]] = []
            for word in words {
                let word = MetricDirectionWords.normalize(word).dropLast()
                guard word.count > 1 else { continue }
                if language.matchesInsideWords {
                    needles.append(Array(word.dropFirst().utf8))
                } else {
                    for ending in [""] + language.endings { needles.append(Array((word + ending + " ").utf8)) }
                }
            }
            return needles
        }
    }

    /// Whether `needle` occurs in `haystack`.
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var index = 1
            while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }

    /// Lowercase words between single spaces, with a space before the first and after the last, so
    /// that " word " finds a whole word.
    fileprivate static func normalize(_ text: String) -> String {
        var result = " "
        var inWord = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                result.append(character)
                inWord = true
            } else if inWord {
                result.append(" ")
                inWord = false
            }
        }
        if inWord { result.append(" ") }
        return result
    }
}

extension MetricDirectionWords {
    /// The built-in metric kinds and the words of seven languages.
    public static let standard = MetricDirectionWords(
        kinds: [
            .churnRate: .lowerIsBetter, .costPerAcquisition: .lowerIsBetter, .timeToValue: .lowerIsBetter,
            .timeInStage: .lowerIsBetter, .conversionRate: .higherIsBetter, .returnOnInvestment: .higherIsBetter,
            .loyaltyRate: .higherIsBetter, .netPromoterScore: .higherIsBetter, .customerSatisfaction: .higherIsBetter,
            .reach: .higherIsBetter, .clickThroughRate: .higherIsBetter, .revenue: .higherIsBetter,
        ],
        languages: [
            Language(
                code: "en",
                lowerIsBetter: [
                    "churn", "attrition", "cancel", "cancellation", "cost", "cac", "cpa", "time", "wait", "delay",
                    "latency", "abandon", "abandonment", "bounce", "drop off", "dropoff", "complaint", "error",
                    "defect", "refund", "escalation",
                ],
                higherIsBetter: [
                    "conversion", "convert", "revenue", "sales", "profit", "retention", "loyalty", "satisfaction",
                    "nps", "csat", "roi", "reach", "click through", "ctr", "engagement", "adoption", "activation",
                    "renewal", "referral", "sign up", "signup", "completion",
                ],
                endings: ["s", "es", "ed", "ing"]),
            Language(
                code: "de",
                lowerIsBetter: [
                    "abwanderung", "kündigung", "kosten", "zeit", "dauer", "warte", "abbruch", "absprung",
                    "beschwerde", "reklamation", "storno", "fehler", "verzögerung", "unzufrieden",
                ],
                higherIsBetter: [
                    "konversion", "conversion", "umsatz", "erlös", "gewinn", "bindung", "treue", "zufriedenheit",
                    "reichweite", "empfehlung", "verlängerung",
                ],
                matchesInsideWords: true),
            Language(
                code: "es",
                lowerIsBetter: [
                    "abandono", "cancelación", "deserción", "coste", "costo", "tiempo", "espera", "demora",
                    "retraso", "rebote", "queja", "reclamación", "reclamaciones", "reclamo", "error", "errores",
                ],
                higherIsBetter: [
                    "conversión", "ingresos", "ventas", "retención", "fidelidad", "fidelización", "satisfacción",
                    "alcance", "recomendación", "renovación",
                ]),
            Language(
                code: "fr",
                lowerIsBetter: [
                    "attrition", "désabonnement", "résiliation", "coût", "temps", "délai", "attente", "abandon",
                    "rebond", "plainte", "réclamation", "erreur", "retard",
                ],
                higherIsBetter: [
                    "conversion", "chiffre d affaires", "revenu", "ventes", "rétention", "fidélité", "fidélisation",
                    "satisfaction", "portée", "recommandation", "renouvellement",
                ]),
            Language(
                code: "pt",
                lowerIsBetter: [
                    "cancelamento", "evasão", "custo", "tempo", "espera", "atraso", "abandono", "rejeição",
                    "reclamação", "reclamações", "queixa", "erro",
                ],
                higherIsBetter: [
                    "conversão", "receita", "vendas", "retenção", "fidelidade", "fidelização", "satisfação",
                    "alcance", "recomendação", "renovação",
                ]),
            Language(
                code: "ja",
                lowerIsBetter: [
                    "解約", "離脱", "チャーン", "コスト", "費用", "時間", "待ち", "待機", "遅延", "放棄", "直帰", "苦情",
                    "クレーム", "エラー", "不満",
                ],
                higherIsBetter: [
                    "コンバージョン", "転換", "成約", "売上", "収益", "継続", "定着", "ロイヤルティ", "満足", "リーチ", "推奨",
                ],
                matchesInsideWords: true),
            Language(
                code: "zh",
                lowerIsBetter: [
                    "流失", "退订", "成本", "费用", "时间", "時間", "等待", "延迟", "放弃", "跳出", "投诉", "错误", "不满",
                ],
                higherIsBetter: ["转化", "收入", "营收", "销售", "留存", "忠诚", "满意", "覆盖", "推荐"],
                matchesInsideWords: true),
        ])
}
