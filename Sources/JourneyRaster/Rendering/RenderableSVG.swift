internal import CRsvg
import Foundation
import JourneyModel

/// An SVG document loaded by librsvg, ready to draw onto a cairo context.
///
/// The document is loaded from memory without a base file, so librsvg loads nothing else: every
/// reference other than a `data:` URL needs a base URL, and `http` and friends are refused
/// outright. The default flags keep libxml2's safety limits (no `RSVG_HANDLE_FLAG_UNLIMITED`).
/// A handle belongs to one thread at a time; each write makes its own.
final class RenderableSVG {
    private let handle: OpaquePointer

    /// The intrinsic size in CSS pixels, from the root element's `width` and `height`.
    let width: Double
    let height: Double

    /// Loads `data`.
    ///
    /// - Throws: `WriteError` when librsvg is not installed, with librsvg's message when the data is
    ///   not an SVG it can draw, or when the SVG has no absolute size.
    init(_ data: Data) throws {
        try RasterLibraries.load()
        var error: UnsafeMutablePointer<GError>?
        let loaded = data.withUnsafeBytes { bytes in
            rsvg_handle_new_from_data(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count, &error)
        }
        guard let loaded else {
            throw WriteError("librsvg cannot load the drawing: \(GLibError.take(error))")
        }
        handle = loaded
        // The SVG's sizes are unitless pixels; fix the resolution so that nothing depends on a default.
        rsvg_handle_set_dpi(handle, 96)
        var width = 0.0
        var height = 0.0
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0,
            width.isFinite, height.isFinite, width > 0, height > 0
        else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw WriteError("librsvg cannot tell the size of the drawing (it needs a width and a height)")
        }
        self.width = width
        self.height = height
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the whole document into `viewport` (in the context's units), keeping its aspect ratio.
    ///
    /// - Throws: `WriteError` with librsvg's message, or cairo's when the context failed.
    func render(on context: OpaquePointer, in viewport: RsvgRectangle) throws {
        var viewport = viewport
        var error: UnsafeMutablePointer<GError>?
        guard rsvg_handle_render_document(handle, context, &viewport, &error) != 0 else {
            throw WriteError("librsvg cannot draw the map: \(GLibError.take(error))")
        }
        try Cairo.check(cairo_status(context), "cannot draw the map")
    }
}

/// librsvg, cairo, GObject and GLib, loaded when first needed rather than with every process.
enum RasterLibraries {
    /// Loads the libraries, once; later calls return at once.
    ///
    /// - Throws: `WriteError` naming what is missing when librsvg or cairo is not installed.
    static func load() throws {
        if let failure = crsvg_load() {
            throw WriteError("PNG and PDF need librsvg and cairo: \(String(cString: failure))")
        }
    }
}

/// Messages of GLib errors.
enum GLibError {
    /// The message of `error`, which is freed.
    static func take(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}

/// Cairo's statuses and output streams.
enum Cairo {
    /// Throws a `WriteError` with cairo's message unless `status` is success.
    static func check(_ status: cairo_status_t, _ what: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw WriteError("\(what): cairo: \(String(cString: cairo_status_to_string(status)))")
    }

    /// Collects what cairo writes to a stream in memory.
    ///
    /// `body` receives the write function and its closure argument; the bytes are returned once it
    /// ends. The sink lives only as long as the call.
    static func collect(_ body: (cairo_write_func_t, UnsafeMutableRawPointer) throws -> Void) rethrows -> Data {
        let sink = ByteSink()
        try withExtendedLifetime(sink) {
            try body(appendToSink, Unmanaged.passUnretained(sink).toOpaque())
        }
        return sink.data
    }
}

/// The bytes a cairo stream wrote so far.
private final class ByteSink {
    var data = Data()
}

/// A `cairo_write_func_t` appending to the `ByteSink` passed as its closure.
private func appendToSink(
    _ closure: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<UInt8>?, _ length: UInt32
) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    guard let bytes, length > 0 else { return CAIRO_STATUS_SUCCESS }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
