import JourneyModel

/// One cell as read: its text and whether it was quoted.
///
/// An unquoted empty cell is *absent*; a quoted empty cell (`""`) is an empty text. The long layout
/// uses the difference to tell a missing value from an empty one.
struct CSVCell: Hashable, Sendable {
    var text: String
    var quoted: Bool

    /// Whether the cell holds nothing at all: empty and not quoted.
    var isAbsent: Bool { !quoted && text.isEmpty }
}

/// One record (row) as read, with where it starts.
struct CSVRecord: Sendable {
    var cells: [CSVCell]
    /// The record's number, 1-based, as spreadsheets number rows.
    var row: Int
    /// The physical line the record starts on, 1-based; differs from `row` after cells with line breaks.
    var line: Int

    /// Whether the record holds no text at all (a blank line, or only empty cells).
    var isBlank: Bool { cells.allSatisfy { $0.text.isEmpty } }

    /// The text of the cell at a 0-based index, or `""` past the end of the record.
    func text(at index: Int) -> String { index < cells.count ? cells[index].text : "" }
}

/// An RFC 4180 tokenizer over bytes fed in chunks, tracking rows, columns and lines.
///
/// It reads quoted cells with doubled quotes, delimiters and line breaks inside them; records end at
/// LF, CRLF or a lone CR. It refuses NUL bytes, bytes that are not UTF-8 and a quoted cell that is
/// never closed, naming row and column. A quote inside an unquoted cell, or a quote followed by
/// something other than a delimiter or a line end inside a quoted cell, is kept as a literal quote
/// with a warning (`"He said "hi" to me"` reads as `He said "hi" to me`), as people write it by hand.
struct CSVTokenizer {
    /// The delimiter byte.
    let delimiter: UInt8
    /// The file name used in errors.
    let file: String?
    /// Warnings found so far.
    var log: DiagnosticLog

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted
        case afterCarriageReturn
    }

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var cells: [CSVCell] = []
    private var row = 1
    private var line = 1
    private var recordLine = 1
    private var recordHasContent = false
    private var previousWasCarriageReturn = false
    private var quotedCellRow = 0
    private var quotedCellLine = 0
    private var quotedCellColumn = 0

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Creates a tokenizer whose first record is on row and line `firstRow`.
    init(delimiter: UInt8, file: String?, log: DiagnosticLog, firstRow: Int = 1) {
        self.delimiter = delimiter
        self.file = file
        self.log = log
        row = firstRow
        line = firstRow
        recordLine = firstRow
        field.reserveCapacity(256)
    }

    /// The number of the record being read.
    var currentRow: Int { row }

    /// Reads a chunk of bytes, handing each complete record to `emit`.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: (CSVRecord) throws -> Void) throws {
        let count = bytes.count
        var index = 0
        while index < count {
            switch state {
            case .afterCarriageReturn:
                state = .fieldStart
                if bytes[index] == Self.lineFeed {
                    previousWasCarriageReturn = false
                    index += 1
                }
            case .fieldStart:
                if bytes[index] == Self.quote {
                    state = .quoted
                    recordHasContent = true
                    quotedCellRow = row
                    quotedCellLine = line
                    quotedCellColumn = cells.count + 1
                    previousWasCarriageReturn = false
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == delimiter || byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn
                        || byte == 0
                    {
                        break
                    }
                    index += 1
                }
                if index > start {
                    field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                    recordHasContent = true
                    previousWasCarriageReturn = false
                }
                guard index < count else { break }
                let byte = bytes[index]
                index += 1
                if byte == delimiter {
                    recordHasContent = true
                    previousWasCarriageReturn = false
                    try endField(quoted: false)
                    state = .fieldStart
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try endField(quoted: false)
                    try endRecord(emit)
                    countLineBreak(byte)
                    recordLine = line
                    state = byte == Self.carriageReturn ? .afterCarriageReturn : .fieldStart
                } else if byte == Self.quote {
                    log.warn(
                        "csv-stray-quote",
                        "a quote inside a cell that does not start with one is kept as a literal quote",
                        at: location(column: cells.count + 1))
                    field.append(byte)
                    previousWasCarriageReturn = false
                } else {
                    throw nulError()
                }
            case .quoted:
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == Self.quote || byte == Self.lineFeed || byte == Self.carriageReturn || byte == 0 {
                        break
                    }
                    index += 1
                }
                if index > start {
                    field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                    previousWasCarriageReturn = false
                }
                guard index < count else { break }
                let byte = bytes[index]
                index += 1
                if byte == Self.quote {
                    state = .quoteInQuoted
                    previousWasCarriageReturn = false
                } else if byte == 0 {
                    throw nulError()
                } else {
                    field.append(byte)
                    countLineBreak(byte)
                }
            case .quoteInQuoted:
                let byte = bytes[index]
                if byte == Self.quote {
                    field.append(byte)
                    state = .quoted
                    index += 1
                } else if byte == delimiter {
                    try endField(quoted: true)
                    state = .fieldStart
                    index += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try endField(quoted: true)
                    try endRecord(emit)
                    countLineBreak(byte)
                    recordLine = line
                    state = byte == Self.carriageReturn ? .afterCarriageReturn : .fieldStart
                    index += 1
                } else {
                    // A lone quote inside a quoted cell: keep it and go on reading the cell.
                    log.warn(
                        "csv-stray-quote",
                        "a quote inside a quoted cell is not doubled; it is kept as a literal quote",
                        at: location(column: cells.count + 1))
                    field.append(Self.quote)
                    state = .quoted
                }
                previousWasCarriageReturn = false
            }
        }
    }

    /// Ends the input: hands over the last record if it has no line break after it.
    mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        switch state {
        case .quoted:
            throw ReadError(
                "a quoted cell is never closed (unbalanced quote): the cell that starts here runs to the end "
                    + "of the input; double a quote inside a quoted cell (\"\") or close the cell",
                at: SourceLocation(
                    file: file, line: quotedCellRow, column: quotedCellColumn,
                    detail: quotedCellLine == quotedCellRow ? nil : "line \(quotedCellLine)"), kind: .malformed)
        case .quoteInQuoted:
            try endField(quoted: true)
            try endRecord(emit)
        case .unquoted:
            try endField(quoted: false)
            try endRecord(emit)
        case .fieldStart:
            if recordHasContent {
                try endField(quoted: false)
                try endRecord(emit)
            }
        case .afterCarriageReturn:
            break
        }
        state = .fieldStart
    }

    private mutating func countLineBreak(_ byte: UInt8) {
        if byte == Self.carriageReturn {
            line += 1
            previousWasCarriageReturn = true
        } else if byte == Self.lineFeed {
            if !previousWasCarriageReturn { line += 1 }
            previousWasCarriageReturn = false
        } else {
            previousWasCarriageReturn = false
        }
    }

    private mutating func endField(quoted: Bool) throws {
        guard let text = Self.text(field) else {
            throw ReadError(
                "the cell is not UTF-8 text; save the file as UTF-8 (\"CSV UTF-8\" in spreadsheets)",
                at: location(column: cells.count + 1), kind: .malformed)
        }
        cells.append(CSVCell(text: text, quoted: quoted))
        field.removeAll(keepingCapacity: true)
    }

    /// The bytes as text, or `nil` when they are not UTF-8.
    ///
    /// Decoding with repair and comparing is much faster than the generic validating initializer,
    /// and ASCII (most cells) needs no comparison at all.
    static func text(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            let text = String(decoding: buffer, as: UTF8.self)
            if !buffer.contains(where: { $0 >= 0x80 }) { return text }
            return text.utf8.elementsEqual(buffer) ? text : nil
        }
    }

    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) throws {
        // Hand the cells over and take the buffer back, so each record reuses one array.
        var record = CSVRecord(cells: [], row: row, line: recordLine)
        swap(&record.cells, &cells)
        recordHasContent = false
        row += 1
        try emit(record)
        swap(&record.cells, &cells)
        cells.removeAll(keepingCapacity: true)
    }

    private func location(column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column, detail: recordLine == row ? nil : "line \(recordLine)")
    }

    private func nulError() -> ReadError {
        ReadError(
            "a NUL byte is not text: the file is probably binary or UTF-16; save it as UTF-8 CSV",
            at: location(column: cells.count + 1), kind: .malformed)
    }
}
