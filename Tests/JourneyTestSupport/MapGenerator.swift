import JourneyModel

/// Generates maps with random content, hostile strings included, for round-trip tests.
///
/// A seed gives the same map every time; in the standard mode, the same map it has always given,
/// with the fields added since (item activities, KPI directions) drawn from a second stream of the
/// same seed.
public struct MapGenerator {
    /// What the generated maps hold.
    public enum Mode: Sendable {
        /// Hostile but representable content: every text XML can carry, finite numbers, at least one
        /// lane and one stage.
        case standard
        /// Also ``ExtremeValues``: numbers at the edges of `Double` (NaN and infinities too), long
        /// texts, control characters, noncharacters, bidirectional controls and combining marks, and
        /// maps without lanes or stages.
        case extreme
        /// As ``extreme``, but with the characters XML 1.0 cannot carry (C0 controls other than tab,
        /// LF and CR; U+FFFE, U+FFFF) replaced by U+FFFD, so that every format can write the texts.
        case extremeRepresentable
    }

    private var random: SeededGenerator
    /// A second stream, for the fields added after the standard maps were fixed (item activities):
    /// drawing them from `random` would change every map that follows.
    private var laterRandom: SeededGenerator
    /// What the generated maps hold.
    public let mode: Mode

    public init(seed: UInt64, mode: Mode = .standard) {
        random = SeededGenerator(seed: seed)
        laterRandom = SeededGenerator(seed: ~seed)
        self.mode = mode
    }

