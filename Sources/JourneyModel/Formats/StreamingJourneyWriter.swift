import Foundation

/// A writer that hands its output on piece by piece while it writes, so that a large map's
/// document is never whole in memory.
///
/// ```swift
/// let file = try FileHandle(forWritingTo: url)
/// try JourneyXMLFormat().write(map, to: { file.write(Data($0)) })
/// ```
public protocol StreamingJourneyWriter: JourneyWriter {
    /// Writes the map to `output` in pieces, in order: together the bytes ``JourneyWriter/write(_:)``
    /// returns.
    ///
    /// - Throws: ``WriteError`` as `write(_:)` does, possibly after some pieces were handed on;
    ///   an error `output` throws stops the writing and is rethrown.
    func write(_ map: JourneyMap, to output: (UnsafeRawBufferPointer) throws -> Void) throws
}
