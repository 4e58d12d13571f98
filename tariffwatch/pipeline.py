"""The pipeline's stages as plain functions: source → articles → validated | quarantine → mentions → alerts.

Each function takes data and returns data; ``flows/`` wraps them in Prefect tasks (retries, logging)
and composes them. Only :func:`commit_batch`, :func:`finish_run` and :func:`export` write to the
warehouse, each in one transaction: a batch lands whole or not at all, and alerts are derived from the
mentions ledger at the end of the run (so a run that dies half-way is caught up by the next one).
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from tariffwatch.memory import release_free_memory
from tariffwatch.models import (
    STAGE_FEED,
    STAGE_VALIDATE_ARTICLES,
    STAGE_VALIDATE_MENTIONS,
    Article,
    Mention,
    Rejected,
    SourceBatch,
)
from tariffwatch.novelty import alert_id_for, decide_alerts
from tariffwatch.serving import crash_point

if TYPE_CHECKING:
    import pyarrow as pa

    from tariffwatch.config import FeedConfig
    from tariffwatch.parallel import ExtractedBatch
    from tariffwatch.sources.feeds import FeedState, FetchResult
    from tariffwatch.warehouse import Warehouse

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    """Current time, UTC, microsecond precision (what the warehouse stores)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class RunContext:
    """Identity of one pipeline run."""

    run_id: str
    started_at: datetime
    trigger: str = "run"


def new_run(trigger: str = "run", now: datetime | None = None) -> RunContext:
    """Start a run: a sortable id (UTC time + random suffix) and its start time.

    Args:
        trigger: What started the run (``run``, ``serve-inbox``, ``serve-poll``, ...).
        now: Start time; defaults to now.
    """
    started = now or utcnow()
    return RunContext(f"{started:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}", started, trigger)


@dataclass
class RunCounts:
    """Counts gathered along a run; becomes the ``runs`` row."""

    files_read: int = 0
    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    articles_seen: int = 0


@dataclass
class CommitResult:
    """What a run's commit wrote."""

    articles_new: int = 0
    mentions_new: int = 0
    quarantined_new: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class FeedOutcome:
    """Result of fetching and parsing one feed: its batch and the state row to store.

    ``state_row["last_status"]`` says what the fetch amounted to: ``ok`` (entries were read: articles
    and/or entry quarantine rows), ``empty`` (a well-formed feed with no entries: recorded, nothing to
    quarantine), ``refused`` (the document was quarantined whole: not a feed, broken, or hostile entity
    declarations; ``last_error`` holds the reason), ``not_modified`` (HTTP 304) or ``failed`` (see
    :func:`feed_outcome_from_error`).
    """

    feed_url: str
    batch: SourceBatch
    state_row: dict[str, Any]
    not_modified: bool = False
    failed: bool = False


def feed_outcome_from_fetch(
    feed: FeedConfig, result: FetchResult, now: datetime, max_entries: int | None = None
) -> FeedOutcome:
    """Parse a fetched feed (pure) and build its state row.

    Args:
        feed: The configured feed.
        result: What :func:`tariffwatch.sources.feeds.fetch_feed` returned.
        now: Fetch time (UTC); publication dates are judged against the result's own fetch time when
            it has one, else against this.
        max_entries: ``max_feed_entries`` of the settings (None: its default).
    """
    from tariffwatch.sources.feeds import DEFAULT_MAX_ENTRIES, FEED_LEVEL_REASONS, parse_feed

    state = {
        "feed_url": feed.public_url,
        "etag": result.etag,
        "last_modified": result.last_modified,
        "last_status": "not_modified" if result.not_modified else "ok",
        "last_error": None,
        "fetched_at": now,
    }
    if result.not_modified:
        return FeedOutcome(feed.public_url, SourceBatch(), state, not_modified=True)
    batch = parse_feed(
        result,
        feed,
        max_entries=DEFAULT_MAX_ENTRIES if max_entries is None else max_entries,
        now=result.fetched_at or now,
    )
    refused = next((r for r in batch.rejected if r.reason in FEED_LEVEL_REASONS), None)
    if refused is not None:
        state["last_status"] = "refused"
        state["last_error"] = f"{refused.reason}: {refused.detail}"[:500]
    elif not batch.articles and not batch.rejected:
        state["last_status"] = "empty"
    return FeedOutcome(feed.public_url, batch, state)


