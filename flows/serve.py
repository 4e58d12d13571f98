"""``tariffwatch serve``: scheduled feed polling, a live inbox and the delivery-retry cycle in one process.

How it runs:

* Two deployments are registered on the Prefect server with schedules: ``tariffwatch-run/serve-poll-*``
  (the pipeline over the configured feeds, on ``poll_interval``: ``15m`` or a cron expression) and
  ``tariffwatch-deliver/serve-deliver-*`` (retries due deliveries every minute). Their scheduled runs
  are picked up by this process and executed *in process* (``prefect.flow_engine.run_flow``): the
  libraries are already imported and warm, so a poll that finds nothing new costs well under a second
  instead of a fresh interpreter per run. Runs triggered from the UI or ``prefect deployment run``
  are picked up the same way.
* The inbox watcher (:mod:`tariffwatch.inbox`) hands finished files to the pipeline flow directly
  (trigger ``serve-inbox``, feeds not polled): a file's alert reaches the webhook within about a second.
* All units of work run one at a time on one worker thread (inbox batches first), so the serve
  process is a single writer and a single deliverer. Each unit holds the warehouse only while it
  reads or writes, so ``tariffwatch query`` / ``alerts`` and the ``duckdb`` CLI work meanwhile.
* After each unit the process looks up the earliest ``next_attempt_at`` of a pending delivery and
  runs the delivery flow at that time (exponential backoff without waiting for the next cycle).
* SIGTERM / Ctrl-C: stop watching, finish the current unit (up to ``grace_s``; abandoning it is safe
  because a run commits in one transaction and a delivery is claimed before it is sent), pause the
  schedules, stop the Prefect server this process started.

Nothing here decides anything about data: that is :mod:`tariffwatch.pipeline` and
:mod:`tariffwatch.delivery`.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import logging
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import flow

from tariffwatch.config import Settings, load_settings
from tariffwatch.delivery import DeliveryReport, deliver_due
from tariffwatch.redaction import install_redaction
from tariffwatch.serving import CycleReport, format_cycle, parse_poll_schedule
from tariffwatch.warehouse import Warehouse

log = logging.getLogger("tariffwatch.serve")

#: The delivery-retry deployment's cycle; the in-process wake-up at each ``next_attempt_at`` does the
#: timely retries, this catches deliveries enqueued by other processes.
DELIVER_EVERY_S = 60
#: How often the Prefect server is asked for scheduled runs of our deployments.
QUERY_EVERY_S = 2.0
#: A failed inbox batch (warehouse busy for long, ...) is retried this often before it is left for the
#: next start-up scan.
INBOX_RETRIES = 3
INBOX_RETRY_DELAY_S = 5.0

#: Inbox batches at least this big are extracted on the worker pool (process start-up pays off).
POOL_FROM_FILES = 64

_PRIORITY_STOP, _PRIORITY_INBOX, _PRIORITY_DEPLOYMENT, _PRIORITY_DELIVER = 0, 1, 2, 3


@flow(name="tariffwatch-deliver", log_prints=False, persist_result=False)
def tariffwatch_deliver(config: str | None = None, home: str | None = None) -> DeliveryReport:
    """Deliver every due pending alert (retries with exponential backoff happen here).

    Args:
        config: Path of the config file (its ``notify`` URLs are the channels).
        home: Data directory.

    Returns:
        Counts and masked error messages of this pass.
    """
    settings = load_settings(Path(config) if config else None, Path(home) if home else None)
    return deliver_due(
        Warehouse(settings.home), settings.notify, datetime.now(UTC), settings.max_delivery_attempts
    )


# --------------------------------------------------------------------------------------- units of work


@dataclass(order=True)
class _Unit:
    due_at: float
    priority: int
    seq: int
    kind: str = field(compare=False)
    paths: list[Path] = field(default_factory=list, compare=False)
    flow_run: Any = field(default=None, compare=False)
    attempt: int = field(default=0, compare=False)


class _WorkQueue:
    """Units ordered by due time, then priority; ``get`` waits for the first due unit."""

    def __init__(self) -> None:
        self._heap: list[_Unit] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()

    def put(self, kind: str, priority: int, delay_s: float = 0.0, **fields: Any) -> None:
        with self._cond:
            unit = _Unit(time.monotonic() + delay_s, priority, next(self._seq), kind, **fields)
            heapq.heappush(self._heap, unit)
            self._cond.notify_all()

    def has(self, kind: str, before: float | None = None) -> bool:
        with self._cond:
            return any(u.kind == kind and (before is None or u.due_at <= before) for u in self._heap)

    def get(self) -> _Unit:
        with self._cond:
            while True:
                now = time.monotonic()
                # A stop request jumps the queue; otherwise the first due unit by priority.
                ready = [u for u in self._heap if u.due_at <= now or u.priority == _PRIORITY_STOP]
                if ready:
                    unit = min(ready, key=lambda u: (u.priority, u.due_at, u.seq))
                    self._heap.remove(unit)
                    heapq.heapify(self._heap)
                    return unit
                wait = min(u.due_at for u in self._heap) - now if self._heap else None
                self._cond.wait(wait)

    def drain(self, kind: str) -> list[_Unit]:
        with self._cond:
            taken = [u for u in self._heap if u.kind == kind and u.due_at <= time.monotonic()]
            for unit in taken:
                self._heap.remove(unit)
            heapq.heapify(self._heap)
            return taken


# ----------------------------------------------------------------------------------------- the runtime


@dataclass
class ServeOptions:
    """What ``tariffwatch serve`` was asked to do."""

    settings: Settings
    config: Path | None = None
    inbox: Path | None = None
    grace_s: float = 30.0
    stable_ms: int = 200


class ServeRuntime:
    """One serve process: deployments, scheduled-run pickup, inbox watcher, worker thread."""

    def __init__(self, options: ServeOptions, stop: threading.Event | None = None) -> None:
        self.options = options
        self.settings = options.settings
        self.home = self.settings.home.resolve()
        self.config = str(options.config.resolve()) if options.config else None
        self.warehouse = Warehouse(self.home)
        self.stop_event = stop or threading.Event()
        self.queue = _WorkQueue()
        self._deployments: dict[Any, tuple[Any, str]] = {}
        self._queued_runs: set[Any] = set()
        self._queued_lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._poller: threading.Thread | None = None
        self._watcher: Any = None
        self._busy = threading.Event()
        self._next_wake: float | None = None

    # ---- start-up ------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Import and initialise everything heavy once, so the first inbox file is as fast as the rest."""
        from flows import pipeline as _flows  # noqa: F401  (imports Prefect's engine, the tasks)
        from tariffwatch import pipeline as stages
        from tariffwatch.extraction import extract_mentions
        from tariffwatch.sources.files import read_files

        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "warmup.txt"
            sample.write_text(
                "Warm-up article\n2024-01-02\n\nThe government said it will raise the tariff on imported "
                "steel to 25% from March 1, 2024, on goods worth USD 2 billion.\n",
                encoding="utf-8",
            )
            batch = read_files([str(sample)])
        ctx = stages.new_run("warm-up")
        rows, _ = stages.validate_rows("articles", stages.article_rows(batch.articles, ctx))
        # Stage by stage rather than through store_batch: warming up must not pass the test crash points.
        mentions = [
            stages.mention_row(row, mention, ctx.run_id)
            for row in rows
            for mention in extract_mentions(row["body"], row["published_on"])
        ]
        stages.validate_rows("mentions", mentions)
        if self.settings.notify:
            from tariffwatch.delivery import mask_url

            for url in self.settings.notify:
                mask_url(url)  # loads Apprise's plugins

    def register_deployments(self) -> list[str]:
        """Create or update the scheduled deployments; return their names."""
        from flows.pipeline import tariffwatch_run

        label = hashlib.sha256(str(self.home).encode()).hexdigest()[:8]
        params: dict[str, Any] = {"config": self.config, "home": str(self.home)}
        names = []
        specs: list[tuple[Any, str, str, dict[str, Any]]] = []
        if self.settings.feeds:
            schedule = parse_poll_schedule(self.settings.poll_interval)
            timing: dict[str, Any] = (
                {"cron": schedule.cron}
                if schedule.cron
                else {"interval": timedelta(seconds=schedule.interval_s or 900)}
            )
            specs.append(
                (
                    tariffwatch_run,
                    "poll",
                    f"serve-poll-{label}",
                    {**timing, "parameters": {**params, "trigger": "serve-poll"}},
                )
            )
            log.info("feed polling: %d feed(s), %s", len(self.settings.feeds), schedule.describe())
        else:
            log.info("feed polling: off (no [[feeds]] configured)")
        specs.append(
            (
                tariffwatch_deliver,
                "deliver",
                f"serve-deliver-{label}",
                {"interval": timedelta(seconds=DELIVER_EVERY_S), "parameters": params},
            )
        )
        for flow_obj, kind, name, kwargs in specs:
            deployment = flow_obj.to_deployment(
                name=name,
                paused=False,
                description=f"tariffwatch serve, data directory {self.home}",
                **kwargs,
            )
            deployment_id = deployment.apply()
            self._deployments[deployment_id] = (flow_obj, kind)
            names.append(f"{flow_obj.name}/{name}")
        return names

    # ---- the loop ------------------------------------------------------------------------------

    def run(self) -> int:
        """Serve until the stop event is set; return the exit code."""
        started = time.monotonic()
        self.warm_up()
        names = self.register_deployments()
        self._worker = threading.Thread(target=self._work, name="serve-worker", daemon=True)
        self._worker.start()
        # Deliveries left pending by an earlier process (crash, outage) are retried at once.
        self.queue.put("deliver", _PRIORITY_DELIVER)
        if self.options.inbox is not None:
            from tariffwatch.inbox import InboxWatcher

            self._watcher = InboxWatcher(self.options.inbox, self._on_inbox, stable_ms=self.options.stable_ms)
            self._watcher.start()
        self._poller = threading.Thread(target=self._poll_schedules, name="serve-scheduler", daemon=True)
        self._poller.start()
        log.info(
            "serving %s%s (ready in %.1f s; Ctrl-C to stop)",
            ", ".join(names),
            f"; watching inbox {self.options.inbox}" if self.options.inbox else "",
            time.monotonic() - started,
        )
        code = 0
        while not self.stop_event.wait(0.5):
            if self._watcher is not None and not self._watcher.alive:
                log.error("inbox watcher died: %s", self._watcher.error)
                code = 1
                break
            if not self._worker.is_alive():
                log.error("worker thread died")
                code = 1
                break
        self.shutdown()
        return code

    def shutdown(self) -> None:
        """Stop watching and polling, let the current unit finish (up to the grace period), pause."""
        self.stop_event.set()
        if self._watcher is not None:
            self._watcher.stop()
        self.queue.put("stop", _PRIORITY_STOP)
        if self._worker is not None and self._busy.is_set():
            log.info("stopping: finishing the current unit of work (up to %.0f s)", self.options.grace_s)
        if self._worker is not None:
            self._worker.join(self.options.grace_s)
            if self._worker.is_alive():
                log.warning(
                    "stopping: abandoned the current unit of work (it commits atomically; redone later)"
                )
        self._pause_schedules()
        log.info("stopped")

    def _pause_schedules(self) -> None:
        # Paused, the server stops piling up late runs while nobody serves them; the next start resumes.
        if not self._deployments:
            return
        try:
            from prefect.client.orchestration import get_client

            with get_client(sync_client=True) as client:
                for deployment_id in self._deployments:
                    client.pause_deployment(deployment_id)
        except Exception as exc:
            log.warning("could not pause the schedules: %s", exc)

    # ---- producers -----------------------------------------------------------------------------

    def _on_inbox(self, paths: list[Path]) -> None:
        self.queue.put("inbox", _PRIORITY_INBOX, paths=list(paths))

    def _poll_schedules(self) -> None:
        from prefect.client.orchestration import get_client

        with get_client(sync_client=True) as client:
            while not self.stop_event.is_set():
                try:
                    runs = client.get_scheduled_flow_runs_for_deployments(
                        deployment_ids=list(self._deployments), scheduled_before=datetime.now(UTC)
                    )
                except Exception as exc:
                    log.warning("cannot read scheduled runs from the Prefect server: %s", exc)
                    runs = []
                for run in self._supersede(client, runs):
                    with self._queued_lock:
                        if run.id in self._queued_runs:
                            continue
                        self._queued_runs.add(run.id)
                    self.queue.put("deployment", _PRIORITY_DEPLOYMENT, flow_run=run)
                self.stop_event.wait(QUERY_EVERY_S)

    def _supersede(self, client: Any, runs: list[Any]) -> list[Any]:
        """Keep the latest due run per deployment; cancel older ones (a cycle missed while nobody served)."""
        from prefect.states import Cancelled
        from prefect.utilities.engine import propose_state_sync

        latest: dict[Any, Any] = {}
        ordered = sorted(runs, key=lambda r: r.next_scheduled_start_time or datetime.now(UTC))
        for run in ordered:
            older = latest.get(run.deployment_id)
            latest[run.deployment_id] = run
            if older is None or older.id in self._queued_runs:
                continue
            try:
                propose_state_sync(
                    client, Cancelled(message="superseded by a later scheduled run"), flow_run_id=older.id
                )
            except Exception as exc:
                log.debug("could not cancel superseded run %s: %s", older.id, exc)
        return sorted(latest.values(), key=lambda r: r.next_scheduled_start_time or datetime.now(UTC))

    # ---- the worker ----------------------------------------------------------------------------

    def _work(self) -> None:
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        # Heartbeats cost ~1 s per flow call (the thread is joined at the end of every run); serve
        # is a long-lived process whose liveness shows in its own cycle lines instead.
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            while True:
                unit = self.queue.get()
                if unit.kind == "stop":
                    return
                self._busy.set()
                try:
                    self._execute(unit)
                except Exception:  # one bad unit must not end the service
                    log.exception("cycle %s failed", unit.kind)
                finally:
                    self._busy.clear()
                self._schedule_retry_wake()

    def _execute(self, unit: _Unit) -> None:
        if unit.kind == "inbox":
            # Files that landed while the previous unit ran go in the same run.
            paths = list(
                dict.fromkeys([*unit.paths, *(p for u in self.queue.drain("inbox") for p in u.paths)])
            )
            self._run_inbox(paths, unit.attempt)
        elif unit.kind == "deployment":
            self._run_deployment(unit.flow_run)
        elif unit.kind == "deliver":
            self._next_wake = None
            self._run_deliver()

    def _run_inbox(self, paths: list[Path], attempt: int) -> None:
        from flows.pipeline import tariffwatch_run

        existing = [p for p in paths if p.exists()]
        if not existing:
            return
        started = time.monotonic()
        try:
            summary = tariffwatch_run(
                seeds=[str(p) for p in existing],
                config=self.config,
                home=str(self.home),
                trigger="serve-inbox",
                feeds=False,
                # A few files are extracted here, warm; a worker pool pays off only for a big drop.
                workers=1 if len(existing) < POOL_FROM_FILES else None,
            )
        except Exception as exc:
            retry = attempt < INBOX_RETRIES and not self.stop_event.is_set()
            self._log_cycle(
                CycleReport(
                    "inbox", files=len(existing), seconds=time.monotonic() - started, error=_short(exc)
                ),
                level=logging.ERROR,
            )
            if retry:
                self.queue.put(
                    "inbox", _PRIORITY_INBOX, delay_s=INBOX_RETRY_DELAY_S, paths=existing, attempt=attempt + 1
                )
            return
        self._log_cycle(_report_from_summary("inbox", summary, time.monotonic() - started))

    def _run_deployment(self, flow_run: Any) -> None:
        from prefect.client.orchestration import get_client
        from prefect.exceptions import Abort
        from prefect.flow_engine import run_flow
        from prefect.states import Pending
        from prefect.utilities.engine import propose_state_sync

        try:
            flow_obj, kind = self._deployments[flow_run.deployment_id]
            with get_client(sync_client=True) as client:
                # Claim the run (Scheduled → Pending) as Prefect's own runner does; a run another
                # process already claimed is refused here.
                state = propose_state_sync(client, Pending(), flow_run_id=flow_run.id)
                if not state.is_pending():
                    return
                flow_run = client.read_flow_run(flow_run.id)
            started = time.monotonic()
            final = run_flow(flow_obj, flow_run=flow_run, parameters=flow_run.parameters, return_type="state")
            seconds = time.monotonic() - started
        except Abort:
            return
        finally:
            with self._queued_lock:
                self._queued_runs.discard(flow_run.id)
        if final.is_completed():
            result = final.result()
            if kind == "deliver":
                self._log_cycle(_report_from_delivery("deliver", result, seconds))
            else:
                self._log_cycle(_report_from_summary(kind, result, seconds))
        else:
            self._log_cycle(
                CycleReport(kind, seconds=seconds, error=f"run ended {final.name}"), level=logging.ERROR
            )

    def _run_deliver(self) -> None:
        if not self.settings.notify:
            return
        started = time.monotonic()
        try:
            report = tariffwatch_deliver(config=self.config, home=str(self.home))
        except Exception as exc:
            self._log_cycle(
                CycleReport("deliver", seconds=time.monotonic() - started, error=_short(exc)), logging.ERROR
            )
            return
        if report.delivered or report.failed or report.gave_up:
            self._log_cycle(_report_from_delivery("deliver", report, time.monotonic() - started))

    # ---- bookkeeping ---------------------------------------------------------------------------

    def _outbox_state(self) -> tuple[int, int, datetime | None]:
        with self.warehouse.reader() as con:
            row = con.execute(
                "SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'failed'), "
                "min(next_attempt_at) FILTER (WHERE state = 'pending') FROM deliveries"
            ).fetchone()
        if row is None:
            return 0, 0, None
        return int(row[0] or 0), int(row[1] or 0), row[2]

    def _log_cycle(self, report: CycleReport, level: int = logging.INFO) -> None:
        try:
            report.pending, report.failed_total, _ = self._outbox_state()
        except Exception as exc:
            log.warning("cannot read the outbox: %s", _short(exc))
        log.log(level, format_cycle(report))

    def _schedule_retry_wake(self) -> None:
        """Run the delivery flow when the earliest pending delivery becomes due (backoff, crash leases)."""
        if not self.settings.notify or self.stop_event.is_set():
            return
        try:
            pending, _, next_at = self._outbox_state()
        except Exception:
            return
        if not pending or next_at is None:
            return
        if next_at.tzinfo is None:
            next_at = next_at.replace(tzinfo=UTC)
        delay = max((next_at - datetime.now(UTC)).total_seconds(), 0.0) + 0.05
        wake = time.monotonic() + delay
        if self._next_wake is not None and self._next_wake <= wake + 0.5 and self.queue.has("deliver"):
            return
        self._next_wake = wake
        self.queue.put("deliver", _PRIORITY_DELIVER, delay_s=delay)


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _report_from_summary(kind: str, summary: Any, seconds: float) -> CycleReport:
    return CycleReport(
        kind,
        run_id=summary.run_id,
        files=summary.files_read,
        feeds=summary.feeds,
        articles_new=summary.articles_new,
        articles_seen=summary.articles_seen,
        quarantined=summary.quarantined,
        alerts=len(summary.alerts),
        delivered=summary.delivered,
        delivery_failures=summary.delivery_failures,
        seconds=seconds,
    )


