import Foundation
import JourneyModel
import JourneySVG
internal import JourneyXML

/// Journey maps as one self-contained, accessible HTML page, which can be read back as the map.
///
/// ```swift
/// let page = try map.export(as: .html)
/// let again = try JourneyMap(page, format: .html)   // again == map
/// let plain = try map.export(as: .html(interactive: false, embedsSource: false))
/// ```
///
/// The page shows the map as a table (stages as column headers, lanes as row headers, items as lists
/// in the cells), the personas or buying committee with the approval chain, the emotion curve under
/// the stage columns, KPIs against their targets, transitions and a legend. It needs nothing outside
/// the file: styles and the curve are inline, and its content security policy forbids every request
/// and every script but its own filter script. Every text of the map is escaped for its context,
/// links are made only for `http`, `https` and `mailto` addresses, and the same map and options give
/// the same bytes.
///
/// The map's canonical XML is embedded in the page (see ``embedsSource``), so reading a page gives
/// back exactly the map it was written from: `journey convert map.html map.journey.xml`.
public struct JourneyHTMLFormat: JourneyReader, JourneyWriter {
    public var identifier: String { "html" }
    public var name: String { "HTML journey page" }
    public var fileExtensions: [String] { ["html", "htm"] }
    public var mediaType: String { "text/html" }

    /// The paper the print layout is made for, always in landscape.
    public enum PrintPaper: String, Hashable, Sendable, CaseIterable {
        case a3
        case a4
        case letter
        /// US Tabloid, 11 × 17 inches (CSS calls it ledger).
        case tabloid

        /// The paper of that size, as the SVG drawing and the PDF page know it.
        public init?(_ paper: Paper) {
            self.init(rawValue: paper.name)
        }

        /// The paper's name in CSS `@page` rules.
        var cssSize: String {
            switch self {
            case .a3: "A3"
            case .a4: "A4"
            case .letter: "letter"
            case .tabloid: "ledger"
            }
        }
    }

    /// Whether the page offers filters by persona and by lane, with a small inline script.
    ///
    /// Without JavaScript the filters stay hidden and the whole map shows.
    public var interactive: Bool
    /// Whether the page carries the map's canonical XML, so that it can be read back.
    ///
    /// A page without it is smaller but cannot be imported.
    public var embedsSource: Bool
    /// The colours; the page's text reaches WCAG AA contrast with the built-in themes.
    public var theme: SVGTheme
    /// The colours used when the reader's system prefers a dark appearance; `nil` to always use
    /// ``theme``.
    public var darkTheme: SVGTheme?
    /// The paper the print layout fits the map to.
    public var paper: PrintPaper
    /// The language of the words the page writes itself (a BCP 47 tag: "ja", "pt-BR"); `nil` for
    /// the map's language.
    ///
    /// Headings, filter labels and kind names come from `Chrome.for(language:)`: English where
    /// the language has no table. The page's `lang` stays the map's language.
    public var locale: String?

    /// Creates the format: filters, the embedded source, the light theme with a dark variant, and a
    /// print layout for A4 landscape by default.
    public init(
        interactive: Bool = true, embedsSource: Bool = true, theme: SVGTheme = .light,
        darkTheme: SVGTheme? = .dark, paper: PrintPaper = .a4, locale: String? = nil
    ) {
        self.locale = locale
        self.interactive = interactive
        self.embedsSource = embedsSource
        self.theme = theme
        self.darkTheme = darkTheme
        self.paper = paper
    }