def feed_outcome_from_error(
    feed: FeedConfig, error: Exception, previous: FeedState | None, now: datetime
) -> FeedOutcome:
    """Turn a feed that could not be fetched into a quarantine row (one bad feed never stops the others).

    Args:
        feed: The configured feed.
        error: The final error (after retries).
        previous: The stored state, kept so the next fetch is still conditional.
        now: Time of the failure (UTC).
    """
    reason = "feed_fetch_transient" if getattr(error, "transient", False) else "feed_fetch_failed"
    rejected = Rejected(
        source=feed.public_url,
        stage=STAGE_FEED,
        reason=reason,
        detail=str(error),
        payload=json.dumps({"url": feed.public_url, "name": feed.name}),
    )
    state = {
        "feed_url": feed.public_url,
        "etag": previous.etag if previous else None,
        "last_modified": previous.last_modified if previous else None,
        "last_status": "failed",
        "last_error": str(error)[:500],
        "fetched_at": now,
    }
    return FeedOutcome(feed.public_url, SourceBatch(rejected=[rejected]), state, failed=True)


def load_feed_states(warehouse: Warehouse) -> dict[str, FeedState]:
    """Read the stored conditional-GET state of every feed."""
    from tariffwatch.sources.feeds import FeedState

    with warehouse.reader() as con:
        rows = con.execute("SELECT feed_url, etag, last_modified FROM feed_state").fetchall()
    return {r[0]: FeedState(url=r[0], etag=r[1], last_modified=r[2]) for r in rows}


def split_known(warehouse: Warehouse, ids: Sequence[str], keys: Sequence[str]) -> tuple[list[int], int]:
    """Which candidate articles the warehouse does not hold yet, by position (the streaming path).

    Args:
        warehouse: The ledger.
        ids: ``article_id`` of each candidate (deduplicated among themselves).
        keys: ``dedup_key`` of each candidate, same order.

    Returns:
        ``(positions of the new candidates, seen_count)``.
    """
    from tariffwatch.warehouse import existing_values

    crash_point("ingest")
    if not ids:
        return [], 0
    with warehouse.reader() as con:
        known_ids = existing_values(con, "articles", "article_id", ids)
        known_keys = existing_values(con, "articles", "dedup_key", keys)
    new = [
        i
        for i, (a, k) in enumerate(zip(ids, keys, strict=True))
        if a not in known_ids and k not in known_keys
    ]
    return new, len(ids) - len(new)


# ------------------------------------------------------------------------------------------- validation


def article_rows(articles: Sequence[Article], ctx: RunContext) -> list[dict[str, Any]]:
    """Turn articles into ``articles`` rows stamped with the run."""
    return [
        {
            "article_id": a.article_id,
            "dedup_key": a.dedup_key,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published_on": a.published_on,
            "body": a.body,
            "ingested_at": ctx.started_at,
            "run_id": ctx.run_id,
        }
        for a in articles
    ]


#: Columns stamped by the run, left out of a refused row's payload: the same bad record refused again by
#: a later run must get the same quarantine id (one row), not a new one per run.
_RUN_STAMPS = ("run_id", "ingested_at")


def _payload(row: dict[str, Any]) -> str:
    record = {k: v for k, v in row.items() if k not in _RUN_STAMPS}
    return json.dumps(record, default=str, ensure_ascii=False)


