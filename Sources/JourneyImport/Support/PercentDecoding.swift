/// Percent-decoding of the text draw.io compresses (`encodeURIComponent` of the page's XML), on
/// bytes: what `String.removingPercentEncoding` gives, without turning tens of megabytes into a
/// `String` and back.
import Foundation

enum PercentDecoding {
    /// The decoded bytes; `nil` when a `%` is not followed by two hexadecimal digits or the result is
    /// not UTF-8.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Data? {
        var output = Data(count: bytes.count)
        let count = output.withUnsafeMutableBytes { (output: UnsafeMutableRawBufferPointer) -> Int? in
            var written = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte != UInt8(ascii: "%") {
                    output[written] = byte
                    written += 1
                    index += 1
                    continue
                }
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                    let low = hexValue(bytes[index + 2])
                else { return nil }
                output[written] = high << 4 | low
                written += 1
                index += 3
            }
            return written
        }
        guard let count else { return nil }
        output.count = count
        guard String(validating: output, as: UTF8.self) != nil else { return nil }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
