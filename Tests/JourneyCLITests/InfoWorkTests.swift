import JourneyKit
import Testing

@testable import JourneyCLI

/// `journey info` goes through the items once, however many lanes: counted, not timed.
@Suite("journey info: work per item")
struct InfoWorkTests {
    /// The items, counting how many are handed out.
    final class Counting: Sequence {
        let items: [Item]
        private(set) var handedOut = 0

        init(_ items: [Item]) { self.items = items }

        func makeIterator() -> AnyIterator<Item> {
            var index = 0
            return AnyIterator {
                guard index < self.items.count else { return nil }
                defer { index += 1 }
                self.handedOut += 1
                return self.items[index]
            }
        }
    }

    @Test func countsTheItemsOfThousandsOfLanesInOnePass() {
        let lanes = (0..<3_000).map { Lane(id: "l\($0)", kind: .actions, title: "Lane \($0)") }
        let items = (0..<6_000).map { Item(id: "i\($0)", kind: .action, laneID: "l\($0 % 3_000)", text: "Card") }
        let map = JourneyMap(id: "tall", title: "Tall", stages: [Stage(id: "s", name: "S", items: items)], lanes: lanes)
        let counting = Counting(map.allItems)
        let text = InfoCommand.describe(map, items: counting)
        #expect(counting.handedOut == 6_000)
        #expect(text.contains("3000 lanes") && text.contains("6000 items"))
        #expect(text.contains("  l2999: Lane 2999 [actions] (2 items)"))
        #expect(text == InfoCommand.describe(map))
    }
}
