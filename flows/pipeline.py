"""The tariffwatch pipeline as a Prefect 3 flow.

Tasks are thin wrappers around :mod:`tariffwatch.pipeline` (plain functions): they add retries where
a retry can help (fetching a feed) and run logging. Data moves between tasks in memory; nothing here
decides anything.

Files stream through the run in bounded batches of ``batch_size`` files: an ``extract-batch`` task
reads, parses and extracts a batch on worker processes (the local process pool of
:mod:`tariffwatch.parallel`, whose workers read the files themselves, or a Dask cluster through
``prefect-dask``, to which the flow sends the bytes), and ``store-batch`` validates and commits it. A
few batches are in flight at once, so memory does not grow with the corpus. Alerts are raised from the
ledger at the end, in publication order.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tariffwatch import pipeline as stages
from tariffwatch.config import FeedConfig, Settings, load_settings
from tariffwatch.delivery import DeliveryReport, deliver_due
from tariffwatch.errors import SourceError
from tariffwatch.models import Rejected
from tariffwatch.parallel import ExtractedBatch, ExtractionPool, default_workers, process_batch
from tariffwatch.warehouse import Warehouse

if TYPE_CHECKING:
    import pyarrow as pa

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


@task(name="plan-files", **_TASK_OPTS)
def plan_files_task(warehouse: Warehouse, paths: Sequence[str]) -> stages.FilePlan:
    return stages.plan_files(warehouse, paths)


@task(
    name="fetch-feed",
    retries=2,
    retry_delay_seconds=[1, 4],
    retry_condition_fn=_retry_transient,
    **_TASK_OPTS,
)
def fetch_feed_task(feed: FeedConfig, state: Any, timeout_s: float, max_bytes: int) -> Any:
    from tariffwatch.errors import TerminalSourceError
    from tariffwatch.sources.feeds import fetch_feed

    try:
        return fetch_feed(feed, state, timeout_s=timeout_s, max_bytes=max_bytes)
    except TerminalSourceError as exc:
        # An expected outcome (404, not found, oversize), recorded as a quarantine row by the caller:
        # returned rather than raised so Prefect neither retries it nor logs it as a crashed task.
        return exc


@task(name="collect-feeds", **_TASK_OPTS)
def collect_feeds_task(settings: Settings, warehouse: Warehouse) -> list[stages.FeedOutcome]:
    logger = get_run_logger()
    states = stages.load_feed_states(warehouse)
    futures = [
        (
            feed,
            fetch_feed_task.submit(
                feed, states.get(feed.public_url), settings.fetch_timeout_s, settings.max_feed_bytes
            ),
        )
        for feed in settings.feeds
    ]
    outcomes = []
    for feed, future in futures:
        now = stages.utcnow()
        try:
            fetched = future.result()
            if isinstance(fetched, SourceError):
                raise fetched
            outcome = stages.feed_outcome_from_fetch(feed, fetched, now, settings.max_feed_entries)
        except SourceError as exc:
            logger.warning("feed %s failed: %s", feed.label, exc)
            outcome = stages.feed_outcome_from_error(feed, exc, states.get(feed.public_url), now)
        for warning in outcome.batch.warnings:
            logger.warning("feed %s: %s", feed.label, warning)
        outcomes.append(outcome)
    return outcomes


@task(name="extract-batch", **_TASK_OPTS)
def extract_batch_task(
    batch: pa.Table, run_id: str, pool: ExtractionPool | None = None, max_bytes: int | None = None
) -> ExtractedBatch:
    """Read (paths), parse (raw files) and extract one batch: on the local pool, or here on a Dask worker."""
    if pool is None:
        return process_batch(batch, run_id, max_bytes)
    return pool.process(batch, run_id, max_bytes)


@task(name="store-batch", **_TASK_OPTS)
def store_batch_task(
    warehouse: Warehouse,
    ctx: stages.RunContext,
    extracted: ExtractedBatch | None,
    state: stages.RunState,
    plan: stages.FilePlan | None,
    rejected: list[Rejected],
) -> stages.BatchResult:
    return stages.store_batch(warehouse, ctx, extracted, state, plan, rejected)


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
    """What ``tariffwatch run`` reports.

    Attributes:
        articles_seen: Articles the warehouse already held, including ``articles_unchanged``.
        articles_unchanged: Listed files skipped unread because the ``file_index`` holds them unchanged.
        feeds_failed: Feeds that could not be fetched (included in ``feeds``).
        quarantined: New quarantine rows (a record refused again for the same reason adds none).
        rejected: Records refused by this run, whether or not already quarantined.
        rejected_by_reason: ``rejected`` split by quarantine reason.
    """

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
    articles_unchanged: int = 0
    feeds_failed: int = 0
    rejected_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def nothing_processed(self) -> bool:
        """Whether the run had input and refused all of it (``tariffwatch run`` then exits 1).

        No article got in or was already there, and no feed was fetched; a run with nothing to read at
        all is not a failure.
        """
        return (
            self.rejected > 0
            and self.articles_new == 0
            and self.articles_seen == 0
            and self.feeds == self.feeds_failed
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (for JSON output)."""
        return asdict(self)


