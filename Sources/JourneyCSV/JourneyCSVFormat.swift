import Foundation
import JourneyModel

/// Journey maps as CSV, the way spreadsheets hold them: a hand-made grid or a lossless long table.
///
/// ```swift
/// let table = try map.export(as: .csv)                                   // long layout, lossless
/// let again = try JourneyMap(table, format: .csv)                        // again == map
/// let grid = try map.export(as: .csv(layout: .grid, delimiter: ";"))     // lanes × stages
/// ```
///
/// - The **long** layout has one row per item whose first four columns are `stage,lane,kind,text`,
///   followed by the other fields, then sections for the map, personas, lanes, stages, steps and
///   transitions. Reading it gives back the same map.
/// - The **grid** layout is what people build by hand: a `Lane,<stage>,<stage>,…` header row, one row
///   per lane, the items of a cell one per line, with an optional `key,value` header block above.
///
/// Files follow RFC 4180: records end with CRLF when written, with LF, CRLF or CR when read; UTF-8
/// with an optional byte-order mark (UTF-16 and UTF-32 with a byte-order mark are read too). Reading detects the layout from the header row and the
/// delimiter from the first rows. Writing neutralizes cells that spreadsheets would run as formulas,
/// reversibly. `Docs/CSVFormat.md` describes both layouts column by column.
public struct JourneyCSVFormat: JourneyReader, LossReportingWriter, StreamingJourneyWriter {
    /// How a map is laid out in the table.
    public enum Layout: String, Hashable, Sendable, CaseIterable {
        /// One row per lane, one column per stage: what people build by hand. Lossy.
        case grid
        /// One row per item (tidy data), then sections for everything else. Lossless.
        case long
    }

    /// The character between cells: `,`, `;` (common in European spreadsheets), tab, or another ASCII
    /// punctuation character.
    public struct Delimiter: Hashable, Sendable, CustomStringConvertible, ExpressibleByUnicodeScalarLiteral {
        /// The character.
        public let scalar: Unicode.Scalar

        /// A comma, the default.
        public static let comma: Self = ","
        /// A semicolon, what spreadsheets in many European locales write.
        public static let semicolon: Self = ";"
        /// A tab: tab-separated values.
        public static let tab: Self = "\t"

        public init(unicodeScalarLiteral value: Unicode.Scalar) { scalar = value }

        /// The delimiter a command-line argument names: a character, `tab`, `\t`, `comma`, `semicolon` or
        /// `pipe`; `nil` for anything else, or for a character that cannot separate cells.
        public init?(argument: String) {
            let named: [String: Unicode.Scalar] = [
                "tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|",
            ]
            if let scalar = named[argument.lowercased()] {
                self.scalar = scalar
            } else if argument.unicodeScalars.count == 1, let scalar = argument.unicodeScalars.first {
                self.scalar = scalar
            } else {
                return nil
            }
            guard isUsable else { return nil }
        }

        /// Whether the character can separate cells: tab or ASCII punctuation other than quotes.
        public var isUsable: Bool {
            if scalar == "\t" { return true }
            guard scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F else { return false }
            let character = Character(scalar)
            return !character.isLetter && !character.isNumber && scalar != "\"" && scalar != "'"
        }

        /// The byte written for the delimiter.
        var byte: UInt8 { UInt8(truncatingIfNeeded: scalar.value) }

        public var description: String { scalar == "\t" ? "tab" : String(scalar) }
    }

    /// The layout: when `nil`, reading tells it from the header row and writing uses ``Layout/long``.
    public var layout: Layout?
    /// The delimiter: when `nil`, reading detects it and writing uses a comma.
    public var delimiter: Delimiter?
    /// Whether to write a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    ///
    /// Reading accepts a file with or without one.
    public var byteOrderMark: Bool
    /// Whether writing neutralizes cells that spreadsheets would run as formulas (those starting
    /// with `=`, `+`, `-`, `@`, tab or CR) by putting a `'` in front.
    ///
    /// Reading removes a leading `'` before those characters and before another `'`, whatever this
    /// setting: that undoes exactly what writing added with either setting (with formulas kept,
    /// writing puts a `'` only in front of a text that starts with `'` and one of them), so a file
    /// reads back the same map whichever way it was written.
    public var neutralizesFormulas: Bool
    /// The words that tell what a grid's lane titles name ("Pain points", "Damdamin", "感情"),
    /// shared with the diagram importers.
    public var vocabulary: RecognitionVocabulary

