"""How the agent's C allocator treats freed memory.

The agent passes every chunk through several 1 MiB buffers on several threads.
By default glibc gives such blocks back to the kernel when they are freed and
takes fresh ones for the next chunk, so every chunk pays for page faults on
memory it just had: on a capture that was about a third of the agent's time
(half its kernel time). Keeping the blocks for reuse removes most of it; the
agent's peak memory stays the same, as the same blocks come round again.
"""

from __future__ import annotations

import ctypes

MIB = 1024 * 1024

# mallopt() parameters, from glibc's malloc.h.
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3


def keep_freed_buffers() -> bool:
    """Asks glibc to serve chunk-sized blocks from its heaps and to keep what
    is freed. Returns False where the C library has no mallopt (musl, say),
    which changes nothing but speed."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return all(
        (
            mallopt(_M_MMAP_THRESHOLD, 32 * MIB),  # glibc's largest allowed
            mallopt(_M_TRIM_THRESHOLD, 512 * MIB),
            mallopt(_M_TOP_PAD, 64 * MIB),
        )
    )