def _report_from_delivery(kind: str, report: DeliveryReport, seconds: float) -> CycleReport:
    return CycleReport(kind, delivered=report.delivered, delivery_failures=report.failed, seconds=seconds)


# ----------------------------------------------------------------------------------------- entry point


def configure_logging(notify_urls: list[str]) -> None:
    """Send serve's cycle lines to stderr and scrub Apprise URL secrets from every log handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    serve_logger = logging.getLogger("tariffwatch")
    serve_logger.setLevel(logging.INFO)
    serve_logger.addHandler(handler)
    serve_logger.propagate = False
    install_redaction(notify_urls)


def install_signal_handlers(stop: threading.Event) -> Callable[[], None]:
    """SIGTERM and the first Ctrl-C ask for a clean stop; a second Ctrl-C exits at once.

    Returns:
        A function restoring the previous handlers.
    """
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def on_signal(signum: int, _frame: Any) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        log.info("received %s: stopping", signal.Signals(signum).name)
        stop.set()

    for sig in previous:
        signal.signal(sig, on_signal)

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def serve(options: ServeOptions) -> int:
    """Run ``tariffwatch serve`` in this process until SIGTERM / Ctrl-C; return the exit code.

    ``PREFECT_API_URL`` must point at a running Prefect server (the CLI starts one when it is unset).
    """
    configure_logging(list(options.settings.notify))
    stop = threading.Event()
    restore = install_signal_handlers(stop)
    try:
        return ServeRuntime(options, stop).run()
    finally:
        restore()
