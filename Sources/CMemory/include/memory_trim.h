#ifndef QUORUM_MEMORY_TRIM_H
#define QUORUM_MEMORY_TRIM_H

/// Hands the pages the allocator holds free back to the system (glibc malloc_trim); a no-op elsewhere.
/// Returns 1 when memory was released, 0 otherwise.
int quorum_return_freed_memory(void);

/// Caps the allocator's arenas at `count` (glibc M_ARENA_MAX; a no-op elsewhere). Fewer arenas leave less
/// memory free but unreturnable in pages that are partly in use. Call it before threads start allocating.
void quorum_limit_arenas(int count);

#endif
