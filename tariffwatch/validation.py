"""Validate with the Great Expectations suites in ``expectations/``: batches on the way in, or the warehouse.

Batches (:func:`validate_frame`): rows that fail any expectation are split off with the names of the
expectations they failed, so the pipeline can quarantine them; the rest pass on.

The whole warehouse (:func:`validate_warehouse`, ``tariffwatch validate``): every table's suite on every
row, read in chunks, reported per expectation with example failing values, and written as Data Docs.

Great Expectations is imported lazily (≈5 s) and its context is built once per process.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tariffwatch.resources import resource_dir
from tariffwatch.schema import load_table

if TYPE_CHECKING:
    import pandas as pd

    from tariffwatch.warehouse import Warehouse

log = logging.getLogger(__name__)

_ROW = "_row"
_lock = threading.Lock()
_UNIQUE = "expect_column_values_to_be_unique"
_COMPOUND_UNIQUE = "expect_compound_columns_to_be_unique"


@dataclass(frozen=True)
class RowFailure:
    """One row that failed validation: its position in the batch and what it failed."""

    row: int
    failed: tuple[str, ...]


def _describe(cfg: dict[str, Any]) -> str:
    kind = str(cfg.get("type", "expectation"))
    kwargs = cfg.get("kwargs", {})
    column = kwargs.get("column")
    short = kind.removeprefix("expect_")
    if kind == _COMPOUND_UNIQUE:
        return f"{short}({','.join(kwargs.get('column_list', []))})"
    return f"{short}({column})" if column else short


@cache
def _suite_json(table_name: str) -> dict[str, Any]:
    path = resource_dir("expectations") / f"{table_name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


class _Validator:
    """Holds one ephemeral GX context and a validation definition per table."""

    def __init__(self) -> None:
        import great_expectations as gx

        # GX announces its temporary docs site at INFO on every context; that is noise in a run log.
        # (Set after the import: importing GX configures its own loggers.)
        for name in ("great_expectations", "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.WARNING)

        self._gx = gx
        _skip_batch_fingerprints()
        self.context = gx.get_context(mode="ephemeral")
        try:
            from great_expectations.data_context.types.base import ProgressBarsConfig

            self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        except Exception:  # progress bars are cosmetic; an API change must not break validation
            log.debug("could not disable GX progress bars", exc_info=True)
        self.source = self.context.data_sources.add_pandas("tariffwatch")
        self._definitions: dict[str, Any] = {}

    def definition(self, table_name: str) -> Any:
        """The validation definition of a table's whole suite (what batches are checked with)."""
        return self.definition_for(table_name, _suite_json(table_name))

    def definition_for(self, name: str, suite_json: dict[str, Any]) -> Any:
        """A validation definition for ``suite_json`` (named ``name``), created on first use."""
        if name not in self._definitions:
            gx = self._gx
            asset = self.source.add_dataframe_asset(name=name)
            batch_def = asset.add_batch_definition_whole_dataframe(f"{name}_batch")
            suite = self.context.suites.add(gx.ExpectationSuite(**{**suite_json, "name": name}))
            self._definitions[name] = self.context.validation_definitions.add(
                gx.ValidationDefinition(name=f"{name}_validation", data=batch_def, suite=suite)
            )
        return self._definitions[name]


def _skip_batch_fingerprints() -> None:
    """Stop GX hashing every cell of each in-memory batch for a batch marker nothing here reads.

    GX fingerprints a pandas batch (``hash_pandas_object`` + md5) whenever the frame's shallow memory
    usage is under ``HASH_THRESHOLD`` (1e9 bytes), which a frame of Python strings always is: on a
    5,000-article batch that cost ~90 MB of peak memory and ~0.1 s per suite run (measured). The module
    constant is GX's own switch for frames too large to hash; zero means "never".
    """
    try:
        from great_expectations.execution_engine import pandas_execution_engine
    except ImportError:  # moved in another GX version: fingerprints cost time, not correctness
        return
    if hasattr(pandas_execution_engine, "HASH_THRESHOLD"):
        pandas_execution_engine.HASH_THRESHOLD = 0


