import Foundation
import JourneyModel

/// What an import returns: the map, the report of what was recognized and what was not, and the
/// problems noticed on the way.
public struct ImportResult: Sendable {
    /// The recognized map; labels that could not be placed are kept in its extension data.
    public var map: JourneyMap
    /// What was recognized, and every label that was not, with the reason.
    public var report: ImportReport
    /// Recoverable problems such as duplicate identifiers, dangling parents or spanning shapes.
    public var diagnostics: [Diagnostic]
    /// The diagram as read, before recognition.
    public var diagram: Diagram
}

/// A format whose reading is a diagram import, so that callers can set recognition options and
/// limits and get the full import report.
///
/// ``DiagramImportFormat`` is one; ``DrawioFormat`` reads through one and also writes.
public protocol DiagramImporting: JourneyReader {
    /// The import that reads this format's files.
    var diagramImport: DiagramImportFormat { get }
}

/// A diagram format read as a journey map: a ``DiagramReader`` followed by the ``JourneyRecognizer``.
///
/// ```swift
/// let result = try DiagramImportFormat.drawio.importMap(data, file: "map.drawio")
/// print(result.report.summary)
/// ```
public struct DiagramImportFormat: DiagramImporting {
    /// The reader of the diagram tool's files.
    public var reader: any DiagramReader
    public var name: String
    public var fileExtensions: [String]
    public var mediaType: String
    /// Choices the recognizer would otherwise guess.
    public var options: RecognitionOptions
    /// Limits on input size, expansion and shape count.
    public var limits: ReadLimits

    public var identifier: String { reader.identifier }

    /// This format itself.
    public var diagramImport: DiagramImportFormat { self }

    /// Creates an import format from a diagram reader.
    public init(
        reader: any DiagramReader, name: String, fileExtensions: [String], mediaType: String,
        options: RecognitionOptions = RecognitionOptions(), limits: ReadLimits = ReadLimits()
    ) {
        self.reader = reader
        self.name = name
        self.fileExtensions = fileExtensions
        self.mediaType = mediaType
        self.options = options
        self.limits = limits
    }

    /// This format with other recognition options.
    public func with(options: RecognitionOptions) -> Self {
        var copy = self
        copy.options = options
        return copy
    }

    /// This format with other limits.
    public func with(limits: ReadLimits) -> Self {
        var copy = self
        copy.limits = limits
        return copy
    }

    public func recognizes(_ sample: ContentSample) -> Bool { reader.recognizes(sample) }

    /// Reads the diagram and recognizes the map in it, with the full report.
    public func importMap(_ data: Data, file: String?) throws -> ImportResult {
        try recognize(reader.readDiagram(data, file: file, limits: limits), file: file)
    }

    /// Reads the diagram in the file at `url` and recognizes the map in it; readers that can stream
    /// (draw.io) read the file piece by piece.
    ///
    /// - Parameters:
    ///   - url: the file to read.
    ///   - file: the name to use in errors and locations, as the user gave it.
    public func importMap(contentsOf url: URL, file: String?) throws -> ImportResult {
        try recognize(reader.readDiagram(contentsOf: url, file: file, limits: limits), file: file)
    }

    private func recognize(_ read: DiagramReadResult, file: String?) throws -> ImportResult {
        // A drawing JourneyKit wrote is read back from its own data, with the user's edits.
        if let restored = DrawioJourneyRestorer(options: options).restore(read.diagram, file: file) {
            return ImportResult(
                map: restored.map, report: restored.report, diagnostics: read.diagnostics + restored.diagnostics,
                diagram: read.diagram)
        }
        let recognized = try JourneyRecognizer(options: options).recognize(read.diagram, file: file)
        let unreadable = DrawioJourneyRestorer(options: options).unreadableData(in: read.diagram, file: file)
        return ImportResult(
            map: recognized.map, report: recognized.report,
            diagnostics: read.diagnostics + unreadable + recognized.diagnostics, diagram: read.diagram)
    }

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        Self.readResult(try importMap(data, file: file), file: file)
    }

    public func read(contentsOf url: URL, file: String?) throws -> ReadResult {
        Self.readResult(try importMap(contentsOf: url, file: file), file: file)
    }

    private static func readResult(_ result: ImportResult, file: String?) -> ReadResult {
        let summary = Diagnostic(
            .note, code: "import-summary", result.report.summary, location: SourceLocation(file: file))
        return ReadResult(
            map: result.map, diagnostics: result.diagnostics + [summary], sourceMap: SourceMap(file: file))
    }

    /// draw.io and diagrams.net files: `.drawio`, `.drawio.svg`, `.xml`.
    public static var drawio: DiagramImportFormat {
        DiagramImportFormat(
            reader: DrawioReader(), name: "draw.io diagram",
            fileExtensions: ["drawio", "drawio.svg", "drawio.xml", "dio"],
            mediaType: "application/vnd.jgraph.mxfile")
    }

    /// yEd GraphML files, desktop and yEd Live.
    public static var graphml: DiagramImportFormat {
        DiagramImportFormat(
            reader: GraphMLReader(), name: "yEd GraphML diagram", fileExtensions: ["graphml"],
            mediaType: "application/graphml+xml")
    }

    /// Visio VSDX files.
    public static var vsdx: DiagramImportFormat {
        DiagramImportFormat(
            reader: VisioReader(), name: "Visio diagram", fileExtensions: ["vsdx"],
            mediaType: "application/vnd.ms-visio.drawing.main+xml")
    }
}

extension JourneyReader where Self == DiagramImportFormat {
    /// draw.io and diagrams.net files.
    public static var drawio: DiagramImportFormat { DiagramImportFormat.drawio }
    /// yEd GraphML files.
    public static var graphml: DiagramImportFormat { DiagramImportFormat.graphml }
    /// Visio VSDX files.
    public static var vsdx: DiagramImportFormat { DiagramImportFormat.vsdx }
}
