internal import CLibXML2
import Foundation

/// Where an ``XMLWriter`` made with an output sends its bytes: in pieces of about
/// ``pieceSize`` bytes while it writes, so that a large document is never whole in memory.
final class XMLOutput {
    /// How many bytes gather before they are handed on.
    static let pieceSize = 64 * 1024

    private let send: (UnsafeRawBufferPointer) throws -> Void
    /// The last byte handed on, if any.
    private(set) var lastByte: UInt8?

    init(_ send: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.send = send
    }

    /// Hands on what the writer's buffer holds and empties it.
    func take(from buffer: xmlBufferPtr) throws {
        let length = Int(xmlBufferLength(buffer))
        guard length > 0, let content = xmlBufferContent(buffer) else { return }
        try send(UnsafeRawBufferPointer(start: content, count: length))
        lastByte = content[length - 1]
        xmlBufferEmpty(buffer)
    }
}

extension XMLWriter {
    /// Creates a writer that hands its bytes to `output` piece by piece as it writes them, rather
    /// than keeping the document: the same bytes, in order, as ``finish()`` would return.
    ///
    /// An error `output` throws stops the writing and comes out of the call that was writing.
    public convenience init(
        indentation: String? = "  ", output: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try self.init(indentation: indentation)
        self.output = XMLOutput(output)
    }

    /// The last byte handed to the output so far, or `nil`; for a writer without an output, `nil`.
    public var lastByteWritten: UInt8? { output?.lastByte }
}
