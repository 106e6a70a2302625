#ifndef JOURNEYKIT_CRSVG_SHIM_H
#define JOURNEYKIT_CRSVG_SHIM_H

/* librsvg draws SVG onto cairo surfaces; cairo writes them as PNG or PDF. JourneyRaster is the only
   module that imports this one. pkg-config (librsvg-2.0, which requires cairo, glib and gdk-pixbuf)
   supplies the include paths. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <librsvg/rsvg.h>

#endif
