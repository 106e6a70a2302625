#ifndef JOURNEYKIT_CSYSTEMZLIB_SHIM_H
#define JOURNEYKIT_CSYSTEMZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro; Swift sees the function behind it only with these arguments. */
static inline int csz_inflate_init_raw(z_streamp stream) {
    return inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, (int)sizeof(z_stream));
}

#endif
