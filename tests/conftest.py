"""Shared fixtures: a fresh data directory, and a way to put a small run into it through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.models import Article, Mention, article_id_for
from tariffwatch.pipeline import (
    CommitResult,
    RunContext,
    RunCounts,
    article_rows,
    commit_batch,
    finish_run,
    mention_row,
    new_run,
)
from tariffwatch.warehouse import Warehouse

REPO = Path(__file__).resolve().parent.parent

#: (published_on, body, mentions as (text, kind, fields)) — two months, so exports get two partitions.
#: "25%" appears in both articles: its key is raised once, for the earlier article.
SAMPLE = (
    (
        date(2018, 8, 24),
        "As negotiations wrapped up, the US put in place $16 billion in tariffs on Chinese goods. "
        "A rate of 25% applies from March 1, 2019, officials said.",
        (
            ("$16 billion", "tariff_amount", {"value": 16e9, "unit": "USD"}),
            ("25%", "tariff_amount", {"value": 25.0, "unit": "percent"}),
            ("March 1, 2019", "deadline", {"date": "2019-03-01", "status": "scheduled"}),
        ),
    ),
    (
        date(2018, 9, 18),
        "The administration said it will impose tariffs on $200 billion of Chinese imports. "
        "The 25% rate could be postponed to January 2019 if talks progress.",
        (
            ("$200 billion", "tariff_amount", {"value": 2e11, "unit": "USD"}),
            ("25%", "tariff_amount", {"value": 25.0, "unit": "percent"}),
            ("January 2019", "deadline", {"date": "2019-01", "status": "postponed"}),
        ),
    ),
)


def sentence_of(body: str, start: int) -> str:
    """The sentence around offset ``start`` (the sample bodies end sentences with '. ')."""
    begin = body.rfind(". ", 0, start)
    begin = 0 if begin < 0 else begin + 2
    end = body.find(". ", start)
    return body[begin : len(body) if end < 0 else end + 1]


def build_sample(
    ctx: RunContext, sample: Sequence[Any] = SAMPLE, source_prefix: str = "seeds/sample"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Article and mention rows for ``sample``, built with the pipeline's own row builders."""
    articles: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for i, (published_on, body, found) in enumerate(sample):
        aid = article_id_for(body)
        art = Article(
            aid, f"sha256:{aid}", f"{source_prefix}-{i}.txt", None, f"Sample {i}", published_on, body
        )
        row = article_rows([art], ctx)[0]
        articles.append(row)
        for text, kind, fields in found:
            start = body.index(text)
            mention = Mention(kind, text, start, start + len(text), sentence_of(body, start), **fields)
            mentions.append(mention_row(row, mention, ctx.run_id))
    return articles, mentions


Committer = Callable[..., tuple[RunContext, CommitResult]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A fresh (not yet created) data directory."""
    return tmp_path / "home"


@pytest.fixture
def warehouse(home: Path) -> Warehouse:
    """A warehouse handle on the fresh data directory (short lock wait: tests never expect contention)."""
    return Warehouse(home, lock_timeout_s=5.0)


@pytest.fixture
def commit(warehouse: Warehouse) -> Committer:
    """Commit a run of sample articles like the flow does (one batch, then the run's alerts and row).

    Returns (run context, result) from ``pipeline.commit_batch`` + ``pipeline.finish_run``.
    """

    def run(
        sample: Sequence[Any] = SAMPLE,
        notify_urls: Sequence[str] = (),
        source_prefix: str = "seeds/sample",
        **kwargs: Any,
    ) -> tuple[RunContext, CommitResult]:
        ctx = new_run("test")
        articles, mentions = build_sample(ctx, sample, source_prefix)
        batch = commit_batch(warehouse, ctx, articles, mentions, kwargs.get("rejected", []))
        counts = RunCounts(files_read=len(articles))
        result = finish_run(warehouse, ctx, counts, [batch], kwargs.get("feed_states", []), notify_urls)
        return ctx, result

    return run


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Prefect's test harness (a temporary API server, ≈20 s to start) for one test module.

    PREFECT_HOME is a fresh directory (a shared one leaks cached task results between runs), analytics are
    off (they can lock the SQLite database at cold start) and flow heartbeats are off (≈1 s per flow call).
    """
    mp = pytest.MonkeyPatch()
    mp.setenv("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
    mp.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    mp.setenv("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    mp.delenv("PREFECT_API_URL", raising=False)
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    try:
        with (
            prefect_test_harness(server_startup_timeout=180),
            temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
        ):
            yield
    finally:
        mp.undo()


# ------------------------------------------------------------------------------ parallel runs (xdist)

#: The modules that take longest (measured: Prefect servers, crash scenarios, a LocalCluster, console-script
#: runs), longest first. They are handed out first so that the last unit of work is a short one; modules not
#: listed keep their collection order after these. Only the balance of a parallel run depends on it.
HEAVY_FIRST = (
    "test_crash.py",
    "test_serve.py",
    "test_bad_files.py",
    "test_validate_cmd.py",
    "test_flow.py",
    "test_dask.py",
    "test_feed_corpus.py",
    "test_secrets.py",
    "test_backfill.py",
    "test_parquet_mirror.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the heavy modules first (see ``HEAVY_FIRST``); each module's tests stay together, in order.

    ``make test`` runs under ``--dist loadscope --no-loadscope-reorder``: a module is one unit of work, so
    its module-scoped fixtures (a Prefect server, the crash scenarios, a cluster) are set up once, on one
    worker, and the units are handed out in this order. (``--dist loadgroup`` cannot be used: with
    pytest 9 its ``xdist_group`` marks no longer reach the scheduler.)
    """

    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return HEAVY_FIRST.index(name) if name in HEAVY_FIRST else len(HEAVY_FIRST)

    # A stable sort, so a serial run still sets each module fixture up once.
    items.sort(key=rank)
