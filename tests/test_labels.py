"""Every labelled set under tests/data follows the label format of tests/data/LABELS.md.

The scorer, the golden tests and the classifier's training all read labels by text and occurrence, so a
label whose text is missing from the body, a malformed date or an unknown unit silently corrupts a
measurement. Sets written before the format was checked (everything up to ``heldout27`` and ``train06``)
may still list a few labels out of document order — the k-th-occurrence reading then lands on another
occurrence of the same text, which changes no value-level score; newer sets must be clean.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tariffwatch.evaluation import lint_labels

DATA = Path(__file__).parent / "data"
SETS = sorted(d.name for d in DATA.iterdir() if d.is_dir() and any(d.glob("*.txt")) and any(d.glob("*.json")))


def _legacy(name: str) -> bool:
    match = re.fullmatch(r"(heldout|train)(\d*)", name)
    if name == "extraction":
        return True
    if match is None:
        return False
    number = int(match.group(2) or 1)
    return number <= (27 if match.group(1) == "heldout" else 6)


def test_the_sets_are_found() -> None:
    assert {"extraction", "heldout", "heldout27", "train06"} <= set(SETS)


@pytest.mark.parametrize("name", SETS)
def test_labels_are_well_formed(name: str) -> None:
    problems = lint_labels(DATA / name)
    if _legacy(name):
        problems = [problem for problem in problems if not problem.endswith("is out of document order")]
    assert problems == []
