"""Process-wide memory policy for pipeline runs (the flow process and its extraction workers).

A backfill allocates and frees Arrow buffers of every batch in turn. pyarrow's default pool (mimalloc)
keeps freed pages for reuse; glibc's allocator returns them sooner. Measured on the 100k-article bench
corpus (2 workers): the run's peak RSS (sum over the process tree) fell by ~80 MB with the system pool,
at no measurable cost in wall time.
"""

from __future__ import annotations

import os
from typing import Any

#: Environment variable pyarrow itself reads for its default pool; a user's setting wins.
ARROW_POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"


def use_system_allocator() -> None:
    """Make glibc's allocator pyarrow's default memory pool in this process and in its children.

    Does nothing when ``ARROW_DEFAULT_MEMORY_POOL`` is already set (the user chose a pool). Buffers
    allocated before the switch are still freed by the pool that allocated them.
    """
    if os.environ.get(ARROW_POOL_ENV):
        return
    import pyarrow as pa

    os.environ[ARROW_POOL_ENV] = "system"  # children (forkserver workers) start with it
    pa.set_memory_pool(pa.system_memory_pool())


def release_free_memory() -> None:
    """Hand the heap's free pages back to the OS (glibc ``malloc_trim``); a no-op elsewhere.

    glibc returns freed memory at the top of the heap only: between two batches, the pages freed by
    the previous batch's rows stay in the process's RSS until reused, and the next batch's peak adds
    to them. Trimming after each batch costs a few milliseconds.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Any:
    global _TRIM
    if _TRIM is None:
        _TRIM = False
        try:
            import ctypes
            import ctypes.util

            name = ctypes.util.find_library("c")
            if name:
                _TRIM = getattr(ctypes.CDLL(name), "malloc_trim", False)
        except OSError:
            pass
    return _TRIM or None


_TRIM: Any = None