def validate_rows(
    table_name: str, rows: Sequence[dict[str, Any]], source_of: str = "source"
) -> tuple[list[dict[str, Any]], list[Rejected]]:
    """Validate rows with the table's Great Expectations suite.

    Args:
        table_name: ``articles`` or ``mentions``.
        rows: Rows with the declared columns.
        source_of: Column whose value becomes the quarantine row's ``source``.

    Returns:
        ``(valid_rows, rejected)``; each rejected row names the expectations it failed.
    """
    if not rows:
        return [], []
    import pandas as pd

    from tariffwatch.schema import load_table
    from tariffwatch.validation import validate_frame

    table = load_table(table_name)
    frame = pd.DataFrame(
        [{c: r.get(c) for c in table.column_names} for r in rows], columns=list(table.column_names)
    )
    failures = {f.row: f.failed for f in validate_frame(table_name, frame)}
    valid, rejected = [], []
    for i, row in enumerate(rows):
        if i not in failures:
            valid.append(row)
            continue
        rejected.append(_refused(table_name, row, failures[i], source_of))
    return valid, rejected


def _refused(table_name: str, row: dict[str, Any], failed: Sequence[str], source_of: str) -> Rejected:
    """The quarantine record of a row that failed the table's suite (the same for both validation paths)."""
    return Rejected(
        source=str(row.get(source_of) or row.get("article_id") or "?"),
        stage=STAGE_VALIDATE_ARTICLES if table_name == "articles" else STAGE_VALIDATE_MENTIONS,
        reason=",".join(failed),
        detail=f"failed {len(failed)} expectation(s) of the {table_name} suite",
        payload=_payload(row),
    )


def validate_table(
    table_name: str, table: pa.Table, source_of: str = "source"
) -> tuple[pa.Table, list[Rejected]]:
    """Validate an Arrow batch with the table's Great Expectations suite (the streaming path).

    The same rules and quarantine rows as :func:`validate_rows`, without a Python object per row: the
    batch becomes one pandas frame for GX, and only failing rows are turned into dicts for their payload.

    Args:
        table_name: ``articles`` or ``mentions``.
        table: The batch, typed with the table's declared Arrow schema.
        source_of: Column whose value becomes the quarantine row's ``source``.

    Returns:
        ``(valid rows as a table, rejected)``.
    """
    if table.num_rows == 0:
        return table, []
    import pyarrow as pa

    from tariffwatch.validation import validate_frame

    failures = {f.row: f.failed for f in validate_frame(table_name, table.to_pandas(date_as_object=True))}
    if not failures:
        return table, []
    rejected = [
        _refused(table_name, table.slice(i, 1).to_pylist()[0], failed, source_of)
        for i, failed in sorted(failures.items())
    ]
    keep = pa.array([i not in failures for i in range(table.num_rows)], pa.bool_())
    return table.filter(keep), rejected


# ------------------------------------------------------------------------------------------- extraction