    /// Creates the format.
    ///
    /// - Parameters:
    ///   - layout: the layout; `nil` detects it when reading and writes the long layout.
    ///   - delimiter: the delimiter; `nil` detects it when reading and writes commas.
    ///   - byteOrderMark: whether to write a UTF-8 byte-order mark (on by default, for Excel).
    ///   - neutralizesFormulas: whether to neutralize formula-like cells (on by default).
    ///   - vocabulary: the words that tell lane titles in a grid (every built-in language by default).
    public init(
        layout: Layout? = nil, delimiter: Delimiter? = nil, byteOrderMark: Bool = true,
        neutralizesFormulas: Bool = true,
        vocabulary: RecognitionVocabulary = .standard
    ) {
        self.vocabulary = vocabulary
        self.layout = layout
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.neutralizesFormulas = neutralizesFormulas
    }

    private var isTabSeparated: Bool { delimiter == .tab }

    public var identifier: String { isTabSeparated ? "tsv" : "csv" }
    public var name: String { isTabSeparated ? "Tab-separated values" : "CSV (spreadsheets)" }
    public var fileExtensions: [String] { isTabSeparated ? ["tsv", "tab"] : ["csv"] }
    public var mediaType: String { isTabSeparated ? "text/tab-separated-values" : "text/csv" }

    // MARK: - Recognizing

