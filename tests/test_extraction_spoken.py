"""Spoken copy: spelled-out numbers and ordinal dates, as transcripts and spoken wires write them.

Session 10's heldout40 (transcripts, press calls, earnings calls) showed that the candidate generators did
not read them, so no decider ever saw them. These sentences are written anew, not copied from that set.
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import _decimal
from tariffwatch.extraction.context import _spelled_number_start

ON = date(2019, 8, 2)


def _amounts(text: str) -> list[tuple[str, float, str]]:
    return [(m.text, m.value, m.unit) for m in extract_mentions(text, ON) if m.kind == "tariff_amount"]


def _deadlines(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.date)) for m in extract_mentions(text, ON) if m.kind == "deadline"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House said the tariff on Chinese imports would rise to a hundred and forty percent.",
            [("a hundred and forty percent", 140.0, "percent")],
        ),
        (
            "Canada put tariffs on a hundred and ten billion Canadian dollars of U.S. goods.",
            [("a hundred and ten billion Canadian dollars", 110e9, "CAD")],
        ),
        (
            "The levy on aluminum goes to twelve and a half percent, the minister said of the tariff.",
            [("twelve and a half percent", 12.5, "percent")],
        ),
        (
            "Brussels will put tariffs on four point two billion euros of American goods.",
            [("four point two billion euros", 4.2e9, "EUR")],
        ),
        (
            "He said tariffs would climb to three hundred percent on that one product.",
            [("three hundred percent", 300.0, "percent")],
        ),
    ],
)
def test_spelled_out_tariff_amounts_are_read_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The higher tariffs take effect on the fifteenth of October, the trade office said.",
            [("the fifteenth of October", "2019-10-15")],
        ),
        (
            "Tariffs will rise to 25 percent on January first unless a deal is reached.",
            [("January first", "2020-01-01")],
        ),
        (
            "The new duties start on November the first, officials said of the tariff.",
            [("November the first", "2019-11-01")],
        ),
        (
            "Officials said the November first deadline for the higher tariffs still stands.",
            [("November first", "2019-11-01")],
        ),
    ],
)
def test_spoken_ordinal_dates_are_deadlines(text: str, expected: list[tuple[str, str]]) -> None:
    assert _deadlines(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs were blamed for weak March first-quarter sales at the carmaker.",
        "In August third round talks on tariffs ended without a deal.",
    ],
)
def test_an_ordinal_that_heads_a_noun_is_no_day(text: str) -> None:
    assert _deadlines(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rates of a hundred and four", "a hundred and four"),
        ("tariffs and fifty", "fifty"),  # a joiner never starts a number
        ("several hundred", ""),  # a bare "hundred" is no count
        ("“twenty-five", "twenty-five"),  # after an opening quote
    ],
)
def test_the_spelled_number_before_a_unit(text: str, number: str) -> None:
    start = _spelled_number_start(text, len(text))
    assert (text[start:] if start >= 0 else "") == number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("a hundred and four", "104"),
        ("twenty-seven and a half", "27.5"),
        ("two point eight", "2.8"),
        ("zero", "0"),
    ],
)
def test_the_value_of_spelled_numbers(words: str, value: str) -> None:
    assert str(_decimal(words)) == value
