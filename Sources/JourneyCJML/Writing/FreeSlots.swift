/// Slots `0..<count`, each free until taken, with the nearest free one on either side of a slot
/// found in near-constant time (two disjoint-set forests with path halving).
struct FreeSlots {
    /// For each slot, a slot at or before it that may be free; `-1` stands for none.
    private var left: [Int]
    /// For each slot, a slot at or after it that may be free; `count` stands for none.
    private var right: [Int]

    init(count: Int) {
        left = Array(0..<count)
        right = Array(0..<count)
    }

    func isFree(_ slot: Int) -> Bool { left[slot] == slot }

    /// Marks a free slot taken.
    mutating func take(_ slot: Int) {
        left[slot] = slot - 1
        right[slot] = slot + 1
    }

    /// The free slot nearest at or before `slot`, if any.
    mutating func last(atOrBefore slot: Int) -> Int? {
        var current = min(slot, left.count - 1)
        while current >= 0, left[current] != current {
            let next = left[current]
            if next >= 0 { left[current] = left[next] }
            current = next
        }
        return current >= 0 ? current : nil
    }

    /// The free slot nearest at or after `slot`, if any.
    mutating func first(atOrAfter slot: Int) -> Int? {
        var current = max(slot, 0)
        while current < right.count, right[current] != current {
            let next = right[current]
            if next < right.count { right[current] = right[next] }
            current = next
        }
        return current < right.count ? current : nil
    }
}
