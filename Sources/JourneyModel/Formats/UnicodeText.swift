import Foundation

/// The Unicode encoding a byte-order mark announces, and turning such text into UTF-8.
///
/// Windows editors and spreadsheets save "Unicode" text as UTF-16 with a byte-order mark, and some
/// tools write UTF-32. Readers that work on UTF-8 bytes (CSV, JSON, HTML) turn such input into
/// UTF-8 first; XML is handed to libxml2 with its encoding instead.
package enum UnicodeEncoding: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian

    /// The encoding whose byte-order mark starts `bytes`, or `nil` when they start with none.
    ///
    /// UTF-32 little-endian (`FF FE 00 00`) is told from UTF-16 little-endian (`FF FE`) by its two
    /// zero bytes.
    package init?(byteOrderMarkOf bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(4))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            self = .utf8
        } else if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            self = .utf32LittleEndian
        } else if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            self = .utf32BigEndian
        } else if head.starts(with: [0xFF, 0xFE]) {
            self = .utf16LittleEndian
        } else if head.starts(with: [0xFE, 0xFF]) {
            self = .utf16BigEndian
        } else {
            return nil
        }
    }

    /// How many bytes the byte-order mark takes.
    package var byteOrderMarkLength: Int {
        switch self {
        case .utf8: 3
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf32LittleEndian, .utf32BigEndian: 4
        }
    }

    /// Whether text in this encoding must be turned into UTF-8 for readers of UTF-8 bytes.
    package var needsTranscoding: Bool { self != .utf8 }

    /// The encoding's name as libxml2 and iconv know it.
    package var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf32LittleEndian: "UTF-32LE"
        case .utf32BigEndian: "UTF-32BE"
        }
    }

    /// `data` as UTF-8 without a byte-order mark, when it starts with a UTF-16 or UTF-32 one;
    /// `nil` for any other data, which is left to the reader as it is.
    package static func utf8(transcoding data: Data) -> Data? {
        guard let encoding = UnicodeEncoding(byteOrderMarkOf: data), encoding.needsTranscoding else { return nil }
        var transcoder = UTF8Transcoder(from: encoding)
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        data.dropFirst(encoding.byteOrderMarkLength).withUnsafeBytes { transcoder.transcode($0, into: &output) }
        transcoder.finish(into: &output)
        return Data(output)
    }
}

/// Turns UTF-16 or UTF-32 text into UTF-8 piece by piece, as a file is read.
///
/// A code unit or a surrogate pair cut between two pieces is completed by the next piece. Text that
/// is not valid in its encoding (a lone surrogate, a number beyond U+10FFFF, bytes left over at the
/// end) becomes U+FFFD, as `String(decoding:as:)` does.
package struct UTF8Transcoder: Sendable {
    private let unitSize: Int
    private let bigEndian: Bool
    /// The bytes of a code unit cut at the end of the last piece.
    private var partial: [UInt8] = []
    /// A high surrogate waiting for its low one (UTF-16).
    private var highSurrogate: UInt32?

    /// A transcoder from `encoding`, whose byte-order mark has already been skipped.
    package init(from encoding: UnicodeEncoding) {
        switch encoding {
        case .utf8, .utf16LittleEndian, .utf16BigEndian: unitSize = 2
        case .utf32LittleEndian, .utf32BigEndian: unitSize = 4
        }
        bigEndian = encoding == .utf16BigEndian || encoding == .utf32BigEndian
    }

    /// Appends the UTF-8 of the next piece of input to `output`.
    package mutating func transcode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var index = 0
        if !partial.isEmpty {
            while partial.count < unitSize, index < bytes.count {
                partial.append(bytes[index])
                index += 1
            }
            guard partial.count == unitSize else { return }
            let unit = partial.withUnsafeBytes { codeUnit($0, at: 0) }
            partial.removeAll(keepingCapacity: true)
            append(unit, to: &output)
        }
        while index + unitSize <= bytes.count {
            append(codeUnit(bytes, at: index), to: &output)
            index += unitSize
        }
        partial.append(contentsOf: bytes[index...])
    }

    /// Ends the input: what is left is not a whole character and becomes U+FFFD.
    package mutating func finish(into output: inout [UInt8]) {
        if highSurrogate != nil || !partial.isEmpty { Self.appendReplacement(to: &output) }
        highSurrogate = nil
        partial.removeAll()
    }

    private func codeUnit(_ bytes: UnsafeRawBufferPointer, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<unitSize {
            let byte = UInt32(bytes[index + (bigEndian ? offset : unitSize - 1 - offset)])
            value = value << 8 | byte
        }
        return value
    }

    private mutating func append(_ unit: UInt32, to output: inout [UInt8]) {
        var scalar = unit
        if unitSize == 2 {
            if let high = highSurrogate {
                highSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                } else {
                    Self.appendReplacement(to: &output)
                }
            }
            if scalar == unit {
                if (0xD800...0xDBFF).contains(unit) {
                    highSurrogate = unit
                    return
                }
                if (0xDC00...0xDFFF).contains(unit) {
                    Self.appendReplacement(to: &output)
                    return
                }
            }
        }
        guard let valid = Unicode.Scalar(scalar) else {
            Self.appendReplacement(to: &output)
            return
        }
        output.append(contentsOf: UTF8.encode(valid)!)
    }

    private static func appendReplacement(to output: inout [UInt8]) {
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }
}
