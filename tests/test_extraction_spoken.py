"""Spoken copy: spelled-out numbers and ordinal dates, as transcripts and spoken wires write them.

Session 10's heldout40 (transcripts, press calls, earnings calls) showed that the candidate generators did
not read them, so no decider ever saw them. These sentences are written anew, not copied from that set.
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import _decimal, _examined, find_amounts
from tariffwatch.extraction.context import ContextCache, _spelled_number_start
from tariffwatch.extraction.deadlines import _candidates, _resolve

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


def _resolved(text: str, published_on: date) -> list[tuple[str, str]]:
    """Every deadline candidate of ``text`` with its date, whoever decides it (the future reading)."""
    contexts = ContextCache(text)
    find_amounts(text, contexts)
    found = []
    for candidate in _candidates(text, contexts, published_on):
        resolved = _resolve(candidate, published_on, "future", "")
        assert resolved is not None
        found.append((text[candidate.start : candidate.end], resolved[0]))
    return found


@pytest.mark.parametrize(
    ("text", "published_on", "expected"),
    [
        # A spoken year after the date is its year: not the article's, and no year inference.
        (
            "The steel tariff came in on the twenty-third of March, twenty eighteen.",
            date(2019, 6, 20),
            [("the twenty-third of March, twenty eighteen", "2018-03-23")],
        ),
        (
            "The tariff rises on January first, twenty twenty-six.",
            date(2025, 3, 1),
            [("January first, twenty twenty-six", "2026-01-01")],
        ),
        (
            "The duty dates from June 5, two thousand and nineteen.",
            date(2025, 3, 1),
            [("June 5, two thousand and nineteen", "2019-06-05")],
        ),
        # However its words are joined ("two-thousand-and-nineteen" once raised a KeyError).
        (
            "The duty dates from June 5, two-thousand-and-nineteen.",
            date(2025, 3, 1),
            [("June 5, two-thousand-and-nineteen", "2019-06-05")],
        ),
        (
            "The tariff rises on January first, twenty-twenty\u00a0six.",
            date(2025, 3, 1),
            [("January first, twenty-twenty\u00a0six", "2026-01-01")],
        ),
        # A year named relative to the article's.
        (
            "The tariffs were imposed on the first of June last year.",
            date(2019, 6, 20),
            [("the first of June last year", "2018-06-01")],
        ),
        (
            "The tariff takes effect on March 1 next year.",
            date(2019, 6, 20),
            [("March 1 next year", "2020-03-01")],
        ),
        ("The tariff took effect in March this year.", date(2019, 6, 20), [("March this year", "2019-03")]),
        # "last year" after the date of another sentence part is no year of it.
        (
            "The tariff takes effect on March 1, higher than last year.",
            date(2019, 1, 20),
            [("March 1", "2019-03-01")],
        ),
    ],
)
def test_a_year_after_a_date_is_its_year(
    text: str, published_on: date, expected: list[tuple[str, str]]
) -> None:
    assert _resolved(text, published_on) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2019-05-29 is a Wednesday.
        ("The tariff went on last Monday.", [("last Monday", "2019-05-27")]),
        ("The tariff starts this coming Monday.", [("this coming Monday", "2019-06-03")]),
        ("The tariff starts a week from Monday.", [("a week from Monday", "2019-06-10")]),
        ("The tariff starts a week from Wednesday.", [("a week from Wednesday", "2019-06-12")]),
        # "the last Friday of June" is no weekday of this week.
        ("The tariff was due on the last Friday of the talks.", [("Friday", "2019-05-31")]),
    ],
)
def test_a_weekday_keeps_the_direction_spoken_copy_gives_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _resolved(text, date(2019, 5, 29)) == expected


def test_spoken_years_and_relative_weekdays_reach_the_mentions() -> None:
    text = (
        "Tariffs of twenty-five percent were imposed on the first of June last year. "
        "The tariff rises to fifty percent a week from Monday."
    )
    found = [(m.text, m.date) for m in extract_mentions(text, date(2019, 5, 29)) if m.kind == "deadline"]
    assert found == [("the first of June last year", "2018-06-01"), ("a week from Monday", "2019-06-10")]


_SPOKEN_TARIFF_TALK = (
    "HOST: The tariffs on Chinese goods are the story today. GUEST: The tariff increase is on hold. "
    "HOST: And the duties on steel? GUEST: Those tariffs stay. "
)


def test_spelled_figures_of_spoken_copy_are_examined_without_tariff_words_of_their_own() -> None:
    # Transcripts take the topic from the whole exchange, several turns back.
    body = (
        _SPOKEN_TARIFF_TALK
        + "HOST: We should talk about the weather. GUEST: It was a long winter here. HOST: It was. "
        "GUEST: Honestly, for the parts our shops bring in it goes all the way up to forty percent by the "
        "autumn, which is a lot for a small firm."
    )
    contexts = ContextCache(body)
    last = len(contexts.starts) - 1
    assert contexts.spells_a_figure(last)
    assert _examined(contexts, last, True, False)
    # Written with digits, the same sentence is left to the written-copy gate (the three sentences before).
    written = body.replace("forty percent", "40 percent")
    contexts = ContextCache(written)
    assert not contexts.spells_a_figure(last)
    assert not _examined(contexts, last, True, False)


def test_a_spelled_date_in_spoken_tariff_talk_is_a_candidate_without_tariff_words() -> None:
    on = date(2025, 7, 20)
    spoken = _SPOKEN_TARIFF_TALK + "It was ten percent. CFO: We had been planning around the first of August."
    assert [text for text, _ in _resolved(spoken, on)] == ["the first of August"]
    # A date written with digits needs words of its own, as in written copy.
    digits = spoken.replace("the first of August", "August 1")
    assert _resolved(digits, on) == []
    # And so does a spelled date in copy that spells no figure.
    plain = spoken.replace("ten percent", "10 percent")
    assert _resolved(plain, on) == []
