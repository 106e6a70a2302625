import Foundation
import JourneyAnalytics

/// A seeded pseudo-random generator (SplitMix64): the same seed gives the same log on every
/// machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE5_E9B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

/// The names a generated log uses: stages with their activities, activities no stage binds.
struct LogVocabulary {
    /// Per stage: identifier, name, activities.
    ///
    /// The last stage's activities never occur: nobody enters it.
    var stages: [(id: String, name: String, activities: [String])]
    var unbound: [String]

    static let standard = LogVocabulary(
        stages: [
            ("discover", "Discover", ["ad_click", "site_visit"]),
            ("consider", "Consider", ["pricing_view", "demo_request"]),
            ("trial", "Trial", ["trial_start"]),
            ("buy", "Buy", ["purchase", "contract_signed"]),
            ("use", "Use", ["login", "feature_use"]),
            ("advocate", "Advocate", ["referral_sent"]),
        ], unbound: ["newsletter_open", "support_ticket"])

    /// Names no query may take for its own text.
    ///
    /// Quotes of every dialect, backslashes before and after quotes, SQL comments, Unicode beyond
    /// the BMP, a tab, and in a stage name a quote followed by a combining mark (one `Character`,
    /// two scalars). Activities go through CSV files, so they have no leading or trailing spaces
    /// (the file reader trims them, the query does not).
    static let hostile = LogVocabulary(
        stages: [
            ("s'1", "Discover \"it\" — it's `new`", ["ad's click", "say \"hi\""]),
            ("s\"2", "Con\\sider \\'", ["back\\slash", "back\\'quote"]),
            ("s`3", "Trial\"\u{301} 'x'", ["tick`tock", "naïve café 日本語 🚀"]),
            ("s\\4", "Buy'; DROP TABLE events; --", ["'; DROP TABLE events; --", "/* not a comment */"]),
            ("s 5", "Use\ttab", ["tab\there", "trailing\\"]),
            ("s6 ü", "Advocate ✓", ["never \\' seen"]),
        ], unbound: ["unbound's \\ one", "\\\"both\\\""])

    func binding() throws -> StageBinding {
        var activities: [String: Int] = [:]
        for (index, stage) in stages.enumerated() {
            for activity in stage.activities { activities[activity] = index }
        }
        return try StageBinding(
            stages: stages.map { StageBinding.Stage(id: $0.id, name: $0.name) }, activities: activities)
    }
}

/// Makes event logs with what the definitions must get right: events at the same instant in two
/// stages, going back to earlier stages, conversions exactly at the window's end, fractions of a
/// second, activities no stage binds, events without an account, and rows out of time order.
enum EventLogGenerator {
    /// 2026-01-01T00:00:00Z.
    static let start = 1_767_225_600.0
    static let twoDays = 172_800.0

    static func events(
        seed: UInt64, vocabulary: LogVocabulary, customers: Int = 300, accounts: Int = 60
    ) -> [ActivityEvent] {
        var random = SeededGenerator(seed: seed)
        var events: [ActivityEvent] = []
        let enterable = vocabulary.stages.count - 1
        for customer in 0..<customers {
            let name = "c\(customer)"
            let account: String? = random.chance(0.03) ? nil : "acct-\(customer % accounts)"
            var time =
                start
                + Double(Int.random(in: 0..<60, using: &random) * 86_400 + Int.random(in: 0..<86_400, using: &random))
            var stage = random.chance(0.8) ? 0 : Int.random(in: 1...3, using: &random)
            for _ in 0..<Int.random(in: 3...16, using: &random) {
                let activity = vocabulary.stages[stage].activities.randomElement(using: &random)!
                let withAccount = random.chance(0.05) ? nil : account
                events.append(ActivityEvent(timestamp: time, customer: name, activity: activity, account: withAccount))
                if random.chance(0.1) {
                    let other = vocabulary.unbound.randomElement(using: &random)!
                    events.append(
                        ActivityEvent(timestamp: time + 30, customer: name, activity: other, account: account))
                }
                time += step(&random)
                let move = Double.random(in: 0..<1, using: &random)
                if move < 0.45 {
                    stage += 1
                } else if move < 0.55 {
                    stage += 2
                } else if move < 0.75 {
                    stage -= 1
                }
                stage = min(max(stage, 0), enterable - 1)
            }
        }
        events.shuffle(using: &random)
        return events
    }

    /// The time to the next event: often none (a tie), exactly the two-day window, or a fraction.
    private static func step(_ random: inout SeededGenerator) -> Double {
        let kind = Double.random(in: 0..<1, using: &random)
        switch kind {
        case ..<0.15: return 0
        case ..<0.25: return twoDays
        case ..<0.30: return twoDays + 0.25
        case ..<0.40:
            return Double(Int.random(in: 1...7200, using: &random)) + [0.25, 0.5, 0.75].randomElement(using: &random)!
        default: return Double(Int.random(in: 60...(5 * 86_400), using: &random))
        }
    }
}

/// Writes events as a CSV file the engines and the file reader all read the same way.
enum EventLogCSV {
    /// How the timestamp is written.
    enum Time {
        /// `2026-01-01 00:00:00.000`, UTC without a zone.
        case iso
        /// `1767225600` or `1767225600.25`.
        case epoch
    }

    static func text(_ events: [ActivityEvent], columns: EventColumns, time: Time) -> String {
        var lines = [
            [columns.timestamp, columns.customer, columns.activity, columns.account].map(quoted).joined(separator: ",")
        ]
        for event in events {
            let timestamp = time == .iso ? iso(event.timestamp) : epoch(event.timestamp)
            // An empty unquoted cell is NULL for all three engines.
            let account = event.account.map(quoted) ?? ""
            lines.append([timestamp, quoted(event.customer), quoted(event.activity), account].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func epoch(_ seconds: Double) -> String {
        seconds.rounded(.down) == seconds ? String(Int64(seconds)) : seconds.description
    }

    /// `2026-03-01 09:30:00.250`: a space for the `T`, milliseconds and no zone, as spreadsheets write.
    static func iso(_ seconds: Double) -> String {
        let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day()
            .time(includingFractionalSeconds: true).timeZone(separator: .omitted)
        let text = Date(timeIntervalSince1970: seconds).formatted(style)
        return text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
    }
}
