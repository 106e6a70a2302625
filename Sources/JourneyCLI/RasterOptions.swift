import ArgumentParser
import Foundation
internal import JourneyKit
internal import JourneyRaster

/// Options for writing PNG and PDF.
struct RasterOptions: ParsableArguments {
    @Option(help: "PNG: pixels per SVG pixel, between 0.1 and 16 (default 2, sharp on high-density screens).")
    var scale: Double?

    @Option(
        help: "PDF: fit the map onto a3, a4, letter or tabloid paper, landscape (default: a page of the map's size).")
    var paper: String?

    @Flag(help: "PDF: turn the paper upright (with --paper).")
    var portrait = false

    func validate() throws {
        if let scale, !(scale.isFinite && (0.1...16).contains(scale)) {
            throw ValidationError("--scale must be between 0.1 and 16, not \(scale).")
        }
        if let paper, Paper.named(paper) == nil {
            let names = Paper.builtIn.map(\.name).joined(separator: ", ")
            throw ValidationError("--paper must be one of \(names), not '\(paper)'.")
        }
        if portrait && paper == nil {
            throw ValidationError("--portrait turns the paper; name it with --paper (a3, a4, letter, tabloid).")
        }
    }

    /// The writer with these options applied when it writes PNG or PDF; other writers as they are.
    func applied(to writer: any JourneyWriter) -> any JourneyWriter {
        if var png = writer as? PNGFormat {
            if let scale { png.scale = scale }
            return png
        }
        if var pdf = writer as? PDFFormat {
            if let paper { pdf.paper = Paper.named(paper) }
            if portrait { pdf.orientation = .portrait }
            return pdf
        }
        return writer
    }
}
