"""The DuckDB ledger and its Parquet mirror: schema, inserts, transactions, export, locking, plain access."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from conftest import REPO, SAMPLE, Committer, build_sample

from tariffwatch.errors import WarehouseBusyError
from tariffwatch.models import STAGE_INGEST, Rejected
from tariffwatch.pipeline import RunCounts, commit_batch, export, finish_run, new_run
from tariffwatch.schema import TABLE_NAMES, load_table
from tariffwatch.warehouse import (
    EXPORTED,
    Warehouse,
    create_schema,
    export_run,
    insert_new,
    rows_to_arrow,
    transaction,
)

VENV_BIN = Path(sys.executable).parent


def count(con: Any, sql: str) -> int:
    row = con.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def table_counts(warehouse: Warehouse) -> dict[str, int]:
    with warehouse.reader() as con:
        return {name: count(con, f'SELECT count(*) FROM "{name}"') for name in TABLE_NAMES}


def parquet_files(warehouse: Warehouse) -> list[str]:
    return sorted(
        str(p.relative_to(warehouse.parquet_dir)) for p in warehouse.parquet_dir.rglob("*") if p.is_file()
    )


# ------------------------------------------------------------------------------------------------ schema


def test_fresh_warehouse_has_every_table_and_view(warehouse: Warehouse) -> None:
    with warehouse.writer() as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        views = {
            r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        }
    assert tables == set(TABLE_NAMES)
    sql_views = {p.stem for p in (REPO / "warehouse").glob("*.sql")}
    assert sql_views <= views, f"views missing: {sql_views - views}"


def test_schema_creation_is_idempotent_and_keeps_data(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    before = table_counts(warehouse)
    assert before["articles"] == 2
    with warehouse.writer() as con:
        create_schema(con)
        create_schema(con)
    # A new process (no in-memory "schema ready" cache) opening the same file must not fail either.
    code = (
        "from pathlib import Path; from tariffwatch.warehouse import Warehouse\n"
        f"with Warehouse(Path({str(warehouse.home)!r})).writer() as con: pass\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert table_counts(warehouse) == before


# ----------------------------------------------------------------------------------------------- inserts


def test_insert_new_skips_rows_whose_either_key_exists(warehouse: Warehouse) -> None:
    ctx = new_run("test")
    articles, _ = build_sample(ctx)
    first, second = articles
    with warehouse.writer() as con:
        assert (
            insert_new(con, "articles", rows_to_arrow("articles", [first]), ("article_id", "dedup_key")) == 1
        )
        same_id = {**first, "dedup_key": "guid:other"}
        same_key = {**second, "article_id": "f" * 24, "dedup_key": first["dedup_key"]}
        fresh = {**second}
        batch = rows_to_arrow("articles", [first, same_id, same_key, fresh])
        assert insert_new(con, "articles", batch, ("article_id", "dedup_key")) == 1
        rows = con.execute("SELECT article_id, dedup_key FROM articles ORDER BY published_on").fetchall()
        assert insert_new(con, "articles", rows_to_arrow("articles", []), ("article_id",)) == 0
    assert rows == [(first["article_id"], first["dedup_key"]), (second["article_id"], second["dedup_key"])]


def test_a_batch_of_long_articles_commits_within_duckdbs_memory_limit(warehouse: Warehouse) -> None:
    """600 articles of 100 KB: as one INSERT this ran out of the 128 MB memory_limit (measured)."""
    ctx = new_run("test")
    template = build_sample(ctx)[0][0]
    body = ("Tariffs of 25 percent on steel took effect on Friday. " * 2000)[: 100 * 1024]
    rows = [
        {**template, "article_id": f"{i:024x}", "dedup_key": f"sha256:{i}", "body": body} for i in range(600)
    ]
    batch = rows_to_arrow("articles", rows)
    assert batch.nbytes > 56 * 2**20
    with warehouse.writer() as con, transaction(con):
        assert insert_new(con, "articles", batch, ("article_id", "dedup_key")) == 600
        # No slice re-inserts what an earlier slice of the same rows inserted.
        assert insert_new(con, "articles", batch, ("article_id", "dedup_key")) == 0
    with warehouse.reader() as con:
        assert count(con, "SELECT count(*) FROM articles") == 600
        assert count(con, "SELECT sum(length(body)) FROM articles") == 600 * len(body)


def test_a_batch_commit_larger_than_the_lean_writers_least_limit_commits(warehouse: Warehouse) -> None:
    """Batch commits use a lean writer; its memory limit grows with the batch (64 MB failed at 64MB)."""
    ctx = new_run("test")
    template = build_sample(ctx)[0][0]
    body = ("Tariffs of 25 percent on steel took effect on Friday. " * 2000)[: 100 * 1024]
    rows = [
        {**template, "article_id": f"{i:024x}", "dedup_key": f"sha256:{i}", "body": body} for i in range(700)
    ]
    batch = rows_to_arrow("articles", rows)
    assert batch.nbytes > 68 * 2**20
    result = commit_batch(warehouse, ctx, batch, rows_to_arrow("mentions", []), [])
    assert result.articles_new == 700
    with warehouse.reader() as con:
        assert count(con, "SELECT sum(length(body)) FROM articles") == 700 * len(body)


def test_transaction_rolls_back_everything_on_error(warehouse: Warehouse) -> None:
    ctx = new_run("test")
    articles, mentions = build_sample(ctx)
    with pytest.raises(RuntimeError, match="boom"), warehouse.writer() as con, transaction(con):
        insert_new(con, "articles", rows_to_arrow("articles", articles), ("article_id",))
        insert_new(con, "mentions", rows_to_arrow("mentions", mentions), ("mention_id",))
        raise RuntimeError("boom")
    assert set(table_counts(warehouse).values()) == {0}


def test_failed_batch_commit_leaves_nothing(warehouse: Warehouse) -> None:
    ctx = new_run("test")
    articles, mentions = build_sample(ctx)
    # A mention row with a NULL in a NOT NULL column fails after the articles were inserted: the
    # articles must go too.
    broken = [*mentions[:-1], {**mentions[-1], "sentence": None}]
    rejected = [Rejected("x.txt", STAGE_INGEST, "no_publication_date", "no date line", "raw")]
    with pytest.raises(duckdb.ConstraintException):
        commit_batch(warehouse, ctx, articles, broken, rejected)
    assert set(table_counts(warehouse).values()) == {0}


def test_failed_finish_leaves_no_alerts_and_next_run_catches_up(warehouse: Warehouse) -> None:
    ctx = new_run("test")
    articles, mentions = build_sample(ctx)
    batch = commit_batch(warehouse, ctx, articles, mentions, [])
    # feed_state is written after alerts and deliveries: a NOT NULL violation there takes them back.
    bad_state = {"feed_url": "http://127.0.0.1:1/feed.xml", "last_status": "ok", "fetched_at": None}
    with pytest.raises(duckdb.ConstraintException):
        finish_run(warehouse, ctx, RunCounts(), [batch], [bad_state], ["json://127.0.0.1:1/hook"])
    counts = table_counts(warehouse)
    assert (counts["articles"], counts["mentions"]) == (2, 6)  # the batch itself was committed
    assert (counts["alerts"], counts["deliveries"], counts["feed_state"]) == (0, 0, 0)
    with warehouse.reader() as con:  # the batch marked its run 'running'; it never completed
        assert con.execute("SELECT status FROM runs WHERE run_id = ?", [ctx.run_id]).fetchall() == [
            ("running",)
        ]
    later = new_run("test")
    result = finish_run(warehouse, later, RunCounts(), [], [], ["json://127.0.0.1:1/hook"])
    assert len(result.alerts) == 5
    with warehouse.reader() as con:
        assert count(con, "SELECT count(*) FROM audit_alerts") == 0
        assert count(con, "SELECT count(*) FROM deliveries WHERE state = 'pending'") == 5
        # The run that died is no longer shown as running.
        statuses = con.execute("SELECT run_id, status FROM runs ORDER BY started_at").fetchall()
    assert statuses == [(ctx.run_id, "failed"), (later.run_id, "completed")]


def test_commit_writes_run_row_and_alerts_once(warehouse: Warehouse, commit: Committer) -> None:
    ctx, result = commit()
    assert (result.articles_new, result.mentions_new, len(result.alerts)) == (2, 6, 5)
    _, again = commit()  # same bodies: nothing new, and no second alert for any key
    assert (again.articles_new, again.mentions_new, again.alerts) == (0, 0, [])
    with warehouse.reader() as con:
        runs = con.execute(
            "SELECT run_id, articles_new, alerts_new, exported_at FROM runs ORDER BY run_id"
        ).fetchall()
        assert count(con, "SELECT count(*) FROM audit_alerts") == 0
        assert count(con, "SELECT count(*) FROM audit_mentions") == 0
    assert len(runs) == 2
    assert (ctx.run_id, 2, 5, None) in runs


# ------------------------------------------------------------------------------------------------ export


def parquet_count(warehouse: Warehouse, name: str) -> int:
    table = load_table(name)
    pattern = f"{warehouse.parquet_dir / name}/{'*/' if table.partition else ''}*.parquet"
    con = duckdb.connect()
    try:
        return count(con, f"SELECT count(*) FROM read_parquet('{pattern}', hive_partitioning=true)")
    finally:
        con.close()


def test_export_writes_month_partitions_and_matches_tables(warehouse: Warehouse, commit: Committer) -> None:
    ctx, _ = commit()
    assert export(warehouse) == [ctx.run_id]
    files = parquet_files(warehouse)
    for name in ("articles", "mentions"):
        for month in ("2018-08", "2018-09"):
            assert f"{name}/published_month={month}/run-{ctx.run_id}.parquet" in files
    for name in ("alerts", "runs"):
        assert f"{name}/run-{ctx.run_id}.parquet" in files
    assert not [f for f in files if f.endswith(".tmp")]
    counts = table_counts(warehouse)
    for name in EXPORTED:
        expected = counts[name]
        if expected:
            assert parquet_count(warehouse, name) == expected, name
    # Each partition holds only its month.
    part = pq.read_table(
        warehouse.parquet_dir / "mentions" / "published_month=2018-09" / f"run-{ctx.run_id}.parquet"
    )
    assert {d.strftime("%Y-%m") for d in part.column("published_on").to_pylist()} == {"2018-09"}
    # The runs file records that it was exported.
    runs = pq.read_table(warehouse.parquet_dir / "runs" / f"run-{ctx.run_id}.parquet").to_pylist()
    assert runs[0]["exported_at"] is not None


def test_reexport_is_idempotent(warehouse: Warehouse, commit: Committer) -> None:
    ctx, _ = commit()
    export(warehouse)
    files = parquet_files(warehouse)
    tables = {f: pq.read_table(warehouse.parquet_dir / f) for f in files}
    assert export(warehouse) == []  # nothing pending: nothing rewritten
    with warehouse.writer() as con:
        export_run(warehouse, con, ctx.run_id)
        export_run(warehouse, con, ctx.run_id)
    assert parquet_files(warehouse) == files
    for f in files:
        assert pq.read_table(warehouse.parquet_dir / f).equals(tables[f]), f
    counts = table_counts(warehouse)
    assert parquet_count(warehouse, "articles") == counts["articles"]
    assert parquet_count(warehouse, "mentions") == counts["mentions"]


def test_unexported_run_is_exported_by_the_next_export(warehouse: Warehouse, commit: Committer) -> None:
    first, _ = commit()
    # The export of the first run fails (the mirror directory cannot be created)...
    warehouse.parquet_dir.write_text("not a directory")
    with pytest.raises(OSError):
        export(warehouse)
    with warehouse.reader() as con:
        assert con.execute("SELECT exported_at FROM runs").fetchall() == [(None,)]
    warehouse.parquet_dir.unlink()
    # ...a second run commits, and the next export catches up with both, in run order.
    later = [(d, body.replace("Chinese", "Mexican"), found) for d, body, found in SAMPLE]
    second, _ = commit(sample=later, source_prefix="seeds/later")
    assert export(warehouse) == sorted([first.run_id, second.run_id])
    with warehouse.reader() as con:
        assert count(con, "SELECT count(*) FROM runs WHERE exported_at IS NULL") == 0
    counts = table_counts(warehouse)
    assert counts["articles"] == 4
    assert parquet_count(warehouse, "articles") == 4
    assert parquet_count(warehouse, "mentions") == counts["mentions"]
    assert parquet_count(warehouse, "runs") == 2


def test_batch_of_a_run_that_died_is_still_exported(warehouse: Warehouse, commit: Committer) -> None:
    dead = new_run("test")
    articles, mentions = build_sample(dead)
    commit_batch(warehouse, dead, articles, mentions, [])  # ...and the process dies before finish_run
    later = [(d, body.replace("Chinese", "Mexican"), found) for d, body, found in SAMPLE]
    commit(sample=later, source_prefix="seeds/later")
    export(warehouse)
    counts = table_counts(warehouse)
    assert counts["articles"] == 4
    assert parquet_count(warehouse, "articles") == counts["articles"]
    assert parquet_count(warehouse, "mentions") == counts["mentions"]


# ------------------------------------------------------------------------------------- plain-tool access


def test_duckdb_file_opens_in_the_duckdb_cli(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    cli = VENV_BIN / "duckdb"
    assert cli.exists(), "duckdb-cli is a dev dependency"
    proc = subprocess.run(
        [
            str(cli),
            "-readonly",
            "-csv",
            str(warehouse.db_path),
            "-c",
            "SELECT count(*) AS n FROM tariff_timeline; SELECT count(*) AS n FROM articles",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["n", "4", "n", "2"]


def test_views_work_from_plain_duckdb_without_tariffwatch(warehouse: Warehouse, commit: Committer) -> None:
    commit()
    script = textwrap.dedent(
        f"""
        import importlib.util, json, sys
        # The editable install puts the checkout on sys.path even under -I: take it off.
        sys.path[:] = [p for p in sys.path if p.rstrip("/") != {str(REPO)!r}]
        assert importlib.util.find_spec("tariffwatch") is None, "tariffwatch should not be importable"
        import duckdb
        con = duckdb.connect({str(warehouse.db_path)!r}, read_only=True)
        timeline = con.execute(
            "SELECT value, unit, is_first_seen FROM tariff_timeline ORDER BY published_on, value").fetchall()
        con.execute("SET VARIABLE as_of = DATE '2019-01-15'")
        upcoming = con.execute("SELECT date, latest_status FROM upcoming_deadlines").fetchall()
        macro = con.execute("SELECT date FROM deadlines_on_or_after(DATE '2019-02-01')").fetchall()
        print(json.dumps({{"timeline": timeline, "upcoming": upcoming, "macro": macro,
                          "loaded": sorted(m for m in sys.modules if m.startswith("tariffwatch"))}}))
        """
    )
    proc = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    import json

    got = json.loads(proc.stdout)
    assert got["loaded"] == []
    assert got["timeline"] == [
        [25.0, "percent", True],
        [16e9, "USD", True],
        [25.0, "percent", False],
        [2e11, "USD", True],
    ]
    # Month-precision "2019-01" is still upcoming on 2019-01-15; it sorts before March 1.
    assert got["upcoming"] == [["2019-01", "postponed"], ["2019-03-01", "scheduled"]]
    assert got["macro"] == [["2019-03-01"]]


# ----------------------------------------------------------------------------------------------- locking

HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("SELECT count(*) FROM articles").fetchall()
print("holding", flush=True)
sys.stdin.readline()
con.close()
print("released", flush=True)
"""


