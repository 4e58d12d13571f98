"""The process memory policy: freed heap pages go back to the OS between batches."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Fragments the heap: ~300 MB of 1 KB objects, one in 64 kept alive, so glibc cannot shrink the heap
# from the top; then reports RSS (MiB) before and after release_free_memory().
_FRAGMENT = """
import gc, os
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
from tariffwatch.memory import release_free_memory
blocks = [bytes(1000) + bytes([i % 256]) for i in range(300_000)]
keep = blocks[::64]
del blocks
gc.collect()
before = rss()
release_free_memory()
print(before, rss(), len(keep))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_freed_pages_inside_the_heap_are_returned() -> None:
    result = subprocess.run([sys.executable, "-c", _FRAGMENT], capture_output=True, text=True, check=True)
    before, after, _ = (int(x) for x in result.stdout.split())
    assert before > 200  # the freed objects still count: the heap is fragmented
    assert before - after > 150, (before, after)
