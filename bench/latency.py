"""Serve-mode latency: inbox file → webhook (p50/p95 once warm), and a poll cycle that finds nothing new.

Runs the real thing: ``tariffwatch serve`` as a subprocess (starting its own Prefect server unless
``--api-url`` is given), a webhook receiver and a feed on 127.0.0.1 (``tests/feedserver.py``). Each
measured file is written beside the inbox and renamed into it (atomic); its latency is the time from the
rename to the webhook's receipt of its alert. Files are dropped one at a time. Meanwhile the feed is
polled every 10 s; it answers 304 after the first fetch, so those cycles find nothing new, and their
duration is read from serve's cycle lines.

Usage::

    python -m bench.latency [--files 20] [--api-url http://127.0.0.1:4200/api] [--quick]

Prints a table and writes ``bench/results/latency.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.feedserver import FeedServer  # noqa: E402

RESULTS = REPO / "bench" / "results"
_CYCLE_POLL = re.compile(r"cycle poll: .*?(\d+) new / (\d+) seen.*?\(run \S+, ([\d.]+) s\)")

_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Quiet desk</title><link>http://127.0.0.1/</link>
<description>No news today</description>
<item><title>Weather</title><link>http://127.0.0.1/a1</link><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
<description>Sunny skies are expected over the port this week.</description></item>
</channel></rss>
"""


@dataclass
class Result:
    """What the benchmark measured (seconds)."""

    files: int
    latencies_s: list[float] = field(default_factory=list)
    p50_s: float = 0.0
    p95_s: float = 0.0
    max_s: float = 0.0
    idle_polls_s: list[float] = field(default_factory=list)
    idle_poll_median_s: float = 0.0
    idle_poll_max_s: float = 0.0
    serve_ready_s: float = 0.0
    started_own_server: bool = True
    measured_at: str = ""
    machine: str = ""


