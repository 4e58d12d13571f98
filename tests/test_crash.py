"""Crashes and concurrent runs: real ``tariffwatch run`` processes killed at every stage, then rerun.

One ``prefect server start`` serves the whole module (a run process then costs a few seconds instead of
~20 s of temporary-server start-up). Every scenario works on its own data directory over the same corpus
(the five seeds and eleven generated articles; ``batch_size = 4`` makes four committed batches, so a
crash at the second batch is really mid-run) and its own webhook route on one real receiver. Each is
compared with one uninterrupted reference run: same articles, mentions, alerts (keys and the mention each
points at), quarantine, file index and Parquet mirror; every alert delivered exactly once (the documented
exception: a process killed between the receiver's 200 and the ledger update sends that message again).

Crashes use ``TARIFFWATCH_TEST_CRASH_AT=<point>:<n>`` (``os._exit`` the n-th time the pipeline reaches
the point: no cleanup, no flush — what ``kill -9`` leaves) and one real SIGKILL sent while a run is
between batches. The independent scenarios run three at a time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from bench.corpus import generate
from tariffwatch.errors import WarehouseBusyError
from tariffwatch.serving import CRASH_EXIT_CODE, PrefectServerProcess, free_port
from tariffwatch.warehouse import Warehouse
from tests.feedserver import FeedServer, Response

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
AUDITS = sorted(p.stem for p in (REPO / "warehouse").glob("audit_*.sql"))

# Scenarios run three at a time inside the first test that needs them: the default limit is per test.
pytestmark = [pytest.mark.prefect, pytest.mark.timeout(1200)]

#: Five seeds and eleven generated articles; batch_size 4 makes four committed batches.
CORPUS_FILES = 16
BATCH_SIZE = 4
#: Crash point → the occurrence to die at. Batch-level points die at the second of four batches.
CRASHES = {
    "ingest": 2,
    "extract": 2,
    "mid_commit": 2,
    "after_batch": 2,
    "after_commit": 1,
    "after_send": 1,
}


# --------------------------------------------------------------------------------------------- helpers


@dataclass
class Env:
    """What every scenario shares: the Prefect server, the corpus, the receiver."""

    api_url: str
    corpus: Path
    receiver: FeedServer
    root: Path
    reference_run: Future[Path] | None = None

    @property
    def reference(self) -> Path:
        """The uninterrupted run's data directory (waits for that run)."""
        assert self.reference_run is not None
        return self.reference_run.result()

    def home(self, name: str, batch_size: int = BATCH_SIZE) -> tuple[Path, Path]:
        """A fresh data directory and its config (webhook route ``/hook/<name>``)."""
        home = self.root / name / "home"
        home.parent.mkdir(parents=True)
        self.receiver.route(f"/hook/{name}", Response(body=b"ok", content_type="text/plain"))
        config = home.parent / "tariffwatch.toml"
        config.write_text(
            f'notify = ["json://127.0.0.1:{self.receiver.port}/hook/{name}"]\n'
            f"batch_size = {batch_size}\nworkers = 1\n",
            encoding="utf-8",
        )
        return home, config

    def popen(
        self, home: Path, config: Path, crash_at: str | None = None, *extra: str
    ) -> subprocess.Popen[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFWATCH_"))}
        env.update(PREFECT_API_URL=self.api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
        if crash_at:
            env["TARIFFWATCH_TEST_CRASH_AT"] = crash_at
        cmd = [str(BIN / "tariffwatch"), "run", "--seeds", str(self.corpus), "--config", str(config)]
        return subprocess.Popen(
            [*cmd, "--home", str(home), "--show", "0", *extra],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=home.parent,
        )

    def run(self, home: Path, config: Path, crash_at: str | None = None, *extra: str) -> tuple[int, str]:
        proc = self.popen(home, config, crash_at, *extra)
        out, err = proc.communicate(timeout=600)
        return proc.returncode, out + err


def _connect(home: Path) -> duckdb.DuckDBPyConnection:
    # Read-only, as a user would; a run in progress may hold the file for a moment.
    deadline = time.monotonic() + 30
    while True:
        try:
            return duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
        except duckdb.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _rows(home: Path, sql: str) -> list[tuple[Any, ...]]:
    con = _connect(home)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def snapshot(home: Path) -> dict[str, Any]:
    """The content a rerun must converge to (ids and keys, not run ids or timestamps)."""
    queries = {
        "articles": "SELECT article_id, dedup_key, source, published_on FROM articles",
        "mentions": "SELECT mention_id, article_id, key FROM mentions",
        "alerts": "SELECT alert_id, key, mention_id, article_id FROM alerts",
        "quarantine": "SELECT quarantine_id, reason FROM quarantine",
        "file_index": "SELECT path, size, article_id FROM file_index",
    }
    con = _connect(home)
    try:
        snap: dict[str, Any] = {name: sorted(con.execute(sql).fetchall()) for name, sql in queries.items()}
        for name, key in (("articles", 0), ("mentions", 0), ("alerts", 1), ("file_index", 0)):
            keys = [row[key] for row in snap[name]]
            assert len(keys) == len(set(keys)), f"duplicated {name} in {home}"
        snap["deliveries"] = sorted(con.execute("SELECT alert_id, state FROM deliveries").fetchall())
        snap["parquet"] = {
            name: con.execute(
                f"SELECT count(*) FROM read_parquet('{home}/parquet/{name}/*/*.parquet')"
            ).fetchone()
            for name in ("articles", "mentions")
        }
    finally:
        con.close()
    return snap


def audit_problems(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of every ``warehouse/audit_*.sql`` view (empty = healthy)."""
    con = _connect(home)
    try:
        return {name: con.execute(f"SELECT * FROM {name}").fetchall() for name in AUDITS}
    finally:
        con.close()


def assert_readable_after_crash(home: Path) -> None:
    """The file opens read-only and the audits hold, but for alerts the next run has to catch up."""
    problems = audit_problems(home)
    assert problems.pop("audit_mentions") == []
    # Mentions committed by batches of the dead run wait for the alert transaction of the next run: the
    # one promise that is legitimately open after a crash, and only for mentions of an unfinished run.
    open_keys = {row[1] for row in problems.pop("audit_alerts")}
    if open_keys:
        unfinished = _rows(
            home,
            "SELECT DISTINCT m.key FROM mentions m JOIN runs r USING (run_id) WHERE r.status = 'running'",
        )
        assert open_keys <= {r[0] for r in unfinished}
    assert all(rows == [] for rows in problems.values()), problems


def received(receiver: FeedServer, name: str) -> Counter[str]:
    """How many times the receiver got each alert on ``/hook/<name>``."""
    counts: Counter[str] = Counter()
    for request in receiver.requests_for(f"/hook/{name}", "POST"):
        found = re.findall(r"alert_id: (\w+)", request.json()["message"])
        assert len(found) == 1, request.body
        counts[found[0]] += 1
    return counts


def assert_converged(env: Env, home: Path, name: str, repeated: int = 0) -> None:
    """``home`` holds what the reference run holds and each alert reached its receiver once."""
    got, want = snapshot(home), snapshot(env.reference)
    for part in want:
        assert got[part] == want[part], f"{name}: {part} differs from the uninterrupted run"
    assert audit_problems(home) == {name: [] for name in AUDITS}
    alerts = {row[0] for row in want["alerts"]}
    counts = received(env.receiver, name)
    assert set(counts) == alerts, name
    assert sorted(counts.values()) == [1] * (len(alerts) - repeated) + [2] * repeated, (name, counts)
    assert not list(home.glob("parquet/**/.*.tmp")), "a temp Parquet file was left behind"


# -------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    root = tmp_path_factory.mktemp("crash")
    corpus = root / "corpus"
    corpus.mkdir()
    for seed in (REPO / "seeds").glob("*.txt"):
        shutil.copy(seed, corpus / seed.name)
    generated = generate(root / "generated", CORPUS_FILES - 5, seed=11)
    for article in generated.glob("*.txt"):
        shutil.copy(article, corpus / f"gen-{article.name}")
    os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
    # An OS-picked port, not 4200: under pytest-xdist another module may start its server at the same time.
    server = PrefectServerProcess(root / "prefect-home", port=free_port())
    with FeedServer() as receiver:
        try:
            yield Env(server.start(timeout_s=180), corpus, receiver, root)
        finally:
            server.stop()


def reference_scenario(env: Env) -> Path:
    """The uninterrupted run every other scenario is compared with."""
    home, config = env.home("reference")
    code, output = env.run(home, config)
    assert code == 0, output[-3000:]
    snap = snapshot(home)
    assert len(snap["articles"]) == CORPUS_FILES and len(snap["alerts"]) > 10, snap["alerts"]
    assert {state for _, state in snap["deliveries"]} == {"delivered"}
    assert set(received(env.receiver, "reference").values()) == {1}
    assert audit_problems(home) == {name: [] for name in AUDITS}
    return home


def crash_scenario(env: Env, point: str) -> None:
    """Crash at ``point``, check the warehouse as left, rerun, compare with the reference."""
    home, config = env.home(point)
    code, output = env.run(home, config, f"{point}:{CRASHES[point]}")
    assert code == CRASH_EXIT_CODE, output[-3000:]
    assert f"test crash at {point} (#{CRASHES[point]})" in output
    assert_readable_after_crash(home)
    posts_at_crash = len(env.receiver.requests_for(f"/hook/{point}"))
    code, output = env.run(home, config)
    assert code == 0, output[-3000:]
    assert "Traceback" not in output
    if point != "after_send":
        assert posts_at_crash == 0
        assert_converged(env, home, point)
        return
    # The receiver took one message the ledger never heard of: its delivery is still claimed (the claim
    # lease, 30 s, protects a live deliverer), so the rerun sent every other alert once.
    assert posts_at_crash == 1
    pending = _rows(home, "SELECT alert_id, attempts FROM deliveries WHERE state <> 'delivered'")
    assert len(pending) == 1 and pending[0][1] == 0
    assert received(env.receiver, point)[pending[0][0]] == 1
    # Once the lease has run out (moved back here instead of waiting 30 s), the next run sends it again:
    # the one documented repeat, which receivers drop by alert_id.
    con = duckdb.connect(str(home / "tariffwatch.duckdb"))
    try:
        con.execute("UPDATE deliveries SET next_attempt_at = next_attempt_at - INTERVAL 1 HOUR")
    finally:
        con.close()
    code, output = env.run(home, config)
    assert code == 0, output[-3000:]
    assert_converged(env, home, point, repeated=1)


def sigkill_scenario(env: Env) -> None:
    """A real SIGKILL once the run has committed a batch, then a rerun."""
    # Smaller batches (the results do not depend on the batch size): eight commits to land between.
    home, config = env.home("sigkill", batch_size=2)
    proc = env.popen(home, config)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if _runs_running(home):
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    assert_readable_after_crash(home)
    articles = _rows(home, "SELECT count(*) FROM articles")[0][0]
    assert 0 < articles < CORPUS_FILES, "killed mid-run: some batches committed, not all"
    # The kernel released the run lock with the process: the rerun does not wait.
    code, output = env.run(home, config, None, "--wait", "0")
    assert code == 0, output[-3000:]
    assert_converged(env, home, "sigkill")


def _runs_running(home: Path) -> bool:
    # Whether a batch has committed: the run's row says running. The run may hold the file right now.
    if not (home / "tariffwatch.duckdb").exists():
        return False
    try:
        con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    except duckdb.Error:
        return False
    try:
        row = con.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()
    except duckdb.Error:
        return False  # the schema is being created
    finally:
        con.close()
    return bool(row and row[0])


def concurrent_scenario(env: Env) -> None:
    """Two runs started at once on one home: one waits for the other; the result is one run's."""
    home, config = env.home("concurrent")
    procs = [env.popen(home, config) for _ in range(2)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        outputs.append((proc.returncode, out, err))
    assert [code for code, _, _ in outputs] == [0, 0], outputs
    waited = [err for _, _, err in outputs if "waiting: another run holds the warehouse" in err]
    assert len(waited) == 1, outputs
    assert re.search(r"\(pid \d+, started ", waited[0])
    # One run did the work, then the other found it all there.
    runs = _rows(home, "SELECT status, articles_new, articles_seen FROM runs ORDER BY started_at")
    assert runs == [("completed", CORPUS_FILES, 0), ("completed", 0, CORPUS_FILES)]
    assert_converged(env, home, "concurrent")


@pytest.fixture(scope="module")
def scenarios(env: Env) -> Iterator[dict[str, Future[Any]]]:
    """Start every scenario (each on its own home) three at a time; each test waits for its own.

    The reference run goes first; the others compare with it once they get there.
    """
    with ThreadPoolExecutor(3) as pool:
        env.reference_run = pool.submit(reference_scenario, env)
        futures: dict[str, Future[Any]] = {"reference": env.reference_run}
        futures.update({point: pool.submit(crash_scenario, env, point) for point in CRASHES})
        futures["sigkill"] = pool.submit(sigkill_scenario, env)
        futures["concurrent"] = pool.submit(concurrent_scenario, env)
        yield futures


# ------------------------------------------------------------------------------------------------ tests


def test_reference_run(scenarios: dict[str, Future[Any]]) -> None:
    scenarios["reference"].result()


@pytest.mark.parametrize("point", list(CRASHES))
def test_crash_at_point_then_rerun_converges(scenarios: dict[str, Future[Any]], point: str) -> None:
    scenarios[point].result()


def test_sigkill_mid_run_then_rerun_converges(scenarios: dict[str, Future[Any]]) -> None:
    scenarios["sigkill"].result()


def test_two_runs_at_once_are_serialised(scenarios: dict[str, Future[Any]]) -> None:
    scenarios["concurrent"].result()


def test_busy_warehouse_fails_with_the_holder_named(env: Env) -> None:
    home, config = env.home("busy")
    warehouse = Warehouse(home)
    with warehouse.run_lock(0):
        started = time.monotonic()
        code, output = env.run(home, config, None, "--wait", "1")
        elapsed = time.monotonic() - started
    assert code == 2, output
    assert f"another run holds the warehouse {home} (pid {os.getpid()}, started " in output
    assert "gave up after waiting 1 s" in output and "Traceback" not in output
    assert 1 <= elapsed < 20  # waited, then failed before starting Prefect
    assert not (home / "tariffwatch.duckdb").exists()


# ------------------------------------------------------------------------------ the lock and the mirror

HOLD = """
import sys, time
from pathlib import Path
from tariffwatch.warehouse import Warehouse
with Warehouse(Path(sys.argv[1])).run_lock(0):
    print("held", flush=True)
    time.sleep(120)
"""


def test_run_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    warehouse = Warehouse(tmp_path / "home")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(warehouse.home)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusyError, match=rf"pid {holder.pid}, started "):
            with warehouse.run_lock(0.3):
                pass
        messages: list[str] = []
        waiter_got_it = threading.Event()

        def wait_for_lock() -> None:
            with warehouse.run_lock(30, on_wait=messages.append):
                waiter_got_it.set()

        waiter = threading.Thread(target=wait_for_lock)
        waiter.start()
        time.sleep(0.5)
        assert not waiter_got_it.is_set()
        os.kill(holder.pid, signal.SIGKILL)
        waiter.join(10)
        assert waiter_got_it.is_set(), "the lock outlived its holder"
        assert len(messages) == 1 and f"pid {holder.pid}" in messages[0]
    finally:
        holder.kill()
        holder.wait()
    # Re-entrant within the process (the CLI holds it while the flow takes it again), exclusive across.
    with warehouse.run_lock(0), warehouse.run_lock(0):
        info = json.loads(warehouse.run_lock_path.read_text())
        assert info["pid"] == os.getpid()


def test_parquet_is_written_under_a_hidden_name_then_renamed(tmp_path: Path) -> None:
    from conftest import SAMPLE, build_sample

    from tariffwatch.pipeline import RunCounts, commit_batch, export, finish_run, new_run
    from tariffwatch.warehouse import PARQUET_VIEWS, temp_path_for

    warehouse = Warehouse(tmp_path / "home")
    ctx = new_run("test")
    articles, mentions = build_sample(ctx, SAMPLE)
    batch = commit_batch(warehouse, ctx, articles, mentions, [])
    finish_run(warehouse, ctx, RunCounts(), [batch], [], [])

    # Watch the real renames (audit events of os.replace): every file appears by renaming a temp file.
    renames: list[tuple[str, str]] = []
    watching = True

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if watching and event == "os.rename":
            renames.append((os.fsdecode(args[0]), os.fsdecode(args[1])))

    sys.addaudithook(audit)
    try:
        export(warehouse)
    finally:
        watching = False
    files = sorted(warehouse.parquet_dir.rglob("*.parquet"))
    assert files and sorted(Path(dst) for _, dst in renames) == files
    assert all(Path(src) == temp_path_for(Path(dst)) for src, dst in renames)
    assert all(Path(src).name.startswith(".") for src, _ in renames)

    # A half-written file (a writer killed mid-way) next to the real ones: no query sees it.
    part = warehouse.parquet_dir / "articles" / "published_month=2018-08"
    real = next(part.glob("*.parquet"))
    half = temp_path_for(part / "run-20990101T000000Z-dead00.parquet")
    half.write_bytes(real.read_bytes()[: real.stat().st_size // 2])
    import pyarrow.dataset as ds

    con = duckdb.connect()
    base = warehouse.parquet_dir / "articles"
    for glob in ("*/*.parquet", "**/*.parquet"):
        count = con.execute(
            f"SELECT count(*) FROM read_parquet('{base}/{glob}', hive_partitioning = true)"
        ).fetchone()
        assert count == (len(SAMPLE),), glob
    assert ds.dataset(base, format="parquet", partitioning="hive").count_rows() == len(SAMPLE)
    with warehouse.reader() as rcon:  # the ledger's views over the mirror
        for view in PARQUET_VIEWS.values():
            expected = rcon.execute(f"SELECT count(*) FROM {view.removeprefix('parquet_')}").fetchone()
            assert rcon.execute(f"SELECT count(*) FROM {view}").fetchone() == expected, view
    # A pending run's own leftovers are removed when it is exported again; others' are left alone.
    own = temp_path_for(part / f"run-{ctx.run_id}.parquet")
    own.write_bytes(b"PAR1 half")
    with warehouse.writer() as wcon:
        wcon.execute("UPDATE runs SET exported_at = NULL")
    export(warehouse)
    assert not own.exists() and half.exists()
