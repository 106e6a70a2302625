internal import CSystemZlib
import Foundation

/// Raw DEFLATE decompression (no zlib or gzip header), as draw.io compresses its pages.
enum Inflate {
    /// Why data could not be inflated.
    enum Failure: Error, Equatable {
        /// The data is not a complete DEFLATE stream.
        case corrupt(String)
        /// The stream ends before its final block.
        case truncated
        /// The output would exceed the limit.
        case tooLarge(limit: Int)
    }

    /// Inflates raw DEFLATE data, refusing to produce more than `limit` bytes.
    static func raw(_ input: Data, limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        guard csz_inflate_init_raw(&stream) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunkSize = 64 * 1024
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status: Int32 = Z_OK
        var input = input
        let inputCount = input.count
        let failure: Failure? = input.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Failure? in
            stream.next_in = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = uInt(inputCount)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunkSize - Int(stream.avail_out)
                }
                switch status {
                case Z_OK, Z_STREAM_END, Z_BUF_ERROR: break
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid compressed data"
                    return .corrupt(message)
                }
                if output.count + produced > limit { return .tooLarge(limit: limit) }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_BUF_ERROR && stream.avail_in == 0 { return .truncated }
            } while status != Z_STREAM_END
            return nil
        }
        if let failure { throw failure }
        return output
    }
}

/// Checksums computed by zlib.
enum Checksum {
    /// The CRC-32 of `data`, as ZIP archives record it.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { buffer -> UInt32 in
            var crc = CSystemZlib.crc32(0, nil, 0)
            var offset = 0
            // zlib takes lengths as 32-bit values: hand it the data in pieces.
            while offset < buffer.count {
                let length = min(buffer.count - offset, 1 << 30)
                crc = CSystemZlib.crc32(
                    crc, buffer.baseAddress?.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
