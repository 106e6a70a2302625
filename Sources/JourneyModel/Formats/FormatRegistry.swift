import Foundation

/// The formats a program knows: the built-in ones and any the program adds.
///
/// `FormatRegistry.standard` in the `JourneyKit` module holds every built-in format. Add your own:
///
/// ```swift
/// var registry = FormatRegistry.standard
/// registry.register(MyPlantUMLFormat())
/// let reader = registry.reader(for: data, fileName: "map.puml")
/// ```
public struct FormatRegistry: Sendable {
    /// The formats that read, in the order they are asked to recognize content.
    public private(set) var readers: [any JourneyReader] = []
    /// The formats that write.
    public private(set) var writers: [any JourneyWriter] = []

    /// An empty registry.
    public init() {}

    /// A registry holding these formats.
    public init(_ formats: [any JourneyFormat]) {
        for format in formats { register(format) }
    }

    /// Adds a format, as a reader, a writer or both.
    ///
    /// A format with the identifier of one already registered replaces it in place.
    public mutating func register(_ format: any JourneyFormat) {
        if let reader = format as? any JourneyReader {
            if let index = readers.firstIndex(where: { $0.identifier == format.identifier }) {
                readers[index] = reader
            } else {
                readers.append(reader)
            }
        }
        if let writer = format as? any JourneyWriter {
            if let index = writers.firstIndex(where: { $0.identifier == format.identifier }) {
                writers[index] = writer
            } else {
                writers.append(writer)
            }
        }
    }

    /// This registry with a format added, as ``register(_:)`` adds it.
    ///
    /// ```swift
    /// let formats = FormatRegistry.standard.adding(MyPlantUMLFormat())
    /// ```
    public func adding(_ format: any JourneyFormat) -> FormatRegistry {
        var registry = self
        registry.register(format)
        return registry
    }

    /// Every registered format once, readers first, in registration order.
    public var formats: [any JourneyFormat] {
        var seen: Set<String> = []
        return (readers as [any JourneyFormat] + writers as [any JourneyFormat]).filter {
            seen.insert($0.identifier).inserted
        }
    }

    /// The reader with this identifier.
    public func reader(identifier: String) -> (any JourneyReader)? {
        readers.first { $0.identifier == identifier.lowercased() }
    }

    /// The writer with this identifier.
    public func writer(identifier: String) -> (any JourneyWriter)? {
        writers.first { $0.identifier == identifier.lowercased() }
    }

    /// The reader for some content: the first that recognizes it, judged by content alone.
    public func reader(for data: Data, fileName: String? = nil) -> (any JourneyReader)? {
        let sample = ContentSample(data, fileName: fileName)
        return readers.first { $0.recognizes(sample) }
    }

    /// The writer for a file name, chosen by the longest matching extension (`map.journey.xml`
    /// before `map.xml`).
    public func writer(forFileName fileName: String) -> (any JourneyWriter)? {
        Self.bestMatch(writers, fileName: fileName) { $0.writtenFileExtensions }
    }

    /// The reader for a file name, chosen by its extension; prefer ``reader(for:fileName:)``.
    public func reader(forFileName fileName: String) -> (any JourneyReader)? {
        Self.bestMatch(readers, fileName: fileName) { $0.fileExtensions }
    }

    private static func bestMatch<Format>(_ formats: [Format], fileName: String, extensions: (Format) -> [String])
        -> Format?
    {
        let name = fileName.lowercased()
        var best: (format: Format, length: Int)?
        for format in formats {
            for fileExtension in extensions(format) where name.hasSuffix("." + fileExtension.lowercased()) {
                if fileExtension.count > (best?.length ?? 0) { best = (format, fileExtension.count) }
            }
        }
        return best?.format
    }
}

extension JourneyMap {
    /// Writes the map in a format: `try map.export(as: .xml)`.
    public func export(as format: some JourneyWriter) throws -> Data {
        try format.write(self)
    }

    /// Reads a map in a format: `try JourneyMap(data, format: .xml)`.
    ///
    /// Use the format's `read(_:file:)` to get the diagnostics and source locations as well.
    public init(_ data: Data, format: some JourneyReader, file: String? = nil) throws {
        self = try format.read(data, file: file).map
    }
}
