/// Identifiers made unique within a map as a reader gives them out: a base that is taken gets `-2`,
/// `-3`, … appended, the smallest number not yet used.
///
/// The next number to try is kept per base, so that a name repeated thousands of times (a lane band
/// repeated down a tall drawing, a CSV with one header per row) costs the same per identifier as a
/// name used once. The identifiers given out are exactly those a search from `-2` upwards gives:
/// every number below the kept one is taken, and taken identifiers stay taken.
package struct IdentifierPool: Sendable {
    private var used: Set<String>
    private var nextNumber: [String: Int] = [:]
    /// How many identifiers were tried so far: one per request, plus one per taken number passed
    /// (for tests that count the work).
    package private(set) var probes = 0

    /// A pool in which `used` are already taken.
    package init(used: Set<String> = []) { self.used = used }

    /// Whether an identifier has been given out or was taken from the start.
    package func contains(_ identifier: String) -> Bool { used.contains(identifier) }

    /// Marks an identifier as taken without changing it; returns whether it was free.
    @discardableResult
    package mutating func insert(_ identifier: String) -> Bool { used.insert(identifier).inserted }

    /// `base`, or `base-2`, `base-3`, … whichever is free first; marks it taken.
    package mutating func unique(_ base: String) -> String {
        probes += 1
        guard used.contains(base) else {
            used.insert(base)
            return base
        }
        var number = nextNumber[base] ?? 2
        var candidate = "\(base)-\(number)"
        probes += 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
            probes += 1
        }
        nextNumber[base] = number + 1
        used.insert(candidate)
        return candidate
    }

    /// A new identifier made from a name: its slug (``Identifiers/slug(_:fallback:)``), made unique.
    package mutating func make(from name: String, fallback: String) -> String {
        unique(Identifiers.slug(name, fallback: fallback))
    }
}