    /// Recognizes pages this format wrote: an HTML document whose `generator` is JourneyKit.
    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let text = sample.text else { return false }
        let start = text.prefix(64).lowercased()
        guard start.hasPrefix("<!doctype html") || start.hasPrefix("<html") else { return false }
        return text.contains(PageRenderer.generatorMeta) || text.contains(EmbeddedSource.mediaType)
    }

    /// Reads the map embedded in a page this format wrote.
    ///
    /// - Throws: `ReadError` when the page holds no embedded map (it was written with
    ///   `embedsSource: false`, or is another page), when the block is damaged, or when the embedded
    ///   XML is not a valid map; locations point into the page, with the position inside the
    ///   embedded XML in `detail`.
    public func read(_ data: Data, file: String?) throws -> ReadResult {
        // A page saved as UTF-16 or UTF-32 (told by its byte-order mark) is read as UTF-8.
        let page = [UInt8](UnicodeEncoding.utf8(transcoding: data) ?? data)
        let blocks = EmbeddedSource.blocks(in: page)
        guard let block = blocks.first else {
            throw ReadError(
                "the page holds no embedded journey map (a <script type=\"\(EmbeddedSource.mediaType)\"> "
                    + "element); it was written without its source, or by another program",
                at: SourceLocation(file: file), kind: .unsupportedFormat)
        }
        let blockLocation = SourceLocation(file: file, line: block.line, column: block.column)
        guard block.isTerminated else {
            throw ReadError(
                "the embedded journey map has no closing </script> tag", at: blockLocation, kind: .malformed)
        }
        let xml: Data
        let isBase64: Bool
        switch block.attributes["data-encoding"]?.lowercased() {
        case "base64":
            let compact = block.content.filter { !(0x09...0x0D).contains($0) && $0 != 0x20 }
            guard let decoded = Data(base64Encoded: Data(compact)) else {
                throw ReadError("the embedded journey map is not valid base64", at: blockLocation, kind: .malformed)
            }
            xml = decoded
            isBase64 = true
        case nil:
            xml = Data(block.content)
            isBase64 = false
        case let other?:
            throw ReadError(
                "the embedded journey map has the encoding \"\(other)\"; expected base64 or none", at: blockLocation,
                kind: .unsupportedFormat)
        }
        let relocate = { (location: SourceLocation) in
            Self.relocate(location, block: block, file: file, isBase64: isBase64)
        }
        var result: ReadResult
        do {
            result = try JourneyXMLFormat().read(xml, file: file)
        } catch let error as ReadError {
            var relocated = ReadError(
                "in the embedded journey map: " + error.message, at: relocate(error.location), kind: error.kind)
            relocated.additionalErrors = error.additionalErrors.map {
                ReadError("in the embedded journey map: " + $0.message, at: relocate($0.location), kind: $0.kind)
            }
            throw relocated
        }
        result.diagnostics = result.diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.location = diagnostic.location.map(relocate)
            return moved
        }
        result.sourceMap = SourceMap(file: file, locations: result.sourceMap.locations.mapValues(relocate))
        if blocks.count > 1 {
            result.diagnostics.append(
                Diagnostic(
                    .warning, code: "html-several-embedded-maps",
                    "the page holds \(blocks.count) embedded journey maps; the first one was read",
                    location: SourceLocation(file: file, line: blocks[1].line, column: blocks[1].column)))
        }
        return result
    }

    /// Moves a location in the embedded XML into the page: for XML written as is, onto the page's
    /// lines; for base64, onto the block, with the XML's line and column in `detail`.
    private static func relocate(
        _ location: SourceLocation, block: EmbeddedSource.Block, file: String?, isBase64: Bool
    ) -> SourceLocation {
        guard location.line > 0 else {
            return SourceLocation(file: file, line: block.line, column: block.column, detail: location.detail)
        }
        if !isBase64 {
            let column =
                location.line == 1 && location.column > 0 ? block.column + location.column - 1 : location.column
            return SourceLocation(
                file: file, line: block.line + location.line - 1, column: column, detail: location.detail)
        }
        var detail = "embedded map, line \(location.line)"
        if location.column > 0 { detail += ", column \(location.column)" }
        if let inner = location.detail { detail += "; " + inner }
        return SourceLocation(file: file, line: block.line, column: block.column, detail: detail)
    }

    /// Writes the page.
    ///
    /// - Throws: `WriteError` when the map holds text the embedded XML cannot carry (control
    ///   characters), or the emotion curve cannot be drawn.
    public func write(_ map: JourneyMap) throws -> Data {
        var renderer = PageRenderer(map: map, format: self)
        return Data(try renderer.render().utf8)
    }
}

extension JourneyWriter where Self == JourneyHTMLFormat {
    /// The map as a self-contained HTML page, with filters and the embedded source.
    public static var html: JourneyHTMLFormat { JourneyHTMLFormat() }

    /// The map as a self-contained HTML page, with options.
    public static func html(
        interactive: Bool = true, embedsSource: Bool = true, theme: SVGTheme = .light,
        darkTheme: SVGTheme? = .dark, paper: JourneyHTMLFormat.PrintPaper = .a4, locale: String? = nil
    ) -> JourneyHTMLFormat {
        JourneyHTMLFormat(
            interactive: interactive, embedsSource: embedsSource, theme: theme, darkTheme: darkTheme, paper: paper,
            locale: locale)
    }
}

extension JourneyReader where Self == JourneyHTMLFormat {
    /// Pages written by ``JourneyHTMLFormat``, read back through their embedded source.
    public static var html: JourneyHTMLFormat { JourneyHTMLFormat() }
}
