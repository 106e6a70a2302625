import JourneyModel

/// The words a drawn map uses for the model's values.
enum Labels {
    /// "pain-point" → "Pain point"; unknown values are shown as they are.
    static func kind(_ kind: ItemKind) -> String { kind.displayName }

    /// "sales-rep" → "Sales rep"; unknown channels are shown as they are.
    static func channel(_ channel: Channel) -> String { channel.displayName }

    /// "blog-post" → "Blog post"; unknown types are shown as they are.
    static func contentType(_ type: ContentType) -> String { type.displayName }

    /// "nps" → "NPS", "click-through-rate" → "Click-through rate".
    static func metricKind(_ kind: MetricKind) -> String { kind.displayName }

    /// "decision-maker" → "Decision maker".
    static func decisionRole(_ role: DecisionRole) -> String { role.displayName }

    static func severity(_ severity: Severity) -> String { severity.displayName }

    static func priority(_ priority: Priority) -> String { priority.displayName }

    static func mapKind(_ kind: MapKind) -> String { kind == .b2b ? "B2B" : "B2C" }

    static func mapState(_ state: MapState) -> String { state == .current ? "As-is" : "To-be" }

    static func mapScope(_ scope: MapScope) -> String {
        scope == .buyerJourney ? "Buyer journey" : "Customer journey"
    }

    /// "word-of-mouth" → "Word of mouth".
    static func sentence(_ identifier: String) -> String { DisplayText.sentence(identifier) }

    /// A score on −2…+2 with its sign: "+1.5", "0", "−1" (with a real minus sign).
    static func score(_ value: Double) -> String {
        let text = SVGNumber.format(abs(value))
        if text == "0" { return "0" }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// A measured value with its unit: "3.1%", "52 hours".
    static func quantity(_ value: Double, unit: String?) -> String { DisplayText.quantity(value, unit: unit) }

    /// A KPI's value with its unit, as the map's language writes numbers: "420,000 EUR", "42 万 EUR".
    static func quantity(_ value: Double, unit: String?, language: String?) -> String {
        DisplayText.quantity(value, unit: unit, language: language)
    }

    /// A KPI's target with its direction: "target ≤ 25%", "target 20–30 min".
    static func target(_ metric: Metric, direction: MetricDirection?, language: String?) -> String? {
        DisplayText.target(metric, direction: direction, language: language)
    }

    /// A KPI's status with its sign: "✓ on target", "✗ off target"; `nil` when unknown.
    static func status(_ status: MetricStatus) -> String? { DisplayText.status(status) }

    /// An ISO 8601 duration in words ("P2W" → "2 weeks"); other text is returned as it is.
    static func duration(_ text: String) -> String { DisplayText.duration(text) }
}

/// Numbers in SVG attributes: at most two decimals, no trailing zeros, never "-0".
///
/// Any `Double` can be written: a number that is not finite is written `0`, a whole number beyond
/// what `Int64` holds in exponent form (`1e+19`), which SVG reads as well.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 1e17 else { return whole(value) }
        let scaled = Int64(hundredths)
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = scaled.magnitude
        let whole = magnitude / 100
        let fraction = Int(magnitude % 100)
        var digitCount = 1
        var probe = whole
        while probe >= 10 {
            probe /= 10
            digitCount += 1
        }
        let fractionLength = fraction == 0 ? 0 : (fraction % 10 == 0 ? 2 : 3)
        let length = (negative ? 1 : 0) + digitCount + fractionLength
        // Built byte by byte: numbers are most of an SVG, and this is several times faster than
        // String(Int) with concatenation.
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = negative ? 1 : 0
            if negative { buffer[0] = 0x2D }
            var rest = whole
            var index = position + digitCount - 1
            repeat {
                buffer[index] = UInt8(48 + rest % 10)
                rest /= 10
                index -= 1
            } while rest > 0
            position += digitCount
            if fractionLength > 0 {
                buffer[position] = 0x2E
                buffer[position + 1] = UInt8(48 + fraction / 10)
                if fractionLength == 3 { buffer[position + 2] = UInt8(48 + fraction % 10) }
            }
            return length
        }
    }

    /// A number of 10^15 or more, rounded: in digits while `Int64` holds it, else in exponent form.
    private static func whole(_ value: Double) -> String {
        let rounded = value.rounded()
        if let exact = Int64(exactly: rounded) { return String(exact) }
        return String(rounded)
    }
}

/// XML identifiers made from map identifiers: stable, unique and valid as XML `id` values.
struct SVGIdentifiers {
    private let prefix: String
    /// The identifiers given out; a repeated name gets the next free number in constant time.
    private(set) var pool = IdentifierPool()

    /// Identifiers all starting with `prefix` (which must itself start with a letter).
    init(prefix: String) { self.prefix = prefix }

    /// The identifier for an element; a second request for the same name gets a numbered variant.
    mutating func make(_ kind: String, _ name: String) -> String {
        let sanitized = Self.sanitize(name)
        var base = prefix
        base.reserveCapacity(prefix.utf8.count + kind.utf8.count + sanitized.utf8.count + 1)
        base += kind
        base += "-"
        base += sanitized
        return pool.unique(base)
    }

    /// Keeps ASCII letters, digits, `-` and `.`; writes `_` as `__` and any other character as
    /// `_hex_`, so different names never give the same identifier.
    static func sanitize(_ name: String) -> String {
        let isPlain = name.utf8.allSatisfy { byte in
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
                || byte == 0x2E
        }
        if isPlain { return name }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".": result.unicodeScalars.append(scalar)
            case "_": result += "__"
            default: result += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return result
    }
}
