import BenchmarkHarness
import Foundation
import JourneyKit

// Canonical XML at 10–100 MB: generated maps of many items, each read and written again by
// `journey convert` and checked by `journey validate` in child processes, side by side in turn with
// `xmllint --format` and `xmllint --noout --schema` on the same file; ratios of the medians and the
// peak memory of each process as a multiple of the file.
//
//   swift build -c release --product journey
//   swift run -c release --package-path Benchmarks xml-benchmarks [megabytes …] [--runs N] [--journey PATH]
//       [--baseline PATH]   (another journey executable, timed in the same rounds: before and after)
//   xml-benchmarks generate MB FILE       (writes the generated map)

/// Lane kinds of the generated map: one lane each, the cards spread over them.
let laneKinds: [LaneKind] = [
    .actions, .thoughts, .emotions, .touchpoints, .painPoints, .opportunities, .measures, .kpis, .content,
    .backstage,
]

let phrases = [
    "Compares the monthly cost of three offers on the comparison site",
    "Asks a colleague whether the service was worth it",
    "Waits for a reply from support & checks the inbox again",
    "Reads the terms and conditions twice before signing the contract",
    "Books an appointment online",
    "Gets a confirmation email with the wrong date and has to call",
]

/// One card of the generated map, with the fields its lane's kind uses and source data kept as an
/// extension (as imported drawings keep theirs).
func card(_ number: Int, stage: Int, lane: LaneKind, personas: [Persona]) -> Item {
    var item = Item(
        id: "i\(number)", kind: lane.defaultItemKind, laneID: lane.rawValue,
        text: phrases[(number + stage) % phrases.count])
    switch lane {
    case .emotions:
        item.score = EmotionScore(Double(number % 5) - 2)
        item.personaIDs = [personas[number % personas.count].id]
    case .touchpoints: item.channel = Channel.knownValues[number % Channel.knownValues.count]
    case .painPoints: item.severity = .high
    case .opportunities: item.priority = .medium
    case .kpis: item.metric = Metric(kind: .conversionRate, value: 3.1, target: 5, unit: "%")
    case .content: item.links = [Link("https://example.com/guide/\(number)", title: "Guide")]
    case .measures, .backstage: item.owner = "Customer experience team"
    default: break
    }
    if number % 3 == 0 { item.tags = ["online", "week \(number % 52 + 1)"] }
    if number % 4 == 0 { item.detail = "Seen in \(number % 17 + 3) of the interviews." }
    item.extensions["com.example.source", "shape"] = "cell-\(number)"
    return item
}

/// About how many bytes of XML one card of the generated map takes.
let bytesPerCard = 298

/// A map of about `megabytes` MB of canonical XML: ten lanes, stages of 200 cards each.
func makeMap(megabytes: Int) -> JourneyMap {
    let personas = [
        Persona(id: "anna", name: "Anna Keller", role: "First-time buyer"),
        Persona(id: "jonas", name: "Jonas Brandt", role: "Co-signer"),
    ]
    let cards = megabytes * 1_000_000 / bytesPerCard
    let perStage = 200
    var stages: [Stage] = []
    var number = 0
    for stageIndex in 0..<max(1, cards / perStage) {
        var items: [Item] = []
        items.reserveCapacity(perStage)
        for _ in 0..<perStage {
            number += 1
            items.append(card(number, stage: stageIndex, lane: laneKinds[number % laneKinds.count], personas: personas))
        }
        stages.append(Stage(id: "s\(stageIndex)", name: "Stage \(stageIndex + 1)", goal: "Get things done", items: items))
    }
    var map = JourneyMap(
        id: "benchmark", title: "Benchmark map", summary: "A generated map.", personas: personas, stages: stages,
        lanes: laneKinds.map { Lane(kind: $0) },
        transitions: [Transition(id: "back", from: "s1", to: "s0", label: "Starts over")])
    map.metadata = ["generator": "xml-benchmarks", "cards": String(number)]
    return map
}

func generate(megabytes: Int, to url: URL) throws {
    try makeMap(megabytes: megabytes).export(as: .xml).write(to: url)
}