def test_reader_raises_busy_while_another_process_writes_then_succeeds(warehouse: Warehouse) -> None:
    with warehouse.writer():
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(warehouse.db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        impatient = Warehouse(warehouse.home, lock_timeout_s=0.3)
        started = time.monotonic()
        with pytest.raises(WarehouseBusyError, match="held by another process") as info, impatient.reader():
            pass
        assert time.monotonic() - started < 5
        assert str(warehouse.db_path) in str(info.value)

        # A patient reader retries: it gets in once the writer lets go.
        patient = Warehouse(warehouse.home, lock_timeout_s=20)
        outcome: dict[str, Any] = {}

        def read() -> None:
            try:
                with patient.reader() as con:
                    outcome["articles"] = count(con, "SELECT count(*) FROM articles")
            except Exception as exc:  # reported below
                outcome["error"] = exc

        thread = threading.Thread(target=read)
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive(), f"reader should still be waiting for the lock: {outcome}"
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        thread.join(timeout=20)
        assert outcome == {"articles": 0}
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=10)


def test_a_record_refused_by_validation_again_is_one_quarantine_row(warehouse: Warehouse) -> None:
    from tariffwatch.pipeline import quarantine_rows, validate_rows

    ids = set()
    for _ in range(2):
        ctx = new_run("test")
        articles, _mentions = build_sample(ctx)
        too_short = {**articles[0], "body": "Too short."}
        valid, refused = validate_rows("articles", [too_short])
        assert valid == [] and len(refused) == 1
        commit_batch(warehouse, ctx, [], [], refused)
        ids.update(row["quarantine_id"] for row in quarantine_rows(refused, ctx))
    assert len(ids) == 1
    with warehouse.reader() as con:
        assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (1,)


