import BenchmarkHarness
import Foundation
import JourneyKit
import JourneyXMLCore

// Import benchmark: generated uncompressed draw.io journey maps of four shapes (bands, tall, wide,
// pages) at 10 and 50 MB, each imported in a child process and parsed by `xmllint --noout`
// (libxml2's bare parse) on the same file, side by side; the growth exponent of each shape.
//
//   swift run -c release --package-path Benchmarks import-benchmarks [shape|all] [megabytes …]
//   import-benchmarks import FILE       (one import; prints seconds and peak memory)
//   import-benchmarks phases FILE [read] (reading and recognizing timed apart, peak after each)
//   import-benchmarks events FILE       (the event parser alone, with a handler that does nothing)
//   import-benchmarks generate MB FILE   (writes the generated drawing)

let arguments = CommandLine.arguments

/// The shapes of drawing the benchmark generates: the recognizer must be linear in each.
enum Shape: String, CaseIterable {
    /// 10 stages × 10 lanes, cards stacked deep in each cell.
    case bands
    /// Lane bands repeated down the page (Actions, Thoughts, Emotions, … again and again): many lanes.
    case tall
    /// Stage after stage across the page: many stages, 6 lanes.
    case wide
    /// Many pages, each a 10 × 10 map.
    case pages
}

/// A draw.io cell with geometry.
func cell(_ id: String, _ value: String, _ style: String, x: Int, y: Int, width: Int, height: Int) -> String {
    #"<mxCell id="\#(id)" value="\#(value)" style="\#(style)" vertex="1" parent="1"><mxGeometry x="\#(x)" y="\#(y)" width="\#(width)" height="\#(height)" as="geometry"/></mxCell>"# + "\n"
}

let stageNames = ["Awareness", "Consideration", "Evaluation", "Decision", "Purchase", "Onboarding", "Use", "Support", "Retention", "Advocacy"]
let laneNames = ["Actions", "Thoughts", "Emotions", "Touchpoints", "Pain points", "Opportunities", "Measures", "KPIs", "Content", "Backstage"]
let cardStyle = "rounded=1;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;"

func cardText(_ number: Int) -> String {
    "&lt;div&gt;Card \(number): the customer compares offers &amp;amp; asks a friend&lt;/div&gt;"
}

