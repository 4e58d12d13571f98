"""The tariffwatch pipeline as a Prefect 3 flow.

Tasks are thin wrappers around :mod:`tariffwatch.pipeline` (plain functions): they add retries where
a retry can help (fetching a feed) and run logging. Data moves between tasks in memory; nothing here
decides anything.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tariffwatch import pipeline as stages
from tariffwatch.config import FeedConfig, Settings, load_settings
from tariffwatch.delivery import DeliveryReport, deliver_due
from tariffwatch.errors import SourceError
from tariffwatch.models import SourceBatch
from tariffwatch.warehouse import Warehouse

# Results stay in memory: the warehouse is the only persistence (no Prefect result storage, no caching).
_TASK_OPTS: dict[str, Any] = {"persist_result": False, "cache_policy": NO_CACHE}


def _retry_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only errors a retry can fix (timeouts, 5xx), never a 404 or a non-feed."""
    try:
        state.result()
    except SourceError as exc:
        return exc.transient
    except Exception:
        return False
    return False


@task(name="read-files", **_TASK_OPTS)
def read_files_task(paths: Sequence[str]) -> SourceBatch:
    from tariffwatch.sources.files import read_files

    return read_files(paths)


@task(
    name="fetch-feed",
    retries=2,
    retry_delay_seconds=[1, 4],
    retry_condition_fn=_retry_transient,
    **_TASK_OPTS,
)
def fetch_feed_task(feed: FeedConfig, state: Any, timeout_s: float, max_bytes: int) -> Any:
    from tariffwatch.sources.feeds import fetch_feed

    return fetch_feed(feed, state, timeout_s=timeout_s, max_bytes=max_bytes)


@task(name="collect-feeds", **_TASK_OPTS)
def collect_feeds_task(settings: Settings, warehouse: Warehouse) -> list[stages.FeedOutcome]:
    logger = get_run_logger()
    states = stages.load_feed_states(warehouse)
    futures = [
        (
            feed,
            fetch_feed_task.submit(
                feed, states.get(feed.url), settings.fetch_timeout_s, settings.max_feed_bytes
            ),
        )
        for feed in settings.feeds
    ]
    outcomes = []
    for feed, future in futures:
        now = stages.utcnow()
        try:
            outcome = stages.feed_outcome_from_fetch(feed, future.result(), now)
        except SourceError as exc:
            logger.warning("feed %s failed: %s", feed.label, exc)
            outcome = stages.feed_outcome_from_error(feed, exc, states.get(feed.url), now)
        for warning in outcome.batch.warnings:
            logger.warning("feed %s: %s", feed.label, warning)
        outcomes.append(outcome)
    return outcomes


@task(name="split-known", **_TASK_OPTS)
def split_known_task(warehouse: Warehouse, batch: SourceBatch) -> tuple[list[Any], int]:
    return stages.split_known(warehouse, batch.articles)


@task(name="validate-articles", **_TASK_OPTS)
def validate_articles_task(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Any]]:
    return stages.validate_rows("articles", rows)


@task(name="extract-mentions", **_TASK_OPTS)
def extract_task(rows: list[dict[str, Any]], run_id: str) -> list[dict[str, Any]]:
    return stages.extract_rows(rows, run_id)


@task(name="validate-mentions", **_TASK_OPTS)
def validate_mentions_task(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Any]]:
    return stages.validate_rows("mentions", rows)


@task(name="commit-batch", **_TASK_OPTS)
def commit_batch_task(
    warehouse: Warehouse,
    ctx: stages.RunContext,
    articles: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
    rejected: list[Any],
) -> stages.BatchResult:
    return stages.commit_batch(warehouse, ctx, articles, mentions, rejected)


@task(name="raise-alerts", **_TASK_OPTS)
def finish_run_task(
    warehouse: Warehouse,
    ctx: stages.RunContext,
    counts: stages.RunCounts,
    batches: list[stages.BatchResult],
    feed_states: list[dict[str, Any]],
    notify_urls: list[str],
) -> stages.CommitResult:
    return stages.finish_run(warehouse, ctx, counts, batches, feed_states, notify_urls)


@task(name="export-parquet", **_TASK_OPTS)
def export_task(warehouse: Warehouse) -> list[str]:
    return stages.export(warehouse)


