import JourneyModel

/// What comes before the first record: the byte-order mark, Excel's `sep=` line, and the delimiter.
struct CSVPreamble {
    /// How many bytes to skip before the first record.
    var skip: Int
    /// The delimiter: named by a `sep=` line, or detected from the first records.
    var delimiter: UInt8
    /// Whether a `sep=` line was skipped (the first record is then on row 2).
    var skippedSeparatorLine: Bool

    /// How many bytes detection looks at.
    static let sampleLength = 65_536
    /// How many records detection looks at.
    static let sampleRecords = 20
    /// The delimiters detection chooses from when the header does not tell, preferred in this order
    /// when counts tie.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// Inspects the first bytes of an input.
    ///
    /// - Parameters:
    ///   - head: the first bytes (up to ``sampleLength`` of them are used).
    ///   - delimiter: the delimiter to use, or `nil` to detect it.
    ///
    /// The bytes are UTF-8: the format turns UTF-16 and UTF-32 input into UTF-8 before.
    init(_ head: some Collection<UInt8>, delimiter: UInt8?) {
        let bytes = Array(head.prefix(Self.sampleLength))
        var skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var named: UInt8?
        skippedSeparatorLine = false
        // Excel's hint line: `sep=;` alone on the first line.
        let hint = Array("sep=".utf8)
        if bytes.count >= skip + 5, Array(bytes[skip..<skip + 4]).map({ $0 | 0x20 }) == hint {
            let candidate = bytes[skip + 4]
            let end = skip + 5
            let lineEnds = end == bytes.count || bytes[end] == UInt8(ascii: "\n") || bytes[end] == UInt8(ascii: "\r")
            if lineEnds, candidate != UInt8(ascii: "\""), candidate >= 0x20 || candidate == UInt8(ascii: "\t") {
                named = candidate
                skip = end
                if skip < bytes.count, bytes[skip] == UInt8(ascii: "\r") { skip += 1 }
                if skip < bytes.count, bytes[skip] == UInt8(ascii: "\n") { skip += 1 }
                skippedSeparatorLine = true
            }
        }
        self.skip = skip
        self.delimiter = delimiter ?? named ?? Self.detectDelimiter(bytes[skip...])
    }

    /// The delimiter of a long-layout header (`stage?lane?kind?text`), or else the candidate that
    /// occurs most often outside quotes in the first records.
    static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        let stage = Array("stage".utf8)
        if bytes.count > stage.count, bytes.prefix(stage.count).map({ $0 | 0x20 }) == stage {
            let delimiter = bytes[bytes.startIndex + stage.count]
            let header = Array(
                "stage\(Character(Unicode.Scalar(delimiter)))lane\(Character(Unicode.Scalar(delimiter)))kind".utf8)
            if bytes.prefix(header.count).map({ $0 | 0x20 }) == header.map({ $0 | 0x20 }) { return delimiter }
        }
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var records = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == UInt8(ascii: "\n") {
                    records += 1
                    if records == sampleRecords { break }
                } else if let index = candidates.firstIndex(of: byte) {
                    counts[index] += 1
                }
            }
        }
        var best = 0
        for index in counts.indices where counts[index] > counts[best] { best = index }
        return candidates[best]
    }
}
