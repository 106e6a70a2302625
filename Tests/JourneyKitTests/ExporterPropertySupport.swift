import Foundation
import JourneyKit
import JourneyTestSupport
import JourneyXMLCore

/// Every text and number a map holds, found by reflection so that fields added later are found too.
struct MapContents {
    /// Every text: titles, names, item texts, identifiers, dictionary keys and values, extension data.
    private(set) var texts: [String] = []
    /// Every number: scores, their sources, KPI values and targets.
    private(set) var numbers: [Double] = []

    init(_ map: JourneyMap) { collect(map) }

    /// The texts and numbers of one element of a map, or of any value.
    init(of value: Any) { collect(value) }

    /// The persona, lane, stage, step, item or transition at `path`, or `nil`.
    static func element(at path: ElementPath, in map: JourneyMap) -> Any? {
        let elements: [(ElementPath, Any)] =
            map.personas.map { (.persona($0.id), $0) } + map.lanes.map { (.lane($0.id), $0) }
            + map.transitions.map { (.transition($0.id), $0) }
            + map.stages.flatMap { stage in
                [(.stage(stage.id), stage)] + stage.steps.map { (.step($0.id, inStage: stage.id), $0) }
                    + stage.items.map { (.item($0.id, inStage: stage.id), $0) }
            }
        return elements.first { $0.0 == path }?.1
    }

    private mutating func collect(_ value: Any) {
        switch value {
        case let text as String: texts.append(text)
        case let number as Double: numbers.append(number)
        default:
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
    }

    /// Whether every number is finite.
    var numbersAreFinite: Bool { numbers.allSatisfy(\.isFinite) }

    /// The characters XML 1.0 cannot carry that the map holds, in the order found.
    var unrepresentableScalars: [Unicode.Scalar] {
        texts.flatMap { $0.unicodeScalars.filter { ExtremeValues.representable($0) != $0 } }
    }

    /// Whether a text holds U+0000.
    var holdsNUL: Bool { texts.contains { $0.unicodeScalars.contains("\u{0}") } }
}

/// A writer under test: a format of the standard registry, or one with other options.
struct WriterUnderTest: CustomStringConvertible {
    var writer: any JourneyWriter
    /// A name that tells options apart (`csv`, `csv grid`).
    var label: String
    /// The reader that gives back the map exactly, for the lossless formats.
    var losslessReader: (any JourneyReader)?

    var description: String { label }

    /// Every writer of the standard registry, and the grid layouts of CSV and TSV.
    ///
    /// A registry format that both writes and reads, with its default options, is lossless: XML, JSON,
    /// CSV and TSV (long layout), and HTML through the map it embeds. Mermaid and CJML are the
    /// exceptions: Mermaid holds only stages, actions, scores and actors, CJML stages, personas,
    /// actions, touchpoints and emotions.
    static let all: [WriterUnderTest] = {
        let registry = FormatRegistry.standard
        let standard = registry.writers.map { writer in
            WriterUnderTest(
                writer: writer, label: writer.identifier,
                losslessReader: ["mermaid", "cjml"].contains(writer.identifier)
                    ? nil : registry.reader(identifier: writer.identifier)
            )
        }
        let grids = [JourneyCSVFormat.Delimiter.comma, .tab].map { delimiter in
            let format = JourneyCSVFormat(layout: .grid, delimiter: delimiter)
            return WriterUnderTest(writer: format, label: "\(format.identifier) grid", losslessReader: nil)
        }
        return standard + grids
    }()
}

/// What a writer did with a map.
enum WriteOutcome {
    case written(Data)
    case refused(any Error)

    init(_ writer: any JourneyWriter, _ map: JourneyMap) {
        do { self = .written(try writer.write(map)) } catch { self = .refused(error) }
    }

