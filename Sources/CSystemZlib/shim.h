#ifndef JOURNEYKIT_CSYSTEMZLIB_SHIM_H
#define JOURNEYKIT_CSYSTEMZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; Swift sees the function behind it only with these arguments. */
static inline int csz_inflate_init_raw(z_streamp stream) {
    return inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, (int)sizeof(z_stream));
}

/* deflateInit2 is a macro too: raw DEFLATE (no header) at the default level, as draw.io's pako writes. */
static inline int csz_deflate_init_raw(z_streamp stream) {
    return deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                         ZLIB_VERSION, (int)sizeof(z_stream));
}

#endif