def test_partitioned_export_routes_interleaved_months_whatever_the_buffer(tmp_path: Path) -> None:
    import pyarrow as pa

    from tariffwatch.warehouse import _MONTH, _write_partitioned

    schema = pa.schema([pa.field("n", pa.int64(), nullable=False), pa.field("s", pa.string())])
    months = ["2019-03", "2018-12", "2019-03", "2025-07", "2018-12"]

    def batches() -> list[pa.RecordBatch]:
        # Three batches, each interleaving months, as rows come out of the ledger in insertion order.
        out = []
        for b in range(3):
            ns = list(range(b * 5, b * 5 + 5))
            out.append(
                pa.record_batch(
                    [pa.array(ns, pa.int64()), pa.array([f"row {n}" for n in ns]), pa.array(months)],
                    names=["n", "s", _MONTH],
                )
            )
        return out

    expected = {
        m: sorted(b * 5 + i for b in range(3) for i, mm in enumerate(months) if mm == m) for m in months
    }
    for buffer_bytes, name in ((1, "tiny"), (2**30, "huge")):
        base = tmp_path / name
        _write_partitioned(schema, batches(), base, "run-x.parquet", buffer_bytes=buffer_bytes)
        written = sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file())
        assert written == [f"published_month={m}/run-x.parquet" for m in sorted(expected)]
        for month, ns in expected.items():
            got = pq.read_table(base / f"published_month={month}" / "run-x.parquet")
            assert got.schema == schema  # the routing column is not written
            assert sorted(got.column("n").to_pylist()) == ns
            assert got.column("s").to_pylist() == [f"row {n}" for n in got.column("n").to_pylist()]
        # A tiny buffer writes each batch's rows out as they come (several row groups), a huge one once.
        groups = pq.ParquetFile(base / "published_month=2019-03" / "run-x.parquet").num_row_groups
        assert groups == (3 if buffer_bytes == 1 else 1)