    var data: Data? {
        if case .written(let data) = self { return data }
        return nil
    }
}

/// Checks that output is well-formed for its media type.
enum WellFormedness {
    /// The problem with `data` as output of `writer`, or `nil` when it is well-formed.
    ///
    /// XML, SVG and draw.io are parsed by libxml2, JSON by `JSONSerialization`, CSV and TSV by the project's
    /// reader in the layout they were written in, HTML by reading its embedded map back.
    static func problem(_ data: Data, writtenBy writer: any JourneyWriter, of map: JourneyMap) -> String? {
        do {
            if writer.identifier == "cjml" {
                // Lossy by design (Docs/CJML.md): what is written must read back with every stage.
                let again = try JourneyCJMLFormat().read(data, file: nil).map
                return again.stages.count == map.stages.count ? nil : "the CJML document reads back other stages"
            }
            switch writer.mediaType {
            case let type where type.hasSuffix("+xml") || type.hasSuffix("/xml"):
                let root = try XMLDocument(data: data).root
                return root.localName.isEmpty ? "no root element" : geometryProblem(data)
            case "application/vnd.jgraph.mxfile":
                let root = try XMLDocument(data: data).root
                return root.localName == "mxfile" ? nil : "the root is <\(root.localName)>, not <mxfile>"
            case let type where type.hasSuffix("+json") || type.hasSuffix("/json"):
                let object = try JSONSerialization.jsonObject(with: data)
                return object is [String: Any] ? nil : "the JSON is not an object"
            case "text/csv", "text/tab-separated-values":
                return try csvProblem(data, writtenBy: writer, of: map)
            case "text/vnd.mermaid":
                // Lossy by design (Docs/Mermaid.md): what is written must read back as a journey.
                let again = try JourneyMermaidFormat().read(data, file: nil).map
                return again.stages.count == map.stages.count ? nil : "the Mermaid journey reads back other stages"
            case "text/html":
                guard String(decoding: data, as: UTF8.self).contains("application/vnd.journeykit.map+xml") else {
                    return "the page does not embed the map"
                }
                let again = try JourneyHTMLFormat().read(data, file: nil).map
                return again == map ? geometryProblem(data) : "the embedded map reads back different"
            default:
                return "no well-formedness check for the media type \(writer.mediaType)"
            }
        } catch {
            return "\(error)"
        }
    }

    /// The attributes that hold positions, sizes, paths and view boxes.
    private static let geometry: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "d", "points", "viewBox",
        "offset",
    ]

    /// A drawing attribute holding NaN or an infinity, which renderers refuse or draw nowhere.
    ///
    /// Looks at each `nan` and `inf` in the output (as Swift, C and JavaScript spell them), and at
    /// the attribute whose value it is in, if any: values are escaped, so the value starts after the
    /// nearest quote before it.
    private static func geometryProblem(_ data: Data) -> String? {
        for word in ["nan", "NaN", "NAN", "inf", "Inf", "INF"] {
            var start = data.startIndex
            while let found = data.range(of: Data(word.utf8), in: start..<data.endIndex) {
                start = found.upperBound
                guard let quote = data[..<found.lowerBound].lastIndex(of: UInt8(ascii: "\"")),
                    quote > data.startIndex, data[quote - 1] == UInt8(ascii: "=")
                else { continue }
                let nameStart = (data[..<(quote - 1)].lastIndex { $0 == 0x20 || $0 == 0x0A } ?? -1) + 1
                let name = String(decoding: data[nameStart..<(quote - 1)], as: UTF8.self)
                if geometry.contains(name) {
                    let value = String(decoding: data[(quote + 1)..<found.upperBound], as: UTF8.self)
                    return "the drawing attribute \(name) is not finite: \(value.suffix(80))"
                }
            }
        }
        return nil
    }

    /// A grid reads back through the project's reader with the map's stages as its columns; a long
    /// table is checked by reading it back whole, as a lossless format.
    private static func csvProblem(_ data: Data, writtenBy writer: any JourneyWriter, of map: JourneyMap) throws
        -> String?
    {
        guard let format = writer as? JourneyCSVFormat else { return "a CSV writer that is not JourneyCSVFormat" }
        guard format.layout == .grid else { return nil }
        let read = try JourneyCSVFormat(layout: .grid, delimiter: format.delimiter).read(data, file: nil).map
        let expected = map.stages.count
        return read.stages.count == expected ? nil : "\(read.stages.count) stages read back, \(expected) written"
    }
}
