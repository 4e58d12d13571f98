"""Broken article files: each ends as a quarantine row with a reason (or a clear message); the run goes on.

One tree holds every kind of broken file the issue lists (empty, whitespace, binary, not UTF-8, 50 MB,
undated, impossible and implausible dates, symlink loop, dangling symlink, FIFO, device, unreadable
file and directory, undecodable name, a directory named like an article). The file source is tested on
it directly, and the real ``tariffwatch`` console script is run on it (plus two good seed articles)
and on a directory of bad files only. The subprocesses use the module's Prefect test server
(``PREFECT_API_URL``), so they do not each start a temporary one.

Permissions: root reads a mode-000 file, and these tests usually run as root. The subprocesses that
need a real EACCES drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from their capability bounding set
before exec (they stay uid 0, but the kernel then applies file modes to them). Running them as
``nobody`` does not work here: the interpreter lives under /root (mode 700).
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tracemalloc
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from tariffwatch import pipeline as stages
from tariffwatch.config import Settings, load_settings
from tariffwatch.errors import ConfigError
from tariffwatch.models import PAYLOAD_LIMIT, STAGE_INGEST, Article, Rejected
from tariffwatch.parallel import parse_and_extract, paths_to_table, read_and_extract, read_raw
from tariffwatch.sources.files import (
    DEFAULT_MAX_FILE_BYTES,
    parse_article_text,
    read_article_bytes,
    read_file,
    read_files,
)
from tariffwatch.warehouse import Warehouse

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SCRIPT = Path(sys.executable).parent / "tariffwatch"
HUGE_BYTES = 50 * 1024 * 1024

# prctl(2) and capabilities(7) constants (Linux).
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def _seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def _article_text(date_line: str, words: str = "steel") -> bytes:
    return f"{date_line}Officials said tariffs of 25% on {words} imports would stay in place.\n".encode()


# ------------------------------------------------------------------------------------ real EACCES as root


def _drop_dac_capabilities() -> None:
    """preexec_fn: drop the capabilities that let root ignore file modes (kept out of the exec'd program)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err))


@functools.cache
def permission_mode() -> tuple[Callable[[], None] | None, str | None]:
    """How a subprocess gets a real EACCES on a mode-000 file: ``(preexec_fn, None)`` or ``(None, why not)``.

    Not root: file modes apply anyway (no preexec_fn). Root: drop the DAC capabilities, checked on a probe.
    """
    if os.geteuid() != 0:
        return None, None
    probe_dir = Path(os.environ.get("TMPDIR", "/tmp"))
    probe = probe_dir / f"tw-eacces-probe-{os.getpid()}.txt"
    probe.write_text("x")
    probe.chmod(0)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", f"open({str(probe)!r}).read()"],
            preexec_fn=_drop_dac_capabilities,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"running as root and cannot drop CAP_DAC_OVERRIDE ({exc}): mode 000 does not stop root"
    finally:
        probe.unlink()
    if "PermissionError" not in proc.stderr:
        return None, "running as root and dropping CAP_DAC_OVERRIDE did not make mode 000 unreadable"
    return _drop_dac_capabilities, None


def permissions_enforced() -> bool:
    """Whether the subprocesses of this module get a real EACCES (see :func:`permission_mode`)."""
    return permission_mode()[1] is None


def preexec() -> Callable[[], None] | None:
    return permission_mode()[0]


# ------------------------------------------------------------------------------------------ the bad tree


def build_bad_tree(root: Path, *, unreadable: bool, huge: bool = True) -> dict[str, str]:
    """Create every kind of broken article file under ``root``.

    Args:
        root: An existing directory.
        unreadable: Also create a mode-000 file and a mode-000 directory (only meaningful when the reader
            cannot ignore modes).
        huge: Also create a 50 MB file.

    Returns:
        ``{path relative to root, as the quarantine shows it: expected reason}``.
    """
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (root / name).write_bytes(data)
        expected[name] = reason

    put("empty.txt", b"", "empty_body")
    put("whitespace.md", b"  \n\t\n   \r\n\n", "empty_body")
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), "not_utf8")
    put("nul.txt", _article_text(" date 2019-01-24 ").replace(b"tariffs", b"tar\x00iffs"), "binary_content")
    put(
        "cp1252.txt",
        " date 2019-01-24 “Tariffs” of 25% on café imports would stay, officials said.".encode("cp1252"),
        "not_utf8",
    )
    put("undated.txt", _article_text("", "undated"), "no_publication_date")
    put("feb30.txt", _article_text(" date 2019-02-30 ", "feb30"), "invalid_publication_date")
    put("feb30_dateline.md", _article_text("Feb 30, 2019\n\n", "dateline"), "invalid_publication_date")
    put("month13.txt", _article_text("2019-13-01\n\n", "month13"), "invalid_publication_date")
    put("year1850.txt", _article_text(" date 1850-05-10 ", "iron"), "implausible_publication_date")
    future = datetime.now(UTC).date() + timedelta(days=30)
    put("future.txt", _article_text(f" date {future} ", "future"), "implausible_publication_date")
    if huge:
        with (root / "huge.txt").open("wb") as handle:
            handle.write(b" date 2019-01-24 ")
            line = b"Officials said tariffs of 25% on steel imports would stay in place.\n"
            handle.write(line * (HUGE_BYTES // len(line) + 1))
        expected["huge.txt"] = "file_too_large"
    (root / "loop_a.txt").symlink_to("loop_b.txt")
    (root / "loop_b.txt").symlink_to("loop_a.txt")
    expected["loop_a.txt"] = expected["loop_b.txt"] = "symlink_loop"
    (root / "dangling.txt").symlink_to("no-such-target.txt")
    expected["dangling.txt"] = "dangling_symlink"
    os.mkfifo(root / "fifo.txt")
    expected["fifo.txt"] = "not_a_regular_file"
    (root / "zero.txt").symlink_to("/dev/zero")
    expected["zero.txt"] = "not_a_regular_file"
    (root / os.fsdecode(b"caf\xe9.txt")).write_bytes(_article_text(" date 2019-01-24 ", "latin-1 name"))
    expected["caf\\xe9.txt"] = "undecodable_file_name"
    # A directory named like an article is a directory: walked, not refused (an empty one adds nothing).
    (root / "folder.txt").mkdir()
    if unreadable:
        noperm = root / "noperm.txt"
        noperm.write_bytes(_article_text(" date 2019-01-24 ", "secret"))
        noperm.chmod(0)
        expected["noperm.txt"] = "permission_denied"
        locked = root / "locked"
        locked.mkdir()
        (locked / "inside.txt").write_bytes(_article_text(" date 2019-01-24 ", "locked"))
        locked.chmod(0)
        expected["locked"] = "unreadable_directory"
    return expected


def _unlock(root: Path) -> None:
    """Give modes back so pytest can delete the tree."""
    for path in (root / "noperm.txt", root / "locked"):
        if path.exists():
            path.chmod(0o700)


@pytest.fixture
def bad_tree(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "bad"
    root.mkdir()
    return root, build_bad_tree(root, unreadable=False)


# ----------------------------------------------------------------------------------- (c) the file source


def _reasons(rejected: list[Rejected], root: Path) -> dict[str, str]:
    prefix = f"{root}/"
    assert all(r.stage == STAGE_INGEST and r.detail for r in rejected), rejected
    return {r.source.removeprefix(prefix): r.reason for r in rejected}


def test_read_files_gives_every_bad_file_its_reason(bad_tree: tuple[Path, dict[str, str]]) -> None:
    root, expected = bad_tree
    good = root / "folder.txt" / "good.txt"
    shutil.copy(_seed("000"), good)

    batch = read_files([root])

    assert [a.source for a in batch.articles] == [str(good)]
    assert _reasons(batch.rejected, root) == expected


def test_the_run_path_reads_and_parses_like_read_file(
    bad_tree: tuple[Path, dict[str, str]], warehouse: Warehouse
) -> None:
    """plan_files → read_raw → parse_and_extract (what the flow does) refuses the same files the same way."""
    root, expected = bad_tree
    plan = stages.plan_files(warehouse, [str(root)])
    raw, unreadable = read_raw([f.path for f in plan.to_read])
    parsed = parse_and_extract(raw, "run-x")

    assert parsed.articles.num_rows == 0
    refused = [*plan.rejected, *unreadable, *(Rejected(**row) for row in parsed.rejected.to_pylist())]
    assert _reasons(refused, root) == expected
    # Nothing was read whole into the batch: the 50 MB file and the special files are not in it.
    assert raw.num_rows + len(unreadable) + len(plan.rejected) == len(expected)
    assert sum(len(b.as_py()) for b in raw.column("data")) < 10_000
    # Local workers read the files themselves (a path batch): the same refusals.
    on_worker = read_and_extract(paths_to_table([f.path for f in plan.to_read]), "run-x")
    from_worker = [*plan.rejected, *(Rejected(**row) for row in on_worker.rejected.to_pylist())]
    assert on_worker.articles.num_rows == 0
    assert _reasons(from_worker, root) == expected


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(read_file, fifo)
        try:
            result = future.result(timeout=10)
        except FutureTimeout:
            # Release the reader blocked in open() so the test fails instead of hanging.
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            pytest.fail("reading a FIFO blocked")
    assert isinstance(result, Rejected) and result.reason == "not_a_regular_file"
    assert "FIFO" in result.detail


def test_huge_file_is_refused_after_reading_only_its_head(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b" date 2019-01-24 " + b"Tariffs rose again. " * (HUGE_BYTES // 20))
    tracemalloc.start()
    try:
        result = read_article_bytes(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, Rejected) and result.reason == "file_too_large"
    assert str(path.stat().st_size) in result.detail and str(DEFAULT_MAX_FILE_BYTES) in result.detail
    assert result.payload.startswith(" date 2019-01-24 Tariffs rose again.")
    assert len(result.payload) <= PAYLOAD_LIMIT
    assert peak < 1024 * 1024, f"peak {peak} bytes while refusing a 50 MB file"


def test_max_bytes_is_the_limit_and_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    data = _article_text(" date 2019-01-24 ")
    path.write_bytes(data)
    assert read_article_bytes(path, max_bytes=len(data)) == data
    refused = read_article_bytes(path, max_bytes=len(data) - 1)
    assert isinstance(refused, Rejected) and refused.reason == "file_too_large"
    raw, unreadable = read_raw([str(path)], max_bytes=len(data) - 1)
    assert raw.num_rows == 0 and [r.reason for r in unreadable] == ["file_too_large"]


def test_a_small_file_is_read_without_a_buffer_of_the_limit(tmp_path: Path) -> None:
    # read(n) allocates n bytes up front: a 5 KB article read with a 50 MB limit must not cost 50 MB.
    path = tmp_path / "article.txt"
    data = _article_text(" date 2019-01-24 ")
    path.write_bytes(data)
    tracemalloc.start()
    try:
        result = read_article_bytes(path, max_bytes=50 * 2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result == data
    assert peak < 1024 * 1024, f"peak {peak} bytes while reading a {len(data)}-byte file"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_file_longer_than_its_listed_size_is_read_whole_when_it_fits(tmp_path: Path) -> None:
    link = tmp_path / "status.txt"
    link.symlink_to("/proc/self/status")
    result = read_article_bytes(link, max_bytes=2**20)
    assert isinstance(result, bytes) and result.startswith(b"Name:") and result.endswith(b"\n")
    assert len(result) > 200


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_file_longer_than_its_listed_size_is_still_capped(tmp_path: Path) -> None:
    # /proc files list as 0 bytes but have content: the cap holds on what is read, not on what stat said.
    link = tmp_path / "status.txt"
    link.symlink_to("/proc/self/status")
    result = read_article_bytes(link, max_bytes=16)
    assert isinstance(result, Rejected) and result.reason == "file_too_large"
    assert "longer than its listed size" in result.detail
    assert len(result.payload) == 17


def test_file_removed_between_listing_and_reading_is_quarantined(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(_seed("000"), seeds / "a_good.txt")
    gone = seeds / "b_gone.txt"
    shutil.copy(_seed("001"), gone)
    warehouse = Warehouse(tmp_path / "home", lock_timeout_s=5.0)
    ctx = stages.new_run("test")
    state = stages.RunState()

    plan = stages.plan_files(warehouse, [str(seeds)])
    assert [Path(f.path).name for f in plan.to_read] == ["a_good.txt", "b_gone.txt"]
    gone.unlink()
    raw, unreadable = read_raw([f.path for f in plan.to_read])
    result = stages.store_batch(warehouse, ctx, parse_and_extract(raw, ctx.run_id), state, plan, unreadable)

    assert result.articles_new == 1 and result.refused == 1
    assert state.refused_by_reason == Counter({"file_vanished": 1})
    con = duckdb.connect(str(warehouse.db_path), read_only=True)
    try:
        rows = con.execute("SELECT source, stage, reason, detail FROM quarantine").fetchall()
    finally:
        con.close()
    assert len(rows) == 1
    source, stage, reason, detail = rows[0]
    assert (source, stage, reason) == (str(gone), STAGE_INGEST, "file_vanished")
    assert "gone" in detail


def test_unreadable_file_and_directory_give_permission_reasons(tmp_path: Path) -> None:
    _preexec, why_not = permission_mode()
    if why_not is not None:
        pytest.skip(why_not)
    root = tmp_path / "perm"
    root.mkdir()
    expected = build_bad_tree(root, unreadable=True, huge=False)
    want = {k: v for k, v in expected.items() if k in ("noperm.txt", "locked")}
    script = textwrap.dedent(
        f"""
        from tariffwatch.sources.files import read_files
        for r in read_files([{str(root)!r}]).rejected:
            print(r.source, r.reason, r.detail, sep="\\t")
        """
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", script], preexec_fn=preexec(), capture_output=True, text=True, timeout=60
        )
    finally:
        _unlock(root)
    assert proc.returncode == 0, proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    got = {Path(source).name: reason for source, reason, _ in rows if Path(source).name in want}
    assert got == want
    details = {Path(source).name: detail for source, _, detail in rows}
    assert os.strerror(errno.EACCES) in details["noperm.txt"]


@pytest.mark.parametrize(
    ("published", "reason"),
    [
        ("1989-12-31", "implausible_publication_date"),
        ("1990-01-01", None),
        ("2020-06-02", None),  # today + 1 day: a newsroom east of UTC
        ("2020-06-03", "implausible_publication_date"),
        ("2020-02-30", "invalid_publication_date"),
    ],
)
def test_publication_date_must_be_real_and_plausible(published: str, reason: str | None) -> None:
    result = parse_article_text(
        _article_text(f" date {published} ").decode(), "x.txt", today=date(2020, 6, 1)
    )
    if reason is None:
        assert isinstance(result, Article) and str(result.published_on) == published
    else:
        assert isinstance(result, Rejected) and result.reason == reason
        assert published in result.detail


@pytest.mark.parametrize("head", ["Jan. 5, 1989", "5 January 1989", "By Jane Doe | March 3, 3019"])
def test_implausible_dateline_is_refused(head: str) -> None:
    text = f"Trade Talks End Without a Deal\n\n{head}\n\nThe two sides met in Washington to talk tariffs."
    result = parse_article_text(text, "x.txt")
    assert isinstance(result, Rejected) and result.reason == "implausible_publication_date", result


def test_symlink_to_an_article_is_read(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(_seed("000"))
    result = read_file(tmp_path / "link.txt")
    assert isinstance(result, Article) and result.published_on == date(2019, 1, 24)


def test_max_file_bytes_setting(tmp_path: Path) -> None:
    assert Settings().max_file_bytes == DEFAULT_MAX_FILE_BYTES
    config = tmp_path / "tariffwatch.toml"
    config.write_text("max_file_bytes = 1000\n", encoding="utf-8")
    assert load_settings(config).max_file_bytes == 1000
    config.write_text("max_file_bytes = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="max_file_bytes"):
        load_settings(config)


# ------------------------------------------------------------------------ (a), (b) the real console script


@pytest.fixture(scope="module")
def api_url(harness: None) -> str:
    """The module's Prefect test server, for the console-script subprocesses."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the harness sets PREFECT_API_URL"
    return str(url)


def start_script(api_url: str, cwd: Path, *args: str) -> subprocess.Popen[str]:
    """Start the real console script against the module's Prefect server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TARIFFWATCH_", "PREFECT_"))}
    env.update(
        PREFECT_API_URL=api_url,
        PREFECT_HOME=str(cwd / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        COLUMNS="250",
    )
    return subprocess.Popen(
        [str(SCRIPT), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec(),
    )


@dataclass
class ScriptRun:
    seeds: Path
    home: Path
    returncode: int
    stdout: str
    stderr: str
    expected: dict[str, str]


@pytest.fixture(scope="module")
def script_runs(api_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, ScriptRun]:
    """Run ``tariffwatch run`` on (a) every bad kind plus two good seeds and (b) bad files only, at once."""
    mixed = tmp_path_factory.mktemp("mixed")
    (mixed / "seeds").mkdir()
    mixed_expected = build_bad_tree(mixed / "seeds", unreadable=permissions_enforced())
    shutil.copy(_seed("000"), mixed / "seeds" / _seed("000").name)
    # The second good article sits inside the directory named like an article: it is walked.
    shutil.copy(_seed("002"), mixed / "seeds" / "folder.txt" / _seed("002").name)

    only_bad = tmp_path_factory.mktemp("only-bad")
    seeds = only_bad / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "undated.txt").write_bytes(_article_text(""))
    (seeds / "dangling.txt").symlink_to("nowhere.txt")
    # A good article over the configured max_file_bytes: the setting reaches the flow's reader.
    shutil.copy(_seed("001"), seeds / "big.txt")
    (only_bad / "tariffwatch.toml").write_text("max_file_bytes = 1000\n", encoding="utf-8")
    only_bad_expected = {
        "empty.txt": "empty_body",
        "undated.txt": "no_publication_date",
        "dangling.txt": "dangling_symlink",
        "big.txt": "file_too_large",
    }

    cases = {
        "mixed": (mixed, mixed_expected, ()),
        "only_bad": (only_bad, only_bad_expected, ("--config", str(only_bad / "tariffwatch.toml"))),
    }
    procs = {
        name: start_script(
            api_url, root, "run", "--seeds", str(root / "seeds"), "--home", str(root / "home"), *extra
        )
        for name, (root, _, extra) in cases.items()
    }
    runs = {}
    try:
        for name, proc in procs.items():
            stdout, stderr = proc.communicate(timeout=240)
            root, expected, _ = cases[name]
            runs[name] = ScriptRun(root / "seeds", root / "home", proc.returncode, stdout, stderr, expected)
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        _unlock(mixed / "seeds")
    return runs


def quarantine_of(home: Path) -> dict[str, tuple[str, str, str, str]]:
    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT source, stage, reason, detail, payload FROM quarantine").fetchall()
    finally:
        con.close()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


SUMMARY = re.compile(
    r"articles (\d+) new / (\d+) seen \((\d+) unchanged\), (\d+) quarantined \((\d+) refused this run\)"
)


def _refused_line(stdout: str) -> dict[str, int]:
    (line,) = [x for x in stdout.splitlines() if x.startswith("refused by reason: ")]
    pairs = [item.rsplit(" ", 1) for item in line.removeprefix("refused by reason: ").split(", ")]
    return {reason: int(count) for reason, count in pairs}


@pytest.mark.prefect
def test_console_run_quarantines_every_bad_file_and_goes_on(script_runs: dict[str, ScriptRun]) -> None:
    run = script_runs["mixed"]
    seeds, expected = run.seeds, run.expected

    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr + run.stdout, run.stderr[-3000:]
    summary = SUMMARY.search(run.stdout)
    assert summary is not None, run.stdout[-2000:]
    new, seen, unchanged, quarantined, refused = map(int, summary.groups())
    assert (new, seen, unchanged) == (2, 0, 0)
    assert quarantined == refused == len(expected)
    assert _refused_line(run.stdout) == Counter(expected.values())

    rows = quarantine_of(run.home)
    got = {
        source.removeprefix(f"{seeds}/"): (stage, reason) for source, (stage, reason, _, _) in rows.items()
    }
    assert got == {name: (STAGE_INGEST, reason) for name, reason in expected.items()}
    assert all(detail for _, _, detail, _ in rows.values())
    _, _, detail, payload = rows[f"{seeds}/huge.txt"]
    assert f"more than max_file_bytes ({DEFAULT_MAX_FILE_BYTES})" in detail
    assert payload.startswith(" date 2019-01-24 Officials said") and len(payload) <= PAYLOAD_LIMIT

    con = duckdb.connect(str(run.home / "tariffwatch.duckdb"), read_only=True)
    try:
        sources = sorted(r[0] for r in con.execute("SELECT source FROM articles").fetchall())
    finally:
        con.close()
    assert sources == sorted([str(seeds / _seed("000").name), str(seeds / "folder.txt" / _seed("002").name)])


@pytest.mark.prefect
def test_console_run_with_only_bad_files_exits_1_with_one_line(script_runs: dict[str, ScriptRun]) -> None:
    run = script_runs["only_bad"]

    assert run.returncode == 1, (run.stdout[-2000:], run.stderr[-3000:])
    assert "Traceback" not in run.stderr + run.stdout
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, run.stderr
    assert errors[0].startswith("error: nothing could be processed: all 4 records were refused")
    assert "articles 0 new / 0 seen (0 unchanged), 4 quarantined (4 refused this run)" in run.stdout
    reasons = {Path(source).name: reason for source, (_, reason, _, _) in quarantine_of(run.home).items()}
    assert reasons == run.expected
