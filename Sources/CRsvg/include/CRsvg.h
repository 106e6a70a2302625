#ifndef JOURNEYKIT_CRSVG_H
#define JOURNEYKIT_CRSVG_H

/* The parts of librsvg, cairo, GObject and GLib that JourneyRaster uses, declared here to match
   their stable C ABI, so that the libraries are loaded (dlopen) when a PNG or PDF is first written
   rather than by every process that links JourneyRaster: loading them and their dependencies costs
   a command-line call more than converting a small map. JourneyRaster is the only module that
   imports this one; crsvg_load() must succeed before any function below is called. */

#include <stddef.h>
#include <stdint.h>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _RsvgHandle RsvgHandle;

typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_NO_MEMORY = 1,
    CAIRO_STATUS_READ_ERROR = 10,
    CAIRO_STATUS_WRITE_ERROR = 11,
} cairo_status_t;

typedef enum _cairo_format {
    CAIRO_FORMAT_ARGB32 = 0,
} cairo_format_t;

typedef enum _cairo_pdf_metadata {
    CAIRO_PDF_METADATA_TITLE = 0,
    CAIRO_PDF_METADATA_CREATOR = 4,
    CAIRO_PDF_METADATA_CREATE_DATE = 5,
} cairo_pdf_metadata_t;

typedef cairo_status_t (*cairo_write_func_t)(void *closure, const unsigned char *data, unsigned int length);
typedef cairo_status_t (*cairo_read_func_t)(void *closure, unsigned char *data, unsigned int length);

/* GLib's GError and librsvg's RsvgRectangle, field for field. */
typedef struct _GError {
    uint32_t domain;
    int code;
    char *message;
} GError;

typedef struct _RsvgRectangle {
    double x;
    double y;
    double width;
    double height;
} RsvgRectangle;

/* The functions, found with dlsym by crsvg_load(). */
struct crsvg_functions {
    RsvgHandle *(*rsvg_handle_new_from_data)(const uint8_t *data, size_t length, GError **error);
    void (*rsvg_handle_set_dpi)(RsvgHandle *handle, double dpi);
    int (*rsvg_handle_get_intrinsic_size_in_pixels)(RsvgHandle *handle, double *width, double *height);
    int (*rsvg_handle_render_document)(
        RsvgHandle *handle, cairo_t *context, const RsvgRectangle *viewport, GError **error);
    void (*g_object_unref)(void *object);
    void (*g_error_free)(GError *error);
    cairo_t *(*cairo_create)(cairo_surface_t *surface);
    void (*cairo_destroy)(cairo_t *context);
    cairo_status_t (*cairo_status)(cairo_t *context);
    void (*cairo_show_page)(cairo_t *context);
    const char *(*cairo_status_to_string)(cairo_status_t status);
    cairo_status_t (*cairo_surface_status)(cairo_surface_t *surface);
    void (*cairo_surface_destroy)(cairo_surface_t *surface);
    void (*cairo_surface_flush)(cairo_surface_t *surface);
    void (*cairo_surface_finish)(cairo_surface_t *surface);
    cairo_status_t (*cairo_surface_write_to_png_stream)(
        cairo_surface_t *surface, cairo_write_func_t write, void *closure);
    cairo_surface_t *(*cairo_image_surface_create)(cairo_format_t format, int width, int height);
    cairo_surface_t *(*cairo_image_surface_create_from_png_stream)(cairo_read_func_t read, void *closure);
    int (*cairo_image_surface_get_width)(cairo_surface_t *surface);
    int (*cairo_image_surface_get_height)(cairo_surface_t *surface);
    int (*cairo_image_surface_get_stride)(cairo_surface_t *surface);
    unsigned char *(*cairo_image_surface_get_data)(cairo_surface_t *surface);
    cairo_surface_t *(*cairo_pdf_surface_create_for_stream)(
        cairo_write_func_t write, void *closure, double width, double height);
    void (*cairo_pdf_surface_set_metadata)(cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *text);
};

