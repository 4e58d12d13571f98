"""Watch an inbox directory and hand batches of finished article files to a callback.

Stability rule (how a file still being written is never read half-way): a file is handed over only
when two looks at it agree on its size and modification time and it has not been written for
``stable_ms`` milliseconds (default 200) — judged by its mtime, or by how long the watcher has seen it
unchanged. Both ways of dropping files work: an atomic rename (``mv /elsewhere/a.txt inbox/``: a file
written earlier goes at the next look, ~50 ms) and a plain copy or a slow writer (handed over
``stable_ms`` after its last write). A writer that may pause longer than ``stable_ms`` in the middle of
a file must write elsewhere (or under a hidden / partial name) and rename into the inbox. Hidden files
(``.name``) and partial names (``*.tmp``, ``*.part``, ``*.swp``, ``*~``, ...) are ignored, so
``write .a.txt; mv .a.txt a.txt`` is always safe.

Only ``*.txt`` and ``*.md`` files directly in the directory or below it count. A file that changes
after it was handed over is handed over again (the pipeline decides whether its content is new).
Files already present when the watcher starts are handed over in the first batch.

The callback runs on the watcher's thread and should only enqueue work; events that arrive together
(one ``cp *.txt inbox/``) are handed over as one batch.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})
_PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".swp", ".crdownload", "~")

OnBatch = Callable[[list[Path]], None]


def is_candidate(path: Path) -> bool:
    """Whether ``path`` names an article file the inbox should pick up (by name only)."""
    name = path.name
    if name.startswith(".") or name.lower().endswith(_PARTIAL_SUFFIXES):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES


@dataclass
class _Watch:
    size: int
    mtime_ns: int
    since: float


class StabilityTracker:
    """Decides when files are finished: same size and mtime for ``stable_s`` seconds.

    Pure bookkeeping (no watching), so the rule can be tested on its own with a fake clock.
    """

    def __init__(
        self,
        stable_s: float,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.stable_s = stable_s
        self._clock = clock
        self._wall = wall
        self._pending: dict[Path, _Watch | None] = {}
        self._handed: dict[Path, tuple[int, int]] = {}

    @property
    def waiting(self) -> int:
        """Files seen but not yet stable."""
        return len(self._pending)

    def touch(self, path: Path) -> None:
        """Note that ``path`` was created or changed (a change shows in size or mtime at the next look)."""
        self._pending.setdefault(path, None)

    def forget(self, path: Path) -> None:
        """Note that ``path`` was deleted."""
        self._pending.pop(path, None)
        self._handed.pop(path, None)

    def ready(self) -> list[Path]:
        """Return the files that became stable since the last call, in name order.

        Stable: the same (size, mtime) as at the previous look, and quiet for ``stable_s`` by its
        mtime or by how long this tracker has watched it unchanged.
        """
        now = self._clock()
        wall = self._wall()
        done: list[Path] = []
        for path, seen in list(self._pending.items()):
            try:
                st = path.stat()
            except FileNotFoundError:
                self._pending.pop(path, None)  # renamed away or deleted before it settled
                continue
            except OSError as exc:
                log.warning("inbox: cannot stat %s: %s", path, exc)
                self._pending.pop(path, None)
                continue
            sig = (st.st_size, st.st_mtime_ns)
            if seen is None or (seen.size, seen.mtime_ns) != sig:
                self._pending[path] = _Watch(st.st_size, st.st_mtime_ns, now)
                continue
            quiet_by_mtime = wall - st.st_mtime_ns / 1e9 >= self.stable_s
            if not quiet_by_mtime and now - seen.since < self.stable_s:
                continue
            del self._pending[path]
            if self._handed.get(path) == sig:
                continue  # an event without a change (touch of metadata, duplicate notification)
            self._handed[path] = sig
            done.append(path)
        return sorted(done)


class InboxWatcher:
    """Watches a directory (watchfiles) on a background thread and calls ``on_batch`` with finished files.

    Args:
        directory: The inbox (created if missing).
        on_batch: Receives each batch of finished files; must return quickly.
        stable_ms: How long size and mtime must stay unchanged.
        tick_ms: How often pending files are re-checked while nothing else happens.
        force_polling: Poll the file system instead of using OS notifications (network file systems).
    """

    def __init__(
        self,
        directory: Path,
        on_batch: OnBatch,
        *,
        stable_ms: int = 200,
        tick_ms: int = 50,
        force_polling: bool | None = None,
    ) -> None:
        self.directory = directory
        self.on_batch = on_batch
        self.stable_ms = stable_ms
        self.tick_ms = tick_ms
        self.force_polling = force_polling
        self._tracker = StabilityTracker(stable_ms / 1000)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._held: list[Path] = []
        self._held_since = 0.0
        self.error: BaseException | None = None

    def start(self) -> InboxWatcher:
        """Start watching; returns once the watch is set up (so no file dropped afterwards is missed)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self._thread = threading.Thread(target=self._run, name="inbox-watcher", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=10)
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop watching and wait for the thread to end."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    @property
    def alive(self) -> bool:
        """Whether the watcher thread is running."""
        return self._thread is not None and self._thread.is_alive()

    def _existing(self) -> Iterable[Path]:
        for root, dirs, files in os.walk(self.directory):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                path = Path(root) / name
                if is_candidate(path):
                    yield path

    def _run(self) -> None:
        import watchfiles

        try:
            watcher = watchfiles.watch(
                self.directory,
                watch_filter=None,
                debounce=self.tick_ms * 4,
                step=self.tick_ms,
                rust_timeout=self.tick_ms,
                yield_on_timeout=True,
                stop_event=self._stop,
                raise_interrupt=False,
                force_polling=self.force_polling,
            )
            # The first step sets the watch up; files present before it are picked up by the scan below,
            # files arriving after it by the events. A file in both is handed over once (same signature).
            first = next(watcher, set())
            for path in self._existing():
                self._tracker.touch(path)
            self._ready.set()
            self._handle(first)
            for changes in watcher:
                self._handle(changes)
        except BaseException as exc:  # surfaced by the serve loop: a dead watcher must not go unnoticed
            self.error = exc
            log.exception("inbox watcher stopped")
        finally:
            self._ready.set()

    def _handle(self, changes: set[tuple[Any, str]]) -> None:
        import watchfiles

        for change, raw in changes:
            path = Path(raw)
            if not is_candidate(path):
                continue
            if change == watchfiles.Change.deleted:
                self._tracker.forget(path)
            else:
                self._tracker.touch(path)
        if self._tracker.waiting:
            ready = self._tracker.ready()
            if ready and not self._held:
                self._held_since = time.monotonic()
            self._held.extend(ready)
        # Files of one burst settle a tick or two apart: hold the settled ones while others are still
        # settling (at most stable_ms), so a burst becomes one batch.
        if self._held and (
            not self._tracker.waiting or time.monotonic() - self._held_since >= self.stable_ms / 1000
        ):
            batch, self._held = sorted(self._held), []
            self.on_batch(batch)