    /// A random text: sometimes hostile, sometimes random Unicode that XML can carry; in the
    /// extreme mode, half of the time an extreme text.
    public mutating func text() -> String {
        if mode != .standard, Bool.random(using: &random) { return extremeText() }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return HostileStrings.all.randomElement(using: &random)!
        case 1:
            let scalars = (0..<Int.random(in: 0..<12, using: &random)).compactMap { _ -> Character? in
                let ranges: [ClosedRange<UInt32>] = [
                    0x20...0x7E, 0xA0...0x2FF, 0x3040...0x30FF, 0x1F300...0x1F6FF, 0x9...0xA, 0xD...0xD,
                ]
                let range = ranges.randomElement(using: &random)!
                return Unicode.Scalar(UInt32.random(in: range, using: &random)).map(Character.init)
            }
            return String(scalars)
        default: return ["Awareness", "Compare prices", "Calls support", "Happy", ""].randomElement(using: &random)!
        }
    }

    /// An extreme text, or random scalars from the extreme ranges; in the representable mode, with
    /// what XML cannot carry replaced.
    private mutating func extremeText() -> String {
        let text: String
        if Bool.random(using: &random) {
            text = pick(ExtremeValues.texts)
        } else {
            let scalars = (0..<Int.random(in: 1...16, using: &random)).compactMap { _ -> Unicode.Scalar? in
                Unicode.Scalar(UInt32.random(in: pick(ExtremeValues.scalarRanges), using: &random))
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        guard mode == .extremeRepresentable else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map(ExtremeValues.representable)))
    }

    /// Event-log activities for an item, from the second stream: none, or one or two names or texts.
    private mutating func activities() -> [String] {
        swap(&random, &laterRandom)
        defer { swap(&random, &laterRandom) }
        return (0..<Int.random(in: 0...2, using: &random)).map { _ in
            Bool.random(using: &random) ? pick(["pricing_view", "signup", "demo_request"]) : text()
        }
    }

    /// A KPI direction, from the second stream: none, higher, lower or a range between two of the
    /// usual numbers.
    private mutating func direction() -> MetricDirection? {
        swap(&random, &laterRandom)
        defer { swap(&random, &laterRandom) }
        switch Int.random(in: 0...3, using: &random) {
        case 0: return nil
        case 1: return .higherIsBetter
        case 2: return .lowerIsBetter
        default:
            let numbers: [Double] = [0, 1, -2, 0.5, 1.25, 1e-7, 12345.678, -0.1, 1e20, 3]
            let bounds = [pick(numbers), pick(numbers)].sorted()
            return .targetRange(bounds[0]...bounds[1])
        }
    }

    private mutating func maybe<T>(_ make: (inout MapGenerator) -> T) -> T? {
        Bool.random(using: &random) ? make(&self) : nil
    }

    private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }

    private mutating func number() -> Double {
        if mode != .standard, Bool.random(using: &random) { return pick(ExtremeValues.numbers) }
        return [0, 1, -2, 0.5, 1.25, 1e-7, 12345.678, -0.1, 1e20, 3].randomElement(using: &random)!
    }

    /// An emotion score: on the canonical scale or on 1…5; in the extreme mode, half of the time one
    /// with extreme numbers, its source too.
    private mutating func score() -> EmotionScore {
        if mode != .standard, Bool.random(using: &random) {
            let source = maybe { SourceScore(value: $0.number(), minimum: $0.number(), maximum: $0.number()) }
            return EmotionScore(value: number(), source: source)
        }
        return Bool.random(using: &random)
            ? EmotionScore(Double(Int.random(in: -2...2, using: &random)))
            : EmotionScore(Double(Int.random(in: 1...5, using: &random)), onScale: 1...5)
    }

    private mutating func extensions() -> ExtensionData {
        var data = ExtensionData()
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            data[
                ["drawio", "csv", "com.example"].randomElement(using: &random)!,
                "k\(Int.random(in: 0...3, using: &random))"] = text()
        }
        return data
    }

    /// A map with a few personas, lanes, stages, items and transitions, all fields drawn at random.
    public mutating func map() -> JourneyMap {
        var map = JourneyMap(
            id: "generated", title: text(), summary: maybe { $0.text() },
            kind: MapKind.allCases.randomElement(using: &random)!,
            state: MapState.allCases.randomElement(using: &random)!,
            scope: MapScope.allCases.randomElement(using: &random)!,
            language: maybe { _ in "en" })
        for index in 0..<Int.random(in: 0...2, using: &random) { map.metadata["key\(index) \(text())"] = text() }
        for index in 0..<Int.random(in: 0...3, using: &random) {
            map.personas.append(
                Persona(
                    id: "p\(index)", name: text(), role: maybe { $0.text() }, description: maybe { $0.text() },
                    goals: [text()], needs: maybe { [$0.text(), $0.text()] } ?? [], motivations: [],
                    frustrations: [text()],
                    quote: maybe { $0.text() }, attributes: maybe { ["a": $0.text()] } ?? [:],
                    organization: maybe { $0.text() },
                    decisionRole: maybe { $0.pick(DecisionRole.knownValues) }, reportsTo: maybe { _ in "p0" },
                    extensions: extensions()))
        }
        let laneKinds = LaneKind.knownValues + [LaneKind("custom lane")]
        let least = mode == .standard ? 1 : 0
        for index in 0..<Int.random(in: least...4, using: &random) {
            map.lanes.append(
                Lane(
                    id: "l\(index)", kind: laneKinds.randomElement(using: &random)!, title: text(),
                    description: maybe { $0.text() }, extensions: extensions()))
        }
        var itemNumber = 0
        for stageIndex in 0..<Int.random(in: least...4, using: &random) {
            var stage = Stage(
                id: "s\(stageIndex)", name: text(), goal: maybe { $0.text() }, description: maybe { $0.text() },
                expectedDuration: maybe { _ in "P1M" }, personaIDs: map.personas.isEmpty ? [] : ["p0"],
                extensions: extensions())
            if Bool.random(using: &random) {
                stage.steps.append(Step(id: "s\(stageIndex)-step", name: text(), description: maybe { $0.text() }))
            }
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                itemNumber += 1
                let kinds = ItemKind.knownValues + [ItemKind("com.example.custom")]
                var item = Item(
                    id: "i\(itemNumber)", kind: kinds.randomElement(using: &random)!,
                    laneID: map.lanes.randomElement(using: &random)?.id ?? "l0", stepID: stage.steps.first.map(\.id),
                    text: text(),
                    detail: maybe { $0.text() }, personaIDs: map.personas.isEmpty ? [] : ["p0"], tags: [text()],
                    links: maybe { [Link("https://example.com/\($0.text())", title: $0.maybe { $0.text() })] } ?? [],
                    channel: maybe { $0.pick(Channel.knownValues) }, severity: maybe { $0.pick(Severity.allCases) },
                    priority: maybe { $0.pick(Priority.allCases) }, owner: maybe { $0.text() },
                    contentType: maybe { $0.pick(ContentType.knownValues) }, activities: activities(),
                    extensions: extensions())
                if Bool.random(using: &random) { item.score = score() }
                if Bool.random(using: &random) {
                    item.metric = Metric(
                        kind: maybe { $0.pick(MetricKind.knownValues) }, value: maybe { $0.number() },
                        target: maybe { $0.number() }, unit: maybe { $0.text() })
                    item.metric?.direction = direction()
                }
                stage.items.append(item)
            }
            map.stages.append(stage)
        }
        if map.stages.count > 1 {
            map.transitions.append(
                Transition(
                    id: "t1", from: "s1", to: "s0", label: maybe { $0.text() }, personaIDs: [], extensions: extensions()
                ))
        }
        map.extensions = extensions()
        return map
    }
}
