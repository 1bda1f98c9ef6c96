// The Snowball stemmers (Debian: libstemmer-dev), which the search index uses to index words by
// their stem. Debian ships no pkg-config file for it, so the module map links it by name.
#include <libstemmer.h>
