"""The inbox watcher: finished files only, handed over fast, in batches; real files and a real watch."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from tariffwatch.inbox import InboxWatcher, StabilityTracker, is_candidate


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def test_candidates_are_article_files_with_final_names() -> None:
    assert is_candidate(Path("inbox/a.txt"))
    assert is_candidate(Path("inbox/b.MD"))
    for name in (".a.txt", "a.txt.part", "a.txt.tmp", "a.txt~", "a.pdf", "a.swp"):
        assert not is_candidate(Path("inbox") / name), name


def test_a_file_still_growing_is_not_ready(tmp_path: Path) -> None:
    mono, wall = FakeClock(), FakeClock(time.time())
    tracker = StabilityTracker(0.2, clock=mono, wall=wall)
    path = tmp_path / "a.txt"
    path.write_text("part one")
    tracker.touch(path)
    assert tracker.ready() == []  # first look
    for chunk in (" two", " three"):
        mono.now += 0.15
        wall.now = time.time()
        with path.open("a") as f:
            f.write(chunk)
        assert tracker.ready() == [], "a file that changed since the last look is never ready"
    mono.now += 0.1
    wall.now = os.stat(path).st_mtime_ns / 1e9 + 0.1
    assert tracker.ready() == [], "unchanged, but quiet for only 0.1 s"
    mono.now += 0.15
    wall.now += 0.15
    assert tracker.ready() == [path]
    assert path.read_text() == "part one two three"


def test_an_old_file_renamed_in_goes_at_the_second_look(tmp_path: Path) -> None:
    mono = FakeClock()
    tracker = StabilityTracker(5.0, clock=mono)  # real wall clock: the file's mtime is seconds old
    path = tmp_path / "a.txt"
    path.write_text("body")
    old = time.time() - 60
    os.utime(path, (old, old))
    tracker.touch(path)
    assert tracker.ready() == []
    mono.now += 0.05
    assert tracker.ready() == [path]


def test_unchanged_files_are_not_handed_twice_but_changed_ones_are(tmp_path: Path) -> None:
    mono = FakeClock()
    tracker = StabilityTracker(0.0, clock=mono)
    path = tmp_path / "a.txt"
    path.write_text("v1")
    for _ in range(2):
        tracker.touch(path)
        tracker.ready()
    assert tracker.ready() == []
    tracker.touch(path)  # a metadata-only event
    tracker.ready()
    assert tracker.ready() == []
    path.write_text("version two")
    tracker.touch(path)
    tracker.ready()
    assert tracker.ready() == [path]


def test_a_file_deleted_before_it_settles_is_dropped(tmp_path: Path) -> None:
    tracker = StabilityTracker(0.0, clock=FakeClock())
    path = tmp_path / "a.txt"
    path.write_text("x")
    tracker.touch(path)
    path.unlink()
    assert tracker.ready() == []
    assert tracker.waiting == 0


class Collector:
    def __init__(self) -> None:
        self.batches: list[tuple[float, list[Path], dict[Path, str]]] = []
        self.cond = threading.Condition()

    def __call__(self, paths: list[Path]) -> None:
        # Read at hand-over time: what the pipeline would read.
        contents = {p: p.read_text(encoding="utf-8") for p in paths}
        with self.cond:
            self.batches.append((time.monotonic(), paths, contents))
            self.cond.notify_all()

    def wait(self, count: int, timeout_s: float = 10.0) -> list[Path]:
        deadline = time.monotonic() + timeout_s
        with self.cond:
            while sum(len(b[1]) for b in self.batches) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"got {[b[1] for b in self.batches]}")
                self.cond.wait(remaining)
            return [p for b in self.batches for p in b[1]]


@pytest.fixture
def watched(tmp_path: Path):  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "already.txt").write_text("present before start")
    collector = Collector()
    watcher = InboxWatcher(inbox, collector, stable_ms=200).start()
    yield inbox, collector, tmp_path
    watcher.stop()
    assert not watcher.alive
    assert watcher.error is None


def test_files_present_at_start_come_first(watched) -> None:  # type: ignore[no-untyped-def]
    inbox, collector, _ = watched
    assert collector.wait(1) == [inbox / "already.txt"]


def test_an_atomic_rename_is_handed_over_within_a_second(watched) -> None:  # type: ignore[no-untyped-def]
    inbox, collector, tmp = watched
    collector.wait(1)
    staged = tmp / "new.txt"
    staged.write_text("complete article")
    old = time.time() - 5
    os.utime(staged, (old, old))
    t0 = time.monotonic()
    os.rename(staged, inbox / "new.txt")
    assert collector.wait(2)[-1] == inbox / "new.txt"
    assert collector.batches[-1][0] - t0 < 1.0


def test_a_slow_writer_is_read_only_when_finished(watched) -> None:  # type: ignore[no-untyped-def]
    inbox, collector, _ = watched
    collector.wait(1)
    path = inbox / "slow.txt"
    parts = [f"chunk {i}\n" for i in range(8)]
    with path.open("w", encoding="utf-8") as f:
        for part in parts:
            f.write(part)
            f.flush()
            time.sleep(0.08)  # pauses shorter than stable_ms
    finished = time.monotonic()
    collector.wait(2)
    handed_at, paths, contents = collector.batches[-1]
    assert paths == [path]
    assert contents[path] == "".join(parts), "handed over half-written"
    assert handed_at >= finished
    assert handed_at - finished < 1.0


def test_hidden_and_partial_names_wait_for_their_rename(watched) -> None:  # type: ignore[no-untyped-def]
    inbox, collector, _ = watched
    collector.wait(1)
    for name in (".draft.txt", "draft.txt.part", "notes.pdf"):
        (inbox / name).write_text("not yet")
    time.sleep(0.6)
    assert len(collector.batches) == 1
    os.rename(inbox / ".draft.txt", inbox / "draft.txt")
    assert collector.wait(2)[-1] == inbox / "draft.txt"


def test_files_that_land_together_come_as_one_batch(watched) -> None:  # type: ignore[no-untyped-def]
    inbox, collector, tmp = watched
    collector.wait(1)
    names = [f"n{i}.txt" for i in range(5)]
    for name in names:
        (tmp / name).write_text(name)
    for name in names:
        os.rename(tmp / name, inbox / name)
    collector.wait(6)
    assert sorted(p.name for p in collector.batches[-1][1]) == names
