import Foundation
import JourneyModel

/// The records of any CSV table, read in chunks: for the package's modules that read tables other
/// than maps, such as event logs.
///
/// It reads what the map reader reads — a byte-order mark, UTF-16 and UTF-32, Excel's `sep=` line,
/// the delimiter detected from the first records, quoted cells with line breaks — and refuses what it
/// refuses, naming row and column.
package enum CSVRecords {
    /// Reads every record of `stream`, handing each one's cells and 1-based row number to `emit`.
    ///
    /// - Parameters:
    ///   - delimiter: the delimiter, or `nil` to detect it.
    ///   - file: the name to use in errors.
    /// - Returns: the warnings found (stray quotes), a few of each kind with a count of the rest.
    package static func read(
        from stream: InputStream, file: String?, delimiter: UInt8? = nil,
        _ emit: (_ cells: [String], _ row: Int) throws -> Void
    ) throws -> [Diagnostic] {
        try withoutActuallyEscaping(emit) { emit in
            var session = try ChunkedInput.read(stream, file: file) { head in
                RecordSession(head: head, file: file, delimiter: delimiter, emit: emit)
            }
            return try session.finish()
        }
    }

    /// The delimiter detection would choose for a table starting with `head`.
    package static func delimiter(of head: some Collection<UInt8>) -> UInt8 {
        CSVPreamble(head, delimiter: nil).delimiter
    }
}

/// One reading of a table: the tokenizer and where its records go.
private struct RecordSession: ChunkConsumer {
    let skip: Int
    private let file: String?
    private var tokenizer: CSVTokenizer
    private let emit: ([String], Int) throws -> Void

    init(head: [UInt8], file: String?, delimiter: UInt8?, emit: @escaping ([String], Int) throws -> Void) {
        let preamble = CSVPreamble(head, delimiter: delimiter)
        skip = preamble.skip
        self.file = file
        self.emit = emit
        tokenizer = CSVTokenizer(
            delimiter: preamble.delimiter, file: file, log: DiagnosticLog(),
            firstRow: preamble.skippedSeparatorLine ? 2 : 1)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) throws {
        let emit = emit
        try tokenizer.feed(bytes) { record in try emit(record.cells.map(\.text), record.row) }
    }

    mutating func finish() throws -> [Diagnostic] {
        let emit = emit
        try tokenizer.finish { record in try emit(record.cells.map(\.text), record.row) }
        return tokenizer.log.diagnostics(file: file)
    }
}
