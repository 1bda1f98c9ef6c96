#include <cmark.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Gives the memory of a freed cmark tree back to the system. A large page's tree is millions of
/// small blocks; glibc keeps freed blocks in the arena of the thread that freed them, so the next
/// large tree, parsed on another thread, took as much again (a 1 MB page: 150 MB of tree held
/// twice). Elsewhere the allocator returns memory by itself, and this does nothing.
static inline void cmark_shim_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
