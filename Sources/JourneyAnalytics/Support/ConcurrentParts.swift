import Foundation

/// Splits `count` items into parts, runs `body` on each part on every core, and returns the parts'
/// results in part order, so that adding them up gives the same result whatever ran first.
///
/// - Parameters:
///   - parts: how many parts; 1 runs on the calling thread's pace.
///   - body: the result of one range of items.
func concurrentParts<Value: Sendable>(
    of count: Int, parts: Int, _ body: @Sendable (Range<Int>) -> Value
) -> [Value] {
    let parts = max(1, parts)
    let results = PartResults<Value>(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
        results.set(part, body((count * part / parts)..<(count * (part + 1) / parts)))
    }
    return results.values
}

/// Results of the parts of a concurrent loop, each set once by its own iteration.
private final class PartResults<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
