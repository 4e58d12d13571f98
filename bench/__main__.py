"""The benchmark runner: ``python -m bench [--quick]``; prints one table and writes it as JSON.

Every figure is measured in this run, on this machine, on the synthetic corpus of :mod:`bench.corpus`
(the ``measured on`` column says which part of it). Backfills run the real command line
(``tariffwatch run --seeds DIR --home DIR``) in a subprocess against one shared ``prefect server``
(its start-up, which a run without ``PREFECT_API_URL`` pays itself, is reported on its own row); peak
memory is the largest sum of RSS over the run's process tree, sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import generate, load_truth

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
TARIFFWATCH = Path(sys.executable).with_name("tariffwatch")

FULL = {"small": 10_000, "large": 100_000, "extract_sample": 3000, "dateparser_sample": 30, "quick": False}
QUICK = {"small": 500, "large": 2000, "extract_sample": 500, "dateparser_sample": 8, "quick": True}


@dataclass
class Row:
    """One line of the table."""

    metric: str
    value: float | None
    unit: str
    target: str = ""
    ok: bool | None = None
    measured_on: str = ""

    def cells(self) -> list[str]:
        value = (
            "—"
            if self.value is None
            else f"{self.value:,.3f}"
            if abs(self.value) < 10
            else f"{self.value:,.1f}"
        )
        verdict = "" if self.ok is None else ("ok" if self.ok else "MISSED")
        return [self.metric, f"{value} {self.unit}".strip(), self.target, verdict, self.measured_on]


def _machine() -> dict[str, Any]:
    import psutil

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": os.getloadavg(),
    }


# ------------------------------------------------------------------------------------------ in-process


def _parsed_sample(articles_dir: Path, n: int) -> list[Any]:
    from tariffwatch.models import Article
    from tariffwatch.sources.files import read_file

    files = sorted(articles_dir.glob("*.txt"))[:n]
    parsed = [read_file(f) for f in files]
    return [p for p in parsed if isinstance(p, Article)]


#: Backfills of the large corpus in a full bench (each into an empty warehouse): the fastest wall time and
#: the largest peak RSS are reported.
LARGE_RUNS = 2
#: Passes of each one-core rate (extraction, dateparser); the fastest is reported, as for the floor.
RATE_PASSES = 3
#: Passes of the read-and-hash floor (the first may pay for a cold page cache).
FLOOR_PASSES = 2


def fastest_seconds(passes: int, work: Callable[[], object]) -> float:
    """Seconds of the fastest of ``passes`` calls of ``work``: what the machine can do at best.

    This VM's speed drifted by 20-45% within an hour with the same code; slower passes measured other load.
    """
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def measure_extraction(articles: list[Any], passes: int = RATE_PASSES) -> tuple[float, float, float]:
    """Extraction on one core, fastest of ``passes`` passes: (articles/s, MB/s, seconds of that pass)."""
    from tariffwatch.extraction import extract_mentions

    for art in articles[:50]:  # warm caches and lazily built tables
        extract_mentions(art.body, art.published_on)

    def extract_all() -> None:
        for art in articles:
            extract_mentions(art.body, art.published_on)

    elapsed = fastest_seconds(passes, extract_all)
    megabytes = sum(len(a.body.encode()) for a in articles) / 1e6
    return len(articles) / elapsed, megabytes / elapsed, elapsed


def measure_extraction_elsewhere(articles_dir: Path, n: int, **env: str) -> float:
    """:func:`measure_extraction` in a fresh interpreter with ``env`` set (e.g. the pure-Python build)."""
    code = (
        "import sys; from pathlib import Path; "
        "from bench.__main__ import _parsed_sample, measure_extraction; "
        "print(measure_extraction(_parsed_sample(Path(sys.argv[1]), int(sys.argv[2])))[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(articles_dir), str(n)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
        cwd=Path(__file__).resolve().parent.parent,
    )
    return float(result.stdout.split()[-1])


def measure_dateparser(articles: list[Any], passes: int = RATE_PASSES) -> float:
    """dateparser's ``search_dates`` on whole bodies: articles/s, fastest of ``passes`` passes."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(2020, 1, 1), "PREFER_DATES_FROM": "future"}
    search_dates(articles[0].body[:500], languages=["en"], settings=settings)  # loads its data

    def search_all() -> None:
        for art in articles:
            search_dates(art.body, languages=["en"], settings=settings)

    elapsed = fastest_seconds(passes, search_all)
    return len(articles) / elapsed


