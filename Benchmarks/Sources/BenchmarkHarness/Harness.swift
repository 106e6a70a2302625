import Foundation

/// Timings of one benchmark: every run, in seconds.
public struct Timing: Sendable {
    public var name: String
    public var seconds: [Double]

    /// The median run.
    public var median: Double {
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    public var fastest: Double { seconds.min() ?? 0 }
    public var slowest: Double { seconds.max() ?? 0 }
}

/// Runs `body` once to warm up, then `runs` times, and returns the timings.
public func measure(_ name: String, runs: Int = 11, _ body: () throws -> Void) rethrows -> Timing {
    try body()
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        let duration = ContinuousClock.now - start
        seconds.append(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
    return Timing(name: name, seconds: seconds)
}

/// Runs an external command `runs` times (after one warm-up) and returns the timings; the command's
/// output is discarded. Returns `nil` when the command cannot be started or fails.
public func measureCommand(_ name: String, runs: Int = 11, _ executable: String, _ arguments: [String]) -> Timing? {
    func once() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
    guard once() else { return nil }
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        guard once() else { return nil }
        let duration = ContinuousClock.now - start
        seconds.append(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
    return Timing(name: name, seconds: seconds)
}

/// The peak resident memory of this process so far, in bytes.
public func peakMemory() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
    #else
        return Int(usage.ru_maxrss)
    #endif
}

/// Prints timings as a table: median, fastest, slowest, in milliseconds.
public func report(_ timings: [Timing], title: String) {
    print("## \(title)")
    print("benchmark".padding(toLength: 48, withPad: " ", startingAt: 0) + "    median      fastest     slowest   runs")
    for timing in timings {
        let columns = [timing.median, timing.fastest, timing.slowest].map { String(format: "%9.3f ms", $0 * 1000) }
        print(timing.name.padding(toLength: 48, withPad: " ", startingAt: 0) + columns.joined(separator: "  ") + "   \(timing.seconds.count)")
    }
}

/// Formats a byte count as MiB.
public func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
