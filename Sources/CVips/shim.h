// libvips from the system (Debian: libvips-dev). Only CVipsShim includes it: Swift cannot call
// libvips' variadic functions, and never parses these headers (nor glib's).
#include <vips/vips.h>