def _dask_runner(address: str, workers: int | None) -> Any:
    from prefect_dask import DaskTaskRunner

    if address == "local":
        cluster = {
            "n_workers": workers or default_workers(),
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        }
        return DaskTaskRunner(cluster_kwargs=cluster)
    return DaskTaskRunner(address=address)


def _prepare_validation_in_background() -> None:
    """Build the batch validators while the first batch is extracted (the first commit needs them).

    A failure here is left for the first commit to raise (it builds them again, with the real error).
    """
    from tariffwatch.validation import prepare_batch_validation

    def prepare() -> None:
        try:
            prepare_batch_validation()
        except Exception:
            logging.getLogger(__name__).debug("preparing validation failed", exc_info=True)

    threading.Thread(target=prepare, name="tariffwatch-prepare-validation", daemon=True).start()


@contextmanager
def _extraction(dask: str | None, workers: int | None) -> Iterator[tuple[Any, ExtractionPool | None, int]]:
    """Yield ``(dask task runner or None, local pool or None, batches to keep in flight)``."""
    if dask:
        with _dask_runner(dask, workers) as runner:
            threads = sum(runner.client.nthreads().values()) or 1
            yield runner, None, threads + 1
        return
    with ExtractionPool(workers) as pool:
        # Each batch is split across all local workers: one batch being extracted while the previous
        # one is validated and committed keeps every core busy. A second batch queued behind it held
        # its results in this process during the commit, the run's peak (measured: -30 MB).
        yield None, pool, 1


@flow(name="tariffwatch-run", log_prints=False, persist_result=False)
def tariffwatch_run(
    seeds: list[str] | None = None,
    config: str | None = None,
    home: str | None = None,
    trigger: str = "run",
    feeds: bool = True,
    workers: int | None = None,
    dask: str | None = None,
    wait_s: float | None = None,
) -> RunSummary:
    """One pass over files and feeds: ingest, validate, extract, commit, export, deliver.

    The whole pass holds the warehouse's run lock: a second run on the same data directory (another
    ``tariffwatch run``, a serve cycle, a deployment run) waits for it.

    Args:
        seeds: Directories or files of articles (``*.txt`` / ``*.md``).
        config: Path of the config file (default ``tariffwatch.toml`` if present).
        home: Data directory (default ``TARIFFWATCH_HOME`` or ``warehouse/``).
        trigger: What started the run (recorded in ``runs``).
        feeds: Poll the configured feeds too (``serve`` turns this off for inbox files).
        workers: Extraction processes (default: the config's ``workers``, else the number of cores).
        dask: ``tcp://HOST:PORT`` of a Dask scheduler to run extraction on, or ``local`` for a
            LocalCluster (default: the config's ``dask``; unset = the local process pool).
        wait_s: How long to wait for another run holding the warehouse (default: the config's
            ``run_lock_timeout_s``).

    Returns:
        The run's summary, including the alerts it raised.

    Raises:
        WarehouseBusyError: Another run still held the warehouse after ``wait_s``.
    """
    settings = load_settings(Path(config) if config else None, Path(home) if home else None)
    timeout_s = settings.run_lock_timeout_s if wait_s is None else wait_s
    with Warehouse(settings.home).run_lock(timeout_s, on_wait=get_run_logger().warning):
        return _run_locked(seeds, config, home, trigger, feeds, workers, dask)


