import Foundation
internal import JourneyKit

/// A conversion into a folder: the plan's jobs run on every core, progress shown as they end, and a
/// closing summary.
struct BatchRun {
    var plan: ConversionPlan
    var settings: ConversionSettings
    var force: Bool

    /// What became of each input, counted for the summary.
    struct Tally {
        var converted = 0
        var skipped = 0
        var failed = 0
        var warnings = 0
        var stale: [String] = []
        /// The exit status of the first input (in the plan's order) that failed.
        var firstFailure: (index: Int, status: Int32)?
    }

    func run() throws {
        let jobs = plan.jobs
        let progress = Progress(total: jobs.count + plan.problems.count, quiet: settings.quiet)
        var tally = Tally()
        for (index, problem) in plan.problems.enumerated() {
            progress.finished(index, lines: [problem.message], result: nil, failed: true)
            tally.failed += 1
            if tally.firstFailure == nil { tally.firstFailure = (index, problem.status) }
        }
        if !settings.check { try createFolders(for: jobs) }
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            var outcome: ConversionOutcome
            if !force && !settings.check && Self.isUpToDate(job) {
                outcome = ConversionOutcome()
                outcome.skipped = true
            } else {
                progress.started(job.input)
                outcome = settings.convert(job)
            }
            results.store(outcome, at: index)
            progress.finished(
                plan.problems.count + index, lines: outcome.messages, result: result(of: job, outcome),
                failed: outcome.failure != nil)
        }
        for (index, outcome) in results.outcomes.enumerated() {
            tally.add(outcome, index: index)
        }
        progress.close(summary: summary(of: tally), always: tally.failed > 0 || !tally.stale.isEmpty)
        if let failure = tally.firstFailure { throw CommandFailure(messages: [], status: failure.status) }
        if !tally.stale.isEmpty {
            throw CommandFailure(
                messages: tally.stale.map { "journey: '\($0)' differs from what its input gives; convert again" },
                status: ExitStatus.invalid)
        }
    }

    /// The line saying what became of an input: the outputs written, or with `--check` whether they
    /// are up to date; none for an input skipped or failed.
    private func result(of job: ConversionJob, _ outcome: ConversionOutcome) -> String? {
        guard outcome.failure == nil, !outcome.skipped else { return nil }
        if settings.check {
            return outcome.stale.isEmpty ? "\(job.input): up to date" : "\(job.input): out of date"
        }
        return "\(job.input) \u{2192} \(outcome.written.joined(separator: ", "))"
    }

    /// Whether every output of the job exists and is newer than its input.
    static func isUpToDate(_ job: ConversionJob) -> Bool {
        guard let input = FileStatus(path: job.input) else { return false }
        return job.targets.allSatisfy { target in FileStatus(path: target.path)?.isAsNew(as: input) ?? false }
    }

    private func createFolders(for jobs: [ConversionJob]) throws {
        let folders = Set(jobs.flatMap { $0.targets.map { ($0.path as NSString).deletingLastPathComponent } })
        for folder in folders.sorted() {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("journey: cannot create the folder '\(folder)'", status: ExitStatus.cannotWrite)
            }
        }
    }

    private func summary(of tally: Tally) -> String {
        var parts = [settings.check ? "\(tally.converted) checked" : "\(tally.converted) converted"]
        if tally.skipped > 0 { parts.append("\(tally.skipped) skipped (up to date)") }
        if !tally.stale.isEmpty { parts.append("\(tally.stale.count) out of date") }
        parts.append("\(tally.failed) failed")
        parts.append("\(tally.warnings) warning\(tally.warnings == 1 ? "" : "s")")
        return "journey: " + parts.joined(separator: ", ")
    }
}

extension BatchRun.Tally {
    mutating func add(_ outcome: ConversionOutcome, index: Int) {
        warnings += outcome.warnings
        if let status = outcome.failure {
            failed += 1
            if firstFailure == nil { firstFailure = (index, status) }
        } else if outcome.skipped {
            skipped += 1
        } else {
            converted += 1
            stale += outcome.stale
        }
    }
}

/// The outcomes of jobs running on several threads, each stored once at its index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ConversionOutcome?]

    init(count: Int) { stored = Array(repeating: nil, count: count) }

    func store(_ outcome: ConversionOutcome, at index: Int) {
        lock.withLock { stored[index] = outcome }
    }

    /// Every outcome, in the jobs' order; call after all jobs ended.
    var outcomes: [ConversionOutcome] { lock.withLock { stored.map { $0 ?? ConversionOutcome() } } }
}