def measure_read_hash(articles_dir: Path, passes: int = FLOOR_PASSES) -> tuple[float, int]:
    """Read and sha256 every file (the physical floor): (articles/s of the fastest pass, files).

    The first pass may pay for a cold page cache (measured here: 14.8k/s after other work, 35-43k/s warm).
    """
    files = sorted(articles_dir.glob("*.txt"))

    def hash_all() -> None:
        for path in files:
            hashlib.sha256(path.read_bytes()).digest()

    best = fastest_seconds(passes, hash_all)
    return len(files) / best, len(files)


def accuracy(home: Path, truth: dict[str, set[str]]) -> tuple[float, float, int, int, int]:
    """Precision and recall of the warehouse's mentions against the planted truth, by (file, key)."""
    import duckdb

    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "SELECT a.source, m.key FROM mentions m JOIN articles a USING (article_id)"
        ).fetchall()
    finally:
        con.close()
    found = {(Path(source).name, key) for source, key in rows}
    planted = {(name, key) for name, keys in truth.items() for key in keys}
    hits = len(found & planted)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(planted) if planted else 0.0
    return precision, recall, hits, len(found) - hits, len(planted) - hits


def query_latency(home: Path, repeat: int = 7) -> dict[str, float]:
    """Median wall time (ms) of the user-facing queries, fetched completely, on a read-only connection."""
    import duckdb

    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        last = con.execute("SELECT max(published_on) FROM articles").fetchone()
        as_of = last[0] if last else None
        queries = {
            "tariff_timeline (last 90 days)": (
                "SELECT * FROM tariff_timeline WHERE published_on >= ?::DATE - INTERVAL 90 DAY",
                [as_of],
            ),
            "tariff_timeline (count of all rows)": ("SELECT count(*) FROM tariff_timeline", []),
            "upcoming_deadlines (as of the last article)": ("SELECT * FROM upcoming_deadlines", []),
        }
        con.execute(f"SET VARIABLE as_of = DATE '{as_of}'")
        result = {}
        for name, (sql, params) in queries.items():
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                con.execute(sql, params).fetchall()
                times.append((time.perf_counter() - start) * 1000)
            result[name] = statistics.median(times[1:])
        return result
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ subprocess


@dataclass
class RunMeasure:
    """One ``tariffwatch run`` in a subprocess."""

    wall_s: float
    peak_rss_mib: float
    returncode: int
    summary: dict[str, Any]
    stderr_tail: str
    #: Peak RSS of the flow process alone (without its extraction workers).
    flow_peak_rss_mib: float = 0.0


class PrefectServer:
    """A ``prefect server start`` for the runs to share (each run would otherwise start its own)."""

    def __init__(self, work: Path) -> None:
        self.home = work / ".prefect-server"
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.startup_s = 0.0

    def __enter__(self) -> PrefectServer:
        import socket
        import urllib.request

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        shutil.rmtree(self.home, ignore_errors=True)
        self.home.mkdir(parents=True)
        env = {
            **os.environ,
            "PREFECT_HOME": str(self.home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "false",
        }
        env.pop("PREFECT_API_URL", None)
        prefect = Path(sys.executable).with_name("prefect")
        cmd = [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)]
        start = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}/api"
        while time.perf_counter() - start < 180:
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("prefect server did not become healthy in 180 s")
        self.startup_s = time.perf_counter() - start
        return self

    def rss_mib(self) -> float:
        import psutil

        if self.proc is None:
            return 0.0
        root = psutil.Process(self.proc.pid)
        return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def run_cli(
    seeds: Path, home: Path, extra: list[str] | None = None, api_url: str | None = None
) -> RunMeasure:
    """Run ``tariffwatch run`` and sample the RSS of its process tree.

    With ``api_url`` the run reports to that Prefect server; without, it starts its own temporary one.
    """
    import psutil

    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env["PREFECT_HOME"] = str(home.parent / f".prefect-{home.name}")
    cmd = [
        str(TARIFFWATCH),
        "run",
        "--seeds",
        str(seeds),
        "--home",
        str(home),
        "--format",
        "json",
        *(extra or []),
    ]
    peak = 0
    flow_peak = 0
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=str(home.parent))
        root = psutil.Process(proc.pid)
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak, flow_peak
            while not stop.is_set():
                try:
                    tree = [root, *root.children(recursive=True)]
                    total = 0
                    for p in tree:
                        try:
                            rss = p.memory_info().rss
                        except psutil.Error:
                            continue
                        total += rss
                        if p is root:
                            flow_peak = max(flow_peak, rss)
                    peak = max(peak, total)
                except psutil.Error:
                    pass
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        wall = time.perf_counter() - start
        stop.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    try:
        summary = json.loads(stdout)
        summary["alerts"] = len(summary.get("alerts", []))
    except json.JSONDecodeError:
        summary = {}
    return RunMeasure(wall, peak / 2**20, code, summary, stderr[-2000:], flow_peak / 2**20)