def _as_date(value: Any) -> Any:
    # GX compares python dates with ISO-string bounds correctly, but not strings or numpy datetimes.
    if value is None or (isinstance(value, float) and value != value):
        return None
    to_date = getattr(value, "date", None)
    if callable(to_date) and type(value).__name__ in ("Timestamp", "datetime"):
        return to_date()
    return value


@cache
def _validator() -> _Validator:
    return _Validator()


#: The suites every batch is validated with (see :func:`validate_frame`).
BATCH_SUITES = ("articles", "mentions")


def prepare_batch_validation() -> None:
    """Import Great Expectations and build the batch suites' validation definitions now.

    Costs ≈5 s of CPU once per process. A run calls it in a background thread while its first batch is
    being extracted, so the first commit does not hold the pipeline up; :func:`validate_frame` waits for
    it (same lock) rather than building a second context.
    """
    with _lock:
        validator = _validator()
        for table_name in BATCH_SUITES:
            validator.definition(table_name)


def validate_frame(table_name: str, frame: pd.DataFrame) -> list[RowFailure]:
    """Validate a batch against the table's suite and return the rows that failed.

    Args:
        table_name: Which suite (``articles`` or ``mentions``).
        frame: The batch, with exactly the table's columns in declared order. Date columns may hold
            ``datetime.date`` values (GX compares them with the suite's ISO-string bounds).

    Returns:
        One entry per failing row (positions in ``frame``), with the expectations it failed. A
        table-level failure (e.g. wrong columns) marks every row.
    """
    import pandas as pd

    if frame.empty:
        return []
    table = load_table(table_name)
    work = frame.copy()
    for col in table.columns:
        if col.type == "date":
            work[col.name] = pd.Series([_as_date(v) for v in work[col.name]], dtype=object, index=work.index)
    work = work.reset_index(drop=True)
    with _lock:
        definition = _validator().definition(table_name)
        # Most batches are clean: a pass that only says yes or no costs half of one that lists the
        # failing rows, so the listing pass runs only when something failed.
        quick = definition.run(
            batch_parameters={"dataframe": work}, result_format={"result_format": "BOOLEAN_ONLY"}
        )
        if quick.success:
            return []
        # The _row key identifies failing rows even when the id column itself is duplicated.
        work.insert(len(work.columns), _ROW, range(len(work)))
        result = definition.run(
            batch_parameters={"dataframe": work},
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [_ROW]},
        )
    failures: dict[int, list[str]] = {}
    for res in result.results:
        if res.success:
            continue
        cfg = res.expectation_config.to_json_dict()
        name = _describe(cfg)
        if cfg.get("type") == "expect_table_columns_to_match_ordered_list":
            # the suite compares against the declared list; _row is ours, not a real failure
            observed = [c for c in (res.result or {}).get("observed_value", []) if c != _ROW]
            if observed == list(table.column_names):
                continue
        index_list = (res.result or {}).get("unexpected_index_list")
        if index_list is None:
            rows: list[int] = list(range(len(work)))
        else:
            rows = [int(item[_ROW]) if isinstance(item, dict) else int(item) for item in index_list]
        for row in rows:
            failures.setdefault(row, []).append(name)
    return [RowFailure(row=r, failed=tuple(sorted(set(f)))) for r, f in sorted(failures.items())]


# ------------------------------------------------------------------------------------ whole warehouse

#: Rows read and validated at a time by :func:`validate_warehouse`: bounds memory on large tables.
DEFAULT_CHUNK_ROWS = 50_000
#: Rough bytes of table text per chunk: what bounds memory when rows are wide (≈10x this at peak).
CHUNK_BYTES = 32 * 2**20
#: Example failing values kept per expectation (GX's ``partial_unexpected_count``).
EXAMPLES = 5
#: Name of the Data Docs site (under ``<home>/data_docs``).
DOCS_SITE = "tariffwatch"