extern struct crsvg_functions crsvg;

/* Loads librsvg and cairo once (thread-safe): NULL when every function was found, else a message
   saying which library or function is missing. */
const char *crsvg_load(void);

/* The functions under their own names, for the Swift code. */
static inline RsvgHandle *rsvg_handle_new_from_data(const uint8_t *data, size_t length, GError **error) {
    return crsvg.rsvg_handle_new_from_data(data, length, error);
}
static inline void rsvg_handle_set_dpi(RsvgHandle *handle, double dpi) { crsvg.rsvg_handle_set_dpi(handle, dpi); }
static inline int rsvg_handle_get_intrinsic_size_in_pixels(RsvgHandle *handle, double *width, double *height) {
    return crsvg.rsvg_handle_get_intrinsic_size_in_pixels(handle, width, height);
}
static inline int rsvg_handle_render_document(
    RsvgHandle *handle, cairo_t *context, const RsvgRectangle *viewport, GError **error) {
    return crsvg.rsvg_handle_render_document(handle, context, viewport, error);
}
static inline void g_object_unref(void *object) { crsvg.g_object_unref(object); }
static inline void g_error_free(GError *error) { crsvg.g_error_free(error); }
static inline cairo_t *cairo_create(cairo_surface_t *surface) { return crsvg.cairo_create(surface); }
static inline void cairo_destroy(cairo_t *context) { crsvg.cairo_destroy(context); }
static inline cairo_status_t cairo_status(cairo_t *context) { return crsvg.cairo_status(context); }
static inline void cairo_show_page(cairo_t *context) { crsvg.cairo_show_page(context); }
static inline const char *cairo_status_to_string(cairo_status_t status) {
    return crsvg.cairo_status_to_string(status);
}
static inline cairo_status_t cairo_surface_status(cairo_surface_t *surface) {
    return crsvg.cairo_surface_status(surface);
}
static inline void cairo_surface_destroy(cairo_surface_t *surface) { crsvg.cairo_surface_destroy(surface); }
static inline void cairo_surface_flush(cairo_surface_t *surface) { crsvg.cairo_surface_flush(surface); }
static inline void cairo_surface_finish(cairo_surface_t *surface) { crsvg.cairo_surface_finish(surface); }
static inline cairo_status_t cairo_surface_write_to_png_stream(
    cairo_surface_t *surface, cairo_write_func_t write, void *closure) {
    return crsvg.cairo_surface_write_to_png_stream(surface, write, closure);
}
static inline cairo_surface_t *cairo_image_surface_create(cairo_format_t format, int width, int height) {
    return crsvg.cairo_image_surface_create(format, width, height);
}
static inline cairo_surface_t *cairo_image_surface_create_from_png_stream(cairo_read_func_t read, void *closure) {
    return crsvg.cairo_image_surface_create_from_png_stream(read, closure);
}
static inline int cairo_image_surface_get_width(cairo_surface_t *surface) {
    return crsvg.cairo_image_surface_get_width(surface);
}
static inline int cairo_image_surface_get_height(cairo_surface_t *surface) {
    return crsvg.cairo_image_surface_get_height(surface);
}
static inline int cairo_image_surface_get_stride(cairo_surface_t *surface) {
    return crsvg.cairo_image_surface_get_stride(surface);
}
static inline unsigned char *cairo_image_surface_get_data(cairo_surface_t *surface) {
    return crsvg.cairo_image_surface_get_data(surface);
}
static inline cairo_surface_t *cairo_pdf_surface_create_for_stream(
    cairo_write_func_t write, void *closure, double width, double height) {
    return crsvg.cairo_pdf_surface_create_for_stream(write, closure, width, height);
}
static inline void cairo_pdf_surface_set_metadata(
    cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *text) {
    crsvg.cairo_pdf_surface_set_metadata(surface, metadata, text);
}

#endif
