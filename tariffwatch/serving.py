"""Prefect-free pieces of ``tariffwatch serve``: schedules, cycle log lines, crash points.

Kept import-light (standard library only) because :func:`crash_point` is called from the pipeline's
stages and the delivery outbox.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tariffwatch.errors import ConfigError, TariffwatchError

# ------------------------------------------------------------------------------------------ crash points

#: Test hook: ``TARIFFWATCH_TEST_CRASH_AT=<point>`` makes the process die (``os._exit``, like ``kill -9``:
#: no cleanup, no flush) when it reaches that named point. Points: ``ingest`` (files read, nothing
#: written), ``extract`` (mentions extracted, nothing written), ``mid_commit`` (a batch's rows written
#: inside its transaction, not committed), ``after_batch`` (articles and mentions committed, alerts not
#: raised), ``after_commit`` (alerts and outbox committed, nothing delivered), ``after_send`` (a webhook
#: accepted an alert, the ledger does not know yet). ``<point>:<n>`` dies on the n-th time the point is
#: reached (``after_batch:2``: after the second batch committed). Unset, the hook is a no-op bound at import.
CRASH_ENV = "TARIFFWATCH_TEST_CRASH_AT"
CRASH_POINTS = ("ingest", "extract", "mid_commit", "after_batch", "after_commit", "after_send")
CRASH_EXIT_CODE = 86


def _parse_crash_at(value: str | None) -> tuple[str | None, int]:
    if not value:
        return None, 0
    point, _, nth = value.partition(":")
    return point, int(nth) if nth.isdigit() and int(nth) > 0 else 1


_CRASH_AT, _CRASH_NTH = _parse_crash_at(os.environ.get(CRASH_ENV))
_crash_hits: dict[str, int] = {}


def _crash_if(point: str) -> None:
    if point != _CRASH_AT:
        return
    _crash_hits[point] = _crash_hits.get(point, 0) + 1
    if _crash_hits[point] >= _CRASH_NTH:
        os.write(2, f"tariffwatch: test crash at {point} (#{_crash_hits[point]})\n".encode())
        os._exit(CRASH_EXIT_CODE)


def _no_crash(point: str) -> None:
    return None


#: Call at a named point of the pipeline; dies there only when the test hook names it.
crash_point: Callable[[str], None] = _crash_if if _CRASH_AT else _no_crash


# ------------------------------------------------------------------------------------------- schedules

_INTERVAL = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$", re.IGNORECASE)
_CRON_FIELD = re.compile(r"^[\d*/,\-A-Za-z?LW#]+$")


@dataclass(frozen=True)
class PollSchedule:
    """When feeds are polled: every ``interval_s`` seconds, or on a cron expression."""

    interval_s: float | None = None
    cron: str | None = None

    def describe(self) -> str:
        """Human form for logs: ``every 15m`` or ``cron '*/10 * * * *'``."""
        if self.cron:
            return f"cron '{self.cron}'"
        seconds = int(self.interval_s or 0)
        if seconds % 3600 == 0:
            return f"every {seconds // 3600}h"
        if seconds % 60 == 0:
            return f"every {seconds // 60}m"
        return f"every {seconds}s"


def parse_poll_schedule(text: str) -> PollSchedule:
    """Parse ``poll_interval``: a duration (``15m``, ``1h30m``, ``90s``, ``300``) or a cron expression.

    Args:
        text: The configured value.

    Returns:
        The schedule.

    Raises:
        ConfigError: Neither a positive duration nor a 5-field cron expression.
    """
    value = text.strip()
    if value.isdigit():
        seconds = int(value)
    else:
        match = _INTERVAL.match(value) if value else None
        if match and any(match.groups()):
            hours, minutes, secs = (int(g) if g else 0 for g in match.groups())
            seconds = hours * 3600 + minutes * 60 + secs
        else:
            fields = value.split()
            if len(fields) == 5 and all(_CRON_FIELD.match(f) for f in fields):
                return PollSchedule(cron=" ".join(fields))
            raise ConfigError(
                f"poll_interval {text!r} is neither a duration (15m, 1h, 90s) "
                "nor a cron expression (*/10 * * * *)"
            )
    if seconds < 10:
        raise ConfigError(f"poll_interval {text!r} is too short (at least 10 seconds)")
    return PollSchedule(interval_s=float(seconds))


# ------------------------------------------------------------------------------------------- log lines


@dataclass
class CycleReport:
    """What one serve cycle did; becomes one log line."""

    kind: str
    run_id: str | None = None
    files: int = 0
    feeds: int = 0
    articles_new: int = 0
    articles_seen: int = 0
    quarantined: int = 0
    alerts: int = 0
    delivered: int = 0
    delivery_failures: int = 0
    pending: int = 0
    failed_total: int = 0
    seconds: float = 0.0
    error: str | None = None


def format_cycle(report: CycleReport) -> str:
    """One line per cycle: what was new, what was alerted, what is pending (no URLs, no secrets).

    Args:
        report: The cycle's counts.

    Returns:
        E.g. ``cycle inbox: 2 files, 2 new / 0 seen articles, 3 alerts, 3 delivered, 0 pending (0.81 s)``.
    """
    parts = []
    if report.kind == "inbox":
        parts.append(f"{report.files} file{'s' if report.files != 1 else ''}")
    if report.kind == "poll":
        parts.append(f"{report.feeds} feed{'s' if report.feeds != 1 else ''}")
    if report.kind in ("inbox", "poll"):
        parts.append(f"{report.articles_new} new / {report.articles_seen} seen articles")
        if report.quarantined:
            parts.append(f"{report.quarantined} quarantined")
        parts.append(f"{report.alerts} alert{'s' if report.alerts != 1 else ''}")
    parts.append(f"{report.delivered} delivered")
    if report.delivery_failures:
        parts.append(f"{report.delivery_failures} delivery attempts failed")
    parts.append(f"{report.pending} pending")
    if report.failed_total:
        parts.append(f"{report.failed_total} given up")
    tail = f" run {report.run_id}," if report.run_id else ""
    line = f"cycle {report.kind}: {', '.join(parts)} ({tail.strip()} {report.seconds:.2f} s)".replace(
        "( ", "("
    )
    if report.error:
        line += f" — error: {report.error}"
    return line


# ------------------------------------------------------------------------------ the local Prefect server


def free_port(host: str = "127.0.0.1", preferred: int | None = None) -> int:
    """Return ``preferred`` if it can be bound on ``host``, else a free port the OS picks."""
    import socket

    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise OSError(f"no free port on {host}")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # Linux only: the server gets SIGTERM when the serve process dies, even by kill -9, so a crashed
    # serve never leaves an orphan server holding the port and the database.
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class PrefectServerProcess:
    """A ``prefect server start`` child process on 127.0.0.1, its database under ``prefect_home``.

    Args:
        prefect_home: ``PREFECT_HOME`` of the server (its SQLite database and UI files go there).
        port: Port to listen on; default 4200 when free, else any free port.
        log_path: Where the server's output goes (default ``prefect_home/server.log``).
    """

    def __init__(self, prefect_home: Path, port: int | None = None, log_path: Path | None = None) -> None:
        self.prefect_home = prefect_home
        self.port = port or free_port(preferred=4200)
        self.log_path = log_path or prefect_home / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        """The ``PREFECT_API_URL`` of this server."""
        return f"http://127.0.0.1:{self.port}/api"

    def start(self, timeout_s: float = 180.0) -> str:
        """Start the server and wait until ``/api/health`` answers; return the API URL.

        Raises:
            TariffwatchError: The server exited or did not become healthy in time (the message names
                its log file).
        """
        import sys
        import urllib.request

        self.prefect_home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "PREFECT_HOME": str(self.prefect_home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": os.environ.get("PREFECT_SERVER_ANALYTICS_ENABLED", "false"),
        }
        env.pop("PREFECT_API_URL", None)
        log_file = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # Ctrl-C reaches serve only; serve stops the server in order
            preexec_fn=_die_with_parent,
        )
        log_file.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise TariffwatchError(
                    f"prefect server exited with code {self.process.returncode} (see {self.log_path})"
                )
            try:
                with urllib.request.urlopen(self.api_url + "/health", timeout=2) as response:
                    if response.status == 200:
                        return self.api_url
            except OSError:
                pass
            time.sleep(0.25)
        self.stop()
        raise TariffwatchError(
            f"prefect server did not become healthy in {timeout_s:.0f} s (see {self.log_path})"
        )

    def stop(self, timeout_s: float = 15.0) -> None:
        """Stop the server (SIGTERM to its process group, then SIGKILL) and wait for it."""
        import signal

        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        for sig, wait_s in ((signal.SIGTERM, timeout_s), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(wait_s)
                return
            except subprocess.TimeoutExpired:
                continue