def _article(k: int) -> str:
    # One new tariff amount per file (US$k billion): one alert per file, matched by its text.
    day = 1 + k % 28
    return (
        f" date 2024-05-{day:02d} WASHINGTON: Trade desk note {k}.\n\n"
        f"The United States said it would impose tariffs on another US${k} billion worth of Chinese "
        "goods, officials said on Tuesday.\n"
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


class _Serve:
    """The serve subprocess with its stderr collected line by line."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self._cond = threading.Condition()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from tariffwatch.cli import main; main()", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._cond:
                self.lines.append((time.monotonic(), line.rstrip()))
                self._cond.notify_all()

    def wait_for(self, pattern: str, timeout_s: float, count: int = 1) -> list[str]:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while True:
                found = [line for _, line in self.lines if regex.search(line)]
                if len(found) >= count:
                    return found
                if self.proc.poll() is not None:
                    raise RuntimeError("serve exited:\n" + "\n".join(line for _, line in self.lines[-30:]))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"no {pattern!r} in serve output:\n" + "\n".join(x for _, x in self.lines[-30:])
                    )
                self._cond.wait(remaining)

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


def run(files: int, api_url: str | None, poll_wait_s: float) -> Result:
    """Run the benchmark once; return the measurements."""
    result = Result(files=files, started_own_server=api_url is None)
    with tempfile.TemporaryDirectory(prefix="tw-bench-") as tmp, FeedServer() as web:
        root = Path(tmp)
        inbox, staging, home = root / "inbox", root / "staging", root / "home"
        for d in (inbox, staging):
            d.mkdir()
        web.add("/hook", "ok", content_type="text/plain")
        web.add("/feed.xml", _FEED, etag='"quiet-1"')
        config = root / "tariffwatch.toml"
        config.write_text(
            f'notify = ["json://127.0.0.1:{web.port}/hook"]\npoll_interval = "10s"\n\n'
            f'[[feeds]]\nurl = "{web.url("/feed.xml")}"\nname = "Quiet desk"\n',
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFWATCH_"))}
        env["PREFECT_SERVER_UI_ENABLED"] = "false"
        if api_url:
            env["PREFECT_API_URL"] = api_url
        started = time.monotonic()
        serve = _Serve(["serve", "--inbox", str(inbox), "--config", str(config), "--home", str(home)], env)
        try:
            serve.wait_for(r"INFO serving ", timeout_s=240)
            result.serve_ready_s = time.monotonic() - started

            def drop(k: int) -> float:
                staged = staging / f"note-{k:03d}.txt"
                staged.write_text(_article(k), encoding="utf-8")
                t0 = time.monotonic()
                os.rename(staged, inbox / staged.name)
                needle = f"US${k} billion".encode()
                deadline = t0 + 30
                while time.monotonic() < deadline:
                    for req in web.requests_for("/hook"):
                        if needle in req.body and req.received_at >= t0:
                            return req.received_at - t0
                    time.sleep(0.005)
                raise TimeoutError(f"no alert for file {k} within 30 s")

            for k in (1001, 1002, 1003):  # warm-up, not measured
                drop(k)
                time.sleep(0.3)
            for i in range(files):
                result.latencies_s.append(drop(2000 + i))
                time.sleep(0.5)
            # Idle polls: every poll after the first fetch answers 304 (nothing new).
            deadline = time.monotonic() + poll_wait_s
            while time.monotonic() < deadline:
                polls = [m for _, line in serve.lines if (m := _CYCLE_POLL.search(line))]
                idle = [float(m.group(3)) for m in polls[1:] if m.group(1) == "0"]
                if len(idle) >= 3:
                    break
                time.sleep(1)
            polls = [m for _, line in serve.lines if (m := _CYCLE_POLL.search(line))]
            result.idle_polls_s = [float(m.group(3)) for m in polls[1:] if m.group(1) == "0"]
        finally:
            code = serve.stop()
        if code != 0:
            raise RuntimeError(f"serve exited with {code}:\n" + "\n".join(x for _, x in serve.lines[-30:]))
    lat = result.latencies_s
    result.p50_s = statistics.median(lat)
    result.p95_s = _percentile(lat, 0.95)
    result.max_s = max(lat)
    if result.idle_polls_s:
        result.idle_poll_median_s = statistics.median(result.idle_polls_s)
        result.idle_poll_max_s = max(result.idle_polls_s)
    result.measured_at = datetime.now(UTC).isoformat(timespec="seconds")
    result.machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    return result


def render(result: Result) -> str:
    """The table printed at the end."""
    rows = [
        ("inbox → webhook p50", f"{result.p50_s:.2f} s", "≤ 2 s", result.p50_s <= 2),
        ("inbox → webhook p95", f"{result.p95_s:.2f} s", "≤ 5 s", result.p95_s <= 5),
        ("inbox → webhook max", f"{result.max_s:.2f} s", "", None),
        (
            "idle poll cycle (median / max)",
            f"{result.idle_poll_median_s:.2f} / {result.idle_poll_max_s:.2f} s"
            f" ({len(result.idle_polls_s)} cycles)",
            "≤ 1 s",
            bool(result.idle_polls_s) and result.idle_poll_max_s <= 1,
        ),
        ("serve start to ready", f"{result.serve_ready_s:.1f} s", "", None),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"serve latency ({result.files} files, {result.machine})"]
    for name, value, target, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        lines.append(f"  {name:<{width}}  {value:<28} {target:<6} {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20, help="measured inbox files (default 20)")
    parser.add_argument("--api-url", default=None, help="use this Prefect server instead of starting one")
    parser.add_argument("--quick", action="store_true", help="8 files, shorter wait for idle polls")
    args = parser.parse_args(argv)
    files = 8 if args.quick else args.files
    result = run(files, args.api_url, poll_wait_s=15 if args.quick else 40)
    print(render(result))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "latency.json"
    out.write_text(json.dumps(asdict(result), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
