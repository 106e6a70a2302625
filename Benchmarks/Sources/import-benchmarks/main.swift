import BenchmarkHarness
import Foundation
import JourneyKit
import JourneyXMLCore

// Import benchmark: a generated 50 MB uncompressed draw.io journey map, imported in a child process
// and parsed by `xmllint --noout` (libxml2's bare parse) on the same file, side by side.
//
//   swift run -c release --package-path Benchmarks import-benchmarks [megabytes]
//   import-benchmarks import FILE       (one import; prints seconds and peak memory)
//   import-benchmarks phases FILE [read] (reading and recognizing timed apart, peak after each)
//   import-benchmarks events FILE       (the event parser alone, with a handler that does nothing)
//   import-benchmarks generate MB FILE   (writes the generated drawing)

let arguments = CommandLine.arguments

/// Writes an uncompressed draw.io file of about `megabytes` MB: 10 stages × 10 lanes with cards.
func generate(megabytes: Int, to url: URL) throws {
    let stages = ["Awareness", "Consideration", "Evaluation", "Decision", "Purchase", "Onboarding", "Use", "Support", "Retention", "Advocacy"]
    let lanes = ["Actions", "Thoughts", "Emotions", "Touchpoints", "Pain points", "Opportunities", "Measures", "KPIs", "Content", "Backstage"]
    var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    text += #"<mxfile host="benchmark"><diagram id="p1" name="Journey"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"# + "\n"
    for (index, stage) in stages.enumerated() {
        text += #"<mxCell id="s\#(index)" value="\#(stage)" style="rounded=1;fillColor=#dae8fc;" vertex="1" parent="1"><mxGeometry x="\#(200 + index * 400)" y="0" width="380" height="60" as="geometry"/></mxCell>"# + "\n"
    }
    for (index, lane) in lanes.enumerated() {
        text += #"<mxCell id="l\#(index)" value="\#(lane)" style="rounded=0;fillColor=#f5f5f5;" vertex="1" parent="1"><mxGeometry x="0" y="\#(100 + index * 100_000)" width="180" height="80" as="geometry"/></mxCell>"# + "\n"
    }
    let target = megabytes * 1_000_000
    var handle = text.data(using: .utf8)!
    var card = 0
    while handle.count < target {
        var chunk = ""
        for _ in 0..<1000 {
            let stage = card % stages.count
            let lane = (card / stages.count) % lanes.count
            let row = card / (stages.count * lanes.count)
            chunk += #"<mxCell id="c\#(card)" value="&lt;div&gt;Card \#(card): the customer compares offers &amp;amp; asks a friend&lt;/div&gt;" style="rounded=1;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;" vertex="1" parent="1"><mxGeometry x="\#(210 + stage * 400)" y="\#(110 + lane * 100_000 + row * 60)" width="360" height="50" as="geometry"/></mxCell>"# + "\n"
            card += 1
        }
        handle.append(chunk.data(using: .utf8)!)
    }
    handle.append("</root></mxGraphModel></diagram></mxfile>\n".data(using: .utf8)!)
    try handle.write(to: url)
}

if arguments.count >= 4 && arguments[1] == "generate" {
    try generate(megabytes: Int(arguments[2]) ?? 10, to: URL(fileURLWithPath: arguments[3]))
    exit(0)
}
if arguments.count >= 3 && arguments[1] == "events" {
    // Parser events alone: what the event parser costs before any draw.io work.
    final class Counter: XMLEventHandler {
        var elements = 0
        var attributes = 0
        func startElement(_ element: XMLStartElement) {
            elements += 1
            for attribute in element.attributes where attribute.localName == "value" { attributes += attribute.value.isEmpty ? 0 : 1 }
            _ = element.line
        }
    }
    let counter = Counter()
    let start = ContinuousClock.now
    try XMLEventParser(fileName: arguments[2]).parse(contentsOf: URL(fileURLWithPath: arguments[2]), with: counter)
    print("events", ContinuousClock.now - start, counter.elements, counter.attributes)
    exit(0)
}
if arguments.count >= 3 && arguments[1] == "phases" {
    // The two phases of an import, each timed, with the peak memory after each.
    let url = URL(fileURLWithPath: arguments[2])
    var start = ContinuousClock.now
    let read = try DrawioReader().readDiagram(contentsOf: url, file: arguments[2], limits: ImportLimits())
    print("read diagram", ContinuousClock.now - start, "peak \(mebibytes(peakMemory()))")
    if arguments.count >= 4 && arguments[3] == "read" { exit(0) }
    start = ContinuousClock.now
    let recognized = try JourneyRecognizer().recognize(read.diagram, file: nil)
    print("recognize", ContinuousClock.now - start, recognized.report.items, "peak \(mebibytes(peakMemory()))")
    exit(0)
}
if arguments.count >= 3 && arguments[1] == "import" {
    // As `journey convert` imports: the file is read piece by piece, never wholly in memory.
    let start = ContinuousClock.now
    let result = try DiagramImportFormat.drawio.importMap(
        contentsOf: URL(fileURLWithPath: arguments[2]), file: arguments[2])
    let duration = ContinuousClock.now - start
    print("items \(result.report.items) unplaced \(result.report.unplaced.count)")
    print("seconds \(Double(duration.components.attoseconds) / 1e18 + Double(duration.components.seconds))")
    print("peak \(peakMemory())")
    exit(0)
}

let megabytes = arguments.count >= 2 ? Int(arguments[1]) ?? 50 : 50
let file = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-benchmark-\(megabytes)mb.drawio")
try generate(megabytes: megabytes, to: file)
let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
print("file: \(file.path), \(mebibytes(size))")

let runs = 9
let me = CommandLine.arguments[0]
let xmllint = Command("xmllint --noout (libxml2 parse)", "/usr/bin/xmllint", ["--noout", file.path])
let journey = Command("JourneyKit draw.io import (process)", me, ["import", file.path])
// Taken in turn, so that both see the machine alike.
if let timings = measureCommands([xmllint, journey], runs: runs) {
    report(timings, title: "Importing a \(mebibytes(size)) uncompressed draw.io file (\(runs) runs each, in turn)")
    print(String(format: "ratio import / xmllint (medians): %.2f (target ≤ 1.3)", timings[1].median / timings[0].median))
} else if let timing = measureCommand(journey.name, runs: runs, me, journey.arguments) {
    print("xmllint not found: apt-get install libxml2-utils")
    report([timing], title: "Importing a \(mebibytes(size)) uncompressed draw.io file (\(runs) runs)")
}

// Peak memory of an import, each in its own process; the largest of three.
var peaks: [Int] = []
var summary = ""
for _ in 0..<3 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: me)
    process.arguments = ["import", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("peak ") }), let peak = Int(line.dropFirst(5)) {
        peaks.append(peak)
    }
    summary = String(output.split(separator: "\n").first ?? "")
}
if let peak = peaks.max() {
    let budget = 3 * size + 30_000_000
    print(
        "peak memory of an import (largest of \(peaks.count)): \(mebibytes(peak)) (target ≤ 3 × file + 30 MB = \(mebibytes(budget)))"
    )
}
print(summary)
try? FileManager.default.removeItem(at: file)
