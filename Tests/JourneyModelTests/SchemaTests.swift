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
