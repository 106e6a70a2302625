import Foundation
import JourneyModel

/// Takes the UTF-8 bytes of a CSV input in chunks, once it has seen the first one.
protocol ChunkConsumer {
    /// How many bytes of the first chunk to pass over (a byte-order mark, a `sep=` line).
    var skip: Int { get }
    /// Reads the next chunk.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) throws
}

/// Reads a stream in chunks into a consumer, without holding the whole input in memory.
///
/// UTF-16 and UTF-32 input (told by its byte-order mark) is turned into UTF-8 chunk by chunk, so the
/// consumer only ever sees UTF-8.
enum ChunkedInput {
    /// The size of a chunk: also the head a consumer is made from.
    static let chunkSize = CSVPreamble.sampleLength

    /// Opens `stream`, makes a consumer from its first chunk, feeds it every chunk and closes the stream.
    static func read<Consumer: ChunkConsumer>(
        _ stream: InputStream, file: String?, start: ([UInt8]) throws -> Consumer
    ) throws -> Consumer {
        stream.open()
        defer { stream.close() }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var count = try fill(&chunk, from: stream, file: file)
        if let encoding = UnicodeEncoding(byteOrderMarkOf: chunk[..<count]), encoding.needsTranscoding {
            return try readTranscoding(
                stream, file: file, encoding: encoding, chunk: &chunk, count: count, start: start)
        }
        var consumer = try start(Array(chunk[..<count]))
        var skip = min(consumer.skip, count)
        while count > 0 {
            try chunk.withUnsafeBytes { buffer in
                try consumer.feed(UnsafeRawBufferPointer(rebasing: buffer[skip..<count]))
            }
            skip = 0
            count = try fill(&chunk, from: stream, file: file)
        }
        return consumer
    }

    private static func readTranscoding<Consumer: ChunkConsumer>(
        _ stream: InputStream, file: String?, encoding: UnicodeEncoding, chunk: inout [UInt8], count: Int,
        start: ([UInt8]) throws -> Consumer
    ) throws -> Consumer {
        var transcoder = UTF8Transcoder(from: encoding)
        var piece: [UInt8] = []
        piece.reserveCapacity(chunkSize)
        chunk.withUnsafeBytes { buffer in
            transcoder.transcode(
                UnsafeRawBufferPointer(rebasing: buffer[encoding.byteOrderMarkLength..<count]), into: &piece)
        }
        var consumer = try start(piece)
        var skip = min(consumer.skip, piece.count)
        while true {
            try piece.withUnsafeBytes { buffer in
                try consumer.feed(UnsafeRawBufferPointer(rebasing: buffer[skip...]))
            }
            skip = 0
            piece.removeAll(keepingCapacity: true)
            let count = try fill(&chunk, from: stream, file: file)
            if count == 0 {
                transcoder.finish(into: &piece)
                try piece.withUnsafeBytes { try consumer.feed($0) }
                return consumer
            }
            chunk.withUnsafeBytes { buffer in
                transcoder.transcode(UnsafeRawBufferPointer(rebasing: buffer[..<count]), into: &piece)
            }
        }
    }

    /// Fills `chunk` from the stream; returns how many bytes it holds (fewer only at the end).
    private static func fill(_ chunk: inout [UInt8], from stream: InputStream, file: String?) throws -> Int {
        var filled = 0
        while filled < chunk.count {
            let capacity = chunk.count - filled
            let count = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.read(buffer.baseAddress! + filled, maxLength: capacity)
            }
            if count < 0 {
                let reason = stream.streamError?.localizedDescription ?? "unknown error"
                throw ReadError("cannot read the input: \(reason)", at: SourceLocation(file: file), kind: .unreadable)
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
