"""The Parquet mirror at scale: hive-partitioned views that skip partitions, and compaction of small files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import Committer

from tariffwatch.pipeline import export
from tariffwatch.warehouse import COMPACT_AT_FILES, Warehouse, compact_parquet, temp_path_for

Sample = tuple[tuple[date, str, tuple[tuple[str, str, dict[str, object]], ...]]]


def _sample(i: int, published_on: date) -> Sample:
    body = f"Run {i}: the US put tariffs on ${i + 1} billion of goods from country number {i}."
    amount = f"${i + 1} billion"
    return ((published_on, body, ((amount, "tariff_amount", {"value": (i + 1) * 1e9, "unit": "USD"}),)),)


def _parquet_files(warehouse: Warehouse, table: str) -> list[Path]:
    return sorted((warehouse.parquet_dir / table).rglob("*.parquet"))


def test_views_read_the_mirror_with_hive_partitions(warehouse: Warehouse, commit: Committer) -> None:
    commit()  # two articles in two months
    export(warehouse)
    with warehouse.reader() as con:
        rows = con.execute(
            "SELECT published_month, count(*) FROM parquet_articles GROUP BY 1 ORDER BY 1"
        ).fetchall()
        assert rows == [("2018-08", 1), ("2018-09", 1)]
        in_ledger = con.execute("SELECT count(*) FROM mentions").fetchone()
        assert con.execute("SELECT count(*) FROM parquet_mentions").fetchone() == in_ledger


def test_month_filter_skips_other_partitions(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    export(warehouse)
    # A file that cannot be read sits in another month's directory: a query filtered to 2018-08 succeeds
    # only if DuckDB prunes that partition without opening it. (A later month: DuckDB reads the first file
    # in glob order for the schema.)
    bad = warehouse.parquet_dir / "articles" / "published_month=2099-01" / "run-x.parquet"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"this is not parquet")
    with warehouse.reader() as con:
        pruned = con.execute(
            "SELECT count(*) FROM parquet_articles WHERE published_month = '2018-08'"
        ).fetchone()
        assert pruned == (1,)
        with pytest.raises(duckdb.Error):
            con.execute("SELECT count(*) FROM parquet_articles").fetchone()


def test_many_small_exports_are_compacted(warehouse: Warehouse, commit: Committer) -> None:
    runs = COMPACT_AT_FILES + 3
    for i in range(runs):
        commit(_sample(i, date(2019, 5, 1 + i)), source_prefix=f"run{i}")
        export(warehouse)
    files = _parquet_files(warehouse, "articles")
    # Never more than the threshold in a directory, and nothing lost or doubled.
    assert 1 <= len(files) <= COMPACT_AT_FILES
    assert any(f.name.startswith("compact-") for f in files)
    table = pa.concat_tables([pq.read_table(f) for f in files])
    assert table.num_rows == runs
    assert len(set(table.column("article_id").to_pylist())) == runs
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM parquet_articles").fetchone() == (runs,)
        ledger = {r[0] for r in con.execute("SELECT mention_id FROM mentions").fetchall()}
        mirror = {r[0] for r in con.execute("SELECT mention_id FROM parquet_mentions").fetchall()}
    assert mirror == ledger


def test_compaction_leaves_small_directories_alone(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    export(warehouse)
    before = _parquet_files(warehouse, "articles")
    assert compact_parquet(warehouse) == []
    assert _parquet_files(warehouse, "articles") == before


def test_killed_compaction_leftover_is_removed(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    export(warehouse)
    month = warehouse.parquet_dir / "articles" / "published_month=2018-08"
    leftover = temp_path_for(month / "compact-x.parquet")
    leftover.write_bytes(b"half a file")
    compact_parquet(warehouse)
    assert not leftover.exists()


def test_killed_compaction_is_finished_without_doubled_rows(warehouse: Warehouse, commit: Committer) -> None:
    runs = COMPACT_AT_FILES + 1
    for i in range(runs):
        commit(_sample(i, date(2019, 6, 1 + i)), source_prefix=f"run{i}")
        export(warehouse)
    [merged] = [f for f in _parquet_files(warehouse, "articles") if f.name.startswith("compact-")]
    replaced = json.loads(pq.read_schema(merged).metadata[b"tariffwatch.replaces"])
    assert len(replaced) == runs
    # As if the process died after the rename, before removing the files it replaces.
    leftover = merged.parent / replaced[0]
    shutil.copyfile(merged, leftover)
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM parquet_articles").fetchone() == (2 * runs,)
    compact_parquet(warehouse)
    assert not leftover.exists()
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM parquet_articles").fetchone() == (runs,)
