"""Streaming backfill without Prefect: bounded batches, the file index, in-run duplicates, worker processes.

Drives the plain stage functions the flow composes (``plan_files`` → ``read_raw`` → ``ExtractionPool``
→ ``store_batch`` → ``finish_run``) on a generated corpus whose truth is known.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from bench.corpus import generate, load_truth
from tariffwatch import pipeline as stages
from tariffwatch.parallel import ExtractionPool, paths_to_table, read_raw
from tariffwatch.warehouse import Warehouse


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("corpus"), 30, seed=7)


def backfill(
    warehouse: Warehouse, paths: list[str], batch_size: int, pool: ExtractionPool, reverse: bool = False
) -> tuple[stages.FilePlan, list[stages.BatchResult], stages.CommitResult]:
    """What the flow does, batch by batch (optionally committing the batches in reverse order)."""
    ctx = stages.new_run("test")
    state = stages.RunState()
    plan = stages.plan_files(warehouse, paths)
    chunks = list(stages.chunked(plan.to_read, batch_size))
    extracted = [pool.process(read_raw([f.path for f in chunk])[0], ctx.run_id) for chunk in chunks]
    results = [
        stages.store_batch(warehouse, ctx, e, state, plan)
        for e in (extracted[::-1] if reverse else extracted)
    ]
    counts = stages.RunCounts(files_read=len(plan.to_read), articles_seen=plan.unchanged)
    return plan, results, stages.finish_run(warehouse, ctx, counts, results, [], [])


def rows(warehouse: Warehouse, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(warehouse.db_path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_batches_land_the_planted_truth_and_alerts_follow_publication(
    corpus: Path, warehouse: Warehouse
) -> None:
    with ExtractionPool(1) as pool:
        _plan, results, committed = backfill(warehouse, [str(corpus)], batch_size=4, pool=pool, reverse=True)
    assert len(results) == 8 and sum(r.articles_new for r in results) == 30
    found = {
        (Path(s).name, k)
        for s, k in rows(
            warehouse, "SELECT a.source, m.key FROM mentions m JOIN articles a USING (article_id)"
        )
    }
    truth = load_truth(corpus.parent)
    assert found == {(name, key) for name, keys in truth.items() for key in keys}

    # Batches were committed newest-first; alerts still go to the first article (by publication) of each key.
    published = [a["published_on"] for a in committed.alerts]
    assert published == sorted(published)
    first_on = dict(
        rows(
            warehouse,
            "SELECT m.key, min(m.published_on) FROM mentions m GROUP BY m.key",
        )
    )
    assert all(a["published_on"] == first_on[a["key"]] for a in committed.alerts)
    assert rows(warehouse, "SELECT count(*) FROM audit_alerts") == [(0,)]
    assert rows(warehouse, "SELECT count(*) FROM file_index") == [(30,)]


def test_unchanged_files_are_not_read_again_and_changed_ones_are(
    corpus: Path, tmp_path: Path, warehouse: Warehouse
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus, seeds)
    with ExtractionPool(1) as pool:
        backfill(warehouse, [str(seeds)], batch_size=10, pool=pool)
        plan = stages.plan_files(warehouse, [str(seeds)])
        assert (len(plan.to_read), plan.unchanged) == (0, 30)

        # Same size, new mtime: read again (it is the same article, so it is seen, not new).
        touched = sorted(seeds.glob("*.txt"))[3]
        st = touched.stat()
        os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        # New content: read again and new.
        edited = sorted(seeds.glob("*.txt"))[5]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nAn added closing line.\n", encoding="utf-8")
        plan, results, _committed = backfill(warehouse, [str(seeds)], batch_size=10, pool=pool)
    assert sorted(Path(f.path).name for f in plan.to_read) == sorted([touched.name, edited.name])
    assert plan.unchanged == 28
    assert sum(r.articles_new for r in results) == 1
    assert sum(r.articles_seen for r in results) == 1
    assert stages.plan_files(warehouse, [str(seeds)]).to_read == []


def test_duplicate_bodies_across_batches_keep_the_first_file(
    corpus: Path, tmp_path: Path, warehouse: Warehouse
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(corpus, seeds)
    first = sorted(seeds.glob("*.txt"))[0]
    shutil.copy(first, seeds / "z_copy_of_first.txt")  # sorts last: a later batch
    with ExtractionPool(1) as pool:
        _plan, results, _ = backfill(warehouse, [str(seeds)], batch_size=8, pool=pool)
    assert sum(r.articles_new for r in results) == 30
    assert rows(warehouse, f"SELECT source FROM articles WHERE source LIKE '%{first.name}'") == [
        (str(first),)
    ]
    # Both files are indexed to the one article, so neither is read again.
    index = dict(rows(warehouse, "SELECT path, article_id FROM file_index"))
    assert index[str(seeds / "z_copy_of_first.txt")] == index[str(first)]
    assert stages.plan_files(warehouse, [str(seeds)]).to_read == []


def test_refused_files_are_quarantined_and_not_indexed(tmp_path: Path, warehouse: Warehouse) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        " date 2019-05-10 Tariffs of 25% on $200 billion of goods took hold.\n", encoding="utf-8"
    )
    (seeds / "b.txt").write_bytes(b"\xff\xfe not utf-8 \x00")
    (seeds / "c.txt").write_text("No date anywhere in this one.\n", encoding="utf-8")
    with ExtractionPool(1) as pool:
        _, results, _ = backfill(warehouse, [str(seeds)], batch_size=2, pool=pool)
    assert sum(r.articles_new for r in results) == 1
    assert sorted(rows(warehouse, "SELECT reason FROM quarantine")) == [
        ("no_publication_date",),
        ("not_utf8",),
    ]
    assert [Path(str(r[0])).name for r in rows(warehouse, "SELECT path FROM file_index")] == ["a.txt"]
    # Refused files are read again next time (a fixed file then gets in); they are not re-quarantined.
    with ExtractionPool(1) as pool:
        plan, results, _ = backfill(warehouse, [str(seeds)], batch_size=2, pool=pool)
    assert sorted(Path(f.path).name for f in plan.to_read) == ["b.txt", "c.txt"]
    assert sum(r.quarantined_new for r in results) == 0


def test_worker_processes_return_what_one_process_does(corpus: Path) -> None:
    raw, _ = read_raw([str(p) for p in sorted(corpus.glob("*.txt"))])
    with ExtractionPool(1) as single, ExtractionPool(2) as pool:
        alone = single.process(raw, "run-x")
        split = pool.process(raw, "run-x")
    assert split.articles.equals(alone.articles)
    assert split.mentions.equals(alone.mentions)
    assert alone.articles.num_rows == 30 and alone.mentions.num_rows > 60


def test_batches_extracted_from_several_threads_share_one_pool(corpus: Path) -> None:
    """The flow extracts batches from several task threads at once: they start one pool of workers."""
    import multiprocessing
    from concurrent.futures import ThreadPoolExecutor

    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    thirds = [paths[0:10], paths[10:20], paths[20:30]]
    with ExtractionPool(1) as single:
        alone = [single.process(paths_to_table(part), "run-x") for part in thirds]
    # Default process names count every Process made in this process: the next two must be the workers
    # (a pool started twice would have made four, its first two shut down when dropped).
    last = int(multiprocessing.get_context("forkserver").Process().name.rsplit("-", 1)[1])
    with ExtractionPool(2) as pool, ThreadPoolExecutor(3) as threads:
        split = list(threads.map(lambda part: pool.process(paths_to_table(part), "run-x"), thirds))
        workers = {int(p.name.rsplit("-", 1)[1]) for p in multiprocessing.active_children()}
        assert {last + 1, last + 2} <= workers and not {n for n in workers if n > last + 2}
    for got, want in zip(split, alone, strict=True):
        assert got.articles.equals(want.articles) and got.mentions.equals(want.mentions)


def test_path_batches_read_on_the_workers_equal_raw_batches(corpus: Path, tmp_path: Path) -> None:
    """What the flow sends local workers (paths) gives what it sends Dask workers (bytes)."""
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    missing = str(tmp_path / "gone.txt")
    raw, unreadable = read_raw([*paths, missing])
    with ExtractionPool(1) as single, ExtractionPool(2) as pool:
        from_bytes = single.process(raw, "run-x")
        from_paths = pool.process(paths_to_table([*paths, missing]), "run-x", max_bytes=None)
        # The workers never load pandas (pyarrow would, +45 MB each) and allocate from glibc.
        worker = pool._pool()
        assert worker.submit(eval, "'pandas' in __import__('sys').modules").result() is False
        assert worker.submit(eval, "__import__('pyarrow').default_memory_pool().backend_name").result() == (
            "system"
        )
    assert from_paths.articles.equals(from_bytes.articles)
    assert from_paths.mentions.equals(from_bytes.mentions)
    assert (
        [r["source"] for r in from_paths.rejected.to_pylist()] == [r.source for r in unreadable] == [missing]
    )
    assert from_paths.rejected.to_pylist()[0]["reason"] == unreadable[0].reason


def test_batches_are_bounded_by_bytes_as_well_as_by_count() -> None:
    sizes = [10, 10, 10, 50, 10, 200, 5, 5, 5, 5, -1]
    chunks = list(stages.chunked(sizes, 4, max_bytes=30, size_of=lambda n: n))
    assert chunks == [[10, 10, 10], [50], [10], [200], [5, 5, 5, 5], [-1]]
    assert [c for chunk in chunks for c in chunk] == sizes
    assert list(stages.chunked(sizes, 4)) == [sizes[0:4], sizes[4:8], sizes[8:]]
    assert list(stages.chunked([], 4, max_bytes=30, size_of=lambda n: n)) == []
