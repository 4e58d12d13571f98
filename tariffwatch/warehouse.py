"""Storage access: the DuckDB ledger and its Parquet mirror under the data directory.

Layout of the data directory (``--home``, ``TARIFFWATCH_HOME``, default ``warehouse/``)::

    tariffwatch.duckdb                    the ledger: one table per schema, views from warehouse/*.sql
    parquet/articles/published_month=YYYY-MM/run-<run_id>.parquet
    parquet/mentions/published_month=YYYY-MM/run-<run_id>.parquet
    parquet/{alerts,quarantine,runs}/run-<run_id>.parquet

DuckDB is the source of truth: a run commits all of its rows in one transaction, so a crash leaves
either the whole run or nothing. Parquet files are written after the commit, one file per run and
partition, atomically (write then rename); a run whose export did not happen is exported by the next
run (``runs.exported_at`` is null until then), so the mirror always catches up and never duplicates.

DuckDB lets no other process open a file one process holds for writing; connections are therefore held
only while reading or writing, and opening retries briefly on a lock conflict. That makes two runs
interleave write by write, so a whole run additionally holds the *run lock* (:meth:`Warehouse.run_lock`,
``flock`` on ``<home>/.run.lock``): a second run waits for it, bounded, then gives up with a message naming
the holder. The kernel drops the lock when its holder dies, even by ``kill -9``, so it is never stale.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tariffwatch.errors import WarehouseBusyError, WarehouseError
from tariffwatch.resources import resource_dir
from tariffwatch.schema import TABLE_NAMES, Table, arrow_schema, duckdb_ddl, load_table

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

log = logging.getLogger(__name__)

DB_FILENAME = "tariffwatch.duckdb"
PARQUET_DIRNAME = "parquet"
#: Held (flock) by a run for its whole duration; holds the holder's pid and start time for messages.
RUN_LOCK_FILENAME = ".run.lock"
#: How often a waiting run retries the run lock.
_RUN_LOCK_POLL_S = 0.2
#: Datasets exported to Parquet; the first two are partitioned by month of publication.
EXPORTED = ("articles", "mentions", "alerts", "quarantine", "runs")

#: DuckDB's buffer pool per connection. Its default (80% of RAM) keeps every block a query has read: a
#: 100k-article export then held +635 MB; +450 MB at 256MB, +310 MB at 128MB; larger work spills to disk.
DEFAULT_MEMORY_LIMIT = "128MB"
#: DuckDB's allocator keeps up to 128 MB (512 MB in bulk) of freed memory per connection by default;
#: flushing early took a 100k-article export's peak from 634 to 480 MB (same speed).
_ALLOCATOR = {"allocator_flush_threshold": "8MB", "allocator_bulk_deallocation_flush_threshold": "8MB"}

#: What a lean writer (:meth:`Warehouse.writer` with ``lean_bytes``: a run's batch commits) may use. A
#: batch commit's peak is its checkpoint when the connection closes, which compresses the new row groups
#: on every thread at once: measured on 20 commits of 5,000 bench articles (30 MB each), the peak over
#: the RSS before the commit averaged +158 MB (max +225) with 2 threads at 128MB, +126 (max +155) with
#: 1 thread, +91 (max +97) with 1 thread at 64MB, in the same time. A transaction's new rows stay in
#: memory until its commit, which fails when they do not fit (64 MB of article text failed at 64MB,
#: 32 MB passed): a lean writer's limit is at least twice what it writes.
LEAN_CONFIG = {"memory_limit": "64MB", "threads": 1}
_LEAN_MIN_MIB = 64

#: DuckDB's memory limit while a run is exported to Parquet: reading a 100k-article run back peaked at
#: +345 MB over the RSS before the export at 128MB, +282..295 at 64MB, in the same time (measured).
EXPORT_MEMORY_LIMIT = "64MB"

#: Most bytes of rows one INSERT statement carries (a larger batch is inserted in slices). One INSERT
#: needs about three times its text under the memory limit: 16 MB passed at 128MB, so 8 MB at 64MB.
INSERT_BYTES = 8 * 2**20

_schema_ready: set[Path] = set()
_schema_lock = threading.Lock()
#: Run locks this process holds, with their nesting depth (the CLI takes the lock, then the flow again).
_held_run_locks: dict[Path, int] = {}
_held_run_locks_guard = threading.Lock()


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "being used by another process" in text or "conflicting" in text


def to_arrow(relation: Any) -> pa.Table:
    """Materialise a DuckDB relation as an Arrow table (the API moved between DuckDB releases)."""
    result = relation.arrow()
    read_all = getattr(result, "read_all", None)
    return read_all() if callable(read_all) else result


@dataclass(frozen=True)
class Warehouse:
    """Handle on one data directory. Cheap to create; opens connections only when asked.

    Attributes:
        home: The data directory.
        lock_timeout_s: How long to keep retrying when another process holds the database.
        memory_limit: DuckDB ``memory_limit`` of each connection (larger work spills to disk).
    """

    home: Path
    lock_timeout_s: float = 30.0
    memory_limit: str = DEFAULT_MEMORY_LIMIT

    @property
    def db_path(self) -> Path:
        """Path of the DuckDB file."""
        return self.home / DB_FILENAME

    @property
    def parquet_dir(self) -> Path:
        """Root of the Parquet mirror."""
        return self.home / PARQUET_DIRNAME

    def _open(self, read_only: bool, lean_bytes: int | None = None) -> duckdb.DuckDBPyConnection:
        import duckdb

        config: dict[str, Any] = {"memory_limit": self.memory_limit, **_ALLOCATOR}
        if lean_bytes is not None:
            limit_mib = max(_LEAN_MIN_MIB, -(-2 * lean_bytes // 2**20))
            config.update(LEAN_CONFIG, memory_limit=f"{limit_mib}MB")
        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.db_path), read_only=read_only, config=config)
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    raise WarehouseError(f"cannot open {self.db_path}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise WarehouseBusyError(
                        f"{self.db_path} is held by another process (waited {self.lock_timeout_s:.0f} s)"
                    ) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    @contextmanager
    def writer(self, lean_bytes: int | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the ledger for writing (creating it and its schema if needed) for the block's duration.

        Args:
            lean_bytes: Open a lean writer (:data:`LEAN_CONFIG`: one thread, a smaller memory limit) for a
                transaction that writes about this many bytes of rows: for the bulk writes of a run, whose
                memory adds to its peak. None: the warehouse's ``memory_limit`` and DuckDB's threads.
        """
        try:
            self.home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create data directory {self.home}: {exc}") from exc
        con = self._open(read_only=False, lean_bytes=lean_bytes)
        try:
            self._ensure_schema(con)
            yield con
        finally:
            con.close()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the ledger read-only for the block's duration (creating an empty one if none exists)."""
        if not self.db_path.exists():
            with self.writer():
                pass
        con = self._open(read_only=True)
        try:
            yield con
        finally:
            con.close()

    @property
    def run_lock_path(self) -> Path:
        """Path of the run lock file."""
        return self.home / RUN_LOCK_FILENAME

    def run_lock_holder(self) -> str:
        """Describe the process holding (or last holding) the run lock: ``pid 123, started 2026-...``."""
        try:
            info = json.loads(self.run_lock_path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "unknown process"
        if not isinstance(info, dict) or "pid" not in info:
            return "unknown process"
        return f"pid {info['pid']}, started {info.get('started_at', '?')}"

    @contextmanager
    def run_lock(self, timeout_s: float, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the warehouse for a whole run: other runs on the same home wait, bounded.

        An exclusive ``flock`` on ``<home>/.run.lock``. The kernel releases it when the holder exits or is
        killed, so a crashed run never leaves a stale lock. Readers (``query``, ``alerts``, the ``duckdb``
        CLI) do not take it. Re-entrant within a process: the CLI takes it before Prefect starts (a busy
        warehouse then fails fast and cleanly) and the flow takes it again for serve and deployments.

        Args:
            timeout_s: How long to wait for another run to finish (0: do not wait).
            on_wait: Called once with a message when the lock is busy and this run starts waiting.

        Raises:
            WarehouseBusyError: Another run still held the warehouse after ``timeout_s`` (the message
                names its pid and start time).
            WarehouseError: The lock file cannot be created.
        """
        import fcntl

        key = self.run_lock_path.resolve()
        with _held_run_locks_guard:
            nested = key in _held_run_locks
            if nested:
                _held_run_locks[key] += 1
        if nested:
            try:
                yield
            finally:
                with _held_run_locks_guard:
                    _held_run_locks[key] -= 1
            return
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.run_lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise WarehouseError(f"cannot create the run lock {self.run_lock_path}: {exc}") from exc
        try:
            deadline = time.monotonic() + max(timeout_s, 0.0)
            waited = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    holder = self.run_lock_holder()
                    if time.monotonic() >= deadline:
                        raise WarehouseBusyError(
                            f"another run holds the warehouse {self.home} ({holder}); "
                            f"gave up after waiting {timeout_s:.0f} s (--wait SECONDS waits longer)"
                        ) from None
                    if not waited and on_wait is not None:
                        on_wait(f"another run holds the warehouse {self.home} ({holder}); waiting")
                    waited = True
                    time.sleep(_RUN_LOCK_POLL_S)
            # Written only once held, so a waiter's message names the live holder.
            info = {"pid": os.getpid(), "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
            with _held_run_locks_guard:
                _held_run_locks[key] = 1
            try:
                yield
            finally:
                with _held_run_locks_guard:
                    del _held_run_locks[key]
        finally:
            # Closing the descriptor releases the flock; the file stays (unlinking it would let a waiter
            # lock a deleted inode while a newcomer locks a fresh file).
            os.close(fd)

    def _ensure_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        key = self.db_path.resolve()
        with _schema_lock:
            if key in _schema_ready:
                return
            create_schema(con)
            _schema_ready.add(key)


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every declared table (if missing) and (re)create the views in ``warehouse/*.sql``.

    Args:
        con: A writable connection.
    """
    for name in TABLE_NAMES:
        con.execute(duckdb_ddl(load_table(name)))
    for sql_file in sorted(resource_dir("warehouse").glob("*.sql")):
        con.execute(sql_file.read_text(encoding="utf-8"))


def rows_to_arrow(table_name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Build an Arrow table with the declared schema from row dicts.

    Args:
        table_name: The declared table.
        rows: Row dicts with (at least) the declared columns.

    Returns:
        The Arrow table, typed exactly as declared.
    """
    import pyarrow as pa

    schema = arrow_schema(load_table(table_name))
    columns = {f.name: [r.get(f.name) for r in rows] for f in schema}
    return pa.Table.from_pydict(columns, schema=schema)


def insert_new(con: duckdb.DuckDBPyConnection, table_name: str, batch: pa.Table, keys: Sequence[str]) -> int:
    """Insert the rows of ``batch`` whose keys are not yet in the table; return how many were inserted.

    Each key column is checked on its own (a row is skipped when ANY key already exists), because
    DuckDB's upsert keeps the first of duplicate keys silently and knows one conflict target only.

    Args:
        con: A writable connection, inside the caller's transaction.
        table_name: Target table.
        batch: Rows typed with the table's Arrow schema.
        keys: Columns that identify a row.
    """
    if batch.num_rows == 0:
        return 0
    # One anti-join per key, not one with OR-ed keys: DuckDB plans an OR-correlated NOT EXISTS as a
    # nested loop over the whole table (3.4 s per 2,000-row batch against 100k articles, measured),
    # and an equality anti-join as a hash join (0.05 s).
    cond = " AND ".join(f'NOT EXISTS (SELECT 1 FROM "{table_name}" t WHERE t."{k}" = b."{k}")' for k in keys)
    view = f"_batch_{table_name}"
    before = _count(con, table_name)
    # One INSERT of more than ~40 MB of text runs out of a 128 MB memory_limit (measured: 32 MB passed,
    # 64 MB failed); the same rows as several statements in one transaction commit (192 MB passed).
    # Slices of INSERT_BYTES keep each statement well inside a lean writer's limit too.
    rows = max(1, batch.num_rows * INSERT_BYTES // max(batch.nbytes, 1))
    for start in range(0, batch.num_rows, rows):
        con.register(view, batch.slice(start, rows))
        try:
            con.execute(f'INSERT INTO "{table_name}" SELECT * FROM {view} b WHERE {cond}')
        finally:
            con.unregister(view)
    return _count(con, table_name) - before


def _count(con: duckdb.DuckDBPyConnection, table_name: str) -> int:
    row = con.execute(f'SELECT count(*) FROM "{table_name}"').fetchone()
    return int(row[0]) if row else 0


def existing_values(
    con: duckdb.DuckDBPyConnection, table: str, column: str, values: Sequence[str]
) -> set[str]:
    """Return which of ``values`` already occur in ``table.column``.

    Args:
        con: Any connection.
        table: Table name.
        column: Column name.
        values: Candidate values.
    """
    if not values:
        return set()
    import pyarrow as pa

    probe = pa.table({"v": pa.array(list(values), pa.string())})
    con.register("_probe", probe)
    try:
        rows = con.execute(
            f'SELECT DISTINCT p.v FROM _probe p JOIN "{table}" t ON t."{column}" = p.v'
        ).fetchall()
    finally:
        con.unregister("_probe")
    return {r[0] for r in rows}


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: everything is committed, or nothing is."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def export_pending(warehouse: Warehouse, con: duckdb.DuckDBPyConnection, now: datetime) -> list[str]:
    """Write the Parquet files of every committed run not exported yet; return their run ids.

    Args:
        warehouse: Where the files go.
        con: A writable connection (marks the runs exported).
        now: Export timestamp (UTC).
    """
    pending = [
        r[0]
        for r in con.execute("SELECT run_id FROM runs WHERE exported_at IS NULL ORDER BY run_id").fetchall()
    ]
    _remove_stale_temp_files(warehouse, set(pending))
    for run_id in pending:
        # Marked first so the runs file itself says it was exported; a failed export rolls back.
        with transaction(con):
            con.execute("UPDATE runs SET exported_at = ? WHERE run_id = ?", [now, run_id])
            export_run(warehouse, con, run_id)
    if pending:
        compact_parquet(warehouse)
    create_parquet_views(warehouse, con)
    return pending


#: A partition directory holding more files than this is merged into one file (serve exports every few
#: minutes; thousands of small files would make every scan slow).
COMPACT_AT_FILES = 16


def compact_parquet(warehouse: Warehouse, max_files: int = COMPACT_AT_FILES) -> list[Path]:
    """Merge the files of every Parquet directory holding more than ``max_files`` into one file.

    The merged file is written under a temporary name and renamed into place, then the files it replaces
    are removed. The merged file lists the names it replaces in its metadata, so a compaction killed
    between the rename and the removals is finished by the next one (no rows stay doubled). A reader
    listing the directory in that instant can see those rows twice; the DuckDB ledger is the source of
    truth. Only exports write here, and they run under the run lock.

    Args:
        warehouse: Whose Parquet mirror to compact.
        max_files: Compact a directory only when it holds more files than this.

    Returns:
        The merged files written.
    """
    import pyarrow.parquet as pq

    written: list[Path] = []
    if not warehouse.parquet_dir.is_dir():
        return written
    # Exports run under the run lock, so a compaction temp file on disk now is a killed compaction's.
    for stale in warehouse.parquet_dir.rglob(".compact-*.parquet.tmp"):
        stale.unlink(missing_ok=True)
    for name in EXPORTED:
        base = warehouse.parquet_dir / name
        if not base.is_dir():
            continue
        directories = [base, *sorted(p for p in base.iterdir() if p.is_dir())]
        schema = arrow_schema(load_table(name))
        for directory in directories:
            _finish_compaction(directory)
            files = sorted(p for p in directory.glob("*.parquet") if not p.name.startswith("."))
            if len(files) <= max_files:
                continue
            target = directory / f"compact-{files[-1].stem.split('-', 1)[1]}.parquet"
            replaces = json.dumps([p.name for p in files if p != target]).encode()
            meta_schema = schema.with_metadata({**(schema.metadata or {}), _REPLACES_KEY: replaces})
            batches = (
                batch
                for path in files
                for batch in pq.ParquetFile(path).iter_batches(batch_size=_EXPORT_BATCH_ROWS)
            )
            _write_atomically(target, meta_schema, batches)
            for path in files:
                if path != target:
                    path.unlink(missing_ok=True)
            written.append(target)
    return written


#: Parquet metadata key of a compacted file: the JSON list of the file names it replaces.
_REPLACES_KEY = b"tariffwatch.replaces"


def _finish_compaction(directory: Path) -> None:
    """Remove files that a compacted file in ``directory`` already holds (left by a killed compaction)."""
    import pyarrow.parquet as pq

    for merged in directory.glob("compact-*.parquet"):
        metadata = pq.read_schema(merged).metadata or {}
        for name in json.loads(metadata.get(_REPLACES_KEY, b"[]")):
            leftover = directory / name
            if leftover != merged:
                leftover.unlink(missing_ok=True)


#: Views over the Parquet mirror; partitioned tables read with hive partitioning, so a filter on
#: ``published_month`` skips whole directories.
PARQUET_VIEWS = {"articles": "parquet_articles", "mentions": "parquet_mentions"}


def create_parquet_views(warehouse: Warehouse, con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the ``parquet_*`` views over the mirror's files (absolute paths: re-run after a move).

    Args:
        warehouse: Whose mirror.
        con: A writable connection.
    """
    for name, view in PARQUET_VIEWS.items():
        base = warehouse.parquet_dir.resolve() / name
        if not any(base.glob("*/*.parquet")):
            continue  # DuckDB refuses a view over no files; it appears with the first export
        pattern = str(base / "*" / "*.parquet").replace("'", "''")
        con.execute(
            f"CREATE OR REPLACE VIEW {view} AS SELECT * FROM read_parquet('{pattern}', "
            "hive_partitioning = true, hive_types = {'published_month': VARCHAR})"
        )


def export_run(warehouse: Warehouse, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Write (or rewrite: idempotent) the Parquet files holding one run's rows.

    Each table is read once, streamed in record batches; a partitioned table's rows are routed to one
    file per month, buffered up to :data:`_EXPORT_BUFFER_BYTES` in all, so memory stays bounded however
    large the run. (One query per month re-read the whole run for every month: 16 s of a 100k-article
    backfill spanning 96 months.)

    Args:
        warehouse: Where the files go.
        con: Any connection to the ledger.
        run_id: The run to export.
    """
    for name in EXPORTED:
        table = load_table(name)
        cols = ", ".join(f'"{c}"' for c in table.column_names)
        base = warehouse.parquet_dir / name
        if table.partition:
            cur = con.execute(
                f'SELECT {cols}, strftime("{table.partition}", \'%Y-%m\') AS "{_MONTH}" FROM "{name}" '
                "WHERE run_id = ?",
                [run_id],
            )
            _write_partitioned(
                arrow_schema(table), cur.to_arrow_reader(_EXPORT_BATCH_ROWS), base, f"run-{run_id}.parquet"
            )
        else:
            cur = con.execute(f'SELECT {cols} FROM "{name}" WHERE run_id = ?', [run_id])
            _write_parquet(table, cur, base / f"run-{run_id}.parquet")


#: Rows per record batch when streaming a query to Parquet (~10 MB of article text).
_EXPORT_BATCH_ROWS = 2_000
#: Rows waiting for their month's file, all months together, before they are written out as row groups.
_EXPORT_BUFFER_BYTES = 64 * 2**20
#: Column carrying the partition value of each exported row (not written into the files).
_MONTH = "_partition_month"


def _write_partitioned(
    schema: pa.Schema,
    batches: Iterable[pa.RecordBatch],
    base: Path,
    filename: str,
    buffer_bytes: int = _EXPORT_BUFFER_BYTES,
) -> None:
    """Stream rows tagged with a partition value into one Parquet file per value.

    Every file is written under :func:`temp_path_for` and renamed into place only once all are complete
    and on disk; a failure leaves no visible file of this export (the temp files are removed by the next
    export of the run).

    Args:
        schema: The declared schema (the partition column is dropped).
        batches: Record batches with the declared columns plus :data:`_MONTH`.
        base: The table's directory; a value's file goes to ``base/published_month=<value>/filename``.
        filename: Name of each partition's file.
        buffer_bytes: Rows held back, all partitions together, before they are written as row groups.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    def path_of(value: str) -> Path:
        return base / f"published_month={value}" / filename

    writers: dict[str, pq.ParquetWriter] = {}
    pending: dict[str, list[pa.RecordBatch]] = {}
    buffered = 0

    def flush() -> None:
        nonlocal buffered
        for value, parts in pending.items():
            if value not in writers:
                tmp = temp_path_for(path_of(value))
                tmp.parent.mkdir(parents=True, exist_ok=True)
                writers[value] = pq.ParquetWriter(tmp, schema, compression="zstd")
            writers[value].write_table(pa.Table.from_batches(parts, schema))
        pending.clear()
        buffered = 0

    try:
        for batch in batches:
            if batch.num_rows == 0:
                continue
            # Sorted by partition value, so each value's rows are one contiguous slice.
            order = pc.sort_indices(batch.column(_MONTH))
            months = batch.column(_MONTH).take(order)
            rows = pa.Table.from_batches([batch]).select(schema.names).cast(schema).take(order)
            encoded = pc.run_end_encode(months)
            start = 0
            for value, end in zip(encoded.values.to_pylist(), encoded.run_ends.to_pylist(), strict=True):
                pending.setdefault(value, []).extend(rows.slice(start, end - start).to_batches())
                start = end
            buffered += rows.nbytes
            if buffered >= buffer_bytes:
                flush()
        flush()
    finally:
        for writer in writers.values():
            writer.close()
    for value in writers:
        # On disk before any becomes visible: a power cut must not leave a renamed but empty file.
        tmp = temp_path_for(path_of(value))
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
    for value in writers:
        os.replace(temp_path_for(path_of(value)), path_of(value))


def temp_path_for(path: Path) -> Path:
    """Where a Parquet file is written before it is renamed into place.

    Hidden (leading dot) and not ending in ``.parquet``, so neither ``read_parquet('…/*.parquet')`` globs
    nor Arrow/Spark-style dataset readers (which skip ``.``/``_`` names) ever see a half-written file.
    """
    return path.with_name(f".{path.name}.tmp")


def _remove_stale_temp_files(warehouse: Warehouse, run_ids: set[str]) -> None:
    # A run killed while exporting leaves its temp files behind; it is still pending, so it is exported
    # again now and the leftovers can go (temp files of other runs may belong to a live export).
    if not run_ids or not warehouse.parquet_dir.is_dir():
        return
    for tmp in warehouse.parquet_dir.rglob(".run-*.parquet.tmp"):
        run_id = tmp.name[len(".run-") : -len(".parquet.tmp")]
        if run_id in run_ids:
            tmp.unlink(missing_ok=True)


def _write_parquet(table: Table, cursor: Any, path: Path) -> None:
    _write_atomically(path, arrow_schema(table), cursor.to_arrow_reader(_EXPORT_BATCH_ROWS))


def _write_atomically(path: Path, schema: pa.Schema, batches: Iterable[pa.RecordBatch]) -> None:
    """Stream ``batches`` into a Parquet file that appears at ``path`` only once complete and on disk.

    Written under :func:`temp_path_for`, flushed, then renamed into place; no rows, no file.
    """
    import pyarrow.parquet as pq

    tmp = temp_path_for(path)
    writer = None
    try:
        for batch in batches:
            if batch.num_rows == 0:
                continue
            if writer is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                writer = pq.ParquetWriter(tmp, schema, compression="zstd")
            writer.write_batch(batch.cast(schema))
    finally:
        if writer is not None:
            writer.close()
    if writer is not None:
        # On disk before it becomes visible: a power cut must not leave a renamed but empty file.
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, path)
