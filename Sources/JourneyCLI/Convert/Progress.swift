import Foundation

/// What a folder conversion shows while it runs, on standard error.
///
/// On a terminal, a bar redrawn in place (count, rate, the file being read), with each input's
/// messages printed above it; otherwise, or with `--quiet`, plain lines: a line per input converted
/// (none with `--quiet`) after its messages. Inputs are reported in the order of the plan, whatever
/// order they end in, so that the same run prints the same lines. Called from several threads.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let quiet: Bool
    private let drawsBar: Bool
    private let start = Date()
    private var done = 0
    private var failed = 0
    private var current = ""
    /// Inputs that ended before one listed earlier, by index, waiting to be printed.
    private var waiting: [Int: (lines: [String], result: String?)] = [:]
    private var nextToPrint = 0

    init(total: Int, quiet: Bool, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.quiet = quiet
        drawsBar = terminal && !quiet && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// An input is being read.
    func started(_ input: String) {
        lock.withLock {
            current = input
            if drawsBar { drawBar() }
        }
    }

    /// The input at `index` in the plan is done: its messages, and the line saying what it became
    /// (`maps/a.xml → out/a.svg`), left out with `--quiet`.
    func finished(_ index: Int, lines: [String], result: String?, failed didFail: Bool) {
        lock.withLock {
            done += 1
            if didFail { failed += 1 }
            waiting[index] = (lines, result)
            if drawsBar { clearBar() }
            while let next = waiting.removeValue(forKey: nextToPrint) {
                for line in next.lines { StandardError.print(line) }
                if !quiet && !drawsBar, let result = next.result { StandardError.print(result) }
                nextToPrint += 1
            }
            if drawsBar { drawBar() }
        }
    }

    /// Removes the bar and prints the summary (with `--quiet`, only when `always`).
    func close(summary: String, always: Bool) {
        lock.withLock {
            if drawsBar { clearBar() }
            if !quiet || always { StandardError.print(summary) }
        }
    }

    private func clearBar() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func drawBar() {
        let width = 24
        let filled = total == 0 ? width : done * width / total
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "\r\u{1B}[2K[" + String(repeating: "#", count: filled)
        line += String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        if failed > 0 { line += " (\(failed) failed)" }
        line += " " + String(format: "%.1f/s", rate) + " " + current
        FileHandle.standardError.write(Data(String(line.prefix(Self.columns() + 5)).utf8))
    }

    /// The terminal's width, 80 when it cannot be told.
    private static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// What a single conversion of a large input is doing (reading, writing), on a terminal's last
/// line, replaced as it goes and cleared at the end: a drawing of many megabytes takes seconds.
struct StatusLine {
    /// Inputs from this size on (in bytes) show their phases.
    static let largeInput = 4 << 20

    let showing: Bool
    private let start = Date()

    init(showing: Bool, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.showing = showing && terminal && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Whether the file is large enough for its phases to be shown.
    static func isLarge(_ path: String) -> Bool {
        guard path != "-", let status = FileStatus(path: path) else { return false }
        return status.size >= largeInput
    }

    func show(_ phase: String) {
        guard showing else { return }
        let seconds = String(format: "%.1f s", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\u{1B}[2Kjourney: \(phase)\u{2026} (\(seconds))".utf8))
    }

    func clear() {
        guard showing else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
