"""Validate batches with the Great Expectations suites in ``expectations/``.

Rows that fail any expectation are split off with the names of the expectations they failed, so the
pipeline can quarantine them; the rest pass on. Great Expectations is imported lazily (≈5 s) and its
context is built once per process.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from tariffwatch.resources import resource_dir
from tariffwatch.schema import load_table

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

_ROW = "_row"
_lock = threading.Lock()


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
        self.context = gx.get_context(mode="ephemeral")
        try:
            from great_expectations.data_context.types.base import ProgressBarsConfig

            self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        except Exception:  # progress bars are cosmetic; an API change must not break validation
            log.debug("could not disable GX progress bars", exc_info=True)
        self.source = self.context.data_sources.add_pandas("tariffwatch")
        self._definitions: dict[str, Any] = {}

    def definition(self, table_name: str) -> Any:
        if table_name not in self._definitions:
            gx = self._gx
            asset = self.source.add_dataframe_asset(name=table_name)
            batch_def = asset.add_batch_definition_whole_dataframe(f"{table_name}_batch")
            suite = self.context.suites.add(gx.ExpectationSuite(**_suite_json(table_name)))
            self._definitions[table_name] = self.context.validation_definitions.add(
                gx.ValidationDefinition(name=f"{table_name}_validation", data=batch_def, suite=suite)
            )
        return self._definitions[table_name]


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