@dataclass(frozen=True)
class ExpectationOutcome:
    """What one expectation found on a whole table.

    Attributes:
        name: Short form, e.g. ``column_values_to_be_in_set(state)``.
        success: Whether it held on every row.
        unexpected: Failing values (None for a table-level expectation such as the column list).
        examples: A few failing values, with the primary key of their rows.
        error: The exception message when GX could not evaluate it (counted as a failure).
    """

    name: str
    success: bool
    unexpected: int | None = None
    examples: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class TableReport:
    """The suite of one table run on all of its rows."""

    table: str
    rows: int
    outcomes: tuple[ExpectationOutcome, ...]

    @property
    def expectations(self) -> int:
        """How many checks ran: the suite's expectations, and the table definition against the DDL."""
        return len(self.outcomes)

    @property
    def failed(self) -> tuple[ExpectationOutcome, ...]:
        """The expectations that did not hold."""
        return tuple(o for o in self.outcomes if not o.success)


@dataclass(frozen=True)
class WarehouseReport:
    """Every suite run on the warehouse, and where the Data Docs were written."""

    tables: tuple[TableReport, ...]
    docs_index: Path | None

    @property
    def success(self) -> bool:
        """Whether every expectation of every table held."""
        return all(not t.failed for t in self.tables)


def _describe_with_condition(exp: dict[str, Any]) -> str:
    # The report says when a check applies only to some rows: "...not_be_null(value) where kind == 'x'".
    cond = exp["kwargs"].get("row_condition")
    if not isinstance(cond, dict) or "column" not in cond:
        return _describe(exp)
    column, operator, value = cond["column"].get("name"), cond.get("operator"), cond.get("parameter")
    return f"{_describe(exp)} where {column} {operator} {value!r}"


def _is_uniqueness(exp: dict[str, Any]) -> bool:
    return exp["type"] in (_UNIQUE, _COMPOUND_UNIQUE)


def _key_columns(exp: dict[str, Any]) -> list[str]:
    kwargs = exp["kwargs"]
    return list(kwargs["column_list"]) if exp["type"] == _COMPOUND_UNIQUE else [kwargs["column"]]


