import Foundation
import JourneyKit

/// One reader under test: what a fuzzer feeds, and what it checks for each input.
///
/// For every input the reader either reads a map or throws a ``ReadError``; a map read is
/// validated and written with every writer, each writing or throwing a ``WriteError`` — and writing
/// whenever validation found no error; a map a lossless format writes reads back equal. Anything else — a trap, another error type, a lossless
/// round trip that changes the map — stops the program, which is what the fuzzer looks for.
enum FuzzTarget: String, CaseIterable, Sendable {
    case journeyXML = "journey-xml"
    case json, csv, tsv, html, drawio, graphml, vsdx, mermaid, cjml
    /// Whatever reader the content is recognized as, as `journey convert` picks one.
    case sniff
    /// Event logs (CSV or JSON lines) measured against a fixed map: the analysis, its report, the
    /// stage inference and the KPIs written back.
    case events

    /// The formats the driver reads and writes with.
    static let registry = FormatRegistry.standard

    /// Formats whose files hold everything a map holds.
    static let lossless: Set<String> = ["journey-xml", "json", "csv", "drawio"]

    /// The file name extensions of the inputs that seed this target.
    var seedExtensions: [String] {
        switch self {
        case .journeyXML: ["journey.xml"]
        case .json: ["journey.json"]
        case .csv: ["csv"]
        case .tsv: ["tsv"]
        case .html: ["html"]
        case .drawio: ["drawio", "drawio.svg"]
        case .graphml: ["graphml"]
        case .vsdx: ["vsdx"]
        case .mermaid: ["mmd", "md"]
        case .cjml: ["cjml"]
        case .sniff: ["journey.xml", "journey.json", "csv", "drawio", "graphml", "vsdx", "mmd", "cjml"]
        case .events: ["jsonl", "events.csv"]
        }
    }

    private func reader(for data: Data) -> (any JourneyReader)? {
        switch self {
        case .sniff: Self.registry.reader(for: data)
        default: Self.registry.reader(identifier: rawValue)
        }
    }

    /// Runs one input through the target; returns normally when every check holds.
    ///
    /// With `writing` false the map read is validated but not written: the readers of formats whose
    /// inputs become maps of many items (CSV, Mermaid) then run tens of times faster, so a run reaches
    /// millions of inputs; writers are fuzzed by every target that writes.
    func run(_ data: Data, writing: Bool = true) {
        if self == .events {
            EventsTarget.run(data)
            return
        }
        guard let reader = reader(for: data) else { return }
        let result: ReadResult
        do {
            result = try reader.read(data, file: "fuzz-input")
        } catch is ReadError {
            return
        } catch {
            fatalError("\(reader.identifier) threw \(type(of: error)) instead of a ReadError: \(error)")
        }
        let valid = !result.map.validate().contains { $0.severity == .error }
        guard writing else { return }
        for writer in Self.registry.writers {
            write(result.map, with: writer, valid: valid)
        }
    }

    private func write(_ map: JourneyMap, with writer: any JourneyWriter, valid: Bool) {
        let output: Data
        do {
            output = try writer.write(map)
        } catch let error as WriteError {
            if valid { fatalError("\(writer.identifier) refused a map that validates: \(error)") }
            return
        } catch {
            fatalError("\(writer.identifier) threw \(type(of: error)) instead of a WriteError: \(error)")
        }
        guard Self.lossless.contains(writer.identifier),
            let reader = Self.registry.reader(identifier: writer.identifier)
        else { return }
        do {
            let back = try reader.read(output, file: "written")
            if back.map != map {
                fatalError("\(writer.identifier) does not read back the map it wrote")
            }
        } catch {
            fatalError("\(writer.identifier) cannot read what it wrote: \(error)")
        }
    }
}
