import BenchmarkHarness
import Foundation
import JourneyKit

// `journey analyze` on a generated event log of 10,000,000 events (6 stages, 4 activities each, 5 %
// of events of activities the map does not bind, 2–30 events per customer, customers interleaved),
// as CSV and as JSON lines, side by side with DuckDB running `journey analyze --sql duckdb`'s query
// on the same CSV; events per second and peak memory of each process; and the stage inference's
// fit on the first million events.
//
// swift build -c release --product journey   # the tool measured, from the package root
// swift run -c release --package-path Benchmarks analytics-benchmarks [events] [folder]

let arguments = Array(CommandLine.arguments.dropFirst())
let eventCount = arguments.first.flatMap(Int.init) ?? 10_000_000
let folder = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : NSTemporaryDirectory())
    .appendingPathComponent("journeykit-analytics-\(eventCount)")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let journey = packageRoot.appendingPathComponent(".build/release/journey").path
let runs = 3

let parameters = StageModelParameters.journey(stageCount: 6, stay: 0.75, forward: 0.2, back: 0.05, noise: 0.1)
let generator = SyntheticJourneys(
    parameters: parameters, units: max(1, eventCount / 16), eventsPerUnit: 2...30, unboundRate: 0.05, seed: 7)

/// Writes the map (a grid CSV with an Events row), the log as CSV and as JSON lines, once.
func writeInputs() throws -> Int {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let binding = generator.binding
    var cells = Array(repeating: [String](), count: binding.stages.count)
    for (activity, stage) in zip(binding.activities, binding.activityStages) { cells[stage].append(activity) }
    let map =
        "Lane," + binding.stages.map(\.name).joined(separator: ",") + "\nEvents,"
        + cells.map { "\"" + $0.joined(separator: "\n") + "\"" }.joined(separator: ",") + "\n"
    try Data(map.utf8).write(to: folder.appendingPathComponent("map.csv"))
    let csvURL = folder.appendingPathComponent("events.csv")
    let jsonURL = folder.appendingPathComponent("events.jsonl")
    if FileManager.default.fileExists(atPath: jsonURL.path) {
        return (try? FileManager.default.attributesOfItem(atPath: csvURL.path)[.size] as? Int) ?? 0
    }
    let csv = try BufferedFile(csvURL)
    let json = try BufferedFile(jsonURL)
    csv.write("ts,customer,activity\n")
    var written = 0
    _ = generator.generate { event in
        guard written < eventCount else { return }
        written += 1
        let time = isoTime(event.timestamp)
        csv.write("\(time),\(event.customer),\(event.activity)\n")
        json.write("{\"ts\":\"\(time)\",\"customer\":\"\(event.customer)\",\"activity\":\"\(event.activity)\"}\n")
    }
    try csv.close()
    try json.close()
    return (try? FileManager.default.attributesOfItem(atPath: csvURL.path)[.size] as? Int) ?? 0
}

/// Whole seconds as `2026-01-01T00:00:00Z`.
func isoTime(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.down))
    let days = whole / 86_400
    let rest = whole % 86_400
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
}

/// A file written through a 1 MiB buffer.
final class BufferedFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 {
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func close() throws {
        handle.write(Data(buffer))
        try handle.close()
    }
}

/// The peak resident memory of a command, with GNU time.
func peakMemory(of executable: String, _ arguments: [String]) -> Int? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", executable] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let output = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let last = String(decoding: output, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    return Int(last).map { $0 * 1024 }
}

guard FileManager.default.isExecutableFile(atPath: journey) else {
    print("error: build the tool first: swift build -c release --product journey (looked for \(journey))")
    exit(1)
}
let bytes = try writeInputs()
let map = folder.appendingPathComponent("map.csv").path
let csv = folder.appendingPathComponent("events.csv").path
let jsonl = folder.appendingPathComponent("events.jsonl").path
let query = StageSQL(binding: try StageBinding(map: JourneyMap(contentsOf: URL(fileURLWithPath: map))), dialect: .duckdb)
    .query
let duckdbScript = """
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    con.execute("CREATE VIEW events AS SELECT * FROM read_csv('\(csv)', header=true, \
    columns={'ts': 'TIMESTAMP', 'customer': 'VARCHAR', 'activity': 'VARCHAR'})")
    con.execute(open('\(folder.path)/query.sql').read()).fetchall()
    """
try Data(query.utf8).write(to: folder.appendingPathComponent("query.sql"))
print("# \(eventCount) events, \(generator.units) customers; CSV \(mebibytes(bytes)); \(runs) runs, medians")
var commands = [
    Command("journey analyze (CSV)", journey, ["analyze", map, csv, "-q"]),
    Command("journey analyze (JSON lines)", journey, ["analyze", map, jsonl, "-q"]),
]
// The python3 on the PATH: the one `pip install duckdb` installs into.
let hasDuckDB = measureCommands([Command("duckdb", "/usr/bin/env", ["python3", "-c", "import duckdb"])], runs: 0) != nil
if hasDuckDB {
    commands.append(Command("DuckDB, the --sql query on the CSV", "/usr/bin/env", ["python3", "-c", duckdbScript]))
}
guard let timings = measureCommands(commands, runs: runs) else {
    print("error: a command failed")
    exit(1)
}
for (command, timing) in zip(commands, timings) {
    let memory = peakMemory(of: command.executable, command.arguments).map(mebibytes) ?? "?"
    let rate = Double(eventCount) / timing.median
    print(
        "\(command.name): \(String(format: "%.2f", timing.median)) s, "
            + "\(String(format: "%.0f", rate)) events/s, peak \(memory)")
}
if !hasDuckDB { print("(DuckDB not measured: python3 -m pip install duckdb)") }

// The stage inference's fit, in this process, on the first million events.
var inference = StageInference(binding: generator.binding)
var added = 0
_ = generator.generate { event in
    guard added < min(eventCount, 1_000_000) else { return }
    added += 1
    inference.add(event)
}
let start = ContinuousClock.now
let fitted = inference.fit()
let seconds = (ContinuousClock.now - start) / .seconds(1)
print(
    "stage inference: fit on \(added) events in \(String(format: "%.2f", seconds)) s "
        + "(\(fitted.iterations) iterations, \(String(format: "%.0f", Double(added) / seconds)) events/s)")