@task(name="deliver-alerts", **_TASK_OPTS)
def deliver_task(warehouse: Warehouse, settings: Settings) -> DeliveryReport:
    return deliver_due(warehouse, settings.notify, stages.utcnow(), settings.max_delivery_attempts)


@dataclass
class RunSummary:
    """What ``tariffwatch run`` reports."""

    run_id: str
    files_read: int = 0
    feeds: int = 0
    articles_new: int = 0
    articles_seen: int = 0
    quarantined: int = 0
    rejected: int = 0
    mentions_new: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)
    delivered: int = 0
    delivery_failures: int = 0
    delivery_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (for JSON output)."""
        return asdict(self)


@flow(name="tariffwatch-run", log_prints=False, persist_result=False)
def tariffwatch_run(
    seeds: list[str] | None = None,
    config: str | None = None,
    home: str | None = None,
    trigger: str = "run",
    feeds: bool = True,
) -> RunSummary:
    """One pass over files and feeds: ingest, validate, extract, commit, export, deliver.

    Args:
        seeds: Directories or files of articles (``*.txt`` / ``*.md``).
        config: Path of the config file (default ``tariffwatch.toml`` if present).
        home: Data directory (default ``TARIFFWATCH_HOME`` or ``warehouse/``).
        trigger: What started the run (recorded in ``runs``).
        feeds: Poll the configured feeds too (``serve`` turns this off for inbox files).

    Returns:
        The run's summary, including the alerts it raised.
    """
    logger = get_run_logger()
    settings = load_settings(Path(config) if config else None, Path(home) if home else None)
    warehouse = Warehouse(settings.home)
    ctx = stages.new_run(trigger)
    counts = stages.RunCounts()

    batches: list[SourceBatch] = []
    if seeds:
        file_batch = read_files_task(seeds)
        counts.files_read = len(file_batch.articles) + len(file_batch.rejected)
        batches.append(file_batch)
    outcomes = collect_feeds_task(settings, warehouse) if feeds and settings.feeds else []
    for outcome in outcomes:
        batches.append(outcome.batch)
        counts.feeds_fetched += not outcome.failed
        counts.feeds_not_modified += outcome.not_modified
        counts.feeds_failed += outcome.failed

    merged = stages.merge_batches(batches)
    new_articles, counts.articles_seen = split_known_task(warehouse, merged)
    results = []
    rejected_total = len(merged.rejected)
    # Source-level refusals go with the first batch (or alone when there is nothing new).
    pending_rejects: list[Any] = list(merged.rejected)
    for chunk in stages.chunked(new_articles, settings.batch_size) if new_articles else [[]]:
        valid_articles, bad_articles = validate_articles_task(stages.article_rows(chunk, ctx))
        mentions = extract_task(valid_articles, ctx.run_id) if valid_articles else []
        valid_mentions, bad_mentions = validate_mentions_task(mentions) if mentions else ([], [])
        rejected = [*pending_rejects, *bad_articles, *bad_mentions]
        rejected_total += len(bad_articles) + len(bad_mentions)
        pending_rejects = []
        results.append(commit_batch_task(warehouse, ctx, valid_articles, valid_mentions, rejected))

    result = finish_run_task(
        warehouse,
        ctx,
        counts,
        results,
        feed_states=[o.state_row for o in outcomes],
        notify_urls=settings.notify,
    )
    export_task(warehouse)
    report = deliver_task(warehouse, settings) if settings.notify else DeliveryReport()
    summary = RunSummary(
        run_id=ctx.run_id,
        files_read=counts.files_read,
        feeds=len(outcomes),
        articles_new=result.articles_new,
        articles_seen=counts.articles_seen,
        quarantined=result.quarantined_new,
        rejected=rejected_total,
        mentions_new=result.mentions_new,
        alerts=result.alerts,
        delivered=report.delivered,
        delivery_failures=report.failed,
        delivery_errors=report.errors,
        warnings=merged.warnings,
    )
    logger.info(
        "run %s: %d new articles, %d seen, %d quarantined, %d mentions, %d alerts, %d delivered",
        ctx.run_id,
        summary.articles_new,
        summary.articles_seen,
        summary.quarantined,
        summary.mentions_new,
        len(summary.alerts),
        summary.delivered,
    )
    return summary


logging.getLogger(__name__).addHandler(logging.NullHandler())