    /// Recognizes the long layout's `stage,lane,kind,text` header and a grid's `Lane` header cell in
    /// the first rows; with a `.csv` or `.tsv` file name, any text whose first row has several cells.
    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let text = sample.text, let first = text.first, !"<{[".contains(first) else { return false }
        // UTF-16 and UTF-32 samples are looked at as UTF-8, as they are read.
        let bytes = sample.utf8Bytes
        let preamble = CSVPreamble(bytes, delimiter: usableDelimiter?.byte)
        var records: [CSVRecord] = []
        var tokenizer = CSVTokenizer(delimiter: preamble.delimiter, file: nil, log: DiagnosticLog())
        let collect: (CSVRecord) throws -> Void = { record in
            if !record.isBlank { records.append(record) }
            if records.count >= CSVPreamble.sampleRecords { throw SampleFull() }
        }
        do {
            try bytes.withUnsafeBytes { buffer in
                try tokenizer.feed(UnsafeRawBufferPointer(rebasing: buffer[preamble.skip...]), collect)
            }
            if sample.bytes.count < ContentSample.length { try tokenizer.finish(collect) }
        } catch {
            // A full sample, or a problem that reading will report with its location.
        }
        guard let header = records.first else { return false }
        if LongLayout.isItemHeader(header.cells.map(\.text)) { return true }
        if records.contains(where: { $0.cells.count >= 2 && GridLayoutReader.isLaneHeader($0.text(at: 0)) }) {
            return true
        }
        let name = sample.fileName?.lowercased() ?? ""
        return (name.hasSuffix(".csv") || name.hasSuffix(".tsv")) && header.cells.count >= 2
    }

    private struct SampleFull: Error {}

    private var usableDelimiter: Delimiter? { delimiter.flatMap { $0.isUsable ? $0 : nil } }

    // MARK: - Reading

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        // UTF-16 and UTF-32 (told by their byte-order mark) are read as UTF-8.
        let data = UnicodeEncoding.utf8(transcoding: data) ?? data
        var session = try ReadSession(format: self, head: data.prefix(CSVPreamble.sampleLength), file: file)
        try data.withUnsafeBytes { buffer in
            try session.feed(UnsafeRawBufferPointer(rebasing: buffer[min(session.skip, buffer.count)...]))
        }
        return try session.finish()
    }

    /// Reads a map from a file in chunks, without holding the file in memory.
    public func read(contentsOf url: URL) throws -> ReadResult {
        let file = url.isFileURL ? url.path : url.absoluteString
        guard let stream = InputStream(url: url) else {
            throw ReadError("cannot open the file", at: SourceLocation(file: file), kind: .unreadable)
        }
        return try read(from: stream, file: file)
    }

    /// Reads a map from a stream in chunks, without holding the whole input in memory.
    ///
    /// UTF-16 and UTF-32 input (told by its byte-order mark) is turned into UTF-8 chunk by chunk.
    ///
    /// - Parameters:
    ///   - stream: the input; opened and closed by this method.
    ///   - file: the name to use in errors and locations.
    public func read(from stream: InputStream, file: String?) throws -> ReadResult {
        var session = try ChunkedInput.read(stream, file: file) { head in
            try ReadSession(format: self, head: head, file: file)
        }
        return try session.finish()
    }

    // MARK: - Writing

    /// What writing `map` leaves out: nothing in the long layout; in the grid, everything but titles,
    /// names, item texts and emotion scores (identifiers, item fields, transitions, …), one warning
    /// per element.
    public func lossReport(for map: JourneyMap) -> [Diagnostic] {
        (layout ?? .long) == .grid ? GridLossReport(map).diagnostics : []
    }

    public func write(_ map: JourneyMap) throws -> Data {
        try write(map, sink: nil).data
    }

    /// Writes the map to `output` in pieces of about 64 KiB, each ending with a record, as they are
    /// written: the whole table is never in memory.
    public func write(_ map: JourneyMap, to output: (UnsafeRawBufferPointer) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            var rest = try write(map, sink: output)
            try rest.handOn()
        }
    }

    /// Writes the map's records, handing full pieces to `sink` when there is one; returns the
    /// output with what is left.
    private func write(_ map: JourneyMap, sink: ((UnsafeRawBufferPointer) throws -> Void)?) throws -> CSVOutput {
        let delimiter = self.delimiter ?? .comma
        guard delimiter.isUsable else {
            throw WriteError(
                "'\(delimiter)' cannot separate cells; use a comma, a semicolon, a tab or other punctuation",
                kind: .invalidOptions)
        }
        var output = CSVOutput(
            delimiter: delimiter.byte, neutralizesFormulas: neutralizesFormulas, byteOrderMark: byteOrderMark)
        output.sink = sink
        switch layout ?? .long {
        case .long:
            var writer = LongLayoutWriter(output: output)
            try writer.write(map)
            return writer.output
        case .grid:
            var writer = GridLayoutWriter(output: output)
            try writer.write(map)
            return writer.output
        }
    }
}

/// One reading: the tokenizer and the layout reader the header row chose.
private struct ReadSession: ChunkConsumer {
    let file: String?
    let skip: Int
    private var tokenizer: CSVTokenizer
    private let layouts: LayoutDispatcher

    init(format: JourneyCSVFormat, head: some Collection<UInt8>, file: String?) throws {
        if let delimiter = format.delimiter, !delimiter.isUsable {
            throw ReadError(
                "'\(delimiter)' cannot separate cells; use a comma, a semicolon, a tab or other punctuation",
                at: SourceLocation(file: file))
        }
        let preamble = CSVPreamble(head, delimiter: format.delimiter?.byte)
        self.file = file
        skip = preamble.skip
        tokenizer = CSVTokenizer(
            delimiter: preamble.delimiter, file: file, log: DiagnosticLog(),
            firstRow: preamble.skippedSeparatorLine ? 2 : 1)
        layouts = LayoutDispatcher(
            // Reading undoes what writing added with either setting: the rule is the same.
            layout: format.layout, file: file, delimiter: preamble.delimiter, restoresFormulas: true,
            vocabulary: format.vocabulary)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) throws {
        let layouts = layouts
        try tokenizer.feed(bytes) { try layouts.consume($0) }
    }

