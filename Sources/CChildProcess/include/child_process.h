#ifndef QUORUM_CHILD_PROCESS_H
#define QUORUM_CHILD_PROCESS_H
#include <sys/types.h>

/// Starts `argv[0]` (looked up on PATH) with stdout and stderr sent to /dev/null, as a child that the
/// kernel kills when this process dies, so a killed build leaves no indexer writing into its folder.
/// Returns the child's pid, or -1 with errno set.
pid_t quorum_spawn_tied(char *const argv[]);

/// Waits for `pid`; returns its exit status, 128 + the signal that killed it, or -1.
int quorum_wait(pid_t pid);
#endif
