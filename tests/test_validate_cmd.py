"""``tariffwatch validate`` (every suite on the whole warehouse, Data Docs) and ``tariffwatch quarantine``.

Warehouses are built through the real pipeline (conftest ``commit``) and corrupted with plain DuckDB SQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import Committer
from typer.testing import CliRunner

from tariffwatch import cli
from tariffwatch.models import STAGE_FEED, STAGE_INGEST, STAGE_VALIDATE_MENTIONS, Rejected
from tariffwatch.pipeline import commit_batch, new_run
from tariffwatch.schema import TABLE_NAMES, load_table
from tariffwatch.validation import WarehouseReport, validate_warehouse
from tariffwatch.warehouse import Warehouse

SCRIPT = Path(sys.executable).parent / "tariffwatch"
NOTIFY = ["json://127.0.0.1:9/hook"]  # never contacted: only queues deliveries rows


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    # rich sizes the module's consoles once; wide enough that no cell the tests read is wrapped.
    monkeypatch.setattr(cli.out, "width", 400)
    monkeypatch.setattr(cli.err, "width", 400)
    return CliRunner()


def invoke(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(cli.app, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def populated(warehouse: Warehouse, commit: Committer) -> Warehouse:
    """A warehouse with every kind of row the sample run writes: runs, articles, mentions, alerts,
    deliveries and quarantine rows."""
    rejected = [Rejected("seeds/undated.txt", STAGE_INGEST, "no_publication_date", "no date line", "raw")]
    commit(notify_urls=NOTIFY, rejected=rejected)
    return warehouse


def write(warehouse: Warehouse, *statements: str) -> None:
    with warehouse.writer() as con:
        for sql in statements:
            con.execute(sql)


def without_constraints(table: str) -> list[str]:
    """SQL that rebuilds a table without its PRIMARY KEY / NOT NULL (as a restore from Parquet would)."""
    return [
        f'CREATE TABLE "_{table}" AS SELECT * FROM "{table}"',
        f'DROP TABLE "{table}"',
        f'ALTER TABLE "_{table}" RENAME TO "{table}"',
    ]


def corrupt(warehouse: Warehouse) -> None:
    """Four kinds of damage, each in another table."""
    write(
        warehouse,
        # a duplicated (compound) primary key, and a null in a NOT NULL column
        *without_constraints("deliveries"),
        "INSERT INTO deliveries SELECT * FROM deliveries LIMIT 1",
        "UPDATE deliveries SET channel = NULL WHERE rowid = (SELECT max(rowid) FROM deliveries)",
        # a value outside the declared set (with Rich markup in it that must be printed, not interpreted)
        "UPDATE runs SET status = '[/]exploded'",
        # a null where the suite requires a value only under a condition (amounts have a value)
        "UPDATE mentions SET value = NULL WHERE key = 'tariff_amount|USD|16000000000'",
        # a duplicated unique (non-key) column
        "UPDATE articles SET dedup_key = (SELECT min(dedup_key) FROM articles)",
    )


DELIVERIES = load_table("deliveries")
LOST_CONSTRAINTS = sum(not c.nullable for c in DELIVERIES.columns) + len(DELIVERIES.primary_key)


def failures(report: WarehouseReport) -> dict[tuple[str, str], int | None]:
    return {(t.table, o.name): o.unexpected for t in report.tables for o in t.failed}


# --------------------------------------------------------------------------------------------- validate


def test_good_warehouse_passes_and_writes_data_docs(populated: Warehouse, tmp_path: Path) -> None:
    # The real console script, as a user runs it.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TARIFFWATCH_", "PREFECT_"))}
    env["COLUMNS"] = "250"
    proc = subprocess.run(
        [str(SCRIPT), "validate", "--home", str(populated.home)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "all expectations hold" in proc.stdout
    rows = {line.split("│")[1].strip(): line for line in proc.stdout.splitlines() if line.count("│") == 5}
    for name in TABLE_NAMES:
        assert name in rows, proc.stdout
    # table | rows | expectations | failed
    counts = {name: [c.strip() for c in rows[name].split("│")[2:5]] for name in TABLE_NAMES}
    assert counts["articles"][0] == "2" and counts["mentions"][0] == "6" and counts["alerts"][0] == "5"
    assert counts["deliveries"][0] == "5" and counts["quarantine"][0] == "1" and counts["runs"][0] == "1"
    for name in TABLE_NAMES:
        suite = json.loads((cli_repo() / "expectations" / f"{name}.json").read_text())
        # the suite, and the check of the table's definition against the DDL
        assert counts[name][1:] == [str(len(suite["expectations"]) + 1), "0"], name
    index = populated.home / "data_docs" / "index.html"
    assert f"Data Docs: {index}" in proc.stdout
    html = index.read_text(encoding="utf-8")
    for name in TABLE_NAMES:
        assert f"expectations/{name}.html" in html
        assert (populated.home / "data_docs" / "expectations" / f"{name}.html").is_file()
    pages = list((populated.home / "data_docs" / "validations").rglob("*.html"))
    assert sorted(p.parts[-4] for p in pages) == sorted(TABLE_NAMES)


def cli_repo() -> Path:
    return Path(cli.__file__).resolve().parent.parent


def test_corruption_is_reported_with_examples(populated: Warehouse, runner: CliRunner) -> None:
    corrupt(populated)
    result = invoke(runner, "validate", "--home", str(populated.home))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()

    def failure_row(table: str, expectation: str) -> str:
        found = [ln for ln in lines if f" {table} " in ln and f" {expectation} " in ln]
        assert found, (table, expectation, result.output)
        return found[0]

    assert "'[/]exploded' (run_id=" in failure_row("runs", "column_values_to_be_in_set(status)")
    failure_row("deliveries", "compound_columns_to_be_unique(alert_id,channel_id)")
    failure_row("deliveries", "column_values_to_not_be_null(channel)")
    ddl_row = failure_row("deliveries", "table_definition_to_match_ddl")
    assert f"│ {LOST_CONSTRAINTS} " in ddl_row and "alert_id: nullable (declared NOT NULL)" in ddl_row
    assert "mention_id=" in failure_row(
        "mentions", "column_values_to_not_be_null(value) where kind == 'tariff_amount'"
    )
    failure_row("articles", "column_values_to_be_unique(dedup_key)")
    assert "6 expectation(s) failed" in result.output
    # Only the damaged tables fail.
    head = result.output.split("Failed expectations")[0].splitlines()
    summary = {ln.split("│")[1].strip(): ln.split("│")[4].strip() for ln in head if ln.count("│") == 5}
    assert {t for t, failed in summary.items() if failed != "0"} == {
        "runs",
        "deliveries",
        "mentions",
        "articles",
    }
    # The Data Docs page of a failing table shows the failure.
    (page,) = (populated.home / "data_docs" / "validations" / "runs").rglob("*.html")
    assert "exploded" in page.read_text(encoding="utf-8")


def test_chunked_validation_finds_the_same(populated: Warehouse) -> None:
    # A chunk of one row puts every duplicate in another chunk: uniqueness must still be found (the key
    # partitions keep copies together), and counts must add up across chunks.
    corrupt(populated)
    whole = validate_warehouse(populated, chunk_rows=100_000)
    assert failures(whole) == {
        ("runs", "column_values_to_be_in_set(status)"): 1,
        ("deliveries", "compound_columns_to_be_unique(alert_id,channel_id)"): 2,
        ("deliveries", "column_values_to_not_be_null(channel)"): 1,
        # rebuilt without constraints: every NOT NULL and both key columns differ from the DDL
        ("deliveries", "table_definition_to_match_ddl"): LOST_CONSTRAINTS,
        ("mentions", "column_values_to_not_be_null(value) where kind == 'tariff_amount'"): 1,
        ("articles", "column_values_to_be_unique(dedup_key)"): 2,
    }
    chunked = validate_warehouse(populated, chunk_rows=1, docs_dir=populated.home / "docs2")
    assert failures(chunked) == failures(whole)
    assert [t.rows for t in chunked.tables] == [t.rows for t in whole.tables]
    examples = {(t.table, o.name): o.examples for t in chunked.tables for o in t.failed}
    assert examples[("runs", "column_values_to_be_in_set(status)")][0].startswith("'[/]exploded' (run_id=")
    assert len(examples[("articles", "column_values_to_be_unique(dedup_key)")]) == 2


def test_table_option_and_missing_table(populated: Warehouse, runner: CliRunner) -> None:
    write(populated, "UPDATE runs SET status = 'exploded'", "DROP TABLE file_index")
    only = invoke(
        runner, "validate", "--home", str(populated.home), "--table", "articles", "--table", "alerts"
    )
    assert only.exit_code == 0, only.output
    assert " articles " in only.output and " alerts " in only.output and " runs " not in only.output
    missing = validate_warehouse(populated, ["file_index"])
    (table,) = missing.tables
    assert [(o.name, o.error) for o in table.failed] == [("table_exists", "no table 'file_index'")]
    assert not missing.success


def test_table_definition_drift_is_reported(populated: Warehouse) -> None:
    # CREATE TABLE IF NOT EXISTS keeps an old definition: validate is where that shows.
    write(
        populated, "ALTER TABLE file_index ALTER size TYPE VARCHAR", "ALTER TABLE file_index ADD COLUMN x INT"
    )
    (table,) = validate_warehouse(populated, ["file_index"]).tables
    names = [o.name for o in table.failed]
    assert names == ["table_definition_to_match_ddl", "table_columns_to_match_ordered_list"]
    assert table.failed[0].examples == ("size: VARCHAR (declared BIGINT)", "x: not declared")


def test_empty_warehouse_passes(warehouse: Warehouse) -> None:
    with warehouse.writer():
        pass
    report = validate_warehouse(warehouse)
    assert report.success
    assert [t.rows for t in report.tables] == [0] * len(TABLE_NAMES)
    assert report.docs_index is not None and report.docs_index.is_file()


def test_validate_user_errors(populated: Warehouse, runner: CliRunner, tmp_path: Path) -> None:
    nothing = invoke(runner, "validate", "--home", str(tmp_path / "nowhere"))
    assert nothing.exit_code == 2
    assert "no warehouse at" in nothing.output
    assert not (tmp_path / "nowhere").exists()  # reading never creates a warehouse
    unknown = invoke(runner, "validate", "--home", str(populated.home), "--table", "nope")
    assert unknown.exit_code == 2
    assert "unknown table 'nope'" in unknown.output
    bad_config = invoke(runner, "validate", "--config", str(tmp_path / "missing.toml"))
    assert bad_config.exit_code == 2
    assert "config file not found" in bad_config.output


def test_validate_leaves_no_connection_open(populated: Warehouse) -> None:
    # validate opens a short read-only connection per chunk; one left open would make this writer fail
    # (DuckDB refuses a read-write connection beside a read-only one on the same file).
    report = validate_warehouse(populated, ["articles"], chunk_rows=1)
    with Warehouse(populated.home, lock_timeout_s=0.5).writer() as con:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
    assert report.success and row == (2,)


# ------------------------------------------------------------------------------------------- quarantine


@pytest.fixture
def quarantined(warehouse: Warehouse, commit: Committer) -> Iterator[Warehouse]:
    """Quarantine rows from two runs, the second an hour later (so "newest first" is observable)."""
    older = [
        Rejected("seeds/a.txt", STAGE_INGEST, "no_publication_date", "no date line", "a"),
        Rejected("seeds/b.txt", STAGE_INGEST, "no_publication_date", "no date line", "b"),
        Rejected("http://127.0.0.1/feed", STAGE_FEED, "http_404", "HTTP 404 Not Found", ""),
    ]
    commit(rejected=older)
    newer = [
        Rejected(
            "seeds/c.txt",
            STAGE_INGEST,
            "no_publication_date",
            "no date line in c [bold]markup[/bold] " + "x" * 500,
            "c",
        ),
        Rejected(
            "a" * 24,
            STAGE_VALIDATE_MENTIONS,
            "column_values_to_be_in_set(unit),column_values_to_be_between(value)",
            "failed 2 expectation(s) of the mentions suite",
            "{}",
        ),
        Rejected(
            "b" * 24,
            STAGE_VALIDATE_MENTIONS,
            "column_values_to_be_in_set(unit)",
            "failed 1 expectation(s) of the mentions suite",
            "{}",
        ),
    ]
    later = new_run("test", now=new_run("test").started_at + timedelta(hours=1))
    commit_batch(warehouse, later, [], [], newer)
    yield warehouse


def quarantine_json(runner: CliRunner, home: Path, *args: str) -> dict[str, Any]:
    result = invoke(runner, "quarantine", "--home", str(home), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.output)
    return doc


def test_quarantine_counts_by_stage_and_reason(quarantined: Warehouse, runner: CliRunner) -> None:
    doc = quarantine_json(runner, quarantined.home)
    assert doc["total"] == 6
    assert doc["by_stage"] == {STAGE_INGEST: 3, STAGE_FEED: 1, STAGE_VALIDATE_MENTIONS: 2}
    groups = {(g["stage"], g["reason"]): g for g in doc["groups"]}
    assert {k: g["records"] for k, g in groups.items()} == {
        (STAGE_INGEST, "no_publication_date"): 3,
        (STAGE_FEED, "http_404"): 1,
        (STAGE_VALIDATE_MENTIONS, "column_values_to_be_in_set(unit),column_values_to_be_between(value)"): 1,
        (STAGE_VALIDATE_MENTIONS, "column_values_to_be_in_set(unit)"): 1,
    }
    undated = groups[(STAGE_INGEST, "no_publication_date")]
    # Examples newest first: c.txt came an hour after a.txt and b.txt.
    assert undated["examples"][0]["source"] == "seeds/c.txt"
    assert len(undated["examples"]) == 3
    assert len(undated["examples"][0]["detail"]) <= 200  # truncated
    assert undated["last_quarantined_at"] > undated["first_quarantined_at"]
    # Groups with the newest rows come first.
    assert doc["groups"][-1]["stage"] == STAGE_FEED
    # The view agrees with the command.
    with quarantined.reader() as con:
        view = con.execute("SELECT stage, reason, records FROM quarantine_summary").fetchall()
    assert {(s, r): n for s, r, n in view} == {k: g["records"] for k, g in groups.items()}


def test_quarantine_filters_and_examples(quarantined: Warehouse, runner: CliRunner) -> None:
    ingest = quarantine_json(runner, quarantined.home, "--stage", STAGE_INGEST, "--examples", "1")
    assert ingest["total"] == 3 and ingest["by_stage"] == {STAGE_INGEST: 3}
    assert [len(g["examples"]) for g in ingest["groups"]] == [1]
    # A validation reason lists expectations: --reason matches one of them, or the whole reason.
    unit = quarantine_json(runner, quarantined.home, "--reason", "column_values_to_be_in_set(unit)")
    assert unit["total"] == 2
    assert {e["source"] for g in unit["groups"] for e in g["examples"]} == {"a" * 24, "b" * 24}
    between = quarantine_json(runner, quarantined.home, "--reason", "column_values_to_be_between(value)")
    assert between["total"] == 1
    none = quarantine_json(runner, quarantined.home, "--stage", STAGE_FEED, "--reason", "no_publication_date")
    assert none == {"total": 0, "by_stage": {}, "groups": []}


def test_quarantine_text_and_errors(quarantined: Warehouse, runner: CliRunner) -> None:
    text = invoke(runner, "quarantine", "--home", str(quarantined.home))
    assert text.exit_code == 0, text.output
    assert "6 quarantined record(s)" in text.output
    assert "no_publication_date" in text.output and "http_404" in text.output
    assert "seeds/c.txt — no date line in c [bold]markup[/bold] xx" in text.output
    assert "HTTP 404 Not Found" in text.output
    stages = load_table("quarantine").columns[2].checks[0].allowed or ()
    bad = invoke(runner, "quarantine", "--home", str(quarantined.home), "--stage", "nope")
    assert bad.exit_code == 2 and f"one of {', '.join(stages)}" in bad.output
    fmt = invoke(runner, "quarantine", "--home", str(quarantined.home), "--format", "xml")
    assert fmt.exit_code == 2


def test_quarantine_of_an_empty_warehouse(warehouse: Warehouse, runner: CliRunner) -> None:
    with warehouse.writer():
        pass
    result = invoke(runner, "quarantine", "--home", str(warehouse.home))
    assert result.exit_code == 0 and "quarantine is empty" in result.output


def test_help_of_the_new_commands(runner: CliRunner) -> None:
    for command in ("validate", "quarantine"):
        result = invoke(runner, command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_quarantine_summary_view_exists_on_a_fresh_warehouse(tmp_path: Path) -> None:
    with Warehouse(tmp_path / "h").writer() as con:
        names = {
            r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        }
        columns = [r[0] for r in con.execute("DESCRIBE quarantine_summary").fetchall()]
    assert "quarantine_summary" in names
    assert columns[:3] == ["stage", "reason", "records"]
