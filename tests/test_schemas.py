"""schemas/*.toml is the one declaration: Arrow schema, DuckDB DDL and GX suites must all agree with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from conftest import REPO

from tariffwatch.schema import (
    TABLE_NAMES,
    Table,
    arrow_schema,
    duckdb_ddl,
    expectation_suite,
    load_table,
    render_suite,
    suite_tables,
    validated_tables,
)
from tariffwatch.warehouse import to_arrow

EXPECTATIONS = REPO / "expectations"
SCHEMAS = REPO / "schemas"

# Written out here on purpose (not imported): a wrong mapping in schema.py must fail these tests.
ARROW = {
    "string": pa.string(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "int64": pa.int64(),
    "float64": pa.float64(),
}
DUCKDB = {
    "string": "VARCHAR",
    "date": "DATE",
    "timestamp": "TIMESTAMP WITH TIME ZONE",
    "int64": "BIGINT",
    "float64": "DOUBLE",
}


@pytest.fixture(scope="module")
def gx() -> Any:
    """Great Expectations, imported once for the module (≈5 s)."""
    import great_expectations

    return great_expectations


def declared(table: Table) -> list[tuple[str, str, bool]]:
    return [(c.name, c.type, c.nullable) for c in table.columns]


def unconditional_not_null(suite: dict[str, Any]) -> list[str]:
    return [
        e["kwargs"]["column"]
        for e in suite["expectations"]
        if e["type"] == "expect_column_values_to_not_be_null" and "row_condition" not in e["kwargs"]
    ]


def test_every_schema_file_is_a_declared_table() -> None:
    assert sorted(p.stem for p in SCHEMAS.glob("*.toml")) == sorted(TABLE_NAMES)
    for name in TABLE_NAMES:
        assert load_table(name).name == name


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_declaration_is_coherent(name: str) -> None:
    table = load_table(name)
    assert len(set(table.column_names)) == len(table.column_names), "duplicate column"
    assert table.primary_key, "every table has a primary key"
    for key in table.primary_key:
        assert key in table.column_names
        assert not next(c for c in table.columns if c.name == key).nullable, f"key {key} must be NOT NULL"
    if len(table.primary_key) == 1:
        key_column = next(c for c in table.columns if c.name == table.primary_key[0])
        assert key_column.unique, f"single-column key {key_column.name} must be declared unique"
    if table.partition:
        assert table.partition in table.column_names
    assert "run_id" in table.column_names or name in ("deliveries", "feed_state")


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_arrow_schema_matches_declaration(name: str) -> None:
    table = load_table(name)
    schema = arrow_schema(table)
    got = [(f.name, f.type, f.nullable) for f in schema]
    assert got == [(n, ARROW[t], nullable) for n, t, nullable in declared(table)]


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_duckdb_ddl_matches_declaration(name: str) -> None:
    table = load_table(name)
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(duckdb_ddl(table))
        con.execute(duckdb_ddl(table))  # IF NOT EXISTS: re-running is harmless
        described = con.execute(f'DESCRIBE "{name}"').fetchall()
        pk = {r[0] for r in described if r[3] == "PRI"}
        # What DuckDB hands back as Arrow must cast cleanly to the declared schema (the export does it).
        exported = to_arrow(con.sql(f'SELECT * FROM "{name}"')).schema
    finally:
        con.close()
    got = [(r[0], r[1], r[2] == "YES") for r in described]
    assert got == [(n, DUCKDB[t], nullable) for n, t, nullable in declared(table)]
    # Large tables declare their key without a DuckDB index (key_index = false): the writer enforces it.
    assert pk == (set(table.primary_key) if table.key_index else set())
    assert [f.type for f in exported] == [ARROW[c.type] for c in table.columns]


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_suite_matches_declaration(name: str) -> None:
    table = load_table(name)
    suite = expectation_suite(table)
    assert suite["name"] == name
    first = suite["expectations"][0]
    assert first["type"] == "expect_table_columns_to_match_ordered_list"
    assert first["kwargs"]["column_list"] == list(table.column_names)
    not_null = unconditional_not_null(suite)
    assert not_null == [c.name for c in table.columns if not c.nullable]
    compound = [e for e in suite["expectations"] if e["type"] == "expect_compound_columns_to_be_unique"]
    for exp in suite["expectations"][1:]:
        if exp not in compound:
            assert exp["kwargs"]["column"] in table.column_names, exp
    unique = [
        e["kwargs"]["column"]
        for e in suite["expectations"]
        if e["type"] == "expect_column_values_to_be_unique"
    ]
    assert unique == [c.name for c in table.columns if c.unique]
    # The primary key is unique: by its one column, or as a whole when it has several.
    if len(table.primary_key) == 1:
        assert table.primary_key[0] in unique
        assert compound == []
    else:
        assert [e["kwargs"]["column_list"] for e in compound] == [list(table.primary_key)]


def test_every_declared_check_becomes_an_expectation() -> None:
    # A few declarations spelled out: a check dropped by the derivation must fail here.
    def kinds(name: str, column: str) -> list[tuple[str, bool]]:
        return [
            (e["type"], "row_condition" in e["kwargs"])
            for e in expectation_suite(load_table(name))["expectations"]
            if e["kwargs"].get("column") == column
        ]

    assert ("expect_column_values_to_be_in_set", False) in kinds("deliveries", "state")
    assert ("expect_column_values_to_be_null", True) in kinds("deliveries", "delivered_at")
    assert ("expect_column_values_to_not_be_null", True) in kinds("runs", "finished_at")
    assert ("expect_column_values_to_be_between", False) in kinds("runs", "articles_new")
    assert ("expect_column_values_to_match_regex", False) in kinds("quarantine", "quarantine_id")
    assert ("expect_column_values_to_be_in_set", True) in kinds("alerts", "status")


def test_every_table_has_a_stored_suite() -> None:
    stored = sorted(p.stem for p in EXPECTATIONS.glob("*.json"))
    assert stored == sorted(TABLE_NAMES)
    assert [t.name for t in suite_tables()] == list(TABLE_NAMES)
    # Batch validation (on the ingest hot path) stays limited to the tables declared `validated`.
    assert sorted(t.name for t in validated_tables()) == ["articles", "mentions"]


@pytest.mark.parametrize("table", suite_tables(), ids=lambda t: t.name)
def test_stored_suite_is_what_the_schema_renders(table: Table) -> None:
    path: Path = EXPECTATIONS / f"{table.name}.json"
    assert path.read_text(encoding="utf-8") == render_suite(table), (
        f"{path.relative_to(REPO)} is out of date with schemas/{table.name}.toml: run `make expectations`"
    )
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["expectations"][0]["kwargs"]["column_list"] == list(table.column_names)
    assert unconditional_not_null(stored) == [c.name for c in table.columns if not c.nullable]


@pytest.mark.parametrize("table", suite_tables(), ids=lambda t: t.name)
def test_stored_suite_loads_in_great_expectations(gx: Any, table: Table) -> None:
    data = json.loads((EXPECTATIONS / f"{table.name}.json").read_text(encoding="utf-8"))
    suite = gx.ExpectationSuite(**data)
    assert suite.name == table.name
    assert len(suite.expectations) == len(data["expectations"])
    assert [e.expectation_type for e in suite.expectations] == [e["type"] for e in data["expectations"]]
    conditional = [e for e in suite.expectations if getattr(e, "row_condition", None)]
    declared_conditions = sum(len(c.checks) - 1 for c in table.columns)
    assert bool(conditional) == bool(declared_conditions)
