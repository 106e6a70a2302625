import ArgumentParser
import Foundation
internal import JourneyKit
internal import JourneyRaster

/// Options for writing PNG and PDF.
struct RasterOptions: ParsableArguments {
    @Option(help: "PNG: pixels per SVG pixel, between 0.1 and 16 (default 2, sharp on high-density screens).")
    var scale: Double?

    func validate() throws {
        if let scale, !(scale.isFinite && (0.1...16).contains(scale)) {
            throw ValidationError("--scale must be between 0.1 and 16, not \(scale).")
        }
    }

    /// The writer with these options applied when it writes PNG; other writers as they are. (The
    /// paper, for every drawing and the PDF's page, is a drawing option.)
    func applied(to writer: any JourneyWriter) -> any JourneyWriter {
        if var png = writer as? PNGFormat {
            if let scale { png.scale = scale }
            return png
        }
        return writer
    }
}
