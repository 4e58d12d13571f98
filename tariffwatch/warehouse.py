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
only while reading or writing, and opening retries briefly on a lock conflict.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
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
#: Datasets exported to Parquet; the first two are partitioned by month of publication.
EXPORTED = ("articles", "mentions", "alerts", "quarantine", "runs")

_schema_ready: set[Path] = set()
_schema_lock = threading.Lock()


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
    """

    home: Path
    lock_timeout_s: float = 30.0

    @property
    def db_path(self) -> Path:
        """Path of the DuckDB file."""
        return self.home / DB_FILENAME

    @property
    def parquet_dir(self) -> Path:
        """Root of the Parquet mirror."""
        return self.home / PARQUET_DIRNAME

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        import duckdb

        deadline = time.monotonic() + self.lock_timeout_s
        delay = 0.02
        while True:
            try:
                return duckdb.connect(str(self.db_path), read_only=read_only)
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
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the ledger for writing (creating it and its schema if needed) for the block's duration."""
        try:
            self.home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(f"cannot create data directory {self.home}: {exc}") from exc
        con = self._open(read_only=False)
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
    view = f"_batch_{table_name}"
    con.register(view, batch)
    try:
        cond = " OR ".join(f't."{k}" = b."{k}"' for k in keys)
        before = _count(con, table_name)
        con.execute(
            f'INSERT INTO "{table_name}" SELECT * FROM {view} b '
            f'WHERE NOT EXISTS (SELECT 1 FROM "{table_name}" t WHERE {cond})'
        )
        return _count(con, table_name) - before
    finally:
        con.unregister(view)


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
    for run_id in pending:
        # Marked first so the runs file itself says it was exported; a failed export rolls back.
        with transaction(con):
            con.execute("UPDATE runs SET exported_at = ? WHERE run_id = ?", [now, run_id])
            export_run(warehouse, con, run_id)
    return pending


def export_run(warehouse: Warehouse, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Write (or rewrite: idempotent) the Parquet files holding one run's rows.

    Rows are streamed in record batches, one file per month partition, so memory stays bounded however
    large the run.

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
            part = table.partition
            months = [
                r[0]
                for r in con.execute(
                    f'SELECT DISTINCT strftime("{part}", \'%Y-%m\') FROM "{name}" '
                    "WHERE run_id = ? ORDER BY 1",
                    [run_id],
                ).fetchall()
            ]
            for month in months:
                cur = con.execute(
                    f'SELECT {cols} FROM "{name}" WHERE run_id = ? AND strftime("{part}", \'%Y-%m\') = ?',
                    [run_id, month],
                )
                _write_parquet(table, cur, base / f"published_month={month}" / f"run-{run_id}.parquet")
        else:
            cur = con.execute(f'SELECT {cols} FROM "{name}" WHERE run_id = ?', [run_id])
            _write_parquet(table, cur, base / f"run-{run_id}.parquet")


#: Rows per record batch when streaming a query to Parquet (~50 MB of article text).
_EXPORT_BATCH_ROWS = 10_000


def _write_parquet(table: Table, cursor: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    schema = arrow_schema(table)
    reader = cursor.to_arrow_reader(_EXPORT_BATCH_ROWS)
    tmp = path.with_suffix(".parquet.tmp")
    writer = None
    try:
        for batch in reader:
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
        os.replace(tmp, path)
