import Foundation

/// Limits that keep hostile input from taking the machine down, in one place.
///
/// A file that passes a limit is refused with a ``ReadError`` naming the file, the limit and how to
/// raise it; nothing is read past it. The defaults let through every map a person draws, with a
/// wide margin (the largest drawings seen in practice hold tens of thousands of shapes and tens of
/// megabytes), and keep a hostile file well under a gigabyte of memory.
///
/// ```swift
/// var limits = ReadLimits()
/// limits.maximumInputSize = 64 << 20  // a web service taking uploads
/// let format = DiagramImportFormat.drawio.with(limits: limits)
/// ```
///
/// Two limits belong to the XML parser (libxml2) and cannot be raised: elements nest at most
/// ``maximumElementDepth`` levels below the root, and one tag with its attributes, or one text, is read in one
/// piece of at most ``maximumMarkupLength`` bytes. Both are checked with a clear error too.
public struct ReadLimits: Hashable, Sendable, Codable {
    /// The most bytes one input may have; 1 GiB by default.
    ///
    /// Checked before a file is read, and while standard input is read.
    public var maximumInputSize: Int
    /// The most bytes the compressed parts of one file may expand to, all together; 256 MiB by
    /// default.
    ///
    /// Counts every compressed draw.io page and every ZIP part (a Visio package) read from the file,
    /// checked while they expand: a file of many small compressed pages cannot add up to more.
    public var maximumExpandedSize: Int
    /// The largest ratio of expanded to compressed size one ZIP part may declare; 200 by default
    /// (ordinary XML compresses 5–20 times).
    public var maximumCompressionRatio: Double
    /// The most entries a ZIP package may list; 10,000 by default (a Visio file has tens).
    public var maximumArchiveEntries: Int
    /// The most shapes and connectors one drawing may hold over all its pages; 2,000,000 by default.
    public var maximumShapes: Int

    /// How many levels below the root element elements may nest in an XML input: 256, libxml2's own
    /// limit.
    public static let maximumElementDepth = 256
    /// The most bytes one tag with its attributes, or one text, may take in an XML input:
    /// 10,000,000, libxml2's own limit without its "huge" mode, which JourneyKit never enables.
    public static let maximumMarkupLength = 10_000_000

    /// The default limits.
    public static let standard = ReadLimits()

    public init(
        maximumInputSize: Int = 1 << 30, maximumExpandedSize: Int = 256 << 20,
        maximumCompressionRatio: Double = 200, maximumArchiveEntries: Int = 10_000,
        maximumShapes: Int = 2_000_000
    ) {
        self.maximumInputSize = maximumInputSize
        self.maximumExpandedSize = maximumExpandedSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.maximumArchiveEntries = maximumArchiveEntries
        self.maximumShapes = maximumShapes
    }

    /// Refuses an input larger than ``maximumInputSize``.
    ///
    /// - Parameters:
    ///   - size: the input's size in bytes (at least this many, for an input still being read).
    ///   - file: the name used in the error; `nil` for standard input or memory.
    public func checkInputSize(_ size: Int, file: String?) throws(ReadError) {
        guard size > maximumInputSize else { return }
        throw ReadError(
            "the input is larger than the limit of \(maximumInputSize) bytes (ReadLimits.maximumInputSize"
                + "; --max-input-size on the command line)",
            at: SourceLocation(file: file), kind: .limitExceeded)
    }

    /// Refuses a file larger than ``maximumInputSize`` before it is read.
    ///
    /// A file whose size cannot be read passes: reading it then fails with its own error.
    public func checkInputSize(ofFileAt url: URL, file: String?) throws(ReadError) {
        // `stat` itself: Foundation's resource values also look the owner up in the user database.
        var status = stat()
        let size = url.isFileURL && stat(url.path, &status) == 0 ? Int(status.st_size) : 0
        try checkInputSize(size, file: file ?? url.path)
    }

    /// Refuses a drawing with more than ``maximumShapes`` shapes and connectors.
    ///
    /// - Parameters:
    ///   - count: the shapes and connectors read so far.
    ///   - location: where the one over the limit is.
    public func checkShapeCount(_ count: Int, at location: SourceLocation) throws(ReadError) {
        guard count > maximumShapes else { return }
        throw ReadError(
            "the drawing holds more than the limit of \(maximumShapes) shapes and connectors "
                + "(ReadLimits.maximumShapes; --max-shapes on the command line)",
            at: location, kind: .limitExceeded)
    }
}