def _period(date_text: str) -> tuple[date, date]:
    import calendar

    parts = [int(p) for p in date_text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def mention_row(article: dict[str, Any], mention: Mention, run_id: str) -> dict[str, Any]:
    """Build a ``mentions`` row (with its key and deadline period) from an extracted mention."""
    start_on = end_on = None
    if mention.kind == "deadline" and mention.date:
        try:
            start_on, end_on = _period(mention.date)
        except ValueError:
            pass  # an impossible date stays null here; the suite then flags the row
    ident = f"{article['article_id']}\x1f{mention.kind}\x1f{mention.start}\x1f{mention.end}"
    try:
        key = mention.key
    except (AssertionError, TypeError, ValueError):
        key = f"{mention.kind}|invalid"
    return {
        "mention_id": hashlib.sha256(ident.encode()).hexdigest()[:24],
        "article_id": article["article_id"],
        "kind": mention.kind,
        "key": key,
        "value": mention.value,
        "unit": mention.unit,
        "date": mention.date,
        "period_start_on": start_on,
        "period_end_on": end_on,
        "status": mention.status,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "sentence": mention.sentence,
        "published_on": article["published_on"],
        "run_id": run_id,
    }


def chunked(
    items: Sequence[Any],
    size: int,
    max_bytes: int | None = None,
    size_of: Callable[[Any], int] | None = None,
) -> Iterator[Sequence[Any]]:
    """Yield consecutive slices of at most ``size`` items and, if given, at most ``max_bytes`` bytes.

    Bounded batches keep memory flat; the byte bound keeps it flat when articles are long too (DuckDB
    refuses a commit that needs more than its memory limit: 5,000 articles of 40 KB did, measured).
    A single item larger than ``max_bytes`` is a batch of its own.

    Args:
        items: What to split, in order.
        size: Most items per slice.
        max_bytes: Most bytes per slice (None: no byte bound).
        size_of: Bytes of one item (negative = unknown, counted as 0); required with ``max_bytes``.
    """
    size = max(size, 1)
    start, total = 0, 0
    for i, item in enumerate(items):
        nbytes = max(size_of(item), 0) if size_of is not None and max_bytes is not None else 0
        if i > start and (i - start >= size or (max_bytes is not None and total + nbytes > max_bytes)):
            yield items[start:i]
            start, total = i, 0
        total += nbytes
    if start < len(items):
        yield items[start:]


# --------------------------------------------------------------------------------------------- writing


def quarantine_rows(rejected: Sequence[Rejected], ctx: RunContext) -> list[dict[str, Any]]:
    """Turn refused records into ``quarantine`` rows."""
    return [
        {
            "quarantine_id": r.quarantine_id,
            "source": r.source,
            "stage": r.stage,
            "reason": r.reason,
            "detail": r.detail,
            "payload": r.payload,
            "quarantined_at": ctx.started_at,
            "run_id": ctx.run_id,
        }
        for r in rejected
    ]


@dataclass
class BatchResult:
    """What one batch commit wrote (and, for streamed batches, what it found already known or refused)."""

    articles_new: int = 0
    mentions_new: int = 0
    quarantined_new: int = 0
    articles_seen: int = 0
    refused: int = 0


def _ids_table(ids: Iterable[str]) -> Any:
    import pyarrow as pa

    return pa.table({"article_id": pa.array(sorted(ids), pa.string())})


def _as_table(table_name: str, rows: pa.Table | Sequence[dict[str, Any]]) -> pa.Table:
    import pyarrow as pa

    from tariffwatch.warehouse import rows_to_arrow

    if isinstance(rows, pa.Table):
        return rows
    return rows_to_arrow(table_name, rows)


def commit_batch(
    warehouse: Warehouse,
    ctx: RunContext,
    articles: pa.Table | Sequence[dict[str, Any]],
    mentions: pa.Table | Sequence[dict[str, Any]],
    rejected: Sequence[Rejected],
    files: Sequence[dict[str, Any]] = (),
) -> BatchResult:
    """Write one batch of articles, their mentions and the batch's refused records in one transaction.

    Args:
        warehouse: The ledger.
        ctx: The run.
        articles: Validated article rows (dicts, or a table typed as declared).
        mentions: Validated mention rows of those articles (dicts, or a table typed as declared).
        rejected: Records refused while preparing the batch.
        files: ``file_index`` rows of the files whose articles are in the ledger once this commits (same
            transaction: a file is never marked ingested while its article is not).

    Returns:
        Counts of what was new.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from tariffwatch.warehouse import insert_new, rows_to_arrow, transaction

    article_table = _as_table("articles", articles)
    mention_table = _as_table("mentions", mentions)
    result = BatchResult()
    with warehouse.writer(lean_bytes=article_table.nbytes + mention_table.nbytes) as con, transaction(con):
        result.articles_new = insert_new(con, "articles", article_table, ("article_id", "dedup_key"))
        if mention_table.num_rows:
            # Another process may have committed some of these articles since split_known: keep only
            # the mentions of articles this run inserted. Only this batch's ids are probed (a run's
            # earlier batches may hold 100k articles).
            ids = mention_table.column("article_id")
            con.register("_batch_ids", _ids_table(set(pc.unique(ids).to_pylist())))
            try:
                mine = [
                    r[0]
                    for r in con.execute(
                        "SELECT a.article_id FROM articles a JOIN _batch_ids b USING (article_id) "
                        "WHERE a.run_id = ?",
                        [ctx.run_id],
                    ).fetchall()
                ]
            finally:
                con.unregister("_batch_ids")
            kept = mention_table.filter(pc.is_in(ids, value_set=pa.array(mine, pa.string())))
            result.mentions_new = insert_new(con, "mentions", kept, ("mention_id",))
        result.quarantined_new = insert_new(
            con, "quarantine", rows_to_arrow("quarantine", quarantine_rows(rejected, ctx)), ("quarantine_id",)
        )
        if files:
            con.register("_file_index", rows_to_arrow("file_index", files))
            try:
                # Delete then insert: file_index has no key index to upsert against (see schemas/README.md).
                con.execute("DELETE FROM file_index WHERE path IN (SELECT path FROM _file_index)")
                con.execute("INSERT INTO file_index SELECT * FROM _file_index")
            finally:
                con.unregister("_file_index")
        _mark_running(con, ctx)
        crash_point("mid_commit")
    crash_point("after_batch")
    return result


def _mark_running(con: Any, ctx: RunContext) -> None:
    """Record the run as 'running' and its rows as not yet mirrored, in the batch's transaction.

    A run that dies before :func:`finish_run` therefore still has a ``runs`` row (status ``running``
    forever), and its committed batches are exported to Parquet by the next export.
    """
    con.execute(
        'INSERT OR IGNORE INTO runs (run_id, started_at, status, "trigger", files_read, feeds_fetched, '
        "feeds_not_modified, feeds_failed, articles_new, articles_seen, quarantined, mentions_new, "
        "alerts_new) "
        "VALUES (?, ?, 'running', ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
        [ctx.run_id, ctx.started_at, ctx.trigger],
    )
    con.execute("UPDATE runs SET exported_at = NULL WHERE run_id = ?", [ctx.run_id])


# The first mention of every key the alerts ledger does not hold yet, whatever run wrote it: a run that
# died between its batch commits and its alert commit is caught up by the next run.
# The first mention is chosen on narrow columns only; the wide ones (sentence, text, title) are fetched
# for the winners alone (ranking 400k mentions with their sentences held 350 MB).
_CANDIDATES_SQL = """
WITH firsts AS (
    SELECT m.mention_id
    FROM mentions m
    JOIN articles a USING (article_id)
    WHERE NOT EXISTS (SELECT 1 FROM alerts al WHERE al.key = m.key)
    QUALIFY row_number() OVER (
        PARTITION BY m.key ORDER BY m.published_on, a.source, m.article_id, m.start
    ) = 1
)
SELECT m.mention_id, m.article_id, m.kind, m.key, m.value, m.unit, m.date, m.status, m.text, m.sentence,
       m.start, m.published_on, a.source, a.url, a.title
FROM firsts f
JOIN mentions m USING (mention_id)
JOIN articles a USING (article_id)
"""


def finish_run(
    warehouse: Warehouse,
    ctx: RunContext,
    counts: RunCounts,
    batches: Sequence[BatchResult],
    feed_states: Sequence[dict[str, Any]],
    notify_urls: Sequence[str],
) -> CommitResult:
    """Raise the alerts, queue their deliveries, store feed state and the run row, in one transaction.

    Novelty is decided here against the ledger as it stands inside the transaction, so two runs can never
    both raise the same alert. Feed state (ETag, Last-Modified) is stored only now, after the feeds'
    articles are committed: a run that dies earlier fetches the feeds again in full next time.

    Args:
        warehouse: The ledger.
        ctx: The run.
        counts: Counts gathered along the run.
        batches: The results of the run's batch commits.
        feed_states: One state row per feed fetched.
        notify_urls: Apprise URLs that get a pending delivery per new alert.

    Returns:
        Totals of the run, including the new alert rows in publication order.
    """
    from tariffwatch.delivery import enqueue
    from tariffwatch.warehouse import insert_new, rows_to_arrow, transaction

    result = CommitResult(
        articles_new=sum(b.articles_new for b in batches),
        mentions_new=sum(b.mentions_new for b in batches),
        quarantined_new=sum(b.quarantined_new for b in batches),
    )
    now = utcnow()
    with warehouse.writer() as con, transaction(con):
        cur = con.execute(_CANDIDATES_SQL)
        names = [c[0] for c in cur.description]
        candidates = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        alert_rows = [
            {
                "alert_id": alert_id_for(m["key"]),
                **{k: m[k] for k in ("key", "kind", "value", "unit", "date", "status", "text", "sentence")},
                **{k: m[k] for k in ("mention_id", "article_id", "source", "url", "title", "published_on")},
                "first_seen_at": now,
                "run_id": ctx.run_id,
            }
            for m in decide_alerts(candidates, known_keys=())
        ]
        insert_new(con, "alerts", rows_to_arrow("alerts", alert_rows), ("alert_id",))
        enqueue(con, [a["alert_id"] for a in alert_rows], notify_urls, now)
        result.alerts = alert_rows
        if feed_states:
            con.register("_feed_state", rows_to_arrow("feed_state", feed_states))
            con.execute("INSERT OR REPLACE INTO feed_state SELECT * FROM _feed_state")
            con.unregister("_feed_state")
        run_row = {
            "run_id": ctx.run_id,
            "started_at": ctx.started_at,
            "finished_at": utcnow(),
            "status": "completed",
            "trigger": ctx.trigger,
            "files_read": counts.files_read,
            "feeds_fetched": counts.feeds_fetched,
            "feeds_not_modified": counts.feeds_not_modified,
            "feeds_failed": counts.feeds_failed,
            "articles_new": result.articles_new,
            "articles_seen": counts.articles_seen,
            "quarantined": result.quarantined_new,
            "mentions_new": result.mentions_new,
            "alerts_new": len(alert_rows),
            "exported_at": None,
        }
        # Runs hold the warehouse's run lock, so another run still 'running' died before its last
        # transaction; its batches are in the ledger and its alerts are the ones just raised.
        con.execute(
            "UPDATE runs SET status = 'failed' WHERE status = 'running' AND run_id <> ?", [ctx.run_id]
        )
        # Replaces the 'running' row the batches wrote (or creates it for a run without batches).
        con.register("_run_row", rows_to_arrow("runs", [run_row]))
        try:
            con.execute("INSERT OR REPLACE INTO runs SELECT * FROM _run_row")
        finally:
            con.unregister("_run_row")
    crash_point("after_commit")
    return result


def export(warehouse: Warehouse) -> list[str]:
    """Mirror every committed-but-unexported run to Parquet; return the run ids exported."""
    from dataclasses import replace

    from tariffwatch.warehouse import EXPORT_MEMORY_LIMIT, export_pending

    # Exporting runs last in a run, on top of everything the run process holds: DuckDB gets less room.
    with replace(warehouse, memory_limit=EXPORT_MEMORY_LIMIT).writer() as con:
        return export_pending(warehouse, con, utcnow())


# ------------------------------------------------------------------------------------------- streaming


@dataclass(frozen=True, slots=True)
class FileStat:
    """An article file as listed: its path as given, size and modification time."""

    path: str
    size: int
    mtime_ns: int


class FilePlan:
    """Which files a run must read: the listed files minus those ingested unchanged before.

    A plain class on purpose: Prefect walks dataclass task arguments, and this one may list 100k files.

    Attributes:
        to_read: Files to read, in path order.
        unchanged: How many listed files the ``file_index`` holds with the same size and mtime.
        rejected: Directories that could not be listed.
    """

    def __init__(self, to_read: list[FileStat], unchanged: int, rejected: list[Rejected]) -> None:
        self.to_read = to_read
        self.unchanged = unchanged
        self.rejected = rejected
        self.by_path = {f.path: f for f in to_read}

    def __repr__(self) -> str:
        return f"FilePlan(to_read={len(self.to_read)}, unchanged={self.unchanged})"


def plan_files(warehouse: Warehouse, paths: Sequence[str]) -> FilePlan:
    """List the article files under ``paths`` and drop those already ingested unchanged.

    "Unchanged" is same path, size and modification time (nanoseconds) as when the file's article was
    committed, the test rsync and make use; a no-op rerun then reads no file at all.

    Args:
        warehouse: The ledger (its ``file_index``).
        paths: Files and directories (see :func:`tariffwatch.sources.files.iter_article_paths`).

    Returns:
        The plan.

    Raises:
        TerminalSourceError: A given path does not exist.
    """
    import os

    import pyarrow as pa

    from tariffwatch.models import STAGE_INGEST
    from tariffwatch.sources.files import check_file_name, iter_article_paths

    rejected: list[Rejected] = []

    def unlistable(where: str, error: OSError) -> None:
        detail = f"cannot list directory: {error.strerror or error}"
        shown = os.fsencode(where).decode("utf-8", errors="backslashreplace")
        rejected.append(Rejected(shown, STAGE_INGEST, "unreadable_directory", detail, ""))

    listed: list[FileStat] = []
    for path in iter_article_paths(paths, on_error=unlistable):
        bad_name = check_file_name(path)
        if bad_name is not None:
            rejected.append(bad_name)  # refused here: the listing below goes through Arrow as UTF-8
            continue
        try:
            st = os.stat(path)
        except OSError:
            listed.append(FileStat(path, -1, -1))  # reading it reports the error
            continue
        listed.append(FileStat(path, st.st_size, st.st_mtime_ns))
    if not listed:
        return FilePlan([], 0, rejected)
    probe = pa.table(
        {
            "path": pa.array([f.path for f in listed], pa.string()),
            "size": pa.array([f.size for f in listed], pa.int64()),
            "mtime_ns": pa.array([f.mtime_ns for f in listed], pa.int64()),
        }
    )
    with warehouse.reader() as con:
        con.register("_listing", probe)
        try:
            known = {
                r[0]
                for r in con.execute(
                    "SELECT l.path FROM _listing l JOIN file_index f "
                    "ON f.path = l.path AND f.size = l.size AND f.mtime_ns = l.mtime_ns"
                ).fetchall()
            }
        finally:
            con.unregister("_listing")
    to_read = [f for f in listed if f.path not in known]
    return FilePlan(to_read, len(listed) - len(to_read), rejected)


class RunState:
    """What a streaming run remembers between batches (ids and keys only, never bodies).

    A plain class on purpose: Prefect walks dataclass task arguments, and these sets grow with the run.
    """

    def __init__(self) -> None:
        self.seen_ids: set[str] = set()
        self.seen_keys: set[str] = set()
        #: Articles that are in the ledger (inserted by this run, or found there): their files get indexed.
        self.stored_ids: set[str] = set()
        #: Records refused by this run so far, by quarantine reason (also those already quarantined before).
        self.refused_by_reason: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"RunState(seen={len(self.seen_ids)})"


def _stamp_articles(articles: pa.Table, ctx: RunContext) -> pa.Table:
    """Parsed articles (:func:`~tariffwatch.parallel.article_schema`) as ``articles`` rows of the run."""
    import pyarrow as pa

    from tariffwatch.schema import arrow_schema, load_table

    schema = arrow_schema(load_table("articles"))
    n = articles.num_rows
    stamps = {
        "ingested_at": pa.array([ctx.started_at] * n, schema.field("ingested_at").type),
        "run_id": pa.array([ctx.run_id] * n, schema.field("run_id").type),
    }
    columns = [articles.column(f.name) if f.name not in stamps else stamps[f.name] for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def store_batch(
    warehouse: Warehouse,
    ctx: RunContext,
    extracted: ExtractedBatch | None,
    state: RunState,
    plan: FilePlan | None = None,
    rejected: Sequence[Rejected] = (),
) -> BatchResult:
    """Take one extracted batch the rest of the way: dedupe, validate, commit (with its file index rows).

    Duplicates inside the run are dropped (the first wins); articles the
    ledger holds are counted as seen; new ones are validated with the articles suite, and only the
    mentions of valid articles are validated and committed. Batches may be committed in any order:
    alerts are derived from the ledger in publication order by :func:`finish_run`.

    Args:
        warehouse: The ledger.
        ctx: The run.
        extracted: Articles and mentions from :mod:`tariffwatch.parallel` (None: only ``rejected``).
        state: The run's memory of ids handled so far (updated).
        plan: The run's file plan, whose stats go into ``file_index``; None for non-file sources.
        rejected: Other refused records to quarantine with this batch.

    Returns:
        Counts of what was new, seen and refused.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from tariffwatch.parallel import article_schema, table_to_rejected
    from tariffwatch.warehouse import rows_to_arrow

    crash_point("extract")
    articles = extracted.articles if extracted else article_schema().empty_table()
    refused = [*rejected, *(table_to_rejected(extracted.rejected) if extracted else [])]
    # Only the id columns become Python objects; bodies stay in Arrow until DuckDB reads them.
    ids = articles.column("article_id").to_pylist()
    keys = articles.column("dedup_key").to_pylist()
    fresh = []
    for i, (article_id, dedup_key) in enumerate(zip(ids, keys, strict=True)):
        if article_id in state.seen_ids or dedup_key in state.seen_keys:
            continue
        state.seen_ids.add(article_id)
        state.seen_keys.add(dedup_key)
        fresh.append(i)
    new_rows, seen = split_known(warehouse, [ids[i] for i in fresh], [keys[i] for i in fresh])
    new_ids = {ids[fresh[i]] for i in new_rows}
    state.stored_ids.update(ids[i] for i in fresh if ids[i] not in new_ids)
    take = [fresh[i] for i in new_rows]
    # A backfill batch is usually all new: then the batch itself goes on, not a copy of its bodies.
    everything = take == list(range(articles.num_rows))
    new = articles if everything else articles.take(pa.array(take, pa.int64()))
    valid, bad_articles = validate_table("articles", _stamp_articles(new, ctx))
    valid_ids = valid.column("article_id")
    state.stored_ids.update(valid_ids.to_pylist())
    found = extracted.mentions if extracted else None
    if found is not None and found.num_rows and everything and not bad_articles:
        mentions = found  # every article of the batch is stored: so are all its mentions
    elif found is not None and found.num_rows:
        mentions = found.filter(pc.is_in(found.column("article_id"), value_set=valid_ids.combine_chunks()))
    else:
        mentions = rows_to_arrow("mentions", [])
    valid_mentions, bad_mentions = validate_table("mentions", mentions)
    del found, mentions
    refused += [*bad_articles, *bad_mentions]
    state.refused_by_reason.update(r.reason for r in refused)
    files = []
    if plan is not None:
        for article_id, source in zip(ids, articles.column("source").to_pylist(), strict=True):
            stat = plan.by_path.get(source)
            if stat is not None and stat.size >= 0 and article_id in state.stored_ids:
                files.append(
                    {
                        "path": stat.path,
                        "size": stat.size,
                        "mtime_ns": stat.mtime_ns,
                        "article_id": article_id,
                        "run_id": ctx.run_id,
                    }
                )
    # The validation frames are garbage now: their pages go back to the OS before DuckDB (which has an
    # allocator of its own) takes its commit's memory on top of them.
    release_free_memory()
    result = commit_batch(warehouse, ctx, valid, valid_mentions, refused, files)
    result.articles_seen = seen
    result.refused = len(refused)
    return result
