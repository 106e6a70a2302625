import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// Every writer of the standard registry, given random maps with hostile texts and extreme numbers,
/// writes well-formed, deterministic output or refuses with a `WriteError` that names the cause; the
/// lossless formats read back the map they wrote.
///
/// A writer that traps crashes the test run: that is the failing signal for traps.
@Suite("Exporter properties")
struct ExporterPropertyTests {
    /// The seeds of the extreme maps, for each mode.
    static let seeds = 0..<125
    /// Extreme maps, and extreme maps every format can carry the texts of.
    static let modes: [MapGenerator.Mode] = [.extreme, .extremeRepresentable]

    static func map(_ mode: MapGenerator.Mode, seed: Int) -> JourneyMap {
        var generator = MapGenerator(seed: UInt64(seed), mode: mode)
        return generator.map()
    }

    @Test(arguments: modes, seeds)
    func everyWriterWritesWellFormedDeterministicOutputOrRefuses(mode: MapGenerator.Mode, seed: Int) throws {
        let map = Self.map(mode, seed: seed)
        let contents = MapContents(map)
        for tested in WriterUnderTest.all {
            switch WriteOutcome(tested.writer, map) {
            case .written(let data):
                let problem = WellFormedness.problem(data, writtenBy: tested.writer, of: map)
                #expect(problem == nil, "\(mode) seed \(seed), \(tested): \(problem ?? "")")
                #expect(try tested.writer.write(map) == data, "\(mode) seed \(seed), \(tested): not deterministic")
            case .refused(let error):
                let writeError = try #require(error as? WriteError, "\(mode) seed \(seed), \(tested): \(error)")
                let cause = Self.unexplained(writeError, map: map, contents: contents)
                #expect(cause == nil, "\(mode) seed \(seed), \(tested): \(cause ?? "")")
                if tested.losslessReader != nil, let path = writeError.path, path != .map {
                    // The element the error names holds the cause itself.
                    let element = try #require(MapContents.element(at: path, in: map), "\(tested): no element \(path)")
                    let inside = Self.unexplained(writeError, map: map, contents: MapContents(of: element))
                    #expect(inside == nil, "\(mode) seed \(seed), \(tested): not in \(path): \(inside ?? "")")
                }
            }
        }
    }

