"""Table declarations (``schemas/*.toml``) and what derives from them.

One declaration per table; the Arrow schema, the DuckDB DDL and the Great Expectations suite are
computed from it, so they cannot disagree (``tests/test_schemas.py`` proves the stored suites match).
Column types are enforced by the DDL (DuckDB refuses a value of the wrong type) and the Arrow schema, not
by the suite: pandas dtypes of the same data differ between pandas versions and between the pipeline's
batches and frames read back from DuckDB, so a dtype expectation would test pandas, not the data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from tariffwatch.resources import resource_dir

if TYPE_CHECKING:
    import pyarrow as pa

_DUCKDB_TYPES = {
    "string": "VARCHAR",
    "date": "DATE",
    "timestamp": "TIMESTAMPTZ",
    "int64": "BIGINT",
    "float64": "DOUBLE",
}

#: The tables in dependency order (what a fresh warehouse creates).
TABLE_NAMES = (
    "runs",
    "articles",
    "mentions",
    "alerts",
    "deliveries",
    "quarantine",
    "feed_state",
    "file_index",
)


@dataclass(frozen=True)
class Check:
    """Constraints on a column, optionally only for rows matching a pandas ``when`` condition."""

    when: str | None = None
    nullable: bool = True
    must_be_null: bool = False
    allowed: tuple[str, ...] | None = None
    regex: str | None = None
    min: Any = None
    max: Any = None
    min_length: int | None = None
    max_length: int | None = None


@dataclass(frozen=True)
class Column:
    """One declared column."""

    name: str
    type: str
    description: str = ""
    unique: bool = False
    checks: tuple[Check, ...] = ()

    @property
    def nullable(self) -> bool:
        """Whether the column may be null in every row (the unconditional check says so)."""
        return self.checks[0].nullable if self.checks and self.checks[0].when is None else True


@dataclass(frozen=True)
class Table:
    """One declared table."""

    name: str
    description: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    partition: str | None = None
    validated: bool = False
    key_index: bool = True
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(c.name for c in self.columns))


_CHECK_KEYS = {"nullable", "must_be_null", "allowed", "regex", "min", "max", "min_length", "max_length"}


def _check(raw: dict[str, Any], when: str | None) -> Check:
    return Check(
        when=when,
        nullable=bool(raw.get("nullable", True)),
        must_be_null=bool(raw.get("must_be_null", False)),
        allowed=tuple(raw["allowed"]) if "allowed" in raw else None,
        regex=raw.get("regex"),
        min=raw.get("min"),
        max=raw.get("max"),
        min_length=raw.get("min_length"),
        max_length=raw.get("max_length"),
    )


@cache
def load_table(name: str) -> Table:
    """Read ``schemas/<name>.toml``.

    Args:
        name: Table name.

    Returns:
        The parsed declaration.
    """
    raw = tomllib.loads((resource_dir("schemas") / f"{name}.toml").read_text(encoding="utf-8"))
    columns = []
    for col in raw["columns"]:
        if col["type"] not in _DUCKDB_TYPES:
            raise ValueError(f"schemas/{name}.toml: column {col['name']}: unknown type {col['type']!r}")
        base = {k: v for k, v in col.items() if k in _CHECK_KEYS}
        checks = [_check(base, None)]
        checks += [_check(c, c["when"]) for c in col.get("checks", [])]
        columns.append(
            Column(
                name=col["name"],
                type=col["type"],
                description=col.get("description", ""),
                unique=bool(col.get("unique", False)),
                checks=tuple(checks),
            )
        )
    meta = raw["table"]
    return Table(
        name=meta["name"],
        description=meta.get("description", ""),
        primary_key=tuple(meta.get("primary_key", ())),
        columns=tuple(columns),
        partition=meta.get("partition"),
        validated=bool(meta.get("validated", False)),
        key_index=bool(meta.get("key_index", True)),
    )


def arrow_schema(table: Table) -> pa.Schema:
    """Return the Arrow schema of a table (Parquet files are written with it).

    Args:
        table: The declaration.

    Returns:
        A ``pyarrow.Schema`` with nullability from the declaration.
    """
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "int64": pa.int64(),
        "float64": pa.float64(),
    }
    return pa.schema([pa.field(c.name, types[c.type], nullable=c.nullable) for c in table.columns])


def duckdb_ddl(table: Table) -> str:
    """Return ``CREATE TABLE IF NOT EXISTS`` for a table.

    Args:
        table: The declaration.

    Returns:
        DuckDB DDL; column names are quoted (``end`` and ``date`` are SQL keywords).
    """
    lines = []
    for c in table.columns:
        null = "" if c.nullable else " NOT NULL"
        lines.append(f'    "{c.name}" {_DUCKDB_TYPES[c.type]}{null}')
    if table.primary_key and table.key_index:
        keys = ", ".join(f'"{k}"' for k in table.primary_key)
        lines.append(f"    PRIMARY KEY ({keys})")
    body = ",\n".join(lines)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" (\n{body}\n);'


_WHEN = re.compile(r'^\s*(\w+)\s*(==|!=)\s*"([^"]*)"\s*$')


def _condition(when: str) -> dict[str, Any]:
    """Translate ``col == "value"`` into GX's structured row condition (string parsers are deprecated)."""
    match = _WHEN.match(when)
    if not match:
        raise ValueError(f'unsupported row condition {when!r}: use  column == "value"  or  column != "value"')
    column, operator, value = match.groups()
    return {"type": "comparison", "column": {"name": column}, "operator": operator, "parameter": value}


