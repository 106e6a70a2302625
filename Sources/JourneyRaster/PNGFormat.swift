internal import CRsvg
import Foundation
import JourneyModel
import JourneySVG

/// Journey maps as PNG images: the SVG drawing, rendered by librsvg.
///
/// ```swift
/// let png = try map.export(as: .png)                                   // twice the SVG's size
/// let dark = try map.export(as: .png(svg: .svg(theme: .dark), scale: 1))
/// ```
///
/// The image is the drawing ``svg`` writes, with its theme and options, rasterized at ``scale``
/// pixels per SVG pixel; the default of 2 keeps text sharp on high-density screens and in slides.
/// Nothing outside the map is loaded: no files, no network. The same map and options give the same
/// bytes.
public struct PNGFormat: JourneyWriter {
    public var identifier: String { "png" }
    public var name: String { "PNG image" }
    public var fileExtensions: [String] { ["png"] }
    public var mediaType: String { "image/png" }

    /// The drawing to rasterize: its theme, width, font size, lanes and personas.
    public var svg: JourneySVGFormat
    /// Pixels per SVG pixel, between 0.1 and 16.
    public var scale: Double
    /// The largest image this format makes.
    public var limits: PixelLimits

    /// Creates the format: the light drawing at twice its size, within the standard limits.
    public init(svg: JourneySVGFormat = JourneySVGFormat(), scale: Double = 2, limits: PixelLimits = .standard) {
        self.svg = svg
        self.scale = scale
        self.limits = limits
    }

    /// Draws the map and rasterizes it.
    ///
    /// - Throws: `WriteError` when the scale is out of range, when the image would pass ``limits``
    ///   (the error names the limit), when the SVG writer refuses the map, or with librsvg's or
    ///   cairo's message when they fail.
    public func write(_ map: JourneyMap) throws -> Data {
        guard scale.isFinite, (0.1...16).contains(scale) else {
            throw WriteError("the scale must be between 0.1 and 16, not \(scale)", kind: .invalidOptions)
        }
        let document = try RenderableSVG(svg.write(map))
        let width = (document.width * scale).rounded(.up)
        let height = (document.height * scale).rounded(.up)
        try limits.check(width: width, height: height)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw WriteError("cairo cannot make an image of \(Int(width)) × \(Int(height)) pixels")
        }
        defer { cairo_surface_destroy(surface) }
        try Cairo.check(cairo_surface_status(surface), "cannot make the image")
        do {
            guard let context = cairo_create(surface) else { throw WriteError("cairo cannot draw on the image") }
            defer { cairo_destroy(context) }
            let viewport = RsvgRectangle(x: 0, y: 0, width: document.width * scale, height: document.height * scale)
            try document.render(on: context, in: viewport)
        }
        cairo_surface_flush(surface)
        var status = CAIRO_STATUS_SUCCESS
        let data = Cairo.collect { write, closure in
            status = cairo_surface_write_to_png_stream(surface, write, closure)
        }
        try Cairo.check(status, "cannot write the PNG")
        return data
    }
}

extension PNGFormat {
    /// The largest image a ``PNGFormat`` makes: a bound on memory (four bytes a pixel) and time.
    public struct PixelLimits: Sendable, Hashable {
        /// The most pixels on either side.
        public var maximumSide: Int
        /// The most pixels in all.
        public var maximumPixels: Int

        public init(maximumSide: Int, maximumPixels: Int) {
            self.maximumSide = maximumSide
            self.maximumPixels = maximumPixels
        }

        /// 16,384 pixels a side and 200 megapixels (800 MB while drawing).
        public static let standard = PixelLimits(maximumSide: 16_384, maximumPixels: 200_000_000)

        /// Throws a `WriteError` naming the limit an image of that size passes.
        func check(width: Double, height: Double) throws {
            // Cairo's image surfaces hold at most 32,767 pixels a side, whatever the limits say.
            let side = Double(min(maximumSide, 32_767))
            let size = "\(Self.pixels(width)) × \(Self.pixels(height)) pixels"
            guard width <= side, height <= side else {
                throw WriteError(
                    "the image would be \(size), more than the limit of \(Self.pixels(side)) pixels a side; "
                        + "lower the scale or the SVG width", kind: .invalidOptions)
            }
            guard width * height <= Double(maximumPixels) else {
                throw WriteError(
                    "the image would be \(size), more than the limit of \(Self.pixels(Double(maximumPixels))) pixels; "
                        + "lower the scale or the SVG width", kind: .invalidOptions)
            }
        }

        /// A whole number of pixels with thousands separated: 16,384.
        private static func pixels(_ value: Double) -> String {
            guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
            let digits = String(Int64(value.rounded()))
            var result = ""
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
                result.append(digit)
            }
            return result
        }
    }
}

extension JourneyWriter where Self == PNGFormat {
    /// The map as a PNG image at twice the SVG's size, with the light theme.
    public static var png: PNGFormat { PNGFormat() }

    /// The map as a PNG image of the drawing `svg` writes, at `scale` pixels per SVG pixel.
    public static func png(svg: JourneySVGFormat = JourneySVGFormat(), scale: Double = 2) -> PNGFormat {
        PNGFormat(svg: svg, scale: scale)
    }
}
