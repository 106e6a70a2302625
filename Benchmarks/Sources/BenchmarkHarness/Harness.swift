import Foundation

/// Timings of one benchmark: every run, in seconds.
public struct Timing: Sendable {
    public var name: String
    public var seconds: [Double]
    /// The peak resident memory of each run of an external command, in bytes (empty in-process).
    public var peakBytes: [Int] = []

    public init(name: String, seconds: [Double], peakBytes: [Int] = []) {
        self.name = name
        self.seconds = seconds
        self.peakBytes = peakBytes
    }

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

/// An external command to time: its name in the report, the executable and its arguments.
public struct Command: Sendable {
    public var name: String
    public var executable: String
    public var arguments: [String]

    public init(_ name: String, _ executable: String, _ arguments: [String]) {
        self.name = name
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the command once, its output discarded; `false` when it cannot start or fails.
    ///
    /// Started with `posix_spawn` and waited for with `waitpid`, so that the time taken is the
    /// process's own: Foundation's `Process` notices the end of a child only at its next poll.
    func run() -> Bool { runMeasuringPeak() != nil }

    /// Runs the command once, its output discarded, and returns its peak resident memory in bytes;
    /// `nil` when it cannot start or fails.
    public func runMeasuringPeak() -> Int? {
        var arguments = ([executable] + self.arguments).map { strdup($0) }
        arguments.append(nil)
        defer { for argument in arguments { free(argument) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, arguments, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { return nil }
        }
        guard status == 0 else { return nil }
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }
}

/// Runs an external command `runs` times (after one warm-up) and returns the timings; the command's
/// output is discarded. Returns `nil` when the command cannot be started or fails.
public func measureCommand(_ name: String, runs: Int = 11, _ executable: String, _ arguments: [String]) -> Timing? {
    measureCommands([Command(name, executable, arguments)], runs: runs)?.first
}

/// Runs commands in turn, `runs` rounds (after one warm-up round), so that a machine that gets
/// busier or quieter on the way weighs on all of them alike; returns their timings in order, or
/// `nil` when one cannot be started or fails.
public func measureCommands(_ commands: [Command], runs: Int = 11) -> [Timing]? {
    guard commands.allSatisfy({ $0.run() }) else { return nil }
    var timings = commands.map { Timing(name: $0.name, seconds: []) }
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() {
            let start = ContinuousClock.now
            guard let peak = command.runMeasuringPeak() else { return nil }
            let duration = ContinuousClock.now - start
            timings[index].seconds.append(
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
            timings[index].peakBytes.append(peak)
        }
    }
    return timings
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