/// Writes an uncompressed draw.io file of about `megabytes` MB in the given shape.
func generate(_ shape: Shape = .bands, megabytes: Int, to url: URL) throws {
    let target = megabytes * 1_000_000
    var data = Data(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8 + [0x0A])
    data.append(Data(#"<mxfile host="benchmark">"#.utf8))
    func openPage(_ number: Int) {
        data.append(Data(#"<diagram id="p\#(number)" name="Journey \#(number)"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"#.utf8 + [0x0A]))
    }
    func closePage() { data.append(Data("</root></mxGraphModel></diagram>\n".utf8)) }
    var card = 0
    switch shape {
    case .bands, .pages:
        var page = 1
        repeat {
            openPage(page)
            var text = ""
            for (index, stage) in stageNames.enumerated() {
                text += cell("s\(index)", stage, "rounded=1;fillColor=#dae8fc;", x: 200 + index * 400, y: 0, width: 380, height: 60)
            }
            let laneHeight = shape == .bands ? 100_000 : 300
            for (index, lane) in laneNames.enumerated() {
                text += cell("l\(index)", lane, "rounded=0;fillColor=#f5f5f5;", x: 0, y: 100 + index * laneHeight, width: 180, height: 80)
            }
            data.append(Data(text.utf8))
            // One page of the many-page shape holds 4 cards a cell; the banded shape fills one page.
            let cards = shape == .bands ? Int.max : 400
            var onPage = 0
            while data.count < target && onPage < cards {
                var chunk = ""
                for _ in 0..<min(1000, cards) {
                    let stage = onPage % stageNames.count
                    let lane = (onPage / stageNames.count) % laneNames.count
                    let row = onPage / (stageNames.count * laneNames.count)
                    chunk += cell("c\(card)", cardText(card), cardStyle, x: 210 + stage * 400, y: 110 + lane * laneHeight + row * 60, width: 360, height: 50)
                    card += 1
                    onPage += 1
                }
                data.append(Data(chunk.utf8))
            }
            closePage()
            page += 1
        } while data.count < target
    case .tall:
        openPage(1)
        var text = ""
        for (index, stage) in stageNames.enumerated() {
            text += cell("s\(index)", stage, "rounded=1;fillColor=#dae8fc;", x: 200 + index * 400, y: 0, width: 380, height: 60)
        }
        data.append(Data(text.utf8))
        var lane = 0
        while data.count < target {
            var chunk = cell("l\(lane)", laneNames[lane % 6], "rounded=0;fillColor=#f5f5f5;", x: 0, y: 100 + lane * 100, width: 180, height: 80)
            for stage in stageNames.indices {
                chunk += cell("c\(card)", cardText(card), cardStyle, x: 210 + stage * 400, y: 110 + lane * 100, width: 360, height: 50)
                card += 1
            }
            data.append(Data(chunk.utf8))
            lane += 1
        }
        closePage()
    case .wide:
        openPage(1)
        var text = ""
        for (index, lane) in laneNames.prefix(6).enumerated() {
            text += cell("l\(index)", lane, "rounded=0;fillColor=#f5f5f5;", x: 0, y: 100 + index * 100, width: 180, height: 80)
        }
        data.append(Data(text.utf8))
        var stage = 0
        while data.count < target {
            var chunk = cell("s\(stage)", "\(stageNames[stage % stageNames.count]) \(stage / stageNames.count + 1)", "rounded=1;fillColor=#dae8fc;", x: 200 + stage * 400, y: 0, width: 380, height: 60)
            for lane in 0..<6 {
                chunk += cell("c\(card)", cardText(card), cardStyle, x: 210 + stage * 400, y: 110 + lane * 100, width: 360, height: 50)
                card += 1
            }
            data.append(Data(chunk.utf8))
            stage += 1
        }
        closePage()
    }
    data.append(Data("</mxfile>\n".utf8))
    try data.write(to: url)
}

if arguments.count >= 4 && arguments[1] == "generate" {
    let shape = arguments.count >= 5 ? Shape(rawValue: arguments[4]) ?? .bands : .bands
    try generate(shape, megabytes: Int(arguments[2]) ?? 10, to: URL(fileURLWithPath: arguments[3]))
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
    let read = try DrawioReader().readDiagram(contentsOf: url, file: arguments[2], limits: ReadLimits())
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

// import-benchmarks [shape|all] [megabytes …]: each shape at each size, side by side with xmllint.
let shapes: [Shape] = arguments.count >= 2 && arguments[1] != "all" ? [Shape(rawValue: arguments[1]) ?? .bands] : Shape.allCases
let sizes = arguments.count >= 3 ? arguments.dropFirst(2).compactMap { Int($0) } : [10, 50]
let megabytes = sizes.max() ?? 50
let runs = 5
let me = CommandLine.arguments[0]
var file = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-benchmark.drawio")
var size = 0
for shape in shapes {
    var medians: [(size: Double, seconds: Double, ratio: Double)] = []
    for megabytes in sizes {
        file = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-benchmark-\(shape)-\(megabytes)mb.drawio")
        try generate(shape, megabytes: megabytes, to: file)
        size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let xmllint = Command("xmllint --noout (libxml2 parse)", "/usr/bin/xmllint", ["--noout", file.path])
        let journey = Command("JourneyKit draw.io import (process)", me, ["import", file.path])
        // Taken in turn, so that both see the machine alike.
        guard let timings = measureCommands([xmllint, journey], runs: runs) else {
            print("xmllint not found: apt-get install libxml2-utils")
            exit(1)
        }
        report(timings, title: "\(shape): importing \(mebibytes(size)) (\(runs) runs each, in turn)")
        let ratio = timings[1].median / timings[0].median
        print(String(format: "ratio import / xmllint (medians): %.2f (target ≤ 1.3)", ratio))
        medians.append((Double(size), timings[1].median, ratio))
        if megabytes != sizes.max() { try? FileManager.default.removeItem(at: file) }
    }
    if let first = medians.first, let last = medians.last, last.size > first.size {
        let exponent = log(last.seconds / first.seconds) / log(last.size / first.size)
        print(String(format: "%@: import time grows as size^%.2f from %@ to %@ (target ≤ 1.05)", "\(shape)", exponent, mebibytes(Int(first.size)), mebibytes(Int(last.size))))
    }
    if shape != shapes.last { try? FileManager.default.removeItem(at: file) }
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
