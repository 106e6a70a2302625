import Foundation

/// A file format for journey maps: what it is called, how its files are named and its media type.
///
/// A format reads (``JourneyReader``), writes (``JourneyWriter``) or both. Formats are small values,
/// so a format with options is a value carrying them: `.xml`, `.json(prettyPrinted: false)`.
/// Define your own in your package and add it to a ``FormatRegistry``.
public protocol JourneyFormat: Sendable {
    /// A short, stable identifier used on the command line (`journey-xml`, `json`, `svg`).
    var identifier: String { get }
    /// A name for people ("JourneyKit XML").
    var name: String { get }
    /// File name extensions without the leading dot, most specific first (`journey.xml`, `xml`).
    var fileExtensions: [String] { get }
    /// The media type of the files.
    var mediaType: String { get }
}

/// A format that can read maps.
public protocol JourneyReader: JourneyFormat {
    /// Whether `sample` looks like this format, judged by content (a `.xml` file may be a draw.io
    /// diagram or a canonical journey map). Be specific: a reader that claims everything hides others.
    func recognizes(_ sample: ContentSample) -> Bool

    /// Reads a map.
    ///
    /// - Parameters:
    ///   - data: the whole input.
    ///   - file: the name to use in errors and locations; `nil` for standard input or memory.
    /// - Throws: ``ReadError`` naming the file, line and column of the first problem that prevents
    ///   reading. Problems that can be recovered from are returned as diagnostics instead.
    func read(_ data: Data, file: String?) throws -> ReadResult

    /// Reads a map from the file at `url`.
    ///
    /// Readers that can stream read the file piece by piece, so it is never wholly in memory; the
    /// default reads it whole and calls ``read(_:file:)``.
    ///
    /// - Parameters:
    ///   - url: the file to read.
    ///   - file: the name to use in errors and locations, as the user gave it.
    /// - Throws: ``ReadError`` when the file cannot be read or is not a map.
    func read(contentsOf url: URL, file: String?) throws -> ReadResult
}

extension JourneyReader {
    public func read(contentsOf url: URL, file: String?) throws -> ReadResult {
        try read(Data(readingFileAt: url, named: file), file: file)
    }
}

extension Data {
    /// The whole content of a file, or a ``ReadError`` naming it.
    package init(readingFileAt url: URL, named file: String?) throws {
        do {
            self = try Data(contentsOf: url)
        } catch {
            throw ReadError(
                "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: file ?? url.path),
                kind: .unreadable)
        }
    }
}

/// A format that can write maps.
public protocol JourneyWriter: JourneyFormat {
    /// Writes a map. The same map gives the same bytes.
    ///
    /// - Throws: ``WriteError`` when the map holds something the format cannot represent.
    func write(_ map: JourneyMap) throws -> Data

    /// The file name extensions this format writes, when fewer than it reads.
    ///
    /// draw.io reads `.drawio.svg` files but writes only `.drawio`: a file named `map.drawio.svg` is
    /// then written by the SVG format. The default is ``JourneyFormat/fileExtensions``.
    var writtenFileExtensions: [String] { get }
}

extension JourneyWriter {
    public var writtenFileExtensions: [String] { fileExtensions }
}

/// A writer whose format cannot carry everything a map holds, and says what it leaves out.
///
/// Writing never drops data silently: a format that cannot carry something lists it here, one
/// warning per element (naming the element's path), and `journey convert` prints the list (and
/// refuses to write with `--strict`).
///
/// ```swift
/// let grid = JourneyCSVFormat.csv(layout: .grid)
/// for warning in grid.lossReport(for: map) { print(warning) }
/// ```
public protocol LossReportingWriter: JourneyWriter {
    /// What writing `map` in this format leaves out or changes; empty when nothing.
    func lossReport(for map: JourneyMap) -> [Diagnostic]
}

/// What a reader returns: the map, what it noticed, and where each element was in the source.
public struct ReadResult: Sendable {
    /// The map.
    public var map: JourneyMap
    /// Recoverable problems found while reading; the map is complete despite them.
    public var diagnostics: [Diagnostic]
    /// Where the map's elements were in the source, to locate validation diagnostics.
    public var sourceMap: SourceMap

    public init(map: JourneyMap, diagnostics: [Diagnostic] = [], sourceMap: SourceMap = SourceMap()) {
        self.map = map
        self.diagnostics = diagnostics
        self.sourceMap = sourceMap
    }
}

/// A problem that stops a reader: the input cannot be read as a whole map.
///
/// Switch on ``kind`` to react; show ``description`` to people.
///
/// ```swift
/// do {
///     let map = try JourneyMap(contentsOf: url)
/// } catch let error as ReadError where error.kind == .limitExceeded {
///     // ask before raising the limit
/// }
/// ```
public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is: a stable value to switch on.
    public var kind: Kind
    /// What is wrong and what was expected.
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation
    /// Further problems found in the same pass (a schema reports them all at once).
    public var additionalErrors: [ReadError]

    public init(
        _ message: String, at location: SourceLocation, kind: Kind = .invalid, additionalErrors: [ReadError] = []
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.additionalErrors = additionalErrors
    }

    /// What kind of problem stopped a reader.
    ///
    /// The values are stable; new ones may be added, so a `switch` over them needs a `default`.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The input breaks its format's syntax: malformed XML, JSON or CSV, bad base64 or DEFLATE
        /// data, a damaged ZIP archive.
        public static let malformed = Kind(rawValue: "malformed")
        /// The input is well-formed but not a valid map: a schema violation, a missing field, a value
        /// of the wrong type, an identifier with spaces.
        public static let invalid = Kind(rawValue: "invalid")
        /// The input is another format, or another version of it, than the reader reads.
        public static let unsupportedFormat = Kind(rawValue: "unsupported-format")
        /// The input passes one of the ``ReadLimits`` or a limit of the XML parser.
        public static let limitExceeded = Kind(rawValue: "limit-exceeded")
        /// The input holds what is refused for safety: a document type with declarations, an entity.
        public static let unsafe = Kind(rawValue: "unsafe")
        /// The file cannot be read at all: missing, a folder, not permitted.
        public static let unreadable = Kind(rawValue: "unreadable")

        public var description: String { rawValue }
    }

    /// This error and the additional ones.
    public var allErrors: [ReadError] {
        var first = self
        first.additionalErrors = []
        return [first] + additionalErrors
    }

    /// `file:line:column: error: message`, one line per error.
    public var description: String {
        allErrors.map { "\($0.location): error: \($0.message)" }.joined(separator: "\n")
    }
}