    @Test(arguments: modes, seeds)
    func losslessFormatsReadBackTheMapTheyWrite(mode: MapGenerator.Mode, seed: Int) throws {
        let map = Self.map(mode, seed: seed)
        for tested in WriterUnderTest.all {
            guard let reader = tested.losslessReader, let data = WriteOutcome(tested.writer, map).data else { continue }
            let again = try reader.read(data, file: nil).map
            #expect(again == map, "\(mode) seed \(seed), \(tested)")
            #expect(
                try tested.writer.write(again) == data,
                "\(mode) seed \(seed), \(tested): the map read back writes differently")
        }
    }

    /// Which maps each writer refuses: those holding what its format cannot carry, and no others.
    ///
    /// XML 1.0 cannot carry C0 controls other than tab, LF and CR, nor U+FFFE and U+FFFF, and XML
    /// writes every text: the XML writer refuses exactly those maps, and so does HTML, which embeds
    /// the map as XML. JSON refuses exactly the maps holding NaN or an infinity. The long CSV layout
    /// refuses those too, and NUL in a plain cell (NUL inside a JSON-coded cell is escaped). Writers
    /// that leave fields out (SVG, the grid) refuse only maps holding what their format cannot carry;
    /// Mermaid refuses none (it writes what it cannot carry as entity codes, or reports it); CJML
    /// refuses only maps whose written texts XML cannot carry. draw.io refuses maps with NaN or
    /// infinities, and may refuse those with characters XML cannot carry (in the texts it draws; the
    /// rest sits in JSON, which escapes them).
    @Test(arguments: modes, seeds)
    func writersRefuseExactlyWhatTheirFormatCannotCarry(mode: MapGenerator.Mode, seed: Int) throws {
        let map = Self.map(mode, seed: seed)
        let contents = MapContents(map)
        let finite = contents.numbersAreFinite
        let xmlCarries = contents.unrepresentableScalars.isEmpty
        let xml = !finite || !xmlCarries
        let rules: [String: (must: Bool, may: Bool)] = [
            "journey-xml": (xml, xml), "html": (xml, xml), "json": (!finite, !finite),
            "csv": (!finite, !finite || contents.holdsNUL), "tsv": (!finite, !finite || contents.holdsNUL),
            "svg": (false, !xmlCarries), "mermaid": (false, false), "cjml": (false, !xmlCarries),
            "csv grid": (false, contents.holdsNUL),
            "tsv grid": (false, contents.holdsNUL),
            // draw.io keeps fields in JSON, which escapes C0 controls: only texts drawn as labels must
            // be XML.
            "drawio": (!finite, !finite || !xmlCarries),
        ]
        for tested in WriterUnderTest.all {
            let rule = try #require(rules[tested.label], "\(tested): no rule for this writer")
            let outcome = WriteOutcome(tested.writer, map)
            let refused = outcome.data == nil
            #expect(!rule.must || refused, "\(mode) seed \(seed), \(tested): wrote a map it must refuse")
            #expect(rule.may || !refused, "\(mode) seed \(seed), \(tested): \(outcome)")
        }
    }

    @Test func theExtremeMapsReachEveryCase() {
        let extreme = Self.seeds.map { MapContents(Self.map(.extreme, seed: $0)) }
        #expect(extreme.contains { !$0.numbersAreFinite })
        #expect(extreme.contains { $0.numbersAreFinite && !$0.unrepresentableScalars.isEmpty && !$0.holdsNUL })
        #expect(extreme.contains { $0.holdsNUL })
        let representable = Self.seeds.map { Self.map(.extremeRepresentable, seed: $0) }
        // Maps every writer writes, with numbers and texts at the edges.
        let writable = representable.map(MapContents.init).filter(\.numbersAreFinite)
        #expect(writable.allSatisfy { $0.unrepresentableScalars.isEmpty })
        for number in [.greatestFiniteMagnitude, -1e300, .leastNonzeroMagnitude, 1e19] as [Double] {
            #expect(writable.contains { $0.numbers.contains(number) }, "\(number)")
        }
        #expect(writable.contains { $0.numbers.contains { $0 == 0 && $0.sign == .minus } })
        #expect(writable.contains { $0.texts.contains { $0.count >= 10_000 } })
        #expect(writable.contains { $0.texts.contains { $0.unicodeScalars.contains("\u{202E}") } })
        #expect(representable.contains { $0.stages.isEmpty } && representable.contains { $0.lanes.isEmpty })
    }

    @Test func theStandardLosslessFormatsAreCovered() {
        let lossless = Set(WriterUnderTest.all.filter { $0.losslessReader != nil }.map(\.label))
        #expect(lossless.isSuperset(of: ["journey-xml", "json", "csv", "tsv", "html"]))
        #expect(!lossless.contains("svg") && !lossless.contains("csv grid"))
    }

    /// Why a refusal is not explained by the map, or `nil` when it is.
    ///
    /// A refusal is explained when its message names a character XML or CSV cannot carry that the map
    /// holds (`U+0001`, `NUL`), or says a number is not finite, the map holds one and validation
    /// reports an error on every item holding one.
    static func unexplained(_ error: WriteError, map: JourneyMap, contents: MapContents) -> String? {
        let message = error.message
        if let range = message.range(of: #"U\+[0-9A-F]{4,6}"#, options: .regularExpression) {
            let scalar = UInt32(message[range].dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            let held = scalar.map { named in contents.texts.contains { $0.unicodeScalars.contains(named) } } ?? false
            return held ? nil : "the error names a character the map does not hold: \(message)"
        }
        if message.contains("NUL") {
            return contents.holdsNUL ? nil : "the error names NUL, which the map does not hold: \(message)"
        }
        if message.contains("finite number") || message.contains("cannot be written as JSON") {
            guard !contents.numbersAreFinite else { return "the map's numbers are all finite: \(message)" }
            let reported = Set(
                map.validate().filter {
                    $0.severity == .error && ["invalid-number", "score-out-of-range"].contains($0.code)
                }.map(\.path))
            let unreported = Self.itemsHoldingNonFiniteNumbers(map).subtracting(reported)
            return unreported.isEmpty ? nil : "validation does not report \(unreported.sorted { "\($0)" < "\($1)" })"
        }
        return "a refusal the map does not explain: \(message)"
    }

    /// The items holding NaN or an infinity: in the score, its source or scale, or the KPI.
    static func itemsHoldingNonFiniteNumbers(_ map: JourneyMap) -> Set<ElementPath> {
        var paths: Set<ElementPath> = []
        for stage in map.stages {
            for item in stage.items {
                let source = item.score?.source
                let numbers = [
                    item.score?.value, source?.value, source?.minimum, source?.maximum, item.metric?.value,
                    item.metric?.target,
                ]
                if numbers.contains(where: { $0.map { !$0.isFinite } ?? false }) {
                    paths.insert(.item(item.id, inStage: stage.id))
                }
            }
        }
        return paths
    }
}
