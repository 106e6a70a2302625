internal import CRsvg
import Foundation
import JourneyModel

/// The pixels of a PNG image, decoded by cairo: for tests that look at what was drawn.
package struct PNGPixels: Sendable {
    /// The size in pixels.
    package let width: Int
    package let height: Int
    /// Premultiplied ARGB, one `UInt32` a pixel, rows from the top.
    package let pixels: [UInt32]

    /// Decodes `png`.
    ///
    /// - Throws: `WriteError` with cairo's message when it is not a PNG cairo can read.
    package init(_ png: Data) throws {
        try RasterLibraries.load()
        let source = ByteSource(png)
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(readFromSource, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let surface else { throw WriteError("cairo cannot read the PNG") }
        defer { cairo_surface_destroy(surface) }
        try Cairo.check(cairo_surface_status(surface), "cannot read the PNG")
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let base = cairo_image_surface_get_data(surface) else { throw WriteError("cairo gives no pixels") }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for row in 0..<height {
            let start = UnsafeRawPointer(base + row * stride)
            for column in 0..<width {
                pixels.append(start.load(fromByteOffset: column * 4, as: UInt32.self))
            }
        }
        self.pixels = pixels
    }

    /// The pixel at a column and row.
    package subscript(column: Int, row: Int) -> UInt32 { pixels[row * width + column] }
}

/// Bytes handed to cairo piece by piece.
private final class ByteSource {
    let data: Data
    var offset = 0

    init(_ data: Data) { self.data = data }
}

/// A `cairo_read_func_t` reading from the `ByteSource` passed as its closure.
private func readFromSource(
    _ closure: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ length: UInt32
) -> cairo_status_t {
    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    let count = Int(length)
    guard source.data.count - source.offset >= count else { return CAIRO_STATUS_READ_ERROR }
    let start = source.data.startIndex + source.offset
    source.data.copyBytes(to: buffer, from: start..<start + count)
    source.offset += count
    return CAIRO_STATUS_SUCCESS
}