def _quote(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _read(warehouse: Warehouse, sql: str, params: Sequence[Any]) -> pd.DataFrame:
    # One short read-only connection per chunk: a running `serve` or `run` waits at most one chunk read
    # for the file (DuckDB lets a writer in only when no other process has it open), never for GX.
    from tariffwatch.warehouse import to_arrow

    with warehouse.reader() as con:
        table = to_arrow(con.execute(sql, list(params)))
    # date32 → datetime.date objects: GX compares those with the suites' ISO-string bounds.
    frame: pd.DataFrame = table.to_pandas(date_as_object=True)
    return frame


def _format_value(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "null"
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split())
    return repr(text[:57] + "..." if len(text) > 60 else text)


def _examples(result: dict[str, Any], column: str | None, keys: Sequence[str]) -> tuple[str, ...]:
    indexed = result.get("partial_unexpected_index_list")
    if isinstance(indexed, list) and indexed and isinstance(indexed[0], dict):
        found = []
        for item in indexed[:EXAMPLES]:
            where = ", ".join(f"{k}={item[k]}" for k in keys if k in item)
            if column is not None and column in item and column not in keys:
                found.append(
                    f"{_format_value(item[column])} ({where})" if where else _format_value(item[column])
                )
            else:
                found.append(where or str(item))
        return tuple(found)
    values = result.get("partial_unexpected_list")
    if isinstance(values, list) and values:
        return tuple(_format_value(v) for v in values[:EXAMPLES])
    if "observed_value" in result:
        return (f"observed {_format_value(result['observed_value'])}",)
    return ()


def _merge_counts(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Add up the per-chunk results of a column map expectation into one for the whole table."""
    from collections import Counter

    element = sum(int(r.get("element_count") or 0) for r in results)
    missing = sum(int(r.get("missing_count") or 0) for r in results)
    unexpected = sum(int(r.get("unexpected_count") or 0) for r in results)
    nonmissing = element - missing
    merged: dict[str, Any] = {
        "element_count": element,
        "unexpected_count": unexpected,
        "unexpected_percent": 100.0 * unexpected / nonmissing if nonmissing else None,
        "partial_unexpected_list": [v for r in results for v in r.get("partial_unexpected_list") or []][
            : EXAMPLES * 4
        ],
    }
    if any("missing_count" in r for r in results):
        merged["missing_count"] = missing
        merged["missing_percent"] = 100.0 * missing / element if element else None
        merged["unexpected_percent_total"] = 100.0 * unexpected / element if element else None
        merged["unexpected_percent_nonmissing"] = merged["unexpected_percent"]
    if any("partial_unexpected_index_list" in r for r in results):
        merged["partial_unexpected_index_list"] = [
            v for r in results for v in r.get("partial_unexpected_index_list") or []
        ][: EXAMPLES * 4]
        merged["unexpected_index_column_names"] = next(
            (r["unexpected_index_column_names"] for r in results if "unexpected_index_column_names" in r), []
        )
    counts: Counter[str] = Counter()
    originals: dict[str, Any] = {}
    for r in results:
        for item in r.get("partial_unexpected_counts") or []:
            key = json.dumps(item.get("value"), default=str, sort_keys=True)
            counts[key] += int(item.get("count") or 0)
            originals.setdefault(key, item.get("value"))
    merged["partial_unexpected_counts"] = [
        {"value": originals[k], "count": n} for k, n in counts.most_common(EXAMPLES * 4)
    ]
    return merged


def _merge(config: Any, parts: Sequence[Any]) -> Any:
    """One expectation's result for the whole table from its results on each chunk."""
    from great_expectations.core import ExpectationValidationResult

    errors = [p.exception_info for p in parts if (p.exception_info or {}).get("raised_exception")]
    results = [p.result or {} for p in parts]
    if results and all("element_count" in r for r in results):
        merged = _merge_counts(results)
    else:
        # Table-level (the column list): every chunk observes the same thing; show a failing one.
        failing = [p.result or {} for p in parts if not p.success]
        merged = dict(failing[0] if failing else results[0] if results else {})
    return ExpectationValidationResult(
        success=bool(parts) and all(p.success for p in parts) and not errors,
        expectation_config=config,
        result=merged,
        exception_info=errors[0] if errors else None,
    )


def _run_chunks(
    name: str, suite: dict[str, Any], frames: Iterator[pd.DataFrame], keys: Sequence[str]
) -> list[list[Any]]:
    """Run ``suite`` on every frame; return, per expectation of the suite, its result on each frame."""
    per_expectation: list[list[Any]] = [[] for _ in suite["expectations"]]
    for frame in frames:
        result_format: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": EXAMPLES}
        index_columns = [k for k in keys if k in frame.columns]
        if index_columns:
            result_format["unexpected_index_column_names"] = index_columns
        with _lock:
            definition = _validator().definition_for(name, suite)
            result = definition.run(batch_parameters={"dataframe": frame}, result_format=result_format)
        for i, res in enumerate(result.results):
            per_expectation[i].append(res)
    return per_expectation


def _run_partitioned(
    warehouse: Warehouse,
    table_name: str,
    suite: dict[str, Any],
    row_chunks: Iterator[pd.DataFrame],
    keys: Sequence[str],
    top: int,
    partitions: int,
) -> list[list[Any]]:
    """Run a suite on a table too large for one chunk; return each expectation's per-chunk results."""
    expectations: list[dict[str, Any]] = suite["expectations"]
    parts: list[list[Any]] = [[] for _ in expectations]
    row_idx = [i for i, e in enumerate(expectations) if not _is_uniqueness(e)]
    row_suite = {**suite, "expectations": [expectations[i] for i in row_idx]}
    for i, found in zip(row_idx, _run_chunks(f"{table_name}.rows", row_suite, row_chunks, keys), strict=True):
        parts[i] = found
    # Uniqueness cannot be judged chunk by chunk: rows are partitioned by a hash of the key instead, so
    # all copies of a value land in the same partition (and only the key columns are read).
    for i, exp in enumerate(expectations):
        if not _is_uniqueness(exp):
            continue
        cols = _key_columns(exp)
        select = _quote(list(dict.fromkeys([*keys, *cols])))
        sql = f'SELECT {select} FROM "{table_name}" WHERE rowid <= ? AND hash({_quote(cols)}) % ? = ?'
        frames = (_read(warehouse, sql, [top, partitions, part]) for part in range(partitions))
        unique_suite = {**suite, "expectations": [exp]}
        parts[i] = _run_chunks(f"{table_name}.unique.{i}", unique_suite, frames, keys)[0]
    return parts


@cache
def _declared_definition(table_name: str) -> tuple[tuple[str, str, str, str], ...]:
    import duckdb

    from tariffwatch.schema import duckdb_ddl

    con = duckdb.connect()
    try:
        con.execute(duckdb_ddl(load_table(table_name)))
        rows = con.execute(f'DESCRIBE "{table_name}"').fetchall()
    finally:
        con.close()
    return tuple((str(r[0]), str(r[1]), str(r[2]), str(r[3] or "")) for r in rows)


def _definition_outcome(table_name: str, described: Sequence[tuple[Any, ...]]) -> ExpectationOutcome:
    """Compare the stored table's columns, types, NOT NULL and key with what the DDL declares.

    The DDL is ``CREATE TABLE IF NOT EXISTS``: a warehouse made before a declaration changed, or a table
    rebuilt from Parquet, keeps the old definition, and no expectation on the data would say so.
    """
    declared = {r[0]: r for r in _declared_definition(table_name)}
    actual = {str(r[0]): (str(r[0]), str(r[1]), str(r[2]), str(r[3] or "")) for r in described}
    problems = []
    for name, (_, dtype, null, key) in declared.items():
        if name not in actual:
            problems.append(f"{name}: missing")
            continue
        _, got_type, got_null, got_key = actual[name]
        if got_type != dtype:
            problems.append(f"{name}: {got_type} (declared {dtype})")
        if got_null != null:
            said = ("nullable", "NOT NULL") if got_null == "YES" else ("NOT NULL", "nullable")
            problems.append(f"{name}: {said[0]} (declared {said[1]})")
        if got_key != key:
            said = ("in the primary key", "not") if got_key else ("not in the primary key", "in it")
            problems.append(f"{name}: {said[0]} (declared {said[1]})")
    problems += [f"{name}: not declared" for name in actual if name not in declared]
    return ExpectationOutcome(
        "table_definition_to_match_ddl",
        not problems,
        unexpected=len(problems) if problems else None,
        examples=tuple(problems[:EXAMPLES]),
    )


def _table_report(
    warehouse: Warehouse, table_name: str, chunk_rows: int
) -> tuple[TableReport, list[Any] | None]:
    """Run a table's suite on every row; return the report and the merged GX results (for Data Docs)."""
    suite = _suite_json(table_name)
    expectations: list[dict[str, Any]] = suite["expectations"]
    keys = list(load_table(table_name).primary_key)
    with warehouse.reader() as con:
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_name = ? AND table_type = 'BASE TABLE'",
            [table_name],
        ).fetchone()
        if not exists or not exists[0]:
            missing = ExpectationOutcome("table_exists", False, error=f"no table {table_name!r}")
            return TableReport(table_name, 0, (missing,)), None
        definition = _definition_outcome(table_name, con.execute(f'DESCRIBE "{table_name}"').fetchall())
        count_row = con.execute(f'SELECT count(*), coalesce(max(rowid), -1) FROM "{table_name}"').fetchone()
        # Row width from the first rows: article bodies make a chunk of articles ten times a chunk of
        # mentions, so chunks are sized in bytes too.
        width_row = con.execute(
            f'SELECT avg(strlen(t::VARCHAR)) FROM (SELECT * FROM "{table_name}" WHERE rowid < 1000) t'
        ).fetchone()
    rows, top = (int(count_row[0]), int(count_row[1])) if count_row else (0, -1)
    width = float(width_row[0]) if width_row and width_row[0] else 1.0
    # Rows committed while this runs (rowid above `top`) are left for the next validation.
    step = max(1, min(chunk_rows, int(CHUNK_BYTES / width)))

    def row_chunks() -> Iterator[pd.DataFrame]:
        for lo in range(0, max(top + 1, 1), step):
            yield _read(
                warehouse, f'SELECT * FROM "{table_name}" WHERE rowid BETWEEN ? AND ?', [lo, lo + step - 1]
            )

    if top < step:
        # One chunk holds the whole table: the whole suite, uniqueness included, runs on it at once.
        parts = _run_chunks(f"{table_name}.all", suite, row_chunks(), keys)
    else:
        # Key partitions hold narrow rows (the key columns only): sized by rows alone.
        partitions = max(1, -(-rows // max(chunk_rows, 1)))
        parts = _run_partitioned(warehouse, table_name, suite, row_chunks(), keys, top, partitions)
    import great_expectations as gx

    configs = gx.ExpectationSuite(**suite).expectations
    merged = [_merge(configs[i].configuration, parts[i]) for i in range(len(expectations))]
    outcomes = []
    for exp, res in zip(expectations, merged, strict=True):
        error = (res.exception_info or {}).get("exception_message") if not res.success else None
        unexpected = res.result.get("unexpected_count") if "element_count" in res.result else None
        column = exp["kwargs"].get("column")
        outcomes.append(
            ExpectationOutcome(
                name=_describe_with_condition(exp),
                success=bool(res.success),
                unexpected=None if unexpected is None else int(unexpected),
                examples=() if res.success else _examples(res.result, column, keys),
                error=str(error) if error else None,
            )
        )
    return TableReport(table_name, rows, (definition, *outcomes)), merged


def _build_docs(docs_dir: Path, results: dict[str, list[Any]], run_at: datetime) -> Path:
    """Write Data Docs (the suites and this validation's results) under ``docs_dir``; return index.html."""
    import great_expectations as gx
    from great_expectations.core import ExpectationSuiteValidationResult, RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    context = gx.get_context(mode="ephemeral")
    context.add_data_docs_site(
        DOCS_SITE,
        {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    run_id = RunIdentifier(run_name="validate", run_time=run_at)
    for table_name, merged in results.items():
        context.suites.add(gx.ExpectationSuite(**_suite_json(table_name)))
        successful = sum(1 for r in merged if r.success)
        suite_result = ExpectationSuiteValidationResult(
            success=successful == len(merged),
            results=merged,
            suite_name=table_name,
            statistics={
                "evaluated_expectations": len(merged),
                "successful_expectations": successful,
                "unsuccessful_expectations": len(merged) - successful,
                "success_percent": 100.0 * successful / len(merged) if merged else None,
            },
            meta={
                "run_id": run_id,
                "validation_time": run_at,
                "active_batch_definition": {
                    "datasource_name": "warehouse",
                    "data_connector_name": "duckdb",
                    "data_asset_name": table_name,
                    "batch_identifiers": {},
                },
            },
        )
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=table_name),
            run_id=run_id,
            batch_identifier=f"warehouse-{table_name}",
        )
        context.validation_results_store.set(key, suite_result)
    context.build_data_docs(site_names=[DOCS_SITE])
    return docs_dir / "index.html"


def validate_warehouse(
    warehouse: Warehouse,
    tables: Sequence[str] | None = None,
    docs_dir: Path | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> WarehouseReport:
    """Run the suites on every row of the warehouse's tables and write Data Docs.

    Tables are read with short read-only connections, ``chunk_rows`` rows at a time, so memory stays
    bounded and a running ``serve`` keeps writing. Uniqueness is checked on hash partitions of the key,
    which hold every copy of a value together.

    Args:
        warehouse: The warehouse (opened read-only).
        tables: Which tables (default: every declared table).
        docs_dir: Where the Data Docs go (default ``<home>/data_docs``); the site shows this run only.
        chunk_rows: Rows per chunk.

    Returns:
        One report per table, and the path of the Data Docs index.
    """
    from datetime import UTC

    from tariffwatch.schema import TABLE_NAMES

    run_at = datetime.now(UTC)
    reports = []
    results: dict[str, list[Any]] = {}
    for name in tables or TABLE_NAMES:
        report, merged = _table_report(warehouse, name, chunk_rows)
        reports.append(report)
        if merged is not None:
            results[name] = merged
    target = docs_dir if docs_dir is not None else warehouse.home / "data_docs"
    index = _build_docs(target, results, run_at) if results else None
    return WarehouseReport(tuple(reports), index)
