"""The real console script, run in subprocesses (``tariffwatch run`` itself is covered by test_flow.py)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SAMPLE, Committer
from feedserver import FeedServer

from tariffwatch.delivery import deliver_due
from tariffwatch.pipeline import utcnow
from tariffwatch.warehouse import Warehouse

SCRIPT = Path(sys.executable).parent / "tariffwatch"
COMMANDS = ("run", "extract", "query", "alerts", "eval", "schema", "validate", "quarantine")
EXTRACT_FIELDS = {"file", "article_date", "kind", "text", "start", "end", "sentence", "value", "unit", "date"}
ALERT_FIELDS = {
    "alert_id",
    "kind",
    "value",
    "unit",
    "date",
    "text",
    "sentence",
    "source",
    "published_on",
    "first_seen_at",
}


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TARIFFWATCH_", "PREFECT_"))}
    env["COLUMNS"] = "250"  # rich tables: no wrapping or ellipsis in what the tests read
    return env


def tw(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    # cwd is a scratch directory: no tariffwatch.toml there, so only what the test passes counts.
    return subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=timeout
    )


def assert_user_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.startswith("error: "), proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


@pytest.fixture
def populated(warehouse: Warehouse, commit: Committer) -> Warehouse:
    commit()
    return warehouse


# ------------------------------------------------------------------------------------------------- help


def test_help_of_every_command(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(
            zip(COMMANDS, pool.map(lambda c: tw(c, "--help", cwd=tmp_path), COMMANDS), strict=True)
        )
    top = tw("--help", cwd=tmp_path)
    assert top.returncode == 0, top.stderr
    for command, proc in results.items():
        assert proc.returncode == 0, (command, proc.stderr)
        assert "Usage:" in proc.stdout and command in proc.stdout
        assert command in top.stdout


# ---------------------------------------------------------------------------------------------- extract


def test_extract_prints_jsonl(tmp_path: Path) -> None:
    (seed,) = sorted((REPO / "seeds").glob("002_*.txt"))
    proc = tw("extract", str(seed), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows, "seed 002 has tariff amounts"
    for row in rows:
        assert EXTRACT_FIELDS <= set(row), row
        assert row["file"] == str(seed)
        assert row["article_date"] == "2018-08-24"
        assert row["kind"] in ("tariff_amount", "deadline")
        assert row["end"] - row["start"] == len(row["text"])
        assert row["text"] in row["sentence"]
    amounts = {(r["value"], r["unit"]) for r in rows if r["kind"] == "tariff_amount"}
    assert (16e9, "USD") in amounts  # "...put in place $16 billion in tariffs on Chinese goods"


def test_eval_lint_checks_labels_without_running_the_extractor(tmp_path: Path) -> None:
    labelled = tmp_path / "set"
    labelled.mkdir()
    (labelled / "a.txt").write_text(" date 2019-05-08 Tariffs of 25 percent from Friday.", encoding="utf-8")
    mentions = [{"kind": "tariff_amount", "text": "25 percent", "value": 25, "unit": "percent"}]
    (labelled / "a.json").write_text(json.dumps({"article_date": "2019-05-08", "mentions": mentions}))
    proc = tw("eval", str(labelled), "--lint", cwd=tmp_path)
    assert (proc.returncode, proc.stdout.strip()) == (0, f"{labelled}: labels well-formed"), proc.stderr
    mentions.append({"kind": "deadline", "text": "Fri", "date": "2019-05-10"})
    (labelled / "a.json").write_text(json.dumps({"article_date": "2019-05-08", "mentions": mentions}))
    proc = tw("eval", str(labelled), "--lint", cwd=tmp_path)
    assert (proc.returncode, proc.stdout.strip()) == (
        1,
        "a: mention 2: 'Fri' occurs only 0 time(s) in the body",
    )
    assert "Traceback" not in proc.stderr


def test_extract_reports_unreadable_file_without_traceback(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("Tariffs of 25% were announced on steel, but this text carries no date line.\n")
    proc = tw("extract", str(undated), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert str(undated) in proc.stderr


# ------------------------------------------------------------------------------------------------ query


def test_query_formats(populated: Warehouse, tmp_path: Path) -> None:
    sql = "SELECT kind, unit, value, published_on FROM alerts ORDER BY published_on, kind, unit"
    home = str(populated.home)
    with populated.reader() as con:
        expected = con.execute(sql).fetchall()
    assert len(expected) == 5

    as_csv = tw("query", sql, "--format", "csv", "--home", home, cwd=tmp_path)
    assert as_csv.returncode == 0, as_csv.stderr
    header, *records = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert header == ["kind", "unit", "value", "published_on"]

    def cell(v: Any) -> str:
        return "" if v is None else v.isoformat() if hasattr(v, "isoformat") else str(v)

    assert records == [[cell(v) for v in row] for row in expected]

    as_json = tw("query", sql, "--format", "json", "--home", home, cwd=tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    objects = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert objects == [
        {"kind": k, "unit": u, "value": v, "published_on": d.isoformat()} for k, u, v, d in expected
    ]

    as_table = tw("query", sql, "--home", home, cwd=tmp_path)
    assert as_table.returncode == 0, as_table.stderr
    for column in ("kind", "unit", "value", "published_on"):
        assert column in as_table.stdout
    assert as_table.stdout.count("tariff_amount") == 3
    assert "2018-09-18" in as_table.stdout


def test_query_table_prints_stored_text_literally(populated: Warehouse, tmp_path: Path) -> None:
    # Article text is untrusted: Rich markup in it must be printed, not interpreted.
    sql = "SELECT '[bold red]x[/] [link=https://evil.test]y[/link]' AS t"
    shown = tw("query", sql, "--home", str(populated.home), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "[bold red]x[/]" in shown.stdout and "[link=https://evil.test]y[/link]" in shown.stdout


def test_query_views(populated: Warehouse, tmp_path: Path) -> None:
    proc = tw(
        "query",
        "SELECT count(*) AS n FROM tariff_timeline",
        "--format",
        "json",
        "--home",
        str(populated.home),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"n": 4}


def test_bad_sql_is_a_user_error(populated: Warehouse, tmp_path: Path) -> None:
    proc = tw("query", "SELEC nonsense FROM", "--home", str(populated.home), cwd=tmp_path)
    assert_user_error(proc, "query failed")
    missing = tw("query", "SELECT * FROM no_such_table", "--home", str(populated.home), cwd=tmp_path)
    assert_user_error(missing, "no_such_table")
    # The connection is read-only: a query cannot change the ledger.
    write = tw("query", "DELETE FROM alerts", "--home", str(populated.home), cwd=tmp_path)
    assert_user_error(write, "query failed")
    with populated.reader() as con:
        assert con.execute("SELECT count(*) FROM alerts").fetchone() == (5,)


def test_bad_sql_error_is_one_line(populated: Warehouse, tmp_path: Path) -> None:
    proc = tw("query", "SELEC nonsense FROM", "--home", str(populated.home), cwd=tmp_path)
    assert proc.returncode == 2
    assert len([line for line in proc.stderr.splitlines() if line.strip()]) == 1, proc.stderr


# ----------------------------------------------------------------------------------------------- config


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "config file not found"),  # the named file does not exist
        ('notify = ["json://127.0.0.1:9/hook"\n[[feeds]]\n', "not valid TOML"),
        ("max_delivery_attempts = 0\ncolour = 'blue'\n", "invalid configuration"),
    ],
    ids=["missing", "not-toml", "bad-values"],
)
def test_config_errors_are_one_line(tmp_path: Path, content: str | None, expected: str) -> None:
    cfg = tmp_path / "tw.toml"
    if content is not None:
        cfg.write_text(content, encoding="utf-8")
    proc = tw(
        "run",
        "--config",
        str(cfg),
        "--seeds",
        str(REPO / "seeds"),
        "--home",
        str(tmp_path / "h"),
        cwd=tmp_path,
    )
    extra = "max_delivery_attempts" if expected == "invalid configuration" else str(cfg)
    assert_user_error(proc, expected, extra)


def test_invalid_notify_url_is_refused_before_running(tmp_path: Path) -> None:
    cfg = tmp_path / "tw.toml"
    cfg.write_text('notify = ["nosuchscheme://user:topsecret@example.test/x"]\n', encoding="utf-8")
    proc = tw(
        "run",
        "--config",
        str(cfg),
        "--seeds",
        str(REPO / "seeds"),
        "--home",
        str(tmp_path / "h"),
        cwd=tmp_path,
    )
    assert_user_error(proc, "not a valid Apprise URL")
    assert "topsecret" not in proc.stderr


def test_run_with_missing_seeds(tmp_path: Path) -> None:
    proc = tw("run", "--seeds", "/nonexistent", "--home", str(tmp_path / "h"), cwd=tmp_path)
    assert_user_error(proc, "/nonexistent")
    assert not (tmp_path / "h").exists()


def test_run_with_nothing_to_read(tmp_path: Path) -> None:
    proc = tw("run", "--home", str(tmp_path / "h"), cwd=tmp_path)
    assert_user_error(proc, "nothing to read")


# ----------------------------------------------------------------------------------------------- alerts


def test_alerts_jsonl(populated: Warehouse, tmp_path: Path) -> None:
    proc = tw("alerts", "--format", "jsonl", "--home", str(populated.home), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows: list[dict[str, Any]] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 5
    for row in rows:
        assert ALERT_FIELDS <= set(row), row
        assert row["text"] in row["sentence"]
        assert row["source"].startswith("seeds/sample-")
    by_text = {(r["text"], r["published_on"]) for r in rows}
    # "25%" is in both sample articles; its alert points at the first publication.
    assert ("25%", "2018-08-24") in by_text and ("25%", "2018-09-18") not in by_text
    table = tw("alerts", "--home", str(populated.home), cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "$200 billion" in table.stdout and "January 2019" in table.stdout


def test_alerts_pending_lists_failed_delivery_with_error(
    warehouse: Warehouse, commit: Committer, tmp_path: Path
) -> None:
    with FeedServer() as receiver:
        receiver.add("/hook", b"nope", status=500, content_type="text/plain")
        url = f"json://127.0.0.1:{receiver.port}/hook"
        commit(sample=SAMPLE[:1], notify_urls=[url])
        report = deliver_due(warehouse, [url], utcnow(), max_attempts=1)
    assert report.gave_up == 3
    proc = tw("alerts", "--pending", "--format", "jsonl", "--home", str(warehouse.home), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert row["state"] == "failed"
        assert row["attempts"] == 1
        assert row["last_error"]
        assert row["channel"].startswith("json://127.0.0.1")
    table = tw("alerts", "--pending", "--home", str(warehouse.home), cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "failed" in table.stdout and rows[0]["last_error"][:30] in table.stdout
