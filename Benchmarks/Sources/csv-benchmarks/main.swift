import BenchmarkHarness
import Foundation
import JourneyKit

// Reading and writing a long-layout CSV of 1,000,000 item rows, in rows per second, and the peak
// memory of a process that only reads the file (streamed, and from a Data).
//
// swift run -c release --package-path Benchmarks csv-benchmarks [rows]

let arguments = Array(CommandLine.arguments.dropFirst())
let runs = 5

/// The peak resident memory of this process image, in bytes, from `VmHWM` (Linux).
///
/// Unlike `getrusage`, whose maximum a child inherits from its parent, this starts afresh at exec.
func highWaterMark() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return peakMemory() }
    return kilobytes * 1024
}

// A child run measures the peak memory of one read alone: `--peak-memory stream|data FILE`.
if arguments.first == "--peak-memory", arguments.count == 3 {
    let url = URL(fileURLWithPath: arguments[2])
    let baseline = highWaterMark()
    let items: Int
    if arguments[1] == "stream" {
        items = try JourneyCSVFormat().read(contentsOf: url).map.itemCount
    } else {
        items = try JourneyCSVFormat().read(Data(contentsOf: url), file: url.path).map.itemCount
    }
    print(items, baseline, highWaterMark())
    exit(0)
}

let rowCount = arguments.first.flatMap(Int.init) ?? 1_000_000

extension JourneyMap {
    /// The number of items, without copying them as `allItems` does.
    var itemCount: Int { stages.reduce(0) { $0 + $1.items.count } }
}

/// A map with `rows` items spread over ten stages and five lanes, with the fields analysts use.
func makeMap(rows: Int) -> JourneyMap {
    let lanes: [Lane] = [
        Lane(kind: .actions), Lane(kind: .emotions), Lane(kind: .touchpoints), Lane(kind: .painPoints),
        Lane(kind: .kpis),
    ]
    var map = JourneyMap(id: "benchmark", title: "A million items", kind: .b2c, lanes: lanes)
    map.personas = [Persona(id: "anna", name: "Anna"), Persona(id: "ben", name: "Ben")]
    let perStage = rows / 10
    for stageIndex in 0..<10 {
        var stage = Stage(id: "stage-\(stageIndex)", name: "Stage \(stageIndex)")
        stage.items.reserveCapacity(perStage)
        for index in 0..<(stageIndex == 9 ? rows - 9 * perStage : perStage) {
            let number = stageIndex * perStage + index
            var item: Item
            switch number % 5 {
            case 0:
                item = Item(kind: .action, laneID: "actions", text: "Compares offer \(number), then calls the dealer")
            case 1:
                item = Item(
                    kind: .emotion, laneID: "emotions", text: "Curious", personaIDs: ["anna"],
                    score: EmotionScore(Double(number % 5 - 2)))
            case 2: item = Item(kind: .touchpoint, laneID: "touchpoints", text: "Website", channel: .web)
            case 3:
                item = Item(
                    kind: .painPoint, laneID: "pain-points", text: "Prices are \"hard\" to compare, \(number)",
                    tags: ["pricing", "web"], severity: .high)
            default:
                item = Item(
                    kind: .kpi, laneID: "kpis", text: "Conversion",
                    metric: Metric(kind: .conversionRate, value: Double(number % 100) / 10, target: 12, unit: "%"))
            }
            item.id = "item-\(number)"
            stage.items.append(item)
        }
        map.stages.append(stage)
    }
    return map
}

print("Generating a map with \(rowCount) items…")
let map = makeMap(rows: rowCount)
let format = JourneyCSVFormat()

var data = Data()
let write = try measure("write long CSV (\(rowCount) rows)", runs: runs) { data = try format.write(map) }
let megabytes = Double(data.count) / 1_048_576

let file = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-csv-benchmark.csv")
try data.write(to: file)
defer { try? FileManager.default.removeItem(at: file) }

var itemsRead = 0
let read = try measure("read long CSV from memory", runs: runs) {
    itemsRead = try format.read(data, file: "benchmark.csv").map.itemCount
}
precondition(itemsRead == rowCount, "read \(itemsRead) items, expected \(rowCount)")
let readStream = try measure("read long CSV from a file, streamed", runs: runs) {
    itemsRead = try format.read(contentsOf: file).map.itemCount
}
precondition(itemsRead == rowCount, "read \(itemsRead) items, expected \(rowCount)")

report(
    [write, read, readStream], title: "CSV, long layout, \(rowCount) rows, \(String(format: "%.1f", megabytes)) MiB")
print("")
for timing in [write, read, readStream] {
    let rate = Double(rowCount) / timing.median
    let throughput = megabytes / timing.median
    print(
        timing.name.padding(toLength: 48, withPad: " ", startingAt: 0)
            + String(format: "%12.0f rows/s  %7.1f MiB/s", rate, throughput))
}

// Memory: the peak of a process that only reads the file, streamed and from a Data.
func peakOfRead(_ mode: String) -> (items: Int, baseline: Int, peak: Int)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--peak-memory", mode, file.path]
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    guard process.terminationStatus == 0, numbers.count == 3 else { return nil }
    return (numbers[0], numbers[1], numbers[2])
}

print("")
print("file size                                      \(mebibytes(data.count))")
for mode in ["stream", "data"] {
    guard let result = peakOfRead(mode) else {
        print("peak memory of a read (\(mode)): could not be measured")
        continue
    }
    precondition(result.items == rowCount, "read \(result.items) items, expected \(rowCount)")
    let label =
        mode == "stream" ? "peak memory, streamed read of the file" : "peak memory, read from a Data of the file"
    print(
        label.padding(toLength: 47, withPad: " ", startingAt: 0)
            + "\(mebibytes(result.peak)) (process start: \(mebibytes(result.baseline)))")
}
print("peak memory of this benchmark                  \(mebibytes(peakMemory()))")
