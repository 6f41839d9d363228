#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H

// glibc's allocator controls, which Swift's Glibc module does not import (<malloc.h>).
// Elsewhere (macOS, musl) both calls do nothing and report that.

#include <stdlib.h> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>

/// Caps the number of malloc arenas; returns 1 on success.
static inline int cmalloc_limit_arenas(int count) { return mallopt(M_ARENA_MAX, count); }

/// Returns whole free pages of every arena to the kernel; returns 1 when memory was released.
static inline int cmalloc_release_free_pages(void) { return malloc_trim(0); }
#else
static inline int cmalloc_limit_arenas(int count) { (void)count; return 0; }
static inline int cmalloc_release_free_pages(void) { return 0; }
#endif

#endif