def run_latency_bench(quick: bool, api_url: str | None = None) -> dict[str, Any]:
    """Run the serve engineer's ``bench.latency`` (if present) in a subprocess and keep its output.

    Args:
        quick: Fewer files and a shorter idle wait.
        api_url: A running Prefect server for serve to use (quick mode: saves starting a second one; the
            full run lets serve start its own, so "start to ready" includes it).
    """
    try:
        import bench.latency  # noqa: F401
    except ImportError:
        return {"skipped": "bench/latency.py is not present"}
    cmd = [sys.executable, "-m", "bench.latency", *(["--quick"] if quick else [])]
    if api_url:
        cmd += ["--api-url", api_url]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(REPO), timeout=900, check=False)
    return {
        "command": " ".join(cmd[1:]),
        "returncode": proc.returncode,
        "wall_s": round(time.perf_counter() - start, 1),
        "stdout": proc.stdout[-4000:],
        "stderr_tail": proc.stderr[-1000:],
    }


# ------------------------------------------------------------------------------------------------ main


def _table(rows: list[Row]) -> str:
    header = ["metric", "value", "target", "", "measured on"]
    cells = [header, *[r.cells() for r in rows]]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(header))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the suite; return 0 (targets missed are reported, not failed)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small corpora (same code paths), < 2 minutes")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "tariffwatch-bench")
    parser.add_argument("--workers", type=int, default=None, help="passed to tariffwatch run --workers")
    parser.add_argument("--keep", action="store_true", help="keep the warehouses (corpora are always cached)")
    args = parser.parse_args(argv)
    conf = QUICK if args.quick else FULL
    small_n, large_n = int(conf["small"]), int(conf["large"])
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    machine = _machine()
    rows: list[Row] = []

    def log(msg: str) -> None:
        print(f"[bench {time.perf_counter() - started:6.1f}s] {msg}", file=sys.stderr, flush=True)

    log(f"corpora: {small_n:,} and {large_n:,} articles under {work}")
    small_dir = generate(work / f"corpus-{small_n}", small_n)
    large_dir = generate(work / f"corpus-{large_n}", large_n)
    large_label = f"{large_n // 1000}k corpus" if large_n >= 1000 else f"{large_n} corpus"
    small_label = f"{small_n // 1000}k corpus" if small_n >= 1000 else f"{small_n} corpus"

    log("extraction on one core")
    # A freshly generated corpus leaves hundreds of MB of dirty pages; the kernel writing them back while a
    # pass runs takes CPU from it (on 2 cores), so they are flushed first.
    os.sync()
    sample = _parsed_sample(large_dir, int(conf["extract_sample"]))
    from tariffwatch.extraction import native

    rate, mbps, _ = measure_extraction(sample)
    build = "compiled (mypyc)" if native.implementation == "mypyc" else "pure Python (no compiled build)"
    on_sample = (
        f"first {len(sample):,} articles of the {large_label}, in-process, 1 core, {build}, "
        f"fastest of {RATE_PASSES} passes"
    )
    rows.append(Row("extraction (extract_mentions)", rate, "articles/s", "≥ 2,000", rate >= 2000, on_sample))
    rows.append(Row("extraction throughput", mbps, "MB/s", "", None, on_sample))
    if native.implementation == "mypyc":
        log("extraction on one core, pure Python")
        pure = measure_extraction_elsewhere(large_dir, len(sample), TARIFFWATCH_PURE_PYTHON="1")
        rows.append(
            Row(
                "extraction, pure Python",
                pure,
                "articles/s",
                "",
                None,
                "same articles, TARIFFWATCH_PURE_PYTHON=1",
            )
        )
    log("dateparser peer")
    peer_sample = sample[: int(conf["dateparser_sample"])]
    peer = measure_dateparser(peer_sample)
    rows.append(
        Row(
            "dateparser search_dates",
            peer,
            "articles/s",
            "",
            None,
            f"first {len(peer_sample)} of them, 1 core, fastest of {RATE_PASSES} passes",
        )
    )
    ratio = rate / peer
    rows.append(Row("extraction / dateparser", ratio, "×", "≥ 200×", ratio >= 200, "same articles"))
    log("read-and-hash floor")
    floor, nfiles = measure_read_hash(large_dir)
    rows.append(
        Row(
            "read + sha256 floor",
            floor,
            "articles/s",
            "",
            None,
            f"all {nfiles:,} files of the {large_label}, fastest of {FLOOR_PASSES} passes",
        )
    )
    gap = floor / rate
    rows.append(Row("floor / extraction", gap, "×", "≤ 15×", gap <= 15, "the two rates above"))

    runs: dict[str, Any] = {}
    log("starting a Prefect server for the runs")
    with PrefectServer(work) as server:
        large_runs: list[RunMeasure] = []
        for label, n, seeds in (("small", small_n, small_dir), ("large", large_n, large_dir)):
            for attempt in range(1 if label == "small" or args.quick else LARGE_RUNS):
                home = work / f"home-{n}"
                shutil.rmtree(home, ignore_errors=True)
                shutil.rmtree(work / f".prefect-home-{n}", ignore_errors=True)
                log(f"backfill of {n:,} articles" + (f", run {attempt + 1}" if label == "large" else ""))
                extra = ["--workers", str(args.workers)] if args.workers else []
                measured = run_cli(seeds, home, extra, api_url=server.url)
                if measured.returncode != 0:
                    log(f"run failed ({measured.returncode}):\n{measured.stderr_tail}")
                if label == "large":
                    large_runs.append(measured)
                runs[label] = measured
        # The wall time of the fastest run (this VM's speed drifts); the memory of the hungriest.
        fastest = min(large_runs, key=lambda r: (r.returncode != 0, r.wall_s))
        runs["large"] = dataclasses.replace(
            fastest,
            peak_rss_mib=max(r.peak_rss_mib for r in large_runs),
            flow_peak_rss_mib=max(r.flow_peak_rss_mib for r in large_runs),
        )
        large_walls = ", ".join(f"{r.wall_s:.1f}" for r in large_runs)
        log(f"no-op rerun of {large_n:,} articles")
        rerun = run_cli(large_dir, work / f"home-{large_n}", api_url=server.url)
        server_rss = server.rss_mib()
        latency: dict[str, Any] | None = None
        if args.quick:
            log("latency bench (bench/latency.py), on the same Prefect server")
            latency = run_latency_bench(True, server.url)
    if not args.quick:
        log(f"no-op rerun of {large_n:,} articles, with a temporary Prefect server")
        runs["rerun_temporary_server"] = run_cli(large_dir, work / f"home-{large_n}")
    rows.append(
        Row("Prefect server start", server.startup_s, "s", "", None, "once; runs use PREFECT_API_URL")
    )
    rows.append(Row("Prefect server RSS", server_rss, "MiB", "", None, "not in the runs' trees below"))
    small, large = runs["small"], runs["large"]
    tgt_wall = "≤ 120 s" if not args.quick else "(≤ 120 s at 100k)"
    rows.append(
        Row(f"backfill {small_n:,} wall", small.wall_s, "s", "", None, f"{small_label}, tariffwatch run")
    )
    rows.append(
        Row(
            f"backfill {large_n:,} wall",
            large.wall_s,
            "s",
            tgt_wall,
            large.wall_s <= 120 if not args.quick else None,
            f"{large_label}, tariffwatch run"
            + (f", fastest of {len(large_runs)} runs ({large_walls} s)" if len(large_runs) > 1 else ""),
        )
    )
    rows.append(
        Row(f"backfill {large_n:,} rate", large_n / large.wall_s, "articles/s", "", None, "incl. startup")
    )
    rows.append(Row(f"peak RSS {small_n:,}", small.peak_rss_mib, "MiB", "", None, "process tree, sum of RSS"))
    rows.append(
        Row(
            f"peak RSS {large_n:,}",
            large.peak_rss_mib,
            "MiB",
            "≤ 1,024 MiB",
            large.peak_rss_mib <= 1024,
            "same" + (f", the larger of {len(large_runs)} runs" if len(large_runs) > 1 else ""),
        )
    )
    rows.append(
        Row(
            f"peak RSS {large_n:,}, flow process",
            large.flow_peak_rss_mib,
            "MiB",
            "",
            None,
            "the tree's root alone (Prefect, GX, DuckDB, validation and commit)",
        )
    )
    growth = large.peak_rss_mib / small.peak_rss_mib if small.peak_rss_mib else float("nan")
    rows.append(
        Row("peak RSS large / small", growth, "×", "≤ 1.5×", growth <= 1.5, f"{large_n:,} vs {small_n:,}")
    )
    noop_ok = rerun.summary.get("articles_new") == 0 and rerun.returncode == 0
    rows.append(
        Row(
            "no-op rerun wall",
            rerun.wall_s,
            "s",
            "≤ 10 s",
            rerun.wall_s <= 10 and noop_ok,
            f"{large_label} again",
        )
    )
    rows.append(Row("no-op rerun peak RSS", rerun.peak_rss_mib, "MiB", "", None, "process tree"))
    if "rerun_temporary_server" in runs:
        cold = runs["rerun_temporary_server"]
        rows.append(
            Row(
                "no-op rerun, own temporary server",
                cold.wall_s,
                "s",
                "",
                None,
                "no PREFECT_API_URL (plain CLI)",
            )
        )

    large_home = work / f"home-{large_n}"
    if (large_home / "tariffwatch.duckdb").exists():
        log("query latency")
        for name, ms in query_latency(large_home).items():
            rows.append(Row(name, ms, "ms", "≤ 200 ms", ms <= 200, f"{large_label} warehouse, median of 6"))
        precision, recall, hits, extra_found, missed = accuracy(large_home, load_truth(large_dir.parent))
        what = (
            f"{large_label} warehouse vs planted truth ({hits:,} hits, {extra_found} extra, {missed} missed)"
        )
        rows.append(Row("mention precision", precision, "", "= 1.000", precision >= 0.9995, what))
        rows.append(Row("mention recall", recall, "", "= 1.000", recall >= 0.9995, what))

    if latency is None:
        log("latency bench (bench/latency.py)")
        latency = run_latency_bench(False)
    table = _table(rows)
    total = time.perf_counter() - started
    print(
        f"tariffwatch bench ({'quick' if args.quick else 'full'}) — {machine['cpus']} CPUs, "
        f"{machine['cpu_model']}, "
        f"{machine['memory_gib']} GiB, Python {machine['python']}; total {total:.0f} s"
    )
    print(table)
    if "stdout" in latency:
        print(f"\nbench.latency (exit {latency['returncode']}):\n{latency['stdout'].rstrip()}")
    else:
        print(f"\nbench.latency: {latency['skipped']}")

    result = {
        "started_at": datetime.now(UTC).isoformat(),
        "mode": "quick" if args.quick else "full",
        "machine": machine,
        "config": {k: v for k, v in conf.items()},
        "rows": [asdict(r) for r in rows],
        "runs": {k: asdict(v) for k, v in {**runs, "rerun": rerun}.items()},
        "prefect_server": {"startup_s": server.startup_s, "rss_mib": server_rss},
        "latency": latency,
        "total_s": total,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"bench-{result['mode']}-{stamp}.json"
    path.write_text(json.dumps(result, indent=2, default=str) + "\n")
    (RESULTS / f"latest-{result['mode']}.json").write_text(path.read_text())
    (RESULTS / f"latest-{result['mode']}.txt").write_text(table + "\n")
    print(f"\nwrote {path.relative_to(REPO)}")
    if not args.keep:
        for n in (small_n, large_n):
            shutil.rmtree(work / f"home-{n}", ignore_errors=True)
            shutil.rmtree(work / f".prefect-home-{n}", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
