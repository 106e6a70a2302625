internal import CRsvg
import Foundation
import JourneyModel
import JourneySVG

/// Journey maps as one-page PDF documents: the SVG drawing, rendered by librsvg onto cairo.
///
/// ```swift
/// let pdf = try map.export(as: .pdf)                        // the page is the drawing's size
/// let poster = try map.export(as: .pdf(paper: .a3))         // fitted onto A3, landscape
/// ```
///
/// Text stays text: it can be selected, searched and copied, and the fonts are embedded. The map's
/// title is the document's title and JourneyKit its creator; no date is written, so the same map and
/// options give the same bytes. Nothing outside the map is loaded: no files, no network.
public struct PDFFormat: JourneyWriter {
    public var identifier: String { "pdf" }
    public var name: String { "PDF document" }
    public var fileExtensions: [String] { ["pdf"] }
    public var mediaType: String { "application/pdf" }

    /// The drawing to render: its theme, width, font size, lanes and personas.
    public var svg: JourneySVGFormat
    /// The paper; `nil` for a page of the drawing's own size (one SVG pixel is 0.75 points, 1/96 inch),
    /// scaled down when a side would pass 200 inches, the most PDF readers open.
    public var paper: Paper?
    /// Which way the paper is turned; landscape by default, as maps are wide.
    public var orientation: Paper.Orientation
    /// The white space around the map on paper, in points; 36 (half an inch) by default.
    public var margin: Double

    /// Creates the format: the light drawing on a page of its own size.
    public init(
        svg: JourneySVGFormat = JourneySVGFormat(), paper: Paper? = nil, orientation: Paper.Orientation = .landscape,
        margin: Double = 36
    ) {
        self.svg = svg
        self.paper = paper
        self.orientation = orientation
        self.margin = margin
    }

    /// Draws the map and renders it as PDF.
    ///
    /// - Throws: `WriteError` when the margin leaves no room on the paper, when the SVG writer refuses
    ///   the map, or with librsvg's or cairo's message when they fail.
    public func write(_ map: JourneyMap) throws -> Data {
        let document = try RenderableSVG(svg.write(map))
        let layout = try pageLayout(width: document.width, height: document.height)
        var failure: (any Error)?
        let data = Cairo.collect { write, closure in
            do {
                try render(document, title: map.title, layout: layout, write: write, closure: closure)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return data
    }

    /// The longest side of a page without paper, in points: 200 inches.
    ///
    /// That is PDF's implementation limit, the most Acrobat opens; a larger drawing is scaled down.
    package static let maximumPageSide = 14_400.0

    /// The page's size and where the drawing goes on it, in points.
    ///
    /// - Throws: `WriteError` when the margin leaves no room on the paper.
    package func pageLayout(width: Double, height: Double) throws -> PageLayout {
        guard let paper else {
            let scale = min(0.75, Self.maximumPageSide / max(width, height))
            let page = (width: width * scale, height: height * scale)
            return PageLayout(width: page.width, height: page.height, map: (0, 0, page.width, page.height))
        }
        let page = paper.size(orientation)
        let room = (width: page.width - 2 * margin, height: page.height - 2 * margin)
        guard margin.isFinite, margin >= 0, room.width > 0, room.height > 0 else {
            throw WriteError(
                "a margin of \(margin) points leaves no room for the map on \(paper.name) paper", kind: .invalidOptions)
        }
        let scale = min(room.width / width, room.height / height)
        let drawn = (width: width * scale, height: height * scale)
        let origin = (x: (page.width - drawn.width) / 2, y: (page.height - drawn.height) / 2)
        return PageLayout(width: page.width, height: page.height, map: (origin.x, origin.y, drawn.width, drawn.height))
    }

    private func render(
        _ document: RenderableSVG, title: String, layout: PageLayout, write: cairo_write_func_t,
        closure: UnsafeMutableRawPointer
    ) throws {
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, layout.width, layout.height)
        else { throw WriteError("cairo cannot make a PDF document") }
        defer { cairo_surface_destroy(surface) }
        try Cairo.check(cairo_surface_status(surface), "cannot make the PDF document")
        if !title.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "JourneyKit")
        // Cairo stamps the time of writing unless told a date; one it cannot read (the empty string)
        // leaves the date out, so the same map gives the same bytes.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
        do {
            guard let context = cairo_create(surface) else { throw WriteError("cairo cannot draw on the page") }
            defer { cairo_destroy(context) }
            let map = layout.map
            try document.render(
                on: context, in: RsvgRectangle(x: map.x, y: map.y, width: map.width, height: map.height))
            cairo_show_page(context)
            try Cairo.check(cairo_status(context), "cannot finish the page")
        }
        cairo_surface_finish(surface)
        try Cairo.check(cairo_surface_status(surface), "cannot write the PDF document")
    }
}

/// A PDF page's size and the rectangle the map is drawn in, in points from the top left.
package struct PageLayout: Sendable {
    package var width: Double
    package var height: Double
    package var map: (x: Double, y: Double, width: Double, height: Double)
}

extension JourneyWriter where Self == PDFFormat {
    /// The map as a PDF page of the drawing's size, with the light theme.
    public static var pdf: PDFFormat { PDFFormat() }

    /// The map as a PDF page of the drawing `svg` writes, on `paper` when given.
    public static func pdf(
        svg: JourneySVGFormat = JourneySVGFormat(), paper: Paper? = nil, orientation: Paper.Orientation = .landscape
    ) -> PDFFormat {
        PDFFormat(svg: svg, paper: paper, orientation: orientation)
    }
}
