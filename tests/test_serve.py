"""``tariffwatch serve``: the real process, a real Prefect server, a real webhook receiver on 127.0.0.1.

One Prefect server is started for the module (``prefect server start``, ~16 s). Serve processes run as
subprocesses; crashes use ``TARIFFWATCH_TEST_CRASH_AT`` (``os._exit`` at a named point: no cleanup,
exactly what ``kill -9`` leaves behind) and are followed by restarts.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tariffwatch.errors import ConfigError
from tariffwatch.redaction import RedactingFilter, redact, secret_fragments
from tariffwatch.serving import (
    CRASH_EXIT_CODE,
    CycleReport,
    PrefectServerProcess,
    format_cycle,
    free_port,
    parse_poll_schedule,
)
from tests.feedserver import FeedServer

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
BIN = Path(sys.executable).parent
SECRET = "s3cr3tPassw0rd"

# ------------------------------------------------------------------------------------- plain functions


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("90s", 90), ("300", 300), (" 2h ", 7200)]
)
def test_poll_interval_durations(text: str, seconds: int) -> None:
    assert parse_poll_schedule(text).interval_s == seconds


def test_poll_interval_cron_and_errors() -> None:
    assert parse_poll_schedule("*/10 * * * *").cron == "*/10 * * * *"
    for bad in ("soon", "5s", "* * *", ""):
        with pytest.raises(ConfigError):
            parse_poll_schedule(bad)


def test_cycle_line_says_what_was_new_alerted_and_pending() -> None:
    line = format_cycle(
        CycleReport(
            "inbox",
            run_id="R1",
            files=2,
            articles_new=2,
            alerts=3,
            delivered=1,
            delivery_failures=2,
            pending=2,
            seconds=0.5,
        )
    )
    assert line == (
        "cycle inbox: 2 files, 2 new / 0 seen articles, 3 alerts, 1 delivered, 2 delivery attempts failed, "
        "2 pending (run R1, 0.50 s)"
    )


def test_secrets_of_apprise_urls_never_reach_a_log_line() -> None:
    urls = [f"json://bob:{SECRET}@127.0.0.1:9/hook", "slack://T1234ABCD/B5678EFGH/xoxbTokenValue42"]
    fragments = secret_fragments(urls)
    text = f"failed {urls[0]} and {urls[1]}; password {SECRET}; token xoxbTokenValue42"
    cleaned = redact(text, fragments)
    for secret in (SECRET, "xoxbTokenValue42", "T1234ABCD", "B5678EFGH"):
        assert secret not in cleaned
    record = logging.LogRecord("apprise", logging.WARNING, __file__, 1, "sent to %s", (urls[0],), None)
    RedactingFilter(fragments).filter(record)
    assert SECRET not in record.getMessage()


# ----------------------------------------------------------------------------------- real processes


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
    # An OS-picked port, not 4200: under pytest-xdist another module may start its server at the same time.
    server = PrefectServerProcess(tmp_path_factory.mktemp("prefect-home"), port=free_port())
    try:
        yield server.start(timeout_s=180)
    finally:
        server.stop()


class Serve:
    """A ``tariffwatch serve`` subprocess with its stderr collected."""

    def __init__(
        self, home: Path, inbox: Path, config: Path, api_url: str, crash_at: str | None = None
    ) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFWATCH_"))}
        env.update(PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
        if crash_at:
            env["TARIFFWATCH_TEST_CRASH_AT"] = crash_at
        self.lines: list[str] = []
        self.eof = False
        self._cond = threading.Condition()
        self.proc = subprocess.Popen(
            [
                str(BIN / "tariffwatch"),
                "serve",
                "--inbox",
                str(inbox),
                "--config",
                str(config),
                "--home",
                str(home),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=home.parent,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._cond:
                self.lines.append(line.rstrip())
                self._cond.notify_all()
        with self._cond:
            self.eof = True
            self._cond.notify_all()

    @property
    def output(self) -> str:
        with self._cond:
            return "\n".join(self.lines)

    def wait_for(self, pattern: str, timeout_s: float = 60) -> None:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while not any(regex.search(line) for line in self.lines):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.eof:
                    raise AssertionError(f"no {pattern!r} within {timeout_s} s:\n{self.output}")
                self._cond.wait(min(remaining, 0.5))

    def wait_ready(self) -> None:
        self.wait_for(r"INFO serving ", timeout_s=120)

    def exit_code(self, timeout_s: float = 60) -> int:
        try:
            return self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError(f"serve did not exit:\n{self.output}") from None

    def terminate(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.exit_code()


def _tw(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "tariffwatch"), *args, "--home", str(home)], capture_output=True, text=True, timeout=60
    )


def _rows(home: Path, sql: str) -> list[dict[str, object]]:
    done = _tw("query", sql, "--format", "json", home=home)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def _alert_ids(server: FeedServer, ok_only: bool = True) -> list[str]:
    ids = []
    for req in server.requests_for("/hook", "POST"):
        found = re.search(r"alert_id: (\w+)", req.json()["message"])
        assert found, req.body
        ids.append(found.group(1))
    return ids


def _drop(inbox: Path, *seeds: str) -> None:
    for name in seeds:
        source = next(SEEDS.glob(f"{name}_*.txt"))
        staged = inbox.parent / f".{source.name}"
        staged.write_bytes(source.read_bytes())
        os.rename(staged, inbox / source.name)


def _setup(tmp_path: Path, receiver: FeedServer) -> tuple[Path, Path, Path]:
    home, inbox = tmp_path / "home", tmp_path / "inbox"
    inbox.mkdir()
    config = tmp_path / "tariffwatch.toml"
    config.write_text(f'notify = ["json://bob:{SECRET}@127.0.0.1:{receiver.port}/hook"]\n', encoding="utf-8")
    return home, inbox, config


def _assert_ledger_clean(home: Path) -> None:
    for table, key in (("articles", "article_id"), ("mentions", "mention_id"), ("alerts", "key")):
        dupes = _rows(home, f"SELECT {key}, count(*) AS n FROM {table} GROUP BY {key} HAVING count(*) > 1")
        assert dupes == [], f"duplicated {table}: {dupes}"


@pytest.mark.prefect
def test_inbox_to_webhook_readers_outage_and_clean_stop(prefect_api: str, tmp_path: Path) -> None:
    with FeedServer() as receiver:
        receiver.add("/hook", "ok", content_type="text/plain")
        home, inbox, config = _setup(tmp_path, receiver)
        serve = Serve(home, inbox, config, prefect_api)
        try:
            serve.wait_ready()
            t0 = time.monotonic()
            _drop(inbox, "000")
            receiver.wait_for_requests(2, "/hook", timeout_s=15)
            assert time.monotonic() - t0 < 8
            serve.wait_for(r"cycle inbox: 1 file, 1 new / 0 seen articles, 2 alerts, 2 delivered, 0 pending")

            # Readers while serve runs: the CLI and the duckdb CLI can open the warehouse.
            alerts = _rows(home, "SELECT alert_id FROM alerts")
            assert sorted(a["alert_id"] for a in alerts) == sorted(_alert_ids(receiver))
            listed = _tw("alerts", "--format", "jsonl", home=home)
            assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 2, listed.stderr
            db = str(home / "tariffwatch.duckdb")
            for _ in range(20):
                cli = subprocess.run(
                    [str(BIN / "duckdb"), "-readonly", db, "-csv", "-c", "SELECT count(*) FROM articles"],
                    capture_output=True,
                    text=True,
                    timeout=30,
                )
                if cli.returncode == 0:
                    break
                time.sleep(0.1)  # serve was writing at that instant; readers retry briefly
            assert cli.returncode == 0 and cli.stdout.split()[-1] == "1", cli.stderr

            # The receiver goes down: the delivery fails (Apprise's return value), stays pending with
            # its error, and is retried with backoff until the receiver is back: delivered once.
            receiver.add("/hook", "down", status=503, content_type="text/plain")
            _drop(inbox, "001")
            serve.wait_for(r"cycle inbox: 1 file, .* (\d+) delivery attempts failed", timeout_s=20)
            pending = _tw("alerts", "--pending", "--format", "jsonl", home=home)
            rows = [json.loads(line) for line in pending.stdout.splitlines()]
            assert rows and all(
                r["state"] == "pending" and r["attempts"] == 1 and r["last_error"] for r in rows
            )
            assert all(SECRET not in json.dumps(r) for r in rows)
            down_ids = {r["alert_id"] for r in rows}
            before = len(receiver.requests_for("/hook"))
            receiver.add("/hook", "ok", content_type="text/plain")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if not _rows(home, "SELECT alert_id FROM deliveries WHERE state <> 'delivered'"):
                    break
                time.sleep(1)
            after = Counter(_alert_ids(receiver)[before:])
            assert set(after) == down_ids and set(after.values()) == {1}, after
        finally:
            code = serve.terminate()
        assert code == 0, serve.output
        assert "stopped" in serve.output
        assert SECRET not in serve.output
        assert re.search(r"cycle deliver: \d+ delivered", serve.output), serve.output
        _assert_ledger_clean(home)
        runs = _rows(home, "SELECT trigger, files_read, alerts_new FROM runs ORDER BY started_at")
        assert [r["trigger"] for r in runs] == ["serve-inbox", "serve-inbox"]


@pytest.mark.prefect
def test_kill_at_every_point_then_restart_delivers_each_alert_once(prefect_api: str, tmp_path: Path) -> None:
    with FeedServer() as receiver:
        receiver.add("/hook", "ok", content_type="text/plain")
        home, inbox, config = _setup(tmp_path, receiver)
        _drop(inbox, "002", "003")
        # Each start picks the inbox up again (start-up scan) and dies at the next point of the pipeline;
        # after "after_commit" the alerts are in the ledger and the start-up delivery pass dies after
        # the receiver accepted the first message.
        for point in ("ingest", "extract", "mid_commit", "after_batch", "after_commit", "after_send"):
            serve = Serve(home, inbox, config, prefect_api, crash_at=point)
            code = serve.exit_code(timeout_s=120)
            assert code == CRASH_EXIT_CODE, f"{point}: exit {code}\n{serve.output}"
            assert f"test crash at {point}" in serve.output
            if point != "after_send":  # the others die in the inbox cycle, not during start-up
                assert "INFO serving" in serve.output, serve.output
        assert len(receiver.requests_for("/hook")) == 1  # the message whose receipt was never written

        serve = Serve(home, inbox, config, prefect_api)
        try:
            serve.wait_ready()
            deadline = time.monotonic() + 60  # the interrupted attempt's claim lapses after 30 s
            while time.monotonic() < deadline:
                if not _rows(home, "SELECT alert_id FROM deliveries WHERE state <> 'delivered'"):
                    break
                time.sleep(1)
        finally:
            assert serve.terminate() == 0, serve.output
        alerts = {r["alert_id"] for r in _rows(home, "SELECT alert_id FROM alerts")}
        assert len(alerts) >= 4
        states = _rows(home, "SELECT state, count(*) AS n FROM deliveries GROUP BY state")
        assert states == [{"state": "delivered", "n": len(alerts)}]
        received = Counter(_alert_ids(receiver))
        assert set(received) == alerts
        # Only the message interrupted between the receiver's 200 and the ledger update came twice.
        assert sorted(received.values()) == [1] * (len(alerts) - 1) + [2]
        _assert_ledger_clean(home)
        assert _rows(home, "SELECT count(*) AS n FROM articles") == [{"n": 2}]


@pytest.mark.prefect
def test_serve_starts_and_stops_its_own_prefect_server(tmp_path: Path) -> None:
    home = tmp_path / "home"
    inbox = tmp_path / "inbox"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFWATCH_"))}
    env["PREFECT_SERVER_UI_ENABLED"] = "false"
    proc = subprocess.Popen(
        [str(BIN / "tariffwatch"), "serve", "--inbox", str(inbox), "--home", str(home)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if "INFO serving" in line:
            break
    match = re.search(r"starting a Prefect server on (http://127.0.0.1:(\d+)/api)", "".join(lines))
    assert match, "".join(lines)
    assert (home / ".prefect" / "prefect.db").exists()
    proc.send_signal(signal.SIGINT)  # Ctrl-C
    rest = proc.stderr.read()
    assert proc.wait(60) == 0, "".join(lines) + rest
    import socket

    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", int(match.group(2)))) != 0, "the Prefect server is still up"