    mutating func finish() throws -> ReadResult {
        let layouts = layouts
        try tokenizer.finish { try layouts.consume($0) }
        let (map, sourceMap, diagnostics) = try layouts.finish(endRow: tokenizer.currentRow)
        let all = (tokenizer.log.diagnostics(file: file) + diagnostics).enumerated().sorted { first, second in
            let (a, b) = (first.element.location?.line ?? .max, second.element.location?.line ?? .max)
            return a != b ? a < b : first.offset < second.offset
        }
        return ReadResult(map: map, diagnostics: all.map(\.element), sourceMap: sourceMap)
    }
}

/// Hands records to the reader of the layout the first row shows (or the one asked for).
private final class LayoutDispatcher {
    private let layout: JourneyCSVFormat.Layout?
    private let file: String?
    private let delimiter: UInt8
    private let restoresFormulas: Bool
    private let vocabulary: RecognitionVocabulary
    private var long: LongLayoutReader?
    private var grid: GridLayoutReader?

    init(
        layout: JourneyCSVFormat.Layout?, file: String?, delimiter: UInt8, restoresFormulas: Bool,
        vocabulary: RecognitionVocabulary
    ) {
        self.layout = layout
        self.file = file
        self.delimiter = delimiter
        self.restoresFormulas = restoresFormulas
        self.vocabulary = vocabulary
    }

    func consume(_ record: CSVRecord) throws {
        if long != nil {
            try long?.consume(record)
        } else if grid != nil {
            grid?.consume(record)
        } else if !record.isBlank {
            let texts = record.cells.map { restoresFormulas ? FormulaNeutralization.restore($0.text) : $0.text }
            if (layout ?? (LongLayout.isItemHeader(texts) ? .long : .grid)) == .long {
                long = LongLayoutReader(file: file, restoresFormulas: restoresFormulas, delimiter: delimiter)
                try long?.consume(record)
            } else {
                grid = GridLayoutReader(
                    file: file, restoresFormulas: restoresFormulas,
                    matcher: vocabulary == .standard ? .standard : vocabulary.matcher)
                grid?.consume(record)
            }
        }
    }

    func finish(endRow: Int) throws -> (JourneyMap, SourceMap, [Diagnostic]) {
        if var long {
            let (map, sourceMap) = try long.finish(endRow: endRow)
            return (map, sourceMap, long.log.diagnostics(file: file))
        }
        if var grid {
            let (map, sourceMap) = try grid.finish()
            return (map, sourceMap, grid.log.diagnostics(file: file))
        }
        throw ReadError("the input is empty: it holds no rows", at: SourceLocation(file: file, line: 1, column: 1))
    }
}

extension JourneyReader where Self == JourneyCSVFormat {
    /// CSV: the layout and the delimiter are detected.
    public static var csv: JourneyCSVFormat { JourneyCSVFormat() }

    /// CSV in a layout, with a delimiter; `nil` detects them.
    public static func csv(layout: JourneyCSVFormat.Layout?, delimiter: JourneyCSVFormat.Delimiter? = nil)
        -> JourneyCSVFormat
    {
        JourneyCSVFormat(layout: layout, delimiter: delimiter)
    }

    /// Tab-separated values; the layout is detected.
    public static var tsv: JourneyCSVFormat { JourneyCSVFormat(delimiter: .tab) }
}

extension JourneyWriter where Self == JourneyCSVFormat {
    /// CSV in the long layout, with commas, a byte-order mark and neutralized formulas.
    public static var csv: JourneyCSVFormat { JourneyCSVFormat() }

    /// CSV in a layout, with a delimiter (a comma when `nil`).
    public static func csv(layout: JourneyCSVFormat.Layout, delimiter: JourneyCSVFormat.Delimiter? = nil)
        -> JourneyCSVFormat
    {
        JourneyCSVFormat(layout: layout, delimiter: delimiter)
    }

    /// Tab-separated values in the long layout.
    public static var tsv: JourneyCSVFormat { JourneyCSVFormat(delimiter: .tab) }
}