def _run_locked(
    seeds: list[str] | None = None,
    config: str | None = None,
    home: str | None = None,
    trigger: str = "run",
    feeds: bool = True,
    workers: int | None = None,
    dask: str | None = None,
) -> RunSummary:
    """The body of :func:`tariffwatch_run` (same arguments), run while holding the warehouse's run lock."""
    from tariffwatch.memory import release_free_memory, use_system_allocator

    logger = get_run_logger()
    use_system_allocator()
    settings = load_settings(Path(config) if config else None, Path(home) if home else None)
    warehouse = Warehouse(settings.home)
    ctx = stages.new_run(trigger)
    counts = stages.RunCounts()
    state = stages.RunState()
    workers = workers or settings.workers

    plan = plan_files_task(warehouse, seeds) if seeds else None
    outcomes = collect_feeds_task(settings, warehouse) if feeds and settings.feeds else []
    warnings: list[str] = []
    # Source-level refusals (unlistable directories, failed feeds) go with the first batch.
    pending_rejects: list[Rejected] = list(plan.rejected) if plan else []
    for outcome in outcomes:
        counts.feeds_fetched += not outcome.failed
        counts.feeds_not_modified += outcome.not_modified
        counts.feeds_failed += outcome.failed
        pending_rejects.extend(outcome.batch.rejected)
        warnings.extend(outcome.batch.warnings)
    if plan:
        counts.files_read = len(plan.to_read)
        counts.articles_seen = plan.unchanged

    results: list[stages.BatchResult] = []
    with _extraction(dask or settings.dask, workers) as (runner, pool, window):
        in_flight: deque[tuple[Any, stages.FilePlan | None]] = deque()

        def submit(batch: pa.Table, batch_plan: stages.FilePlan | None) -> None:
            params = {
                "batch": batch,
                "run_id": ctx.run_id,
                "pool": pool,
                "max_bytes": settings.max_file_bytes,
            }
            if runner is not None:
                future = runner.submit(extract_batch_task, parameters=params)
            else:
                future = extract_batch_task.submit(**params)
            if not in_flight and not results:
                _prepare_validation_in_background()
            in_flight.append((future, batch_plan))

        def store_done(keep: int) -> None:
            nonlocal pending_rejects
            while len(in_flight) > keep:
                future, batch_plan = in_flight.popleft()
                extracted = future.result()
                stored = store_batch_task(warehouse, ctx, extracted, state, batch_plan, pending_rejects)
                del extracted
                # Prefect's task-run machinery leaves reference cycles that keep each batch's rows alive
                # until a full collection, which the interpreter runs too rarely for a backfill. Measured:
                # flat ≈570 MB over 20k articles instead of +8 MB per batch. After the first batch the
                # long-lived heap (Prefect, GX, pandas: millions of objects) is frozen, so each later
                # collection walks only what this run allocated since.
                gc.collect()
                release_free_memory()
                if not results:
                    gc.freeze()
                results.append(stored)
                pending_rejects = []

        from tariffwatch.parallel import articles_to_table, paths_to_table, read_raw

        file_chunks = stages.chunked(
            plan.to_read if plan else [], settings.batch_size, settings.batch_bytes, lambda f: f.size
        )
        for chunk in file_chunks:
            paths = [f.path for f in chunk]
            if runner is None:
                # Local workers see the same files: they read them, so no batch's bytes pass through
                # (or are held by) this process.
                submit(paths_to_table(paths), plan)
            else:
                # Dask workers may run on machines without the files: the bytes travel with the batch.
                raw, unreadable = read_raw(paths, settings.max_file_bytes)
                pending_rejects.extend(unreadable)
                submit(raw, plan)
            store_done(window)
        feed_articles = [a for o in outcomes for a in o.batch.articles]
        feed_chunks = stages.chunked(
            feed_articles, settings.batch_size, settings.batch_bytes, lambda a: len(a.body)
        )
        for feed_chunk in feed_chunks:
            submit(articles_to_table(feed_chunk), None)
            store_done(window)
        store_done(0)
        if results:
            # A long-lived process (serve) runs many flows: its next run's garbage must stay collectable.
            gc.unfreeze()
    if pending_rejects or not results:
        results.append(store_batch_task(warehouse, ctx, None, state, None, pending_rejects))
    counts.articles_seen += sum(r.articles_seen for r in results)

    result = finish_run_task(
        warehouse,
        ctx,
        counts,
        results,
        feed_states=[o.state_row for o in outcomes],
        notify_urls=settings.notify,
    )
    # Deliver first: the alerts are committed, the Parquet mirror can wait a few milliseconds.
    report = deliver_task(warehouse, settings) if settings.notify else DeliveryReport()
    export_task(warehouse)
    summary = RunSummary(
        run_id=ctx.run_id,
        files_read=counts.files_read,
        feeds=len(outcomes),
        articles_new=result.articles_new,
        articles_seen=counts.articles_seen,
        quarantined=result.quarantined_new,
        rejected=sum(r.refused for r in results),
        mentions_new=result.mentions_new,
        alerts=result.alerts,
        delivered=report.delivered,
        delivery_failures=report.failed,
        delivery_errors=report.errors,
        warnings=warnings,
        articles_unchanged=plan.unchanged if plan else 0,
        feeds_failed=counts.feeds_failed,
        rejected_by_reason=dict(state.refused_by_reason),
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
