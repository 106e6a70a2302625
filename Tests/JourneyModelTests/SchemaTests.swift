import Foundation
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Schema")
struct SchemaTests {
    @Test func convertsScoresFromOtherScales() {
        #expect(EmotionScore(1, onScale: 1...5).value == -2)
        #expect(EmotionScore(3, onScale: 1...5).value == 0)
        #expect(EmotionScore(5, onScale: 1...5).value == 2)
        #expect(EmotionScore(7.5, onScale: 0...10).value == 1)
        #expect(EmotionScore(4, onScale: 1...5).source == SourceScore(value: 4, minimum: 1, maximum: 5))
        #expect(EmotionScore(1, onScale: 3...3).value == 0)
    }

    @Test func viewsItemsAsTypedItems() throws {
        let map = SampleMaps.everyField
        #expect(map.items(of: Touchpoint.self).map(\.channel) == [.web, Channel("trade fair")])
        #expect(map.items(of: KPI.self).map(\.metric.value) == [1.5, 30])
        #expect(map.items(of: Emotion.self).map(\.score.value) == [1, -1.25])
        #expect(map.items(of: PainPoint.self).first?.severity == .high)
        #expect(Action(item: map.allItems.first { $0.kind == .touchpoint }!) == nil)
        var emotion = try #require(map.items(of: Emotion.self).first)
        emotion.score = EmotionScore(2)
        emotion.text = "Delighted"
        #expect(emotion.item.score?.value == 2 && emotion.item.text == "Delighted")
    }

    @Test func tellsBackwardTransitions() {
        let map = JourneyMap(title: "Loops") {
            Stage("A") {
                Step("A1")
                Step("A2")
            }
            Stage("B")
        }
        #expect(map.isBackward(Transition(from: "b", to: "a")))
        #expect(!map.isBackward(Transition(from: "a", to: "b")))
        #expect(map.isBackward(Transition(from: "a2", to: "a1")))
        #expect(!map.isBackward(Transition(from: "a1", to: "a2")))
        #expect(map.isBackward(Transition(from: "b", to: "a1")))
        #expect(!map.isBackward(Transition(from: "b", to: "unknown")))
    }

    @Test func readsLinkSchemes() {
        #expect(Link("HTTPS://example.com").scheme == "https")
        #expect(Link("HTTPS://example.com").isSafe)
        #expect(Link("mailto:a@b.c").isSafe)
        #expect(!Link("javascript:alert(1)").isSafe)
        #expect(!Link(" javascript:alert(1)").isSafe)
        #expect(Link("/relative/path").scheme == nil)
        #expect(Link("1http://x").scheme == nil)
    }

    @Test func keepsExtensionDataSortedAndDropsEmptyNamespaces() {
        var data = ExtensionData()
        data["b", "2"] = "x"
        data["a", "9"] = "y"
        data["a", "1"] = "z"
        #expect(data.sortedEntries.map { "\($0.namespace):\($0.key)=\($0.value)" } == ["a:1=z", "a:9=y", "b:2=x"])
        data["b", "2"] = nil
        #expect(data.namespaces.keys.sorted() == ["a"])
        #expect(!data.isEmpty)
    }

