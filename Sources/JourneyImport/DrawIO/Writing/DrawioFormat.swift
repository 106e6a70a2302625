import Foundation
import JourneyModel
import JourneySVG
internal import JourneyXMLCore

/// draw.io (diagrams.net) files: read as journey maps, written as editable drawings.
///
/// The drawing is a draw.io table of stages × lanes with the items as cards over it, the emotion
/// curve as points joined by lines, personas as cards and transitions as arrows, coloured like the
/// SVG export. Every cell JourneyKit draws carries its data (`journeykit-…` attributes), so reading
/// the file back gives the same map, with the texts edited and the cards moved in draw.io.
///
/// ```swift
/// let data = try map.export(as: .drawio)
/// let packed = try map.export(as: .drawio(compressed: true))
/// ```
public struct DrawioFormat: DiagramImporting, JourneyWriter {
    /// The import that reads draw.io files: its recognition options and limits apply.
    public var diagramImport: DiagramImportFormat
    /// Whether the page is written compressed (raw DEFLATE and base64, as draw.io can save it)
    /// rather than as readable XML.
    public var compressed: Bool
    /// The colours, shared with the SVG export.
    public var theme: SVGTheme

    /// The format with its reading as `diagramImport` and its writing options.
    public init(
        diagramImport: DiagramImportFormat = .drawio, compressed: Bool = false, theme: SVGTheme = .light
    ) {
        self.diagramImport = diagramImport
        self.compressed = compressed
        self.theme = theme
    }

    public var identifier: String { diagramImport.identifier }
    public var name: String { diagramImport.name }
    public var fileExtensions: [String] { diagramImport.fileExtensions }
    public var mediaType: String { diagramImport.mediaType }
    /// Only `.drawio` files: a `.drawio.svg` needs a picture as well, which this writer does not draw.
    public var writtenFileExtensions: [String] { ["drawio", "drawio.xml", "dio"] }

    public func recognizes(_ sample: ContentSample) -> Bool { diagramImport.recognizes(sample) }

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        try diagramImport.read(data, file: file)
    }

    public func read(contentsOf url: URL, file: String?) throws -> ReadResult {
        try diagramImport.read(contentsOf: url, file: file)
    }

    /// Writes the map as an editable draw.io file; the same map gives the same bytes.
    ///
    /// - Throws: `WriteError` when a text holds characters XML cannot carry or a number is not
    ///   finite.
    public func write(_ map: JourneyMap) throws -> Data {
        // Refused up front, naming the element: the labels are XML, whose writer knows no element path.
        var unwritable: [Diagnostic] = []
        CharacterRule().check(map, into: &unwritable)
        if let first = unwritable.first {
            throw WriteError(first.message, at: first.path)
        }
        var drawing = DrawioDrawing(map: map, theme: theme, metrics: DrawioLayoutMetrics())
        do {
            let cells = try drawing.build()
            let page = drawing.pageSize(of: drawing.layOutTable())
            let document = DrawioDocument(
                pageName: map.title.isEmpty ? "Journey map" : map.title, pageSize: page,
                background: theme.page == SVGTheme.light.page ? nil : theme.page.description, cells: cells)
            return try document.data(compressed: compressed)
        } catch let error as XMLError {
            throw WriteError("cannot write the map as draw.io: \(error.message)")
        }
    }
}

extension JourneyWriter where Self == DrawioFormat {
    /// The map as an editable draw.io drawing, uncompressed.
    public static var drawio: DrawioFormat { DrawioFormat() }

    /// The map as an editable draw.io drawing, compressed as draw.io can save pages.
    public static func drawio(compressed: Bool) -> DrawioFormat { DrawioFormat(compressed: compressed) }
}
