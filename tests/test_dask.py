"""Extraction on a Dask cluster: the flow on a real LocalCluster (two worker processes) builds the same
warehouse as a plain run, and the extraction tasks really ran on the cluster's workers.

Runs under Prefect's test harness (≈20 s to start) plus a LocalCluster (12–18 s here).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from bench.corpus import generate, load_truth

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.prefect


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A real LocalCluster with two single-threaded worker processes, and a client on it."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
        Client(local) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles plus the seeds (a mix of sizes and of dates across months)."""
    base = tmp_path_factory.mktemp("corpus")
    articles = generate(base / "synthetic", 40, seed=11)
    shutil.copytree(ROOT / "seeds", articles / "seeds", ignore=shutil.ignore_patterns("*.json"))
    return articles


def _state(home: Path) -> dict[str, Any]:
    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        return {
            "articles": sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()),
            "mentions": sorted(con.execute("SELECT mention_id, key FROM mentions").fetchall()),
            "alerts": sorted(con.execute("SELECT key, article_id, mention_id FROM alerts").fetchall()),
            "files": sorted(con.execute("SELECT path, article_id FROM file_index").fetchall()),
        }
    finally:
        con.close()


def _executed(client: Any) -> int:
    counts = client.run(lambda dask_worker: dask_worker.state.executed_count)
    return int(sum(counts.values()))


def test_dask_cluster_builds_the_same_warehouse(
    harness: None, cluster: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import tariffwatch_run

    # Small batches: several extraction tasks, spread over both workers.
    monkeypatch.setenv("TARIFFWATCH_BATCH_SIZE", "8")
    plain_home, dask_home = tmp_path / "plain", tmp_path / "dask"
    plain = tariffwatch_run(seeds=[str(corpus)], home=str(plain_home), workers=1)

    before = _executed(cluster)
    address = cluster.scheduler.address
    assert address.startswith("tcp://")
    on_dask = tariffwatch_run(seeds=[str(corpus)], home=str(dask_home), dask=address)
    ran = _executed(cluster) - before

    # 45 files in batches of 8: 6 extraction tasks, all on the cluster's workers.
    assert ran >= 6
    assert on_dask.articles_new == plain.articles_new == 45
    assert [a["key"] for a in on_dask.alerts] == [a["key"] for a in plain.alerts]
    assert _state(dask_home) == _state(plain_home)

    # The planted truth came through the cluster intact.
    truth = load_truth(corpus.parent)
    con = duckdb.connect(str(dask_home / "tariffwatch.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "SELECT a.source, m.key FROM mentions m JOIN articles a USING (article_id)"
        ).fetchall()
    finally:
        con.close()
    found = {(Path(s).name, k) for s, k in rows if Path(s).parent == corpus}
    assert found == {(name, key) for name, keys in truth.items() for key in keys}


def test_dask_local_starts_its_own_cluster(
    harness: None, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import tariffwatch_run

    monkeypatch.setenv("TARIFFWATCH_BATCH_SIZE", "16")
    plain_home, dask_home = tmp_path / "plain", tmp_path / "dask"
    tariffwatch_run(seeds=[str(corpus)], home=str(plain_home), workers=2)
    # `dask = "local"` in the config file, as a user would set it.
    config = tmp_path / "tariffwatch.toml"
    config.write_text('dask = "local"\nworkers = 2\n', encoding="utf-8")
    tariffwatch_run(seeds=[str(corpus)], home=str(dask_home), config=str(config))
    assert _state(dask_home) == _state(plain_home)
