import Dispatch
import Foundation

/// Work split over the machine's cores.
enum Concurrently {
    /// Applies `transform` to consecutive ranges of `0..<count`, on as many threads as there are
    /// cores, and returns the results in the order of the ranges.
    ///
    /// Counts below `minimumChunk` per core run on the calling thread alone: threads cost more than
    /// they save on small work. The ranges, and so the results, depend on the count and the number
    /// of cores only, never on timing.
    static func map<Result: Sendable>(
        _ count: Int, minimumChunk: Int = 2048, _ transform: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount, max(1, count / minimumChunk))
        guard chunks > 1 else { return [transform(0..<count)] }
        let slots = Slots<Result>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            slots.set(chunk, transform(count * chunk / chunks..<count * (chunk + 1) / chunks))
        }
        return slots.results
    }

    /// One result per chunk, each written by one thread only and read once all have finished.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ result: Result) { buffer[index] = result }

        var results: [Result] { buffer.map { $0! } }
    }
}
