import Foundation
import JourneyModel
public import JourneyXMLCore

/// JourneyKit's canonical XML format: lossless, deterministic, described by an XSD.
///
/// ```swift
/// let data = try map.export(as: .xml)
/// let again = try JourneyMap(data, format: .xml)
/// ```
///
/// Reading parses safely (no network, no DTD, no entities), checks the document against the schema
/// (``JourneyXMLSchema``) and reports the first problems with file, line and column.
public struct JourneyXMLFormat: JourneyReader, JourneyWriter, StreamingJourneyWriter {
    public var identifier: String { "journey-xml" }
    public var name: String { "JourneyKit XML" }
    public var fileExtensions: [String] { ["journey.xml", "xml"] }
    public var mediaType: String { "application/vnd.journeykit.map+xml" }

    /// The indentation of nested elements; `nil` writes no line breaks between elements.
    public var indentation: String?

    /// Creates the format; two spaces of indentation by default.
    public init(indentation: String? = "  ") {
        self.indentation = indentation
    }

    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let root = sample.xmlRoot else { return false }
        let localName = root.name.split(separator: ":").last.map(String.init) ?? root.name
        return localName == "journeyMap" && (root.namespace?.hasPrefix(JourneyXMLSchema.namespacePrefix) ?? false)
    }

    /// Reads a valid document in one pass as libxml2 parses and validates it, without a document
    /// tree; a document with a problem is read again from its tree, which reports every problem.
    public func read(_ data: Data, file: String?) throws -> ReadResult {
        if let result = StreamedMapReader(file: file).read(data) { return result }
        var reader = XMLMapReader(file: file)
        return try reader.read(data)
    }

    /// Reads the file piece by piece in one pass, as ``read(_:file:)`` reads bytes; only a document
    /// with a problem is read whole, to report it.
    public func read(contentsOf url: URL, file: String?) throws -> ReadResult {
        if let result = StreamedMapReader(file: file).read(contentsOf: url) { return result }
        var reader = XMLMapReader(file: file)
        return try reader.read(Data(readingFileAt: url, named: file))
    }

    public func write(_ map: JourneyMap) throws -> Data {
        try XMLMapWriter(indentation: indentation).write(map)
    }

    /// Writes the map to `output` piece by piece while it goes, never the whole document in
    /// memory: the same bytes, in order, that ``write(_:)`` returns.
    public func write(_ map: JourneyMap, to output: (UnsafeRawBufferPointer) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            try XMLMapWriter(indentation: indentation).write(map, to: output)
        }
    }
}

extension JourneyReader where Self == JourneyXMLFormat {
    /// JourneyKit's canonical XML format.
    public static var xml: JourneyXMLFormat { JourneyXMLFormat() }
}

extension JourneyWriter where Self == JourneyXMLFormat {
    /// JourneyKit's canonical XML format.
    public static var xml: JourneyXMLFormat { JourneyXMLFormat() }
}

/// The namespace and XSD of the canonical XML format.
public enum JourneyXMLSchema {
    /// The namespace of version 1: `urn:journeykit:journey-map:1`.
    public static let namespace = "urn:journeykit:journey-map:1"

    /// What every version's namespace starts with; the number after it is the version.
    public static let namespacePrefix = "urn:journeykit:journey-map:"

    /// The XSD source text, as shipped in the module.
    public static var source: String { String(decoding: PackageResources.journey_map_1_xsd, as: UTF8.self) }

    /// The compiled schema, compiled once per process.
    static let compiled: Result<XMLSchema, any Error> = Result {
        try XMLSchema(source: source, name: "journey-map-1.xsd")
    }

    /// The schema without its identity constraints (`xs:unique`), for a reader that checks them
    /// itself.
    static let compiledWithoutIdentityConstraints: Result<XMLSchema, any Error> = Result {
        try XMLSchema(source: sourceWithoutIdentityConstraints, name: "journey-map-1.xsd")
    }

    /// The XSD with every `<xs:unique>…</xs:unique>` element left out.
    static var sourceWithoutIdentityConstraints: String {
        var text = source[...]
        var result = ""
        while let start = text.range(of: "<xs:unique "), let end = text[start.upperBound...].range(of: "</xs:unique>") {
            result += text[..<start.lowerBound]
            text = text[end.upperBound...]
        }
        return result + text
    }

    /// Checks a parsed document against the schema; an empty array means it is valid.
    public static func validate(_ document: XMLDocument) throws -> [XMLError] {
        try compiled.get().validate(document)
    }
}
