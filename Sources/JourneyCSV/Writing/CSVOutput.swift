import Foundation
import JourneyModel

/// Writes RFC 4180 records: CRLF after each record, cells quoted when they must be, formulas
/// neutralized on request (see ``FormulaNeutralization``).
///
/// A cell is `nil` when it holds no value (written as nothing) and a text otherwise; an empty text is
/// written as `""`, so a reader can tell an empty text from a missing value.
struct CSVOutput {
    let delimiter: UInt8
    let neutralizesFormulas: Bool
    private(set) var bytes: [UInt8] = []
    private var cellsInRecord = 0
    /// Where full pieces go as they are written; `nil` keeps every byte in ``bytes``.
    var sink: ((UnsafeRawBufferPointer) throws -> Void)?

    /// The size at which a finished record hands the bytes so far on to the ``sink``.
    static let pieceSize = 1 << 16

    private static let quote = UInt8(ascii: "\"")

    init(delimiter: UInt8, neutralizesFormulas: Bool, byteOrderMark: Bool) {
        self.delimiter = delimiter
        self.neutralizesFormulas = neutralizesFormulas
        bytes.reserveCapacity(1 << 16)
        if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// The bytes written.
    var data: Data { Data(bytes) }

    /// Writes one record.
    ///
    /// - Throws: ``WriteError`` at `path` when a cell holds a NUL character, which CSV readers refuse.
    mutating func record(_ cells: [String?], path: ElementPath = .map) throws {
        for cell in cells { try write(cell, path: path) }
        endRecord()
        if bytes.count >= Self.pieceSize { try handOn() }
    }

    /// Hands what is written so far to the ``sink``, if there is one.
    mutating func handOn() throws {
        guard let sink, !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes one cell of the current record.
    mutating func write(_ cell: String?, path: ElementPath = .map) throws {
        if cellsInRecord > 0 { bytes.append(delimiter) }
        cellsInRecord += 1
        guard var text = cell else { return }
        if FormulaNeutralization.needsPrefix(text, neutralizing: neutralizesFormulas) { text = "'" + text }
        var mustQuote = text.isEmpty
        for byte in text.utf8 {
            switch byte {
            case 0:
                throw WriteError("a text holds a NUL character, which CSV cannot carry", at: path)
            case delimiter, Self.quote, UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                mustQuote = true
            default:
                continue
            }
        }
        guard mustQuote else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in text.utf8 {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    /// Ends the current record with CRLF.
    mutating func endRecord() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
        cellsInRecord = 0
    }
}