func fileSize(_ url: URL) -> Int { (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 }

func median(_ values: [Int]) -> Int { values.sorted()[values.count / 2] }

let arguments = CommandLine.arguments
if arguments.count >= 4 && arguments[1] == "generate", let megabytes = Int(arguments[2]) {
    let url = URL(fileURLWithPath: arguments[3])
    try generate(megabytes: megabytes, to: url)
    print("\(url.path): \(mebibytes(fileSize(url)))")
    exit(0)
}

var sizes: [Int] = []
var runs = 3
var journey = FileManager.default.currentDirectoryPath + "/.build/release/journey"
var baseline: String?
var index = 1
while index < arguments.count {
    switch arguments[index] {
    case "--runs":
        index += 1
        runs = Int(arguments[index]) ?? runs
    case "--journey":
        index += 1
        journey = arguments[index]
    case "--baseline":
        index += 1
        baseline = arguments[index]
    default:
        if let size = Int(arguments[index]) { sizes.append(size) }
    }
    index += 1
}
if sizes.isEmpty { sizes = [10, 50, 100] }
guard FileManager.default.isExecutableFile(atPath: journey) else {
    print("no journey executable at \(journey): swift build -c release --product journey, or pass --journey PATH")
    exit(1)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-xml-benchmark")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let schema = folder.appendingPathComponent("journey-map-1.xsd")
try Data(JourneyXMLSchema.source.utf8).write(to: schema)

for megabytes in sizes {
    let input = folder.appendingPathComponent("map-\(megabytes)mb.journey.xml")
    // Generated by a child process: Linux counts the parent's peak memory at the moment it starts
    // a child into the child's, so the parent must never hold a large map.
    guard Command("generate", CommandLine.arguments[0], ["generate", "\(megabytes)", input.path]).runMeasuringPeak() != nil
    else {
        print("could not generate \(input.path)")
        exit(1)
    }
    let size = fileSize(input)
    let output = folder.appendingPathComponent("out.journey.xml").path
    let formatted = folder.appendingPathComponent("formatted.xml").path
    var commands = [
        Command("xmllint --format", "/usr/bin/xmllint", ["--format", input.path, "--output", formatted]),
        Command("journey convert (XML to XML)", journey, ["convert", input.path, output]),
        Command("xmllint --noout --schema", "/usr/bin/xmllint", ["--noout", "--schema", schema.path, input.path]),
        Command("journey validate", journey, ["validate", input.path]),
        Command("xmllint --stream --noout --schema", "/usr/bin/xmllint", ["--stream", "--noout", "--schema", schema.path, input.path]),
    ]
    if let baseline {
        commands.append(Command("baseline journey convert", baseline, ["convert", input.path, output]))
        commands.append(Command("baseline journey validate", baseline, ["validate", input.path]))
    }
    guard let timings = measureCommands(commands, runs: runs) else {
        print("a command failed (xmllint: apt-get install libxml2-utils)")
        exit(1)
    }
    let cards = makeMapCards(megabytes: megabytes)
    report(timings, title: "canonical XML, \(mebibytes(size)), \(cards) cards (\(runs) runs each, in turn)")
    for timing in timings {
        let peak = median(timing.peakBytes)
        print(
            timing.name.padding(toLength: 48, withPad: " ", startingAt: 0)
                + String(format: "peak %@ = %.2f × the file", mebibytes(peak), Double(peak) / Double(size)))
    }
    let same = FileManager.default.contentsEqual(atPath: input.path, andPath: output)
    print(String(format: "ratio convert / xmllint --format (medians): %.2f (target ≤ 1.5)", timings[1].median / timings[0].median))
    print(String(format: "ratio validate / xmllint --schema (medians): %.2f", timings[3].median / timings[2].median))
    if baseline != nil {
        print(String(format: "baseline convert / xmllint --format: %.2f; baseline validate / xmllint --schema: %.2f",
            timings[5].median / timings[0].median, timings[6].median / timings[2].median))
    }
    print("convert wrote the same bytes it read: \(same)")
    try? FileManager.default.removeItem(at: input)
}
try? FileManager.default.removeItem(at: folder)

func makeMapCards(megabytes: Int) -> Int { max(1, megabytes * 1_000_000 / bytesPerCard / 200) * 200 }
