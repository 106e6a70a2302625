/// What a stage analysis counts, and over which time.
public struct AnalysisOptions: Hashable, Sendable {
    /// Whose journey is followed.
    public enum Unit: String, Hashable, Sendable, CaseIterable, Codable {
        /// Each customer on their own (B2C).
        case customer
        /// Each buying organization, all its customers together (B2B).
        case account

        /// The unit an event belongs to: its customer, or its account (`nil` when it has none).
        public func name(of event: ActivityEvent) -> String? {
            switch self {
            case .customer: event.customer
            case .account: event.account
            }
        }
    }

    /// Whose journey is followed: customers, or accounts.
    public var unit: Unit
    /// How long after entering a stage a unit may take to reach a later stage and still count as
    /// converted, in seconds; `nil` for no limit.
    public var window: Double?

    /// Whether the log comes sorted by time (per unit at least), so that the analysis keeps a few
    /// numbers per unit and stage instead of every event.
    ///
    /// Memory then grows with the units, not the events. An event earlier than its unit's previous
    /// one is not counted and is kept in ``StageAnalysis/orderViolation``: check it before trusting
    /// the report (`journey analyze --sorted` fails naming the event).
    public var assumesSortedInput: Bool

    public init(unit: Unit = .customer, window: Double? = nil, assumesSortedInput: Bool = false) {
        self.unit = unit
        self.window = window
        self.assumesSortedInput = assumesSortedInput
    }

    /// Reads a duration such as `30d`, `12h`, `90m`, `45s` or `2w` (a number alone is seconds).
    ///
    /// - Returns: the seconds, or `nil` when the text is not a positive duration.
    public static func duration(_ text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        var number = Substring(text.trimmingWhitespace)
        var scale = 1.0
        if let last = number.last, let unitScale = units[Character(last.lowercased())] {
            scale = unitScale
            number = number.dropLast()
        }
        guard let value = Double(number), value.isFinite, value > 0, value * scale < 1e12 else { return nil }
        return value * scale
    }
}
