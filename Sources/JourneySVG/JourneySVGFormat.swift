import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Journey maps drawn as SVG: the grid of stages and lanes with cards, the emotion curve, the
/// personas or buying committee, transitions that go back and a legend.
///
/// ```swift
/// let svg = try map.export(as: .svg)
/// let printable = try map.export(as: .svg(theme: .print, width: 1600, lanes: ["actions", "emotions"]))
/// let poster = try map.export(as: .svg(paper: .a3))   // shaped for A3, landscape
/// ```
///
/// Text is wrapped with the advance widths of DejaVu Sans, the font the SVG names, and cards grow to
/// hold it, so nothing overflows. The output is well-formed XML written through libxml2, escapes
/// every text, links only `http`, `https` and `mailto` addresses, and is the same bytes for the same
/// map and options. It is writable only: an SVG cannot be read back as a map.
public struct JourneySVGFormat: JourneyWriter, StreamingJourneyWriter {
    public var identifier: String { "svg" }
    public var name: String { "SVG journey map" }
    public var fileExtensions: [String] { ["svg"] }
    public var mediaType: String { "image/svg+xml" }

    /// The colours.
    public var theme: SVGTheme
    /// The width of the drawing in pixels; `nil` to choose it from the content.
    ///
    /// Without a width, the drawing takes the shape of its ``paper`` or, without paper, of a
    /// landscape sheet: the card width and how many cards a cell stacks are chosen so that the map
    /// comes closest to that shape with the least blank area. With a width, columns share it; a width
    /// too small for cards of seven em is widened to fit them.
    public var width: Double?
    /// The base font size in pixels, between 6 and 72.
    ///
    /// Titles, labels and the whole layout scale with it.
    public var fontSize: Double
    /// The lanes to draw, by identifier, in the order given; `nil` for every lane in map order.
    public var lanes: [String]?
    /// The personas to draw, by identifier; `nil` for all.
    ///
    /// Items and transitions that name only other personas are left out; items that name none
    /// concern everyone and stay.
    public var personas: [String]?
    /// The language of the words the drawing writes itself (a BCP 47 tag: "ja", "pt-BR"); `nil` for
    /// the map's language.
    ///
    /// Legends, labels and kind names come from `Chrome.for(language:)`: English where the
    /// language has no table. The map's own texts are never translated.
    public var locale: String?
    /// The paper the drawing is shaped for; `nil` for a landscape sheet of A-series proportions.
    ///
    /// The drawing aims at the paper's aspect ratio (turned by ``orientation``) and its page is
    /// grown to exactly that shape, so it fills the sheet when printed or rendered as PDF.
    public var paper: Paper?
    /// Which way the ``paper`` is turned; landscape by default.
    public var orientation: Paper.Orientation

    /// Creates the format; the light theme, automatic width, 13-pixel text and everything shown by
    /// default.
    public init(
        theme: SVGTheme = .light, width: Double? = nil, fontSize: Double = 13, lanes: [String]? = nil,
        personas: [String]? = nil, locale: String? = nil, paper: Paper? = nil,
        orientation: Paper.Orientation = .landscape
    ) {
        self.locale = locale
        self.paper = paper
        self.orientation = orientation
        self.theme = theme
        self.width = width
        self.fontSize = fontSize
        self.lanes = lanes
        self.personas = personas
    }

    /// Draws the map.
    ///
    /// - Throws: `WriteError` when an option is out of range or names a lane or persona the map
    ///   does not have, or when a text holds characters XML cannot carry.
    public func write(_ map: JourneyMap) throws -> Data {
        try checkOptions()
        var renderer = MapRenderer(map: map, format: self)
        do {
            return try renderer.render()
        } catch let error as XMLError {
            throw WriteError("cannot write the map as SVG: \(error.message)")
        }
    }

    /// Draws the map, handing the drawing to `output` in pieces of about 64 KiB as it is written:
    /// the same bytes as ``write(_:)``, never whole in memory.
    public func write(_ map: JourneyMap, to output: (UnsafeRawBufferPointer) throws -> Void) throws {
        try checkOptions()
        try withoutActuallyEscaping(output) { output in
            var renderer = MapRenderer(map: map, format: self)
            renderer.sink = output
            do {
                _ = try renderer.render()
            } catch let error as XMLError {
                throw WriteError("cannot write the map as SVG: \(error.message)")
            }
        }
    }

    private func checkOptions() throws {
        guard fontSize.isFinite, (6...72).contains(fontSize) else {
            throw WriteError(
                "the font size must be between 6 and 72 pixels, not \(NumberText.format(fontSize))",
                kind: .invalidOptions)
        }
        if let width, !(width.isFinite && width > 0 && width <= 1_000_000) {
            throw WriteError(
                "the width must be a positive number of pixels, not \(NumberText.format(width))", kind: .invalidOptions)
        }
    }

    /// How the drawing of a map measures: its size, aspect ratio and blank area, for tests and
    /// documentation.
    func layoutFigures(of map: JourneyMap) throws -> LayoutFigures {
        var renderer = MapRenderer(map: map, format: self)
        _ = try renderer.render()
        return renderer.figures!
    }
}

extension JourneyWriter where Self == JourneySVGFormat {
    /// The map drawn as SVG, with the light theme.
    public static var svg: JourneySVGFormat { JourneySVGFormat() }

    /// The map drawn as SVG, with options.
    public static func svg(
        theme: SVGTheme = .light, width: Double? = nil, fontSize: Double = 13, lanes: [String]? = nil,
        personas: [String]? = nil, locale: String? = nil, paper: Paper? = nil,
        orientation: Paper.Orientation = .landscape
    ) -> JourneySVGFormat {
        JourneySVGFormat(
            theme: theme, width: width, fontSize: fontSize, lanes: lanes, personas: personas, locale: locale,
            paper: paper, orientation: orientation)
    }
}