/// A problem that stops a writer: the map holds something the format cannot represent, or the
/// writer's options are not usable.
public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is: a stable value to switch on.
    public var kind: Kind
    /// What cannot be written.
    public var message: String
    /// The element concerned, when known.
    public var path: ElementPath?

    public init(_ message: String, at path: ElementPath? = nil, kind: Kind = .unrepresentable) {
        self.kind = kind
        self.message = message
        self.path = path
    }

    /// What kind of problem stopped a writer.
    ///
    /// The values are stable; new ones may be added, so a `switch` over them needs a `default`.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The map holds something the format cannot carry.
        ///
        /// A control character, a number that is not finite, an identifier with spaces:
        /// ``JourneyMap/validate(rules:)`` reports these too.
        public static let unrepresentable = Kind(rawValue: "unrepresentable")
        /// The writer's options cannot be used: a font size out of range, a lane or persona to draw
        /// that the map does not have.
        public static let invalidOptions = Kind(rawValue: "invalid-options")
        /// The file cannot be written: no permission, no space, the output would replace the input.
        public static let unwritable = Kind(rawValue: "unwritable")

        public var description: String { rawValue }
    }

    public var description: String { path.map { "\($0): \(message)" } ?? message }
}

/// The beginning of an input, for recognizing its format without reading it all.
public struct ContentSample: Sendable {
    /// How many bytes a sample holds at most.
    public static let length = 8192

    /// The first bytes.
    public let bytes: Data
    /// The file name, if any: a hint only, never decisive on its own.
    public let fileName: String?
    /// The bytes as text (UTF-8, or UTF-16 or UTF-32 by byte-order mark), without a byte-order mark
    /// and leading white space; `nil` when the sample is not text.
    public let text: String?

    /// Takes a sample of `data`.
    public init(_ data: Data, fileName: String? = nil) {
        bytes = data.prefix(Self.length)
        self.fileName = fileName
        text = Self.decode(bytes)?.trimmingPrefix(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
    }

    /// The sample's bytes as UTF-8, for readers that look at bytes, such as CSV's.
    ///
    /// Turned into UTF-8 when a UTF-16 or UTF-32 byte-order mark starts them (the mark left out, a
    /// character cut at the end of the sample as U+FFFD); as they are otherwise.
    package var utf8Bytes: Data { UnicodeEncoding.utf8(transcoding: bytes) ?? bytes }

    private static func decode(_ bytes: Data) -> String? {
        if let utf8 = UnicodeEncoding.utf8(transcoding: bytes) {
            // A character cut at the end of the sample became U+FFFD: leave it out.
            var text = String(decoding: utf8, as: UTF8.self)
            if text.hasSuffix("\u{FFFD}") { text.removeLast() }
            return text
        }
        // Allow a UTF-8 sequence cut at the end of the sample.
        for cut in 0...3 where bytes.count >= cut {
            if let text = String(bytes: bytes.dropLast(cut), encoding: .utf8) { return text }
        }
        return nil
    }

    /// The root element of an XML sample: its qualified name and namespace.
    ///
    /// Found by looking at the first start tag; `nil` when the sample does not look like XML.
    public var xmlRoot: (name: String, namespace: String?)? {
        guard let text, text.hasPrefix("<") else { return nil }
        var rest = Substring(text)
        // Skip the declaration, comments, processing instructions and a document type.
        while rest.hasPrefix("<?") || rest.hasPrefix("<!") {
            let end = rest.hasPrefix("<!--") ? "-->" : ">"
            guard let range = rest.range(of: end) else { return nil }
            rest = rest[range.upperBound...].drop(while: { $0.isWhitespace })
        }
        guard rest.hasPrefix("<"), let tagEnd = rest.firstIndex(of: ">") else { return nil }
        let tag = rest[rest.index(after: rest.startIndex)..<tagEnd]
        let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
        guard !name.isEmpty else { return nil }
        let prefix = name.contains(":") ? String(name.split(separator: ":")[0]) : nil
        let attribute = prefix.map { "xmlns:\($0)" } ?? "xmlns"
        return (name, Self.attributeValue(attribute, in: tag))
    }

    private static func attributeValue(_ name: String, in tag: Substring) -> String? {
        var search = tag[...]
        while let range = search.range(of: name) {
            let before = range.lowerBound == tag.startIndex ? " " : tag[tag.index(before: range.lowerBound)]
            var after = tag[range.upperBound...].drop(while: \.isWhitespace)
            if before.isWhitespace, after.hasPrefix("=") {
                after = after.dropFirst().drop(while: \.isWhitespace)
                if let quote = after.first, quote == "\"" || quote == "'" {
                    let value = after.dropFirst().prefix { $0 != quote }
                    return String(value)
                }
            }
            search = tag[range.upperBound...]
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate))
    }
}