def _expectation(kind: str, column: str, when: str | None, **kwargs: Any) -> dict[str, Any]:
    kw: dict[str, Any] = {"column": column, **kwargs}
    if when is not None:
        kw["row_condition"] = _condition(when)
    return {"type": kind, "kwargs": kw, "meta": {}}


def expectation_suite(table: Table) -> dict[str, Any]:
    """Derive the Great Expectations suite (JSON form) of a table from its declaration.

    Date bounds are ISO ``YYYY-MM-DD`` strings; the validator passes date columns as ``datetime.date``.

    Args:
        table: The declaration.

    Returns:
        A dict that ``great_expectations.ExpectationSuite(**d)`` accepts.
    """
    exps: list[dict[str, Any]] = [
        {
            "type": "expect_table_columns_to_match_ordered_list",
            "kwargs": {"column_list": list(table.column_names)},
            "meta": {},
        }
    ]
    if len(table.primary_key) > 1:
        # Single-column keys are declared ``unique`` on the column; a compound key is unique as a whole.
        exps.append(
            {
                "type": "expect_compound_columns_to_be_unique",
                "kwargs": {"column_list": list(table.primary_key)},
                "meta": {},
            }
        )
    for c in table.columns:
        if c.unique:
            exps.append(_expectation("expect_column_values_to_be_unique", c.name, None))
        for chk in c.checks:
            w = chk.when
            if not chk.nullable:
                exps.append(_expectation("expect_column_values_to_not_be_null", c.name, w))
            if chk.must_be_null:
                exps.append(_expectation("expect_column_values_to_be_null", c.name, w))
            if chk.allowed is not None:
                exps.append(
                    _expectation("expect_column_values_to_be_in_set", c.name, w, value_set=list(chk.allowed))
                )
            if chk.regex is not None:
                exps.append(_expectation("expect_column_values_to_match_regex", c.name, w, regex=chk.regex))
            if chk.min is not None or chk.max is not None:
                exps.append(
                    _expectation(
                        "expect_column_values_to_be_between",
                        c.name,
                        w,
                        min_value=chk.min,
                        max_value=chk.max,
                    )
                )
            if chk.min_length is not None or chk.max_length is not None:
                exps.append(
                    _expectation(
                        "expect_column_value_lengths_to_be_between",
                        c.name,
                        w,
                        min_value=chk.min_length,
                        max_value=chk.max_length,
                    )
                )
    return {
        "name": table.name,
        "expectations": exps,
        "meta": {"generated_from": f"schemas/{table.name}.toml"},
    }


def render_suite(table: Table) -> str:
    """Return the suite of a table as the JSON text stored in ``expectations/<table>.json``."""
    import json

    return json.dumps(expectation_suite(table), indent=2, sort_keys=True) + "\n"


def validated_tables() -> list[Table]:
    """Return the tables whose batches are validated before they are written."""
    return [t for t in map(load_table, TABLE_NAMES) if t.validated]


def suite_tables() -> list[Table]:
    """Return the tables that have a stored suite in ``expectations/``: every table.

    Only :func:`validated_tables` are checked batch by batch on the way in; ``tariffwatch validate`` runs
    every suite on the whole warehouse.
    """
    return [load_table(name) for name in TABLE_NAMES]
