internal import CSystemZlib
import Foundation

/// Raw DEFLATE compression (no zlib or gzip header), as draw.io compresses its pages.
enum Deflate {
    /// Why data could not be deflated: zlib refused to start or to finish.
    struct Failure: Error, Equatable {
        /// What zlib said.
        var message: String
    }

    /// Compresses `input` into one raw DEFLATE stream; the same input gives the same bytes.
    static func raw(_ input: Data) throws(Failure) -> Data {
        var stream = z_stream()
        guard csz_deflate_init_raw(&stream) == Z_OK else { throw Failure(message: "zlib could not start") }
        defer { deflateEnd(&stream) }
        var input = input
        let inputCount = input.count
        var output = Data()
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let status = input.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Int32 in
            stream.next_in = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = uInt(inputCount)
            var status: Int32 = Z_OK
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = deflate(&stream, Z_FINISH)
                    return chunkSize - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
            } while status == Z_OK || (status == Z_BUF_ERROR && stream.avail_out == 0)
            return status
        }
        guard status == Z_STREAM_END else { throw Failure(message: "zlib stopped with status \(status)") }
        return output
    }
}

/// Percent-encoding as JavaScript's `encodeURIComponent` does it, which draw.io applies to a page's
/// XML before compressing it.
enum PercentEncoding {
    /// The bytes `encodeURIComponent` leaves as they are: ASCII letters, digits and `-_.!~*'()`.
    private static let unreserved: Set<UInt8> = Set(
        Array(UInt8(ascii: "A")...UInt8(ascii: "Z")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
            + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array("-_.!~*'()".utf8))

    /// The UTF-8 bytes of `data` with every other byte written as `%XX` (upper-case hexadecimal).
    static func encode(_ data: Data) -> Data {
        let digits = Array("0123456789ABCDEF".utf8)
        var output = Data()
        output.reserveCapacity(data.count * 2)
        for byte in data {
            if unreserved.contains(byte) {
                output.append(byte)
            } else {
                output.append(contentsOf: [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }
        }
        return output
    }
}
