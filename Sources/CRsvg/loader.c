/* Loads librsvg, cairo, GObject and GLib with dlopen and finds the functions CRsvg.h declares. */

#include "CRsvg.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct crsvg_functions crsvg;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure = NULL;
static char message[512];

/* The libraries' names: on Linux their sonames, found where the dynamic loader looks; on macOS
   absolute Homebrew paths only (Apple silicon, then Intel), since macOS's dlopen also searches the
   current folder for a bare name, where a planted library could be loaded. */
#ifdef __APPLE__
static const char *const rsvg_names[] = {
    "/opt/homebrew/lib/librsvg-2.2.dylib", "/usr/local/lib/librsvg-2.2.dylib", NULL};
static const char *const cairo_names[] = {
    "/opt/homebrew/lib/libcairo.2.dylib", "/usr/local/lib/libcairo.2.dylib", NULL};
static const char *const gobject_names[] = {
    "/opt/homebrew/lib/libgobject-2.0.0.dylib", "/usr/local/lib/libgobject-2.0.0.dylib", NULL};
static const char *const glib_names[] = {
    "/opt/homebrew/lib/libglib-2.0.0.dylib", "/usr/local/lib/libglib-2.0.0.dylib", NULL};
#else
static const char *const rsvg_names[] = {"librsvg-2.so.2", NULL};
static const char *const cairo_names[] = {"libcairo.so.2", NULL};
static const char *const gobject_names[] = {"libgobject-2.0.so.0", NULL};
static const char *const glib_names[] = {"libglib-2.0.so.0", NULL};
#endif

/* Opens the first of the names that loads; on failure records the first name's error. */
static void *open_first(const char *const *names, const char *library) {
    char first[256] = "not found";
    for (const char *const *name = names; *name != NULL; name++) {
        void *handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
        if (handle != NULL) return handle;
        const char *error = dlerror();
        if (name == names && error != NULL) snprintf(first, sizeof first, "%s", error);
    }
    snprintf(message, sizeof message, "%s is not installed (%s)", library, first);
    failure = message;
    return NULL;
}

/* Finds one function; on failure records which. The object pointer is copied into the function
   pointer, as POSIX specifies for dlsym. */
static int find_function(void *library, const char *name, void *slot) {
    void *symbol = dlsym(library, name);
    if (symbol == NULL) {
        snprintf(message, sizeof message, "the installed librsvg or cairo lacks %s", name);
        failure = message;
        return 0;
    }
    memcpy(slot, &symbol, sizeof symbol);
    return 1;
}

_Static_assert(sizeof(void (*)(void)) == sizeof(void *), "function pointers are object-sized");

#define BIND(library, name) \
    if (!find_function(library, #name, &crsvg.name)) return

static void load(void) {
    void *rsvg = open_first(rsvg_names, "librsvg");
    if (rsvg == NULL) return;
    void *cairo = open_first(cairo_names, "cairo");
    if (cairo == NULL) return;
    void *gobject = open_first(gobject_names, "GObject");
    if (gobject == NULL) return;
    void *glib = open_first(glib_names, "GLib");
    if (glib == NULL) return;
    BIND(rsvg, rsvg_handle_new_from_data);
    BIND(rsvg, rsvg_handle_set_dpi);
    BIND(rsvg, rsvg_handle_get_intrinsic_size_in_pixels);
    BIND(rsvg, rsvg_handle_render_document);
    BIND(gobject, g_object_unref);
    BIND(glib, g_error_free);
    BIND(cairo, cairo_create);
    BIND(cairo, cairo_destroy);
    BIND(cairo, cairo_status);
    BIND(cairo, cairo_show_page);
    BIND(cairo, cairo_status_to_string);
    BIND(cairo, cairo_surface_status);
    BIND(cairo, cairo_surface_destroy);
    BIND(cairo, cairo_surface_flush);
    BIND(cairo, cairo_surface_finish);
    BIND(cairo, cairo_surface_write_to_png_stream);
    BIND(cairo, cairo_image_surface_create);
    BIND(cairo, cairo_image_surface_create_from_png_stream);
    BIND(cairo, cairo_image_surface_get_width);
    BIND(cairo, cairo_image_surface_get_height);
    BIND(cairo, cairo_image_surface_get_stride);
    BIND(cairo, cairo_image_surface_get_data);
    BIND(cairo, cairo_pdf_surface_create_for_stream);
    BIND(cairo, cairo_pdf_surface_set_metadata);
}

const char *crsvg_load(void) {
    pthread_once(&once, load);
    return failure;
}
