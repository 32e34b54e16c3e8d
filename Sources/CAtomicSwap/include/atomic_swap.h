#ifndef QUORUM_ATOMIC_SWAP_H
#define QUORUM_ATOMIC_SWAP_H

/// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE), so readers see either the
/// old folder or the new one, never neither. Returns 0, or -1 with errno set (ENOSYS, EINVAL where the
/// file system cannot exchange).
int quorum_exchange_paths(const char *a, const char *b);

#endif
