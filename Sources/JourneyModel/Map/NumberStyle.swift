/// How a language writes numbers for people: `420,000` in English, `420.000` in German,
/// `420 000` in French, `42 万` in Japanese and Chinese.
///
/// A small table rather than Foundation's formatters: their output follows the ICU data of the
/// platform, and a drawn map must give the same bytes everywhere. Formats keep writing numbers with
/// ``NumberText``; this is only for what people read.
public struct NumberStyle: Hashable, Sendable {
    /// Between groups of three digits.
    public var groupSeparator: String
    /// Between the whole number and its fraction.
    public var decimalSeparator: String
    /// Units for large numbers, largest first: 10⁸ 億 and 10⁴ 万 in Japanese.
    ///
    /// A number of at least the smallest unit is written in the largest unit it reaches, with at most
    /// two decimals.
    public var largeUnits: [LargeUnit]

    /// A word for a power of ten, such as 万 for 10 000.
    public struct LargeUnit: Hashable, Sendable {
        public var value: Double
        public var name: String

        public init(_ value: Double, _ name: String) {
            self.value = value
            self.name = name
        }
    }

    public init(groupSeparator: String, decimalSeparator: String, largeUnits: [LargeUnit] = []) {
        self.groupSeparator = groupSeparator
        self.decimalSeparator = decimalSeparator
        self.largeUnits = largeUnits
    }

    /// `420,000.5`: English and the default.
    public static let english = NumberStyle(groupSeparator: ",", decimalSeparator: ".")
    /// `420.000,5`: German, Spanish, Portuguese, Italian, Dutch and others.
    public static let dotGroups = NumberStyle(groupSeparator: ".", decimalSeparator: ",")
    /// `420 000,5` with a narrow no-break space: French.
    public static let french = NumberStyle(groupSeparator: "\u{202F}", decimalSeparator: ",")
    /// `420 000,5` with a no-break space: Russian, Polish, Swedish and others.
    public static let spaceGroups = NumberStyle(groupSeparator: "\u{00A0}", decimalSeparator: ",")
    /// `42 万`, `1.2 億`.
    public static let japanese = NumberStyle(
        groupSeparator: ",", decimalSeparator: ".",
        largeUnits: [LargeUnit(1e12, "兆"), LargeUnit(1e8, "億"), LargeUnit(1e4, "万")])
    /// `42 万`, `1.2 亿`.
    public static let simplifiedChinese = NumberStyle(
        groupSeparator: ",", decimalSeparator: ".", largeUnits: [LargeUnit(1e8, "亿"), LargeUnit(1e4, "万")])
    /// `42 萬`, `1.2 億`.
    public static let traditionalChinese = NumberStyle(
        groupSeparator: ",", decimalSeparator: ".", largeUnits: [LargeUnit(1e8, "億"), LargeUnit(1e4, "萬")])
    /// `42 만`, `1.2 억`.
    public static let korean = NumberStyle(
        groupSeparator: ",", decimalSeparator: ".", largeUnits: [LargeUnit(1e8, "억"), LargeUnit(1e4, "만")])

    /// Languages (primary subtags) by style; others are written as in English.
    public static let byLanguage: [String: NumberStyle] = {
        var table: [String: NumberStyle] = ["fr": .french, "ja": .japanese, "zh": .simplifiedChinese, "ko": .korean]
        for code in ["de", "es", "pt", "it", "nl", "id", "tr", "da", "el", "ro", "hr", "sl", "sr", "vi"] {
            table[code] = .dotGroups
        }
        for code in ["ru", "uk", "pl", "cs", "sk", "sv", "nb", "nn", "no", "fi", "hu", "bg", "et", "lt", "lv"] {
            table[code] = .spaceGroups
        }
        return table
    }()

    /// The style of a map's language (a BCP 47 tag such as `de-AT` or `zh-Hant-TW`); English when
    /// there is none or the table does not know it.
    public static func of(language: String?) -> NumberStyle {
        guard let language, !language.isEmpty else { return .english }
        let subtags = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first else { return .english }
        if primary == "zh", subtags.contains(where: { ["hant", "tw", "hk", "mo"].contains($0) }) {
            return .traditionalChinese
        }
        return byLanguage[primary] ?? .english
    }

    /// A number for people, with a real minus sign: `420,000`, `−3.5`, `42 万`.
    ///
    /// Digits are the shortest that read back to the value (``NumberText``), grouped by three;
    /// numbers ``NumberText`` writes with an exponent stay so.
    public func format(_ value: Double) -> String {
        guard value.isFinite else { return NumberText.format(value) }
        let sign = value < 0 ? "\u{2212}" : ""
        let magnitude = abs(value)
        if let unit = largeUnits.first(where: { magnitude >= $0.value }) {
            let scaled = (magnitude / unit.value * 100).rounded() / 100
            return sign + digits(scaled) + " " + unit.name
        }
        return sign + digits(magnitude)
    }

    private func digits(_ magnitude: Double) -> String {
        let text = NumberText.format(magnitude)
        guard !text.contains("e") else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Array(parts[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        return parts.count > 1 ? grouped + decimalSeparator + parts[1] : grouped
    }
}