    @Test func mergesExtensionDataWithTheLastValueWinning() {
        var data = ExtensionData()
        data["drawio", "style"] = "old"
        data.merge([
            ("journeykit.import", "spans", "a b"), ("drawio", "style", "first"), ("drawio", "id", "c1"),
            ("drawio", "style", "last"), ("drawio", "attribute.role", "Buyer"),
        ])
        #expect(
            data.sortedEntries.map { "\($0.namespace):\($0.key)=\($0.value)" } == [
                "drawio:attribute.role=Buyer", "drawio:id=c1", "drawio:style=last", "journeykit.import:spans=a b",
            ])
        // In order after what is there: appended as given.
        data.merge([("zeta", "a", "1"), ("zeta", "b", "2")])
        #expect(data["zeta", "b"] == "2")
        #expect(data["drawio", "missing"] == nil)
        // Namespace and key are two things: "ab" + "c" is not "a" + "bc".
        var split = ExtensionData()
        split["ab", "c"] = "1"
        split["a", "bc"] = "2"
        #expect(split["ab", "c"] == "1" && split["a", "bc"] == "2")
        #expect(split.sortedEntries.map(\.namespace) == ["a", "ab"])
    }

    @Test func extensionDataIsEqualWhateverTheOrderItWasFilledIn() {
        var forwards = ExtensionData()
        var backwards = ExtensionData()
        let entries = (0..<300).map { ("ns\($0 % 7)", "key-\($0)", "value \($0)") }
        for entry in entries { forwards[entry.0, entry.1] = entry.2 }
        for entry in entries.reversed() { backwards[entry.0, entry.1] = entry.2 }
        var merged = ExtensionData()
        merged.merge(entries.shuffled().map { (namespace: $0.0, key: $0.1, value: $0.2) })
        #expect(forwards == backwards && backwards == merged)
        #expect(Set([forwards, backwards, merged]).count == 1)
        #expect(ExtensionData(forwards.namespaces) == forwards)
        for entry in entries { forwards[entry.0, entry.1] = nil }
        #expect(forwards.isEmpty && forwards == ExtensionData())
    }

    @Test(arguments: 0..<10)
    func ordersExtensionKeysByTheirComposedCharacters(seed: Int) {
        // ASCII next to accented letters, written whole or with a joining mark.
        let pieces = ["a", "b", "e", "z", "A", "-", ".", "1", "é", "e\u{301}", "\u{301}", "ß", "日", ""]
        var generator = SeededGenerator(seed: UInt64(seed))
        func piece() -> String { pieces.randomElement(using: &generator)! }
        func composed(_ text: String) -> [UInt32] {
            text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        }
        var data = ExtensionData()
        // Canonically equal texts are one key, as in a dictionary.
        var reference: [String: [String: String]] = [:]
        for number in 0..<200 {
            let namespace = piece() + piece()
            let key = piece() + piece() + piece()
            data[namespace, key] = "\(number)"
            reference[namespace, default: [:]][key] = "\(number)"
        }
        func entry(_ namespace: String, _ key: String, _ value: String) -> [UInt32] {
            composed(namespace) + [0] + composed(key) + [0] + composed(value)
        }
        func precedes(_ first: String, _ second: String) -> Bool {
            composed(first).lexicographicallyPrecedes(composed(second))
        }
        var expected: [[UInt32]] = []
        for namespace in reference.keys.sorted(by: precedes) {
            for key in reference[namespace]!.keys.sorted(by: precedes) {
                expected.append(entry(namespace, key, reference[namespace]![key]!))
            }
        }
        let found = data.sortedEntries.map { entry($0.namespace, $0.key, $0.value) }
        #expect(found == expected)
        for (namespace, values) in reference {
            for (key, value) in values {
                #expect(data[namespace, key] == value)
                #expect(
                    data[namespace.decomposedStringWithCanonicalMapping, key.precomposedStringWithCanonicalMapping]
                        == value)
            }
        }
        #expect(ExtensionData(reference) == data)
    }

    @Test func itemsWithTheSameFieldsAreEqualHoweverTheyWereSet() {
        var edited = Item(kind: .emotion, text: "Curious", score: EmotionScore(1), channel: .web, owner: "Ana")
        edited.score = nil
        edited.channel = nil
        edited.owner = nil
        let plain = Item(kind: .emotion, text: "Curious")
        #expect(edited == plain)
        #expect(Set([edited, plain]).count == 1)
        var full = plain
        full.stepID = "s"
        full.detail = "d"
        full.personaIDs = ["p"]
        full.tags = ["t"]
        full.links = [Link("https://example.com")]
        full.score = EmotionScore(-1)
        full.channel = .email
        full.severity = .high
        full.priority = .low
        full.owner = "o"
        full.metric = Metric(kind: .conversionRate, value: 1, target: 2, unit: "%")
        full.contentType = .video
        full.activities = ["pricing_view"]
        let built = Item(
            kind: .emotion, stepID: "s", text: "Curious", detail: "d", personaIDs: ["p"], tags: ["t"],
            links: [Link("https://example.com")], score: EmotionScore(-1), channel: .email, severity: .high,
            priority: .low, owner: "o", metric: Metric(kind: .conversionRate, value: 1, target: 2, unit: "%"),
            contentType: .video, activities: ["pricing_view"])
        #expect(full == built)
        var cleared = full
        cleared.activities = []
        #expect(cleared != full && cleared.activities.isEmpty)
        #expect(full.metric?.target == 2 && full.contentType == .video && full.score?.value == -1)
        #expect(full != plain)
    }

    @Test func openVocabulariesAcceptCustomValues() {
        let custom: Channel = "trade fair"
        #expect(!custom.isKnown)
        #expect(Channel.salesRep.isKnown)
        #expect(LaneKind.painPoints.defaultItemKind == .painPoint)
        #expect(ItemKind.keyMoment.defaultLane == .opportunities)
        #expect(LaneKind("x").defaultTitle == "x")
        #expect(Severity.low < Severity.critical)
    }

    @Test func formatsNumbersShortestAndLossless() {
        #expect(NumberText.format(2) == "2")
        #expect(NumberText.format(-0.5) == "-0.5")
        #expect(NumberText.format(0.1) == "0.1")
        #expect(NumberText.format(-0.0) == "0")
        for value in [1e-7, 1e20, 123456.789, -2.25, Double.ulpOfOne, 1e15, 9_007_199_254_740_992, 0.30000000000000004]
        {
            #expect(NumberText.parse(NumberText.format(value)) == value)
        }
        #expect(NumberText.parse("NaN") == nil)
        #expect(NumberText.parse("INF") == nil)
        #expect(NumberText.parse("abc") == nil)
    }
}
