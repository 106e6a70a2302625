/// A small, fast, seeded random number generator: the same seed gives the same numbers everywhere.
///
/// SplitMix64 (Steele, Lea and Flood, 2014) as Java's `SplittableRandom` and many test generators
/// use it. The system generator cannot be seeded, and the standard library's seeded helpers such as
/// `Int.random(in:using:)` may change how they draw between releases, so the synthetic journeys
/// draw only through the methods here.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<1`, with 53 random bits.
    public mutating func nextFraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An integer in `0..<count` (`count` > 0), by the multiply-high method.
    public mutating func nextIndex(below count: Int) -> Int {
        precondition(count > 0, "nextIndex(below:) needs a positive count")
        return Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// An index drawn with the given weights (non-negative, summing to about 1).
    ///
    /// The last index with a positive weight takes what rounding leaves over.
    public mutating func nextIndex(weights: ArraySlice<Double>) -> Int {
        let target = nextFraction()
        var cumulative = 0.0
        var lastPositive = weights.startIndex
        for index in weights.indices where weights[index] > 0 {
            cumulative += weights[index]
            lastPositive = index
            if target < cumulative { return index - weights.startIndex }
        }
        return lastPositive - weights.startIndex
    }
}
