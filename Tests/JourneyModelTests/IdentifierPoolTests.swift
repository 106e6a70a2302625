import JourneyModel
import JourneyTestSupport
import Testing

/// The identifier pool gives out what a search from `-2` upwards gives, at a cost per identifier
/// that does not grow with how often a name repeats.
@Suite("Identifier pool")
struct IdentifierPoolTests {
    /// The search the pool replaces: the smallest free `base-n`, n ≥ 2.
    private static func naive(_ base: String, _ used: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    @Test func givesWhatASearchFromTwoUpwardsGives() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            var pool = IdentifierPool(used: ["a-3"])
            var used: Set<String> = ["a-3"]
            for _ in 0..<200 {
                // Bases, explicit suffixes and identifiers inserted as they are, mixed.
                let base = ["a", "b", "a-2", "a-4", "b-2"].randomElement(using: &random)!
                if Bool.random(using: &random) {
                    #expect(pool.unique(base) == Self.naive(base, &used))
                } else {
                    #expect(pool.insert(base) == used.insert(base).inserted)
                }
            }
        }
    }

    @Test func aNameRepeatedThousandsOfTimesCostsTheSamePerIdentifier() {
        var pool = IdentifierPool()
        for _ in 0..<5_000 { _ = pool.unique("lane") }
        // The first is free, each later one tries the base and then one number: not all before it.
        #expect(pool.probes == 1 + 2 * 4_999)
        #expect(pool.contains("lane-5000") && !pool.contains("lane-5001"))
    }

    @Test func slugsNamesAndNumbersRepeats() {
        var pool = IdentifierPool(used: ["awareness"])
        #expect(pool.make(from: "Awareness", fallback: "stage") == "awareness-2")
        #expect(pool.make(from: "Awareness", fallback: "stage") == "awareness-3")
        #expect(pool.make(from: "  ", fallback: "stage") == "stage")
        #expect(pool.contains("awareness-3") && !pool.contains("awareness-4"))
    }
}
