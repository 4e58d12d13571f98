"""Tests of the tariff extraction engine: golden files (seeds and the development set) and tricky phrases."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.extraction import extract_mentions
from tariffwatch.extraction.amounts import DECIDER_ENV as AMOUNT_DECIDER_ENV
from tariffwatch.extraction.deadlines import DECIDER_ENV
from tariffwatch.models import Article, Mention
from tariffwatch.sources.files import parse_article_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DEV_SET = sorted((ROOT / "tests" / "data" / "extraction").glob("*.txt"))


@pytest.fixture(autouse=True)
def _rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the hand rules of both kinds: these tests specify the rule deciders, which also give the learned
    deciders (the defaults, specified in tests/test_learned.py and tests/test_learned_amounts.py) the
    dates and statuses of the deadlines both accept and one of the amount classifier's inputs."""
    monkeypatch.setenv(DECIDER_ENV, "rules")
    monkeypatch.setenv(AMOUNT_DECIDER_ENV, "rules")


def _row(mention: Mention) -> dict[str, Any]:
    if mention.kind == "tariff_amount":
        return {"kind": mention.kind, "text": mention.text, "value": mention.value, "unit": mention.unit}
    return {"kind": mention.kind, "text": mention.text, "date": mention.date, "status": mention.status}


def _label_row(item: dict[str, Any]) -> dict[str, Any]:
    row = dict(item)
    if row["kind"] == "tariff_amount":
        row["value"] = float(row["value"])
    return row


def _check_golden(path: Path) -> None:
    parsed = parse_article_text(path.read_text(encoding="utf-8"), str(path))
    assert isinstance(parsed, Article), parsed
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert labels["article_date"] == parsed.published_on.isoformat()

    mentions = extract_mentions(parsed.body, parsed.published_on)

    assert [_row(m) for m in mentions] == [_label_row(item) for item in labels["mentions"]]
    for mention in mentions:
        assert parsed.body[mention.start : mention.end] == mention.text
        assert mention.text in mention.sentence
        assert mention.sentence in parsed.body
        start = parsed.body.index(mention.sentence)
        assert (start <= mention.start and mention.end <= start + len(mention.sentence)) or (
            parsed.body.count(mention.sentence) > 1
        )
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.kind))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_golden(path: Path) -> None:
    _check_golden(path)


# Labelled correctly, missed by the extractor; kept visible (strict xfail) rather than relabelled.
KNOWN_MISSES = {
    "dev_53_ft_per_cent": "'approve the measures by the end of the month': neither this sentence nor the one "
    "before uses a tariff word; 'the measures' refers back two sentences",
}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.stem], strict=True))
        if p.stem in KNOWN_MISSES
        else p
        for p in DEV_SET
    ],
    ids=lambda p: p.stem,
)
def test_dev_set_golden(path: Path) -> None:
    _check_golden(path)


def test_every_seed_and_dev_article_has_labels() -> None:
    assert len(SEEDS) == 5
    assert len([p for p in DEV_SET if not p.stem.startswith("seed_")]) >= 40
    for path in SEEDS + DEV_SET:
        assert path.with_suffix(".json").exists(), path


def test_seed_004_markdown_body_has_unescaped_dollar() -> None:
    path = ROOT / "seeds" / "004_0cd96bd9d1e8fa7f.txt"
    parsed = parse_article_text(path.read_text(encoding="utf-8"), str(path))
    assert isinstance(parsed, Article)
    amounts = [m for m in extract_mentions(parsed.body, parsed.published_on) if m.kind == "tariff_amount"]
    assert [(m.text, m.value) for m in amounts] == [("$200 billion", 200e9)]


# --- targeted phrases ------------------------------------------------------------------------------


def _amounts(body: str, on: date = date(2019, 1, 24)) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in extract_mentions(body, on) if m.kind == "tariff_amount"]


def _deadlines(body: str, on: date) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.date, m.status) for m in extract_mentions(body, on) if m.kind == "deadline"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The US threatened tariffs on another US$200 billion (S$271 billion) worth of Chinese goods.",
            [("US$200 billion", 200e9, "USD")],
        ),
        (
            "Canada responded with 25% tariffs on C$155 billion (US$106.5 billion) of American goods.",
            [("25%", 25.0, "percent"), ("C$155 billion", 155e9, "CAD")],
        ),
        (
            "China has retaliated with duties on 7.5 billion dollars of US goods.",
            [("7.5 billion dollars", 7.5e9, "USD")],
        ),
        ("The two sides exchanged tariffs on more than $360bn in two-way trade.", [("$360bn", 360e9, "USD")]),
        (
            "The EU will charge retaliatory duties on €2.8 billion of US products.",
            [("€2.8 billion", 2.8e9, "EUR")],
        ),
        ("Tariffs apply to about £350 million of British goods.", [("£350 million", 350e6, "GBP")]),
        (
            "Beijing applies retaliatory tariffs on 50 billion yuan of US farm goods.",
            [("50 billion yuan", 50e9, "CNY")],
        ),
        ("The WTO authorised $7.5 billion in tariffs on European goods.", [("$7.5 billion", 7.5e9, "USD")]),
        (
            "The US put $16 billion in tariffs on Chinese goods, raising the total to $50 billion.",
            [("$16 billion", 16e9, "USD"), ("$50 billion", 50e9, "USD")],
        ),
        ("Trump announced a 34 percent reciprocal tariff on China.", [("34 percent", 34.0, "percent")]),
        ("Washington set import duties of 7.5% on the goods.", [("7.5%", 7.5, "percent")]),
        (
            "Tariffs will rise from 10 percent to 25 percent.",
            [("10 percent", 10.0, "percent"), ("25 percent", 25.0, "percent")],
        ),
        (
            "Beijing will levy tariffs of 5 to 10 percent.",
            [("5", 5.0, "percent"), ("10 percent", 10.0, "percent")],
        ),
        (
            "Mexico will target US pork with tariffs of between 15% and 25%.",
            [("15%", 15.0, "percent"), ("25%", 25.0, "percent")],
        ),
        ("Steel will face levies of up to 50% under the plan.", [("50%", 50.0, "percent")]),
    ],
)
def test_tariff_amount_forms(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Roughly 30 percent to 40 percent of the US requests involved purchases of US goods.",
        "China has offered more than US$1.2 trillion in additional commitments on trade.",
        "The US trade deficit with China hit a record $375bn despite the tariffs.",
        "China agreed to buy an additional $200 billion of US goods to avoid new tariffs.",
        "Shares of Harley-Davidson fell 6 percent after the EU announced its tariffs.",
        "China's economy grew 6.6 percent last year, its slowest pace in decades, as tariffs bit.",
        "The Fed raised interest rates by 0.75 percentage point as tariffs pushed up prices.",
        "A poll found 55 percent of Americans oppose the tariffs.",
        "The company holds a 51% stake in the venture hit by tariffs.",
        "China's customs collected about 20 billion yuan in tariff revenue this year.",
        "Economists estimate the tariffs cost the average household $830 a year.",
        "Japan will invest $550 billion in the United States.",
    ],
)
def test_non_tariff_amounts_are_rejected(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Year inference: "Jan. 1" in a December article is next year.
        (
            "Tariffs will rise to 25 percent on Jan. 1.",
            date(2018, 12, 3),
            [("Jan. 1", "2019-01-01", "scheduled")],
        ),
        (
            "The tariffs could take effect in September.",
            date(2018, 8, 24),
            [("September", "2018-09", "scheduled")],
        ),
        (
            "The duties take effect within 90 days.",
            date(2019, 5, 13),
            [("90 days", "2019-08-11", "scheduled")],
        ),
        (
            "The exclusions from the tariffs were extended until the end of the year.",
            date(2021, 10, 4),
            [("the end of the year", "2021-12-31", "scheduled")],
        ),
        (
            "The tariffs must be paid by the end of the month.",
            date(2019, 2, 11),
            [("the end of the month", "2019-02-28", "scheduled")],
        ),
        (
            "Mexico will raise tariffs on textiles next month.",
            date(2024, 12, 20),
            [("next month", "2025-01", "scheduled")],
        ),
        ("Tariffs on chips will double by 2025.", date(2024, 5, 14), [("2025", "2025", "scheduled")]),
        (
            "Trump said tariffs would rise later this year.",
            date(2019, 5, 1),
            [("later this year", "2019", "scheduled")],
        ),
        (
            "Trump ordered the tariffs to take effect on June 12.",
            date(2024, 6, 1),
            [("June 12", "2024-06-12", "scheduled")],
        ),
        # A weekday is the next such day; the same weekday in a future sentence is next week.
        (
            "The EU duties will take effect on Friday.",
            date(2018, 6, 21),
            [("Friday", "2018-06-22", "scheduled")],
        ),
        (
            "The EU duties will take effect on Friday.",
            date(2018, 6, 22),
            [("Friday", "2018-06-29", "scheduled")],
        ),
        (
            "The White House reiterated its threat to raise tariffs by March 1.",
            date(2019, 2, 2),
            [("March 1", "2019-03-01", "threatened")],
        ),
        (
            "Trump extended the deadline for tariffs from July 9 to Aug. 1.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "postponed"), ("Aug. 1", "2025-08-01", "scheduled")],
        ),
        (
            "He delayed an increase in tariffs that had been scheduled for March 1.",
            date(2019, 2, 25),
            [("March 1", "2019-03-01", "postponed")],
        ),
        (
            "Canadian levies apply from 18 October.",
            date(2019, 10, 17),
            [("18 October", "2019-10-18", "scheduled")],
        ),
    ],
)
def test_deadline_forms(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        (
            "Those tariff talks continue when Liu He visits Washington at the end of the month.",
            date(2019, 1, 24),
        ),
        ("Trump may meet Xi at a summit in late February to discuss tariffs.", date(2019, 1, 31)),
        ("A public hearing on the tariff list is scheduled for May 15.", date(2018, 4, 4)),
        (
            "The talks since Trump met Xi on Dec. 1 and declared a 90-day trade truce went well.",
            date(2019, 1, 31),
        ),
        ("Trump said on Thursday that tariffs were working.", date(2019, 1, 31)),
        ("WASHINGTON, March 2 (Reuters) - Trump said tariffs would follow.", date(2018, 3, 2)),
        ("The tariffs threaten the “Made in China 2025” plan.", date(2019, 1, 27)),
        ("In 2018 the two economies exchanged tariffs.", date(2019, 1, 27)),
        ("China's exports rose 1.1% in May despite tariffs.", date(2019, 6, 10)),
        ("Negotiators missed an Oct. 31 deadline to cut tariffs.", date(2023, 12, 19)),
        ("A deal could be completed in November, officials said.", date(2018, 8, 24)),
        ("The Commission proposed duties of up to 38.1% on Chinese EVs on June 12.", date(2024, 6, 12)),
    ],
)
def test_non_deadline_dates_are_rejected(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


def test_a_sentence_can_continue_the_tariff_context_of_the_one_before() -> None:
    body = (
        "As negotiations wrapped up, the US put in place $16 billion in tariffs on Chinese goods. "
        "A rate of 25% applies from March 1, 2019, officials said. Soybean prices rose 3%."
    )
    mentions = extract_mentions(body, date(2018, 8, 24))
    assert [(m.text, m.date) for m in mentions] == [
        ("$16 billion", None),
        ("25%", None),
        ("March 1, 2019", "2019-03-01"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tariffs on Japanese autos, currently 27.5%, will fall to 15%.", ["27.5%", "15%"]),
        ("The duties, which would have doubled to 50% on some products, lapsed.", ["50%"]),
        (
            "European wine faced US duties of 25 percent, while aircraft were hit at 15 percent.",
            ["25 percent", "15 percent"],
        ),
        (
            '"Whatever you raise your Tariffs by will be added onto the 25% that we charge," he wrote.',
            ["25%"],
        ),
        ("The tariffs pushed inflation to 3% as exports fell 10%.", []),
    ],
)
def test_percent_grammar(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body)] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # "had been due" states a plan: the nearest such day, here yesterday; calling it off makes it a
        # postponed date (round 6: a cancelled date with no new date is labelled postponed, as the independent
        # held-out writers label it; it used to be left out).
        (
            "Tariffs that were due to take effect on Sunday have been called off.",
            date(2019, 12, 16),
            [("Sunday", "2019-12-15", "postponed")],
        ),
        # ... and here tomorrow; the pause in the sentence before makes it the postponed date.
        (
            "Trump agreed to pause the tariffs for 30 days. They had been due to take effect on Tuesday.",
            date(2025, 2, 3),
            [("30 days", "2025-03-05", "scheduled"), ("Tuesday", "2025-02-04", "postponed")],
        ),
        (
            "The baseline tariff will be collected from Saturday.",
            date(2025, 4, 3),
            [("Saturday", "2025-04-05", "scheduled")],
        ),
        (
            "Trump threatened on Sunday to raise tariffs on Friday.",
            date(2019, 5, 6),
            [("Friday", "2019-05-10", "threatened")],
        ),
    ],
)
def test_deadline_tense_and_status(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


def test_mentions_are_sorted_with_offsets_and_sentences() -> None:
    body = (
        "Trade talks resumed.\n\n"
        "The US will raise tariffs on $200 billion of goods to 25 percent on March 1. "
        "Markets fell 2 percent."
    )
    mentions = extract_mentions(body, date(2019, 2, 1))
    assert [(m.kind, m.text) for m in mentions] == [
        ("tariff_amount", "$200 billion"),
        ("tariff_amount", "25 percent"),
        ("deadline", "March 1"),
    ]
    sentence = "The US will raise tariffs on $200 billion of goods to 25 percent on March 1."
    for mention in mentions:
        assert body[mention.start : mention.end] == mention.text
        assert mention.sentence == sentence


def test_body_needs_no_date_line_and_empty_body_is_empty() -> None:
    assert extract_mentions("", date(2019, 1, 1)) == []
    body = "Tariffs of 25 percent apply from March 1."
    assert [m.text for m in extract_mentions(body, date(2019, 1, 1))] == ["25 percent", "March 1"]


def test_sentence_split_keeps_abbreviations_together() -> None:
    body = "The U.S. will impose 10% duties on Jan. 1, Mr. Lighthizer said. Shares fell 3%."
    mentions = extract_mentions(body, date(2018, 12, 10))
    assert {m.sentence for m in mentions} == {
        "The U.S. will impose 10% duties on Jan. 1, Mr. Lighthizer said."
    }
    assert [m.text for m in mentions] == ["10%", "Jan. 1"]


def test_vocabulary_keys_cover_every_term() -> None:
    from tariffwatch.extraction.lexicon import VOCABULARY, VOCABULARY_KEYS

    for name, keys in VOCABULARY_KEYS.items():
        assert all(any(key in term for key in keys) for term in VOCABULARY[name]), name


def test_every_tariff_term_opens_the_date_gate() -> None:
    # ContextCache.sentence_uses skips the date-gate test for sentences with a tariff term.
    from tariffwatch.extraction.lexicon import VOCABULARY

    for term in VOCABULARY["tariff"]:
        assert any(gate in term for gate in VOCABULARY["date_gate"]), term


def test_import_is_light() -> None:
    code = (
        "import sys, tariffwatch.extraction as e; "
        "heavy = {'great_expectations', 'prefect', 'pandas', 'duckdb', 'pyarrow'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Capitalised scale and currency words, as in a quoted social-media post.
        (
            'Trump raised tariffs. He wrote that "325 Billion Dollars of additional goods remain untaxed."',
            [("325 Billion Dollars", 325e9, "USD")],
        ),
        # A short parenthetical conversion does not cut the clause: "tariffs" still governs the rates.
        (
            "Trump said he would raise tariffs on US$200 billion (S$272 billion) worth of Chinese goods "
            "to 25 per cent from 10 per cent.",
            [
                ("US$200 billion", 200e9, "USD"),
                ("25 per cent", 25.0, "percent"),
                ("10 per cent", 10.0, "percent"),
            ],
        ),
        # A table of rates by country after a sentence about tariffs.
        (
            "Trump unveiled new tariffs. He held up a chart. Cambodia 49%, Vietnam 46% and Taiwan 32%.",
            [("49%", 49.0, "percent"), ("46%", 46.0, "percent"), ("32%", 32.0, "percent")],
        ),
        # Comparisons share the decision of the rate they are compared with.
        (
            "Tariffs on cars from the US are currently 40 percent, compared with 15 percent elsewhere.",
            [("40 percent", 40.0, "percent"), ("15 percent", 15.0, "percent")],
        ),
        # Pronoun or elided subjects of a movement verb stand for the tariff noun.
        (
            "The levy would rise to 10% on July 1 and climb each month until it hit 25% on Oct. 1.",
            [("10%", 10.0, "percent"), ("25%", 25.0, "percent")],
        ),
        (
            "Trump paused the reciprocal tariffs, dropping them to a universal 10%.",
            [("10%", 10.0, "percent")],
        ),
        (
            "Washington will halve to 7.5% the 15% tariff.",
            [("7.5%", 7.5, "percent"), ("15%", 15.0, "percent")],
        ),
        # An anaphoric subject carries the tariff topic of the sentence before.
        (
            "Tariffs on Chinese goods are set to rise. The planned increase, from 10% to 25% on some "
            "$200 billion of Chinese imports, had hung over the talks.",
            [("10%", 10.0, "percent"), ("25%", 25.0, "percent"), ("$200 billion", 200e9, "USD")],
        ),
        # Later sums of the same clause split the first one.
        (
            "Ottawa will respond with 25% tariffs on C$155 billion of goods, starting with C$30 billion from "
            "Tuesday and the remaining C$125 billion in 21 days.",
            [
                ("25%", 25.0, "percent"),
                ("C$155 billion", 155e9, "CAD"),
                ("C$30 billion", 30e9, "CAD"),
                ("C$125 billion", 125e9, "CAD"),
            ],
        ),
    ],
)
def test_generalised_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Tariffs loom. Economists said the Bank of Canada would raise its benchmark rate to 1.5 percent.",
        "Tariffs bit. Employers added 22,000 jobs, and the unemployment rate rose to 4.3%.",
        "The de minimis exemption had allowed packages worth $800 or less to enter duty-free.",
        "The increases cover $18 billion of imports, a fraction of the $427 billion in goods the US bought.",
        "Tariffs hit Asia. The Shanghai Composite 1.8%, the Hang Seng index 2%.",
        "Tariffs hit exporters. Asian shares fell. Tokyo 1.8%, Seoul 2% and Taipei 1.1%.",
    ],
)
def test_generalised_non_amounts(body: str) -> None:
    amounts = [text for text, _, _ in _amounts(body)]
    assert not any(text in ("1.5 percent", "4.3%", "$800", "$427 billion", "1.8%", "2%") for text in amounts)


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A tariff that takes effect on the article's own day, reported in the past tense.
        (
            "The EU's tariffs on US goods came into force on Friday.",
            date(2018, 6, 22),
            [("Friday", "2018-06-22", "scheduled")],
        ),
        (
            "Duties on Chinese goods doubled to 20% on Tuesday.",
            date(2025, 3, 4),
            [("Tuesday", "2025-03-04", "scheduled")],
        ),
        # ... but not a day somebody only spoke on, and not a weekday already past.
        ("Trump said on Friday that tariffs would rise.", date(2018, 6, 22), []),
        # An old date pushed back by "on hold"; an attributive "suspended" postpones nothing.
        (
            "The Mexican levies, which had also been set to start on Tuesday, are now on hold.",
            date(2025, 2, 3),
            [("Tuesday", "2025-02-04", "postponed")],
        ),
        (
            "The first tranche, reinstating suspended duties from 2018, will be applied from April 1.",
            date(2025, 3, 12),
            [("April 1", "2025-04-01", "scheduled")],
        ),
        # A threat to something else is not a threatened date; a conditional step is.
        (
            "The escalation threatens the tariff truce, which is due to expire on Nov. 10.",
            date(2025, 10, 11),
            [("Nov. 10", "2025-11-10", "scheduled")],
        ),
        (
            "Canada would extend its countermeasures to C$125 billion of goods in 21 days if Washington "
            "did not back down.",
            date(2025, 3, 4),
            [("21 days", "2025-03-25", "threatened")],
        ),
        # Events and appointments near tariff words are not deadlines.
        (
            "Trudeau, who was due to speak with Trump later on Monday, said tariffs would follow.",
            date(2025, 2, 3),
            [],
        ),
        ("Letters setting tariff rates would start going out on Friday.", date(2025, 7, 3), []),
        # A past action on the article's day is a tariff action only with a tariff object.
        (
            "Tariffs weighed. The Fed on Wednesday raised interest rates, citing tariffs.",
            date(2018, 6, 13),
            [],
        ),
        (
            "The United States on Friday imposed tariffs on steel.",
            date(2018, 6, 1),
            [("Friday", "2018-06-01", "scheduled")],
        ),
        # Years as durations, and a look back that is not a countdown.
        (
            "A second list of tariffs could follow in three years' time.",
            date(2018, 6, 1),
            [("three years", "2021-06-01", "scheduled")],
        ),
        ("Exports fell 20%, the steepest drop in three years, as tariffs bit.", date(2019, 3, 8), []),
    ],
)
def test_generalised_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


# --- round 3: phenomena from the second held-out set, generalised --------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Spelled-out rates, Indian numbering, "surtax", a hyphenated unit.
        ("Trump imposed a ten percent tariff on Chinese goods.", [("ten percent", 10.0, "percent")]),
        (
            "The EU will impose twenty-five per cent duties on US whiskey.",
            [("twenty-five per cent", 25.0, "percent")],
        ),
        (
            "India raised duties on Rs 10,500 crore worth of US goods.",
            [("Rs 10,500 crore", 105e9, "INR")],
        ),
        (
            "Ottawa announced surtaxes of 25 per cent on C$16.6 billion of US goods.",
            [("25 per cent", 25.0, "percent"), ("C$16.6 billion", 16.6e9, "CAD")],
        ),
        ("Washington slapped a 25-per-cent tariff on steel.", [("25-per-cent", 25.0, "percent")]),
        # A short aside between dashes is read like a parenthetical.
        (
            "The higher levy — 25%, up from 10% — took effect on Friday.",
            [("25%", 25.0, "percent"), ("10%", 10.0, "percent")],
        ),
        # A list after a colon: rates put on countries or goods.
        (
            "Higher reciprocal tariffs take effect April 9: 34 percent on China, 20 percent on the EU and 24 "
            "percent on Japan.",
            [
                ("34 percent", 34.0, "percent"),
                ("20 percent", 20.0, "percent"),
                ("24 percent", 24.0, "percent"),
            ],
        ),
        (
            "Trump approved safeguard duties on washers: 20% on the first 1.2 million imported units and 50% "
            "on shipments above that.",
            [("20%", 20.0, "percent"), ("50%", 50.0, "percent")],
        ),
        # "from X for A to Y for B" is a range of rates.
        (
            "Letters set tariff rates from 25 percent for Japan to 40 percent for Laos.",
            [("25 percent", 25.0, "percent"), ("40 percent", 40.0, "percent")],
        ),
        # Goods "attract" a duty.
        (
            "Under the notification, the duty on walnuts rises to 120 per cent, while lentils will attract "
            "70 per cent.",
            [("120 per cent", 120.0, "percent"), ("70 per cent", 70.0, "percent")],
        ),
        # A capitalised name ("Economy Ministry") is not the economy.
        (
            "Mexico imposed retaliatory tariffs in a package the Economy Ministry values at around "
            "US$3 billion.",
            [("US$3 billion", 3e9, "USD")],
        ),
        # The money is the subject of "face the ... rate".
        (
            "India faces new tariffs. Goods worth about $48 billion (₹4.2 lakh crore) will face the 50 per "
            "cent rate.",
            [("$48 billion", 48e9, "USD"), ("50 per cent", 50.0, "percent")],
        ),
        # A rate noun carries the tariff topic across a sentence without tariff words.
        (
            "The U.S. imposed tariffs of 30% on solar cells. The first 2.5 gigawatts will be exempt. The "
            "decision was milder than the 35% maximum rate the commission recommended.",
            [("30%", 30.0, "percent"), ("35%", 35.0, "percent")],
        ),
        # The goods a tariff list covers, as the subject of a trade flow.
        (
            "Mexico put tariffs on US pork. Imports of the affected products totalled some 61 billion pesos "
            "last year.",
            [("61 billion pesos", 61e9, "MXN")],
        ),
        # "the remaining" sum continues the first, however long the clause.
        (
            "The first C$30 billion tranche of countermeasures, covering products such as orange juice, "
            "peanut butter, wine, appliances and some clothing, was to have started Tuesday, with the "
            "remaining C$125 billion to follow within 21 days.",
            [("C$30 billion", 30e9, "CAD"), ("C$125 billion", 125e9, "CAD")],
        ),
    ],
)
def test_round3_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Analysts said a prolonged tariff could subtract as much as 1.2 percentage points from GDP growth.",
        "Tata Motors said tariffs hurt, but its revenue rose to Rs 500 crore.",
        "Despite the tariffs, ten percent of respondents said they would buy American.",
        "Tariffs were in the news. GDP grew 2% on strong consumer spending.",
        "Tariff fears weighed on markets. Apple shares rose 3% on China fears.",
    ],
)
def test_round3_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # "April 9:" is a date ("9:30" would be a time).
        (
            "Higher reciprocal tariffs take effect April 9: 34 percent on China.",
            date(2025, 4, 3),
            [("April 9", "2025-04-09", "scheduled")],
        ),
        # "rising to ... on January 1" speaks of the future.
        (
            "Trump ordered 10 per cent tariffs, rising to 25 per cent on January 1.",
            date(2018, 9, 18),
            [("January 1", "2019-01-01", "scheduled")],
        ),
        # A date moved to another: the old one postponed, the new one scheduled.
        (
            "The 50 percent levy was first due on June 1, then moved to July 9.",
            date(2025, 6, 20),
            [("June 1", "2025-06-01", "postponed"), ("July 9", "2025-07-09", "scheduled")],
        ),
        # Extending a tariff "until" a year pushes back the year it was set to expire.
        (
            "Seoul agreed to extend the 25 percent tariff on pickup trucks, which had been set to expire in "
            "2021, until 2041.",
            date(2018, 3, 26),
            [("2021", "2021", "postponed"), ("2041", "2041", "scheduled")],
        ),
        (
            "Trump agreed to pause the tariffs for at least 30 days.",
            date(2025, 2, 3),
            [("30 days", "2025-03-05", "scheduled")],
        ),
        # A round of tariffs is a tranche; a round of talks is an event.
        (
            "The September round of tariffs would hit consumer goods.",
            date(2019, 8, 14),
            [("September", "2019-09", "scheduled")],
        ),
        ("The September round of talks on tariffs was cancelled.", date(2019, 8, 14), []),
    ],
)
def test_round3_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        (
            "Such a tariff would hit car exports just as Britain prepares for leaving the EU without a deal "
            "on 29 March.",
            date(2019, 1, 14),
        ),
        (
            "Beijing agreed to buy 12 million tons of soybeans by the end of the year under the tariff "
            "truce.",
            date(2025, 11, 5),
        ),
        (
            "The Bank of Mexico cut its benchmark rate to 9.5% this month, but a tariff shock looms.",
            date(2025, 2, 7),
        ),
        ("Trump, who returns to the White House on January 20, has promised tariffs.", date(2024, 12, 3)),
        ("The tariff threat sent exporters scrambling ahead of Monday's market open.", date(2025, 10, 11)),
        (
            "Levies would be 5 per cent, lower than the 25 per cent it had floated in August.",
            date(2018, 9, 18),
        ),
        (
            "The EU has launched a case against the US tariffs, and on 26 March opened a safeguard probe.",
            date(2018, 6, 20),
        ),
    ],
)
def test_round3_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A unit of another number ("5 percentage points") is not a cue for the next one.
        (
            "Trump said tariffs would rise to 10% on June 10 and by 5 percentage points each month until "
            "reaching 25% on Oct. 1.",
            [("10%", 10.0, "percent"), ("5 percentage points", 5.0, "percent"), ("25%", 25.0, "percent")],
        ),
        # A relative clause is about its antecedent, however long the noun phrase before it.
        (
            "Most goods are covered by the 25% tariff on $200 billion of Chinese goods, which was raised "
            "from 10% in May.",
            [("25%", 25.0, "percent"), ("$200 billion", 200e9, "USD"), ("10%", 10.0, "percent")],
        ),
        ("USTR finalises List 2; 25 Percent Duties Effective August 23", [("25 Percent", 25.0, "percent")]),
        # "list, at 25%": a rate given to a tariff list.
        (
            "The USTR proposed tariffs of up to 100% on French goods. The final list, at 25%, is narrower.",
            [("100%", 100.0, "percent"), ("25%", 25.0, "percent")],
        ),
    ],
)
def test_round3_more_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Fed held rates steady at 4.25%-4.50% on Wednesday, citing tariff uncertainty.",
        "Tariffs were imposed. France's digital services tax charges 3% on revenue from digital services.",
    ],
)
def test_round3_more_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A period granted right after a tariff sentence.
        (
            "Trump announced steep new tariffs. Countries have until Aug. 1 to strike deals.",
            date(2025, 7, 7),
            [("Aug. 1", "2025-08-01", "scheduled")],
        ),
        # "it had planned for Dec. 15" is a plan, not a past event.
        (
            "Beijing said it would hold off on the additional duties of 10% and 5% it had planned for "
            "Dec. 15.",
            date(2019, 12, 13),
            [("Dec. 15", "2019-12-15", "postponed")],
        ),
        # A threat in a later coordinated verb phrase does not make the date threatened.
        (
            "Trump ordered 10 per cent tariffs, rising to 25 per cent on January 1, and warned he would "
            "target a further US$267 billion.",
            date(2018, 9, 18),
            [("January 1", "2019-01-01", "scheduled")],
        ),
        # "the proposed tariffs": a participle used as an adjective; the hearing governs the date.
        ("A hearing on the proposed tariffs is scheduled for Aug. 20.", date(2018, 7, 11), []),
    ],
)
def test_round3_more_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


# --- round 4: phenomena generalised from the third held-out set ---------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Canadian house style: bare "$" with a hyphenated scale is CAD when US figures are marked "US$".
        (
            "Ottawa will answer with levies on $4.2-billion of American goods, Canada's trade minister said. "
            "Canadian mills shipped US$1.9-billion of the metal south last year. Canada says it is ready.",
            [("$4.2-billion", 4.2e9, "CAD")],
        ),
        # US copy that mentions Canada and writes "US$" elsewhere keeps bare "$" in US dollars.
        (
            "Canada and Mexico were spared. Canada's exports rose. Canada said talks go on. Officials "
            "confirmed 25 percent tariffs on $12 billion of goods. Mexico offered US$3 billion in purchases.",
            [("25 percent", 25.0, "percent"), ("$12 billion", 12e9, "USD")],
        ),
        # Plural scale words in a quoted post.
        (
            '"250 Billions Dollars of goods sent to us remain untaxed, but will be taxed soon," Trump wrote '
            "about the tariffs.",
            [("250 Billions Dollars", 250e9, "USD")],
        ),
        # A sum's own participle clause carries the tariff verb.
        (
            "Ottawa put tariffs on C$20 billion of goods on Tuesday. The remaining C$80 billion, covering "
            "cars, trucks and steel, was to be hit within three weeks.",
            [("C$20 billion", 20e9, "CAD"), ("C$80 billion", 80e9, "CAD")],
        ),
        # An ad valorem rate: "percent of the value of the goods".
        (
            "Importers must lodge anti-dumping deposits of 12.5 percent to 20 percent of the value of the "
            "goods.",
            [("12.5 percent", 12.5, "percent"), ("20 percent", 20.0, "percent")],
        ),
        # "baseline" heads the phrase when no other noun follows.
        (
            "Trump signed the tariff order on Wednesday. The order imposes a further 30% on the goods, which "
            "with the 10% baseline already in force brings the total to 40%.",
            [("30%", 30.0, "percent"), ("10%", 10.0, "percent"), ("40%", 40.0, "percent")],
        ),
        # A pronoun subject refers to the tariff of the sentence before; a schedule of levels by date.
        (
            "The levy would start on March 3. It would climb to 8 percent on April 1, to 12 percent on May 1 "
            "and to 16 percent on June 1.",
            [("8 percent", 8.0, "percent"), ("12 percent", 12.0, "percent"), ("16 percent", 16.0, "percent")],
        ),
        # "until it reached 25%": a level reached by a pronoun standing for the levy.
        ("The plan would have raised the levy each month until it reached 30%.", [("30%", 30.0, "percent")]),
        # A long subject with a rate of its own before the movement verb.
        (
            "Duties on $120 billion of Chinese imports already taxed at 15 percent will climb to 20 percent "
            "next month.",
            [
                ("$120 billion", 120e9, "USD"),
                ("15 percent", 15.0, "percent"),
                ("20 percent", 20.0, "percent"),
            ],
        ),
        # "the rate on $X of goods" is tariff vocabulary in its own right.
        (
            "Stocks rose 1%. The S&P gained 0.8%. Oil added 2%. Under the truce, Washington will not lift "
            "the rate on $150 billion of Chinese goods from 10% to 20% next month.",
            [("$150 billion", 150e9, "USD"), ("10%", 10.0, "percent"), ("20%", 20.0, "percent")],
        ),
        # A further sum right after a tariff sentence is the next tranche; sums "in abeyance" are held back.
        (
            "Tariffs on US$40 billion of goods begin on Friday. Trump said that batch would be followed by "
            'US$20 billion more. "Then we have US$150 billion in abeyance," he said.',
            [
                ("US$40 billion", 40e9, "USD"),
                ("US$20 billion", 20e9, "USD"),
                ("US$150 billion", 150e9, "USD"),
            ],
        ),
        # A rate one country charges another, in an article about tariffs, and verbless list items after it.
        (
            "The president spoke about reciprocal tariffs. Our deficit reached $900 billion. It is a "
            "disgrace. It has to stop. Korea, they're charging us 50 percent. We're going to charge them "
            "25 percent. Brazil, 10 percent.",
            [
                ("50 percent", 50.0, "percent"),
                ("25 percent", 25.0, "percent"),
                ("10 percent", 10.0, "percent"),
            ],
        ),
        # A punitive surcharge stated as a "penalty" rate.
        (
            "The additional 20 per cent penalty on the country's goods will kick in within three weeks.",
            [("20 per cent", 20.0, "percent")],
        ),
        # A quotation opening after a colon starts like a sentence of its own.
        (
            'Trump raised tariffs on Chinese goods last year. On Sunday he wrote: "The 15% will go up to 30% '
            'on Friday."',
            [("15%", 15.0, "percent"), ("30%", 30.0, "percent")],
        ),
    ],
)
def test_round4_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "US customs duties brought in about $20 billion in May alone, Treasury figures show.",
        "Carriers added surcharges ranging from $300 to $1,500 per container on the busiest tariff-hit "
        "lanes.",
        "The digital tax, which levies 2 percent on the British revenues of large platforms, angers "
        "Washington and could draw retaliatory tariffs.",
        "The central bank, meanwhile, held the benchmark Selic rate at 14% despite the tariffs.",
        "Lamb, the country's biggest farm export to the US at about A$2.1 billion last year, remains subject "
        "to the baseline tariff.",
        # A purchase stays a purchase even as a further sum after a tariff sentence.
        "Tariffs were halved. China agreed to buy an additional $150 billion of US goods over two years.",
        "Tariffs were raised on Monday. France's digital services tax charges 3% on revenue from online ads.",
    ],
)
def test_round4_non_amounts(body: str) -> None:
    assert _amounts(body) == []


def test_round4_market_move_after_a_tariff_rate() -> None:
    body = "He imposed a 25 per cent tariff on copper, sending copper futures up as much as 9 per cent."
    assert _amounts(body) == [("25 per cent", 25.0, "percent")]


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The old date of a postponement takes the nearest year; the new one is ahead.
        (
            "The deadline for the tariffs was pushed back from Sept. 2 to Oct. 1.",
            date(2025, 9, 1),
            [("Sept. 2", "2025-09-02", "postponed"), ("Oct. 1", "2025-10-01", "scheduled")],
        ),
        # An anaphoric subject continues the tariff sentence before.
        (
            "The EU planned to raise its duties on bourbon to 50%. That increase was pushed back from May 1 "
            "to Nov. 1 to give negotiators time.",
            date(2021, 5, 20),
            [("May 1", "2021-05-01", "postponed"), ("Nov. 1", "2021-11-01", "scheduled")],
        ),
        # A definite noun phrase standing for the tariff action, anywhere in the sentence.
        (
            "Duties on Chinese chips will double to 50% next year. Older chips will not see the increase "
            "until 2027.",
            date(2024, 5, 14),
            [("next year", "2025", "scheduled"), ("2027", "2027", "scheduled")],
        ),
        # A pause announced in a quote right after a tariff sentence.
        (
            "Mexico braced for Trump's tariffs on its goods. Sheinbaum said they \"will be paused until "
            'April 2 while we talk."',
            date(2025, 2, 3),
            [("April 2", "2025-04-02", "scheduled")],
        ),
        # "with effect from" belongs to the main clause, not to a relative clause about a past suspension.
        (
            "Beijing said it would restore a 25 percent tariff on cars, which it had suspended earlier this "
            "year, with effect from Nov. 20.",
            date(2019, 8, 24),
            [("Nov. 20", "2019-11-20", "scheduled")],
        ),
        # The date a threat demands: the condition is the threat's own.
        (
            "Trump warned on Saturday that the tariffs could be reimposed if Ottawa fails to act within 30 "
            "days.",
            date(2025, 3, 8),
            [("30 days", "2025-04-07", "threatened")],
        ),
        # The end of a pause is its new date.
        (
            "Trump paused most of the new tariffs under a pause that expires in 60 days.",
            date(2025, 4, 10),
            [("60 days", "2025-06-09", "scheduled")],
        ),
        # A reported clause: the reporting verb does not govern the date inside it.
        (
            "An official confirmed that May 5 is when the farm tariffs are due to begin.",
            date(2025, 3, 4),
            [("May 5", "2025-05-05", "scheduled")],
        ),
        # A pronoun subject carries the threat condition of the sentence before.
        (
            "The tariff would begin on June 10 and climb if Mexico does not act. It would rise to 10 percent "
            "on July 1.",
            date(2019, 5, 30),
            [("June 10", "2019-06-10", "threatened"), ("July 1", "2019-07-01", "threatened")],
        ),
    ],
)
def test_round4_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # "this year" dating growth, a recession or a past cut.
        (
            "The tariffs would shave 0.2 percentage point off growth this year, analysts said.",
            date(2018, 7, 5),
        ),
        ("Officials say the country has cut its own import duties on cars this year.", date(2018, 7, 5)),
        # A span up to now.
        (
            "The two sides have been negotiating for 14 months, since the first tariffs were imposed.",
            date(2019, 5, 6),
        ),
        # A ruling and an authorisation in the past.
        ("The WTO ruled on 2 October that the US could impose countermeasures.", date(2019, 10, 16)),
        (
            "The EU acted after the authorisation granted by the WTO on 13 October to take countermeasures.",
            date(2020, 11, 9),
        ),
        # "agreed to in March": a stranded preposition, not an infinitive.
        ("The tariffs were set aside under a truce both sides agreed to in March.", date(2021, 6, 15)),
        # The month in a dateline is not the modal "may".
        (
            "WASHINGTON, May 14 (Reuters) - Biden on Tuesday unveiled steep tariff increases.",
            date(2024, 5, 14),
        ),
        # Market reactions and announcements are not tariff dates.
        ("Trump's threat to raise tariffs sent stocks tumbling on Monday.", date(2019, 5, 6)),
        ("Lutnick said the president may announce a tariff compromise tomorrow.", date(2025, 3, 4)),
    ],
)
def test_round4_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


# --- round 5: generalised from heldout4's failures (sentences written anew) ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A spelled-out step ("three percentage points") is not the unit of a non-tariff quantity, and an
        # aside opening with "to" after a dash continues the verb before it.
        (
            "The levy would climb by three percentage points a quarter — to 8 percent in October and 11 "
            "percent in January.",
            [("three percentage points", 3.0, "percent"), ("8 percent", 8.0, "percent"),
             ("11 percent", 11.0, "percent")],
        ),
        # Bullet items of a list led in by rates.
        (
            "Washington published the new duty rates:\n• Brazil: 40%\n• Peru: 15%\n• New Zealand: 12%",
            [("40%", 40.0, "percent"), ("15%", 15.0, "percent"), ("12%", 12.0, "percent")],
        ),
        # A coverage verb whose subject is a tariff list, in a sentence without tariff nouns.
        (
            "Washington raised tariffs on Chinese machinery. The second list covers products worth about $90 "
            "billion.",
            [("$90 billion", 90000000000.0, "USD")],
        ),
        # The money's own verb after an aside between dashes.
        (
            "Importers say goods worth roughly €3 billion a year — mostly machinery and chemicals — will "
            "face the new 20 percent duty.",
            [("€3 billion", 3000000000.0, "EUR"), ("20 percent", 20.0, "percent")],
        ),
        # "subject to the higher rates": rates named after a sentence about duties.
        (
            "Ottawa doubled its duties on US steel. Analysts estimate that shipments worth about C$4 billion "
            "will be subject to the higher rates.",
            [("C$4 billion", 4000000000.0, "CAD")],
        ),
        # The same change repeated for other goods: "..., and on pears to 40 per cent from 20 per cent".
        (
            "The duty on almonds goes up to 90 per cent from 35 per cent, and on pears to 40 per cent from "
            "20 per cent.",
            [("90 per cent", 90.0, "percent"), ("35 per cent", 35.0, "percent"),
             ("40 per cent", 40.0, "percent"), ("20 per cent", 20.0, "percent")],
        ),
        # Points that are part of a tariff rate.
        (
            "The 25 percent rate includes 15 percentage points of the emergency tariff that are on hold.",
            [("25 percent", 25.0, "percent"), ("15 percentage points", 15.0, "percent")],
        ),
        # Goods described by their value in a tariff sentence.
        (
            "The 15 percent duty applies to List 2 items, goods with an annual import value of about $110 "
            "billion.",
            [("15 percent", 15.0, "percent"), ("$110 billion", 110000000000.0, "USD")],
        ),
        # Tariffs "collected on" goods: the goods covered, not revenue.
        (
            "The 10 percent tariffs already collected on $34 billion of goods stay in place.",
            [("10 percent", 10.0, "percent"), ("$34 billion", 34000000000.0, "USD")],
        ),
    ],
)  # fmt: skip
def test_round5_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A bullet list of market moves: its lead-in names no rates.
        "Markets at the close:\n• Nikkei: 2.1%\n• Kospi: 1.4%",
        # A trade flow as the subject of "were worth".
        "Canadian lumber exports to the US were worth about C$8 billion last year, before the duties.",
        # Something other than goods is worth the sum.
        "Tariffs hit farmers. Ottawa is preparing loans worth C$2 billion for firms hurt by the tariffs.",
    ],
)
def test_round5_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Reported speech: "until it reached" is a backshifted future; a dash after a date mid-sentence
        # closes an aside, it does not mark a dateline.
        (
            "He said the duty would climb each month — to 10 percent on July 1 and 15 percent on August 1 — "
            "until it reached 25 percent on October 1.",
            date(2019, 5, 31),
            [("July 1", "2019-07-01", "scheduled"), ("August 1", "2019-08-01", "scheduled"),
             ("October 1", "2019-10-01", "scheduled")],
        ),
        (
            "Tariffs will rise to 25 percent on Jan. 1 — a move that stunned markets.",
            date(2018, 12, 3),
            [("Jan. 1", "2019-01-01", "scheduled")],
        ),
        # A dateline is still a dateline.
        (
            "BEIJING, Aug. 2 — China will raise tariffs on US cars from Sept. 1.",
            date(2019, 8, 2),
            [("Sept. 1", "2019-09-01", "scheduled")],
        ),
        # The date's own verb in a later coordinate clause outranks a past verb before it.
        (
            "A levy on steel took effect overnight, and another on copper follows next month.",
            date(2025, 6, 2),
            [("next month", "2025-07", "scheduled")],
        ),
        # A measure's effective date, moved in a sentence without tariff words.
        (
            "For laptops, the effective date has been pushed back from Oct. 1 to Jan. 15, 2020.",
            date(2019, 8, 14),
            [("Oct. 1", "2019-10-01", "postponed"), ("Jan. 15, 2020", "2020-01-15", "scheduled")],
        ),
        # A quota is a tariff measure.
        ("Korea's new steel quota will start next month, officials said.", date(2018, 3, 26),
         [("next month", "2018-04", "scheduled")]),
        # A due date after a tariff sentence.
        (
            "Beijing imposed anti-dumping deposits of 30 percent on Australian wine. A final determination "
            "is now due by Feb. 2, 2021.",
            date(2020, 11, 27),
            [("Feb. 2, 2021", "2021-02-02", "scheduled")],
        ),
        # The date of a letter is not the date it set.
        (
            "The tariffs start on Aug. 6, a date Trump had first set in a letter to Lula on July 9.",
            date(2025, 7, 31),
            [("Aug. 6", "2025-08-06", "scheduled")],
        ),
    ],
)  # fmt: skip
def test_round5_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A hearing's paperwork is due, not a tariff.
        (
            "Tariffs on $16 billion of goods are planned. Requests to appear at the public hearing are due "
            "by July 13.",
            date(2018, 6, 20),
        ),
        # ", beginning at ... on" dates the hearing named before it, however long its place.
        (
            "The commission will hold a public hearing on the proposed duties in its main hearing room at "
            "500 E Street SW, Washington, beginning at 10 a.m. on Aug. 20.",
            date(2018, 7, 10),
        ),
        # The period of an economic measure.
        ("The tariffs, economists said, would knock half a point off growth next year.", date(2018, 7, 10)),
    ],
)
def test_round5_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


# --- round 6: generalised from heldout5's failures (variants written anew) ----------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Trade-remedy deposits are tariffs, with the deposit before or after the rate.
        (
            "Beijing hits Australian barley with deposits of up to 73.6 per cent in its anti-dumping case.",
            [("73.6 per cent", 73.6, "percent")],
        ),
        (
            "Commerce found the steel was dumped.\n\nImporters must post a 31.2% cash deposit on each entry, "
            "and one exporter was hit with a deposit of 44 per cent of the shipment's value.",
            [("31.2%", 31.2, "percent"), ("44 per cent", 44.0, "percent")],
        ),
        # A bare heading leads a fact box of rates by goods when tariffs were the topic just before.
        (
            "Ottawa will raise duties on US goods.\n\nWhat changes:\n\n• Orange juice and ketchup: "
            "10 per cent, up from 5 per cent\n\n• Steel coils — 25 per cent",
            [("10 per cent", 10.0, "percent"), ("5 per cent", 5.0, "percent"),
             ("25 per cent", 25.0, "percent")],
        ),
        # What a number is added to decides "add".
        (
            "The proclamation adds 15 percentage points to the existing duty on trucks.",
            [("15 percentage points", 15.0, "percent")],
        ),
        # A verb of coverage governs the sum, or goods worth it, a few sentences after the tariffs.
        (
            "Washington delayed the tariffs. Stocks rallied. Markets cheered.\n\nThe delay affects "
            "roughly $40 billion of the $112 billion in consumer goods on the list.",
            [("$40 billion", 40000000000.0, "USD"), ("$112 billion", 112000000000.0, "USD")],
        ),
        (
            "Brussels set duties on US goods. Analysts said the measures would hit goods worth about "
            "€4 billion a year.",
            [("€4 billion", 4000000000.0, "EUR")],
        ),
        # A reduced relative or a relative after a level noun ties a percent to a tariff.
        (
            "The 10 per cent levy stays. That beats the 30 per cent levied on Swiss exports and the 4 "
            "per cent average that applied last year.",
            [("10 per cent", 10.0, "percent"), ("30 per cent", 30.0, "percent"),
             ("4 per cent", 4.0, "percent")],
        ),
        # The antecedent of a relative clause: a rate of a tariff list.
        (
            "Officials said the rate on the second list, which now stands at 15 percent, would double under "
            "the new tariffs.",
            [("15 percent", 15.0, "percent")],
        ),
        # Goods taxed at a rate, listed.
        (
            "Tariffs are back. The plan would tax imported lumber at 20 percent and cement at 8 percent.",
            [("20 percent", 20.0, "percent"), ("8 percent", 8.0, "percent")],
        ),
        # Duties totalling a rate; scare quotes before the head noun.
        (
            "Ankara will impose duties totalling 140 per cent on US rice, including a 40 per cent "
            "'retaliatory' tariff.",
            [("140 per cent", 140.0, "percent"), ("40 per cent", 40.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round6_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Deposits outside a trade-remedy article are bank deposits.
        "Tariffs rose. Bank deposits of 4 per cent growth were reported, and a 3% deposit was required.",
        # A statistics box after a tariff sentence lists market moves.
        "Tariffs rose again.\n\nKey numbers:\n\n• Toronto Composite: 0.8%\n\n• Loonie: 0.3%",
        # Added to something other than a tariff.
        "Economists said the tariffs added 0.3 percentage points to inflation.",
        # Revenue collected is not goods covered.
        "The statement shows tariffs of $7.1 billion were collected in April.",
        # A sum restating a purchase named before a dash.
        "Tariffs took effect. Officials gave no figure for the purchases — an additional $200 billion of US "
        "goods over two years.",
        # Taxing income at a rate is not a tariff.
        "Tariffs rose. The plan would also tax corporate income at 21 percent.",
        # A governed sum that is not goods.
        "Tariffs were delayed. Stocks rallied. Markets cheered. The storm affected $3 billion of crop sales.",
    ],
)
def test_round6_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A window that closes on a date after a postponement is the new deadline.
        (
            "Trump agreed to delay the tariff increase, giving officials a window that closes on April 15.",
            date(2019, 2, 1),
            [("April 15", "2019-04-15", "scheduled")],
        ),
        # A participle with a start preposition and a clock time between it and the date.
        (
            "• A 15% tariff on imported furniture, applied from 00:01 GMT on Oct. 14.",
            date(2025, 10, 1),
            [("Oct. 14", "2025-10-14", "scheduled")],
        ),
        # A noun standing for the measures of the sentence before.
        (
            "Both governments agreed to cut tariffs on cars to 10 percent. They will put the changes in "
            "place by June 30.",
            date(2025, 6, 2),
            [("June 30", "2025-06-30", "scheduled")],
        ),
        # An old date planned with "was to have been", however long ago.
        (
            "A 20 percent tariff on Thai vans that was to have been removed by 2019 was extended until 2030.",
            date(2024, 3, 1),
            [("2019", "2019", "postponed"), ("2030", "2030", "scheduled")],
        ),
        # A day's target is a due date; a reporting verb does not make it past.
        (
            "The minister said the June 1 target for a tariff deal was firm.",
            date(2025, 4, 10),
            [("June 1", "2025-06-01", "scheduled")],
        ),
        # A date given up for another; a postponement reported after its date; a negated pause.
        (
            "The duties will apply from Sept. 9, rather than on Sept. 2.",
            date(2025, 8, 20),
            [("Sept. 9", "2025-09-09", "scheduled"), ("Sept. 2", "2025-09-02", "postponed")],
        ),
        (
            "Key points:\n\n* Tariff rise to 20 percent on July 1 put on hold\n\n"
            "* Talks to conclude by Aug. 15",
            date(2025, 6, 20),
            [("July 1", "2025-07-01", "postponed"), ("Aug. 15", "2025-08-15", "scheduled")],
        ),
        (
            "Mexico, which did not get a reprieve, faces a 30 percent tariff from Friday.",
            date(2025, 7, 14),
            [("Friday", "2025-07-18", "scheduled")],
        ),
    ],
)  # fmt: skip
def test_round6_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A past verb right before its day, right after it, or after a fronted date.
        ("Tariffs would rise to 25 percent, a plan that Ottawa criticised on Tuesday.", date(2019, 5, 6)),
        (
            "Washington raised tariffs, and this week also ended Turkey's trade preferences.",
            date(2019, 5, 20),
        ),
        ("On March 4, 2025, the tariffs on Canada were imposed by proclamation.", date(2025, 3, 4)),
        # Legislatures' acts and decisions are events.
        ("Parliament is expected to ratify the tariff deal next month.", date(2019, 5, 31)),
        ("It follows Ottawa's decision in June to impose tariffs on steel.", date(2025, 9, 1)),
        # Participle of a past imposition whose noun governs a perfect.
        ("The duties, levied from May 2, have hurt farmers.", date(2025, 4, 1)),
    ],
)
def test_round6_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A plain or numbered list of rates by goods, led in by a sentence about duties that ends in a colon;
        # items may follow a semicolon, and the list number may be split off as a sentence of its own.
        (
            "The proposed increases in the additional duties, by product group, are as follows:\n\n"
            "1. Electric vehicles: from 25 percent to 100 percent, effective in 2024.\n"
            "2. Batteries: from 7.5 percent to 25 percent; magnets: 25 percent.\n"
            "3. Syringes and needles: 100 percent.",
            [("25 percent", 25.0, "percent"), ("100 percent", 100.0, "percent"),
             ("7.5 percent", 7.5, "percent"), ("25 percent", 25.0, "percent"),
             ("25 percent", 25.0, "percent"), ("100 percent", 100.0, "percent")],
        ),
        (
            "Canada announced the new tariff rates:\n\nSteel: 25%\n\nAluminium: 10%\n\nBoats: up to 15%",
            [("25%", 25.0, "percent"), ("10%", 10.0, "percent"), ("15%", 15.0, "percent")],
        ),
        (
            "The surcharges on US farm goods will be:\n\n(1) Soybeans: 25 per cent\n\n(2) Pork: 10 per cent",
            [("25 per cent", 25.0, "percent"), ("10 per cent", 10.0, "percent")],
        ),
        # Goods described by their value after a coverage verb, with "of China" between.
        (
            "Tariffs went up last year. The proposed modifications cover products of China with an "
            "estimated annual import value of approximately $18 billion.",
            [("$18 billion", 18000000000.0, "USD")],
        ),
        (
            "The duties were widened. The new list targets goods from Mexico with a combined value of "
            "about $6 billion.",
            [("$6 billion", 6000000000.0, "USD")],
        ),
        # A rate said alone, a few sentences after the tariffs it rates.
        (
            "\"China charges us 67 percent in tariffs. They rip us off. It's so sad. Thirty-nine percent. "
            "We're going to charge them 20 percent.\"",
            [("67 percent", 67.0, "percent"), ("Thirty-nine percent", 39.0, "percent"),
             ("20 percent", 20.0, "percent")],
        ),
        (
            "The tariff on Swiss goods was raised. Nobody saw it coming. \"39%!\"",
            [("39%", 39.0, "percent")],
        ),
        # Percentage points of a tariff whose rate and quotes stand between.
        (
            "Both governments agreed to suspend 24 percentage points of the 34 per cent \"reciprocal\" "
            "tariff, retaining 10 per cent.",
            [("24 percentage points", 24.0, "percent"), ("34 per cent", 34.0, "percent"),
             ("10 per cent", 10.0, "percent")],
        ),
        # A tariff verb governing a bare rate.
        (
            "Tariffs rose again. Trump threatened to impose an additional 10 percent on any country that "
            "aligns itself with BRICS.",
            [("10 percent", 10.0, "percent")],
        ),
        (
            "The tariffs hurt. \"Our competitors in Vietnam pay 20 per cent.\"",
            [("20 per cent", 20.0, "percent")],
        ),
        (
            "Tariffs are coming. Brussels could slap 25% on bourbon and Vietnam faces 46 percent.",
            [("25%", 25.0, "percent"), ("46 percent", 46.0, "percent")],
        ),
        # The goods a sum values pay or face a tariff named after it.
        (
            "Tariffs of 50 percent hit Brazil. Coffee and beef, two of the country's biggest sales to the "
            "U.S., were not spared: those shipments, worth about US$ 6 billion a year, will pay the full "
            "50 percent.",
            [("50 percent", 50.0, "percent"), ("US$ 6 billion", 6000000000.0, "USD"),
             ("50 percent", 50.0, "percent")],
        ),
        (
            "Tariffs hit Brazil. Goods worth $2 billion would face the new tariff.",
            [("$2 billion", 2000000000.0, "USD")],
        ),
    ],
)  # fmt: skip
def test_round7_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A levy on income is a digital services or windfall tax.
        "Tariffs rose. France's digital services tax applies a 3% levy to the revenue that tech companies "
        "earn.",
        "Tariffs rose. The digital services tax, a 2 per cent levy on the UK revenues of large tech "
        "companies, stays.",
        "Tariffs rose. The windfall tax is a 25 percent levy on the profits of energy firms.",
        # The sum of people or money facing something other than a tariff.
        "Tariffs hit Brazil. Investors worth $2 billion would face the higher interest.",
        # A verb of share governs the percent, or a market move is restated as one.
        "Tariffs on steel rose. China accounts for less than 3 percent of the imports after anti-dumping "
        "orders.",
        "Tariffs on steel rose. Canada makes up about 16 percent and Mexico represents roughly 9 percent.",
        "The tariff sent the Dow down 420 points, or 1.7 percent.",
        # A share of a country's trade.
        "The exemptions cover 700 tariff lines and about 43 percent of the value of Brazil's exports.",
        # A seller's goods worth a sum are trade, not coverage.
        "Mexico's auto sector exports cars and parts worth more than 1 trillion pesos a year, and any tariff "
        "would hurt.",
        "Tariffs loom. China sold soybeans worth $12 billion to the US last year.",
        # A tariff verb whose rate has a noun of its own.
        "Tariffs rose. Savers pay 5 percent interest, and shares faced a 3 percent drop.",
        # A bare rate far from any tariff sentence, or a list led in by market figures.
        "Tariffs went up. Inflation rose. Growth fell. Prices climbed. Output dropped. Rents rose. "
        "Jobs fell. Wages slid. 25%.",
        "Tariffs rose.\n\nMarket rates at the close:\n\n1. Nikkei: 2.1%\n\n2. Hang Seng: 1.4%",
    ],
)
def test_round7_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A measure due to be in force by a date, after the duties it brings.
        (
            "- a first list will be subject to an additional duty of 25%;\n\nThe Commission intends to have "
            "the first stage in force by 20 June 2018, subject to approval.",
            date(2018, 6, 1),
            [("20 June 2018", "2018-06-20", "scheduled")],
        ),
        (
            "The EU will raise duties on steel to 25%. Ministers want the measures in force from July 1.",
            date(2018, 6, 1),
            [("July 1", "2018-07-01", "scheduled")],
        ),
        # A rate change as the subject of a measure's verb, a sentence after the duties it changes.
        (
            "The USTR will raise duties on Chinese EVs. Comments are due soon. The Trade Representative "
            "proposes that the first tranche of rate increases take effect on August 1, 2024.",
            date(2024, 5, 14),
            [("August 1, 2024", "2024-08-01", "scheduled")],
        ),
        (
            "Duties on Chinese solar cells will double. Comments are invited. The new rates kick in on "
            "Jan. 1.",
            date(2024, 5, 14),
            [("Jan. 1", "2025-01-01", "scheduled")],
        ),
        # A fronted date with no comma keeps its future verb.
        (
            "On October 18 the US will impose tariffs on $7.5bn of European goods.",
            date(2019, 10, 3),
            [("October 18", "2019-10-18", "scheduled")],
        ),
    ],
)  # fmt: skip
def test_round7_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A law's ceiling or a usual span is no countdown.
        ("Section 122 permits tariffs of up to 15% for up to 150 days.", date(2025, 5, 29)),
        ("The Commission may make the duties permanent, typically for five years.", date(2024, 7, 4)),
        ("Safeguard tariffs usually last for four years under WTO rules.", date(2024, 7, 4)),
        # A fronted past date with no comma, its verb irregular ("put", "set") or regular.
        (
            "On October 2nd an arbitrator in Geneva finally put a number on the grievance, ruling that "
            "the US may impose tariffs on up to $7.5bn of goods.",
            date(2019, 10, 3),
        ),
        ("On October 1 the ministry formally set tariffs of 25% on US pork.", date(2019, 10, 3)),
        ("On October 2 the WTO ruled that the US may impose tariffs on $7.5bn of goods.", date(2019, 10, 3)),
    ],
)
def test_round7_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A definite hyphenated span names a truce already known; its date, if any, is carried elsewhere.
        (
            "Washington had planned to raise duties on $200 billion of goods from 10% to 25% at the expiry "
            "of "
            "the 90-day truce the two leaders agreed.",
            date(2019, 2, 25),
        ),
        ("Tariffs would revert to 34% once the 90-day pause on reciprocal tariffs ends.", date(2025, 5, 29)),
        ("Markets rallied as the 30-day reprieve on the Canadian tariffs took hold.", date(2025, 2, 5)),
        # A term in years is the measure's life, not a countdown.
        ("The anti-dumping duties of 73.6 per cent will remain in force for five years.", date(2020, 5, 19)),
        (
            "Both sides agreed to suspend, for five years, the tariffs imposed in the dispute.",
            date(2021, 6, 17),
        ),
        ("The 25% safeguard tariffs will apply for three years.", date(2018, 1, 23)),
        # An accounting period is no tariff date.
        (
            "Toyota, hit by the 25% tariff, has not updated its profit forecast for the fiscal year ending "
            "in March.",
            date(2025, 4, 10),
        ),
        ("The tariffs cut its sales forecast for the financial year to June.", date(2020, 11, 5)),
        ("Tariffs will weigh on earnings in the fiscal year that ends in September.", date(2025, 4, 10)),
    ],
)
def test_round8_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The indefinite form announces a clock starting now (dev set's labelling).
        (
            "Trump on Wednesday announced a 90-day pause on his higher reciprocal tariffs.",
            date(2025, 4, 9),
            [("90-day", "2025-07-08", "scheduled")],
        ),
        ("Canada will put its countermeasures on hold for 90 days.", date(2025, 4, 9),
         [("90 days", "2025-07-08", "scheduled")]),
    ],
)  # fmt: skip
def test_round8_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A raise reported on the article's own day is the decision, not the day the new rates start.
        (
            "The Biden administration on Tuesday raised Section 301 tariffs on about $18 billion of imports "
            "from China.",
            date(2024, 5, 14),
        ),
        ("Turkey on Wednesday sharply raised tariffs on American cars.", date(2018, 8, 15)),
        ("Beijing on Friday hiked duties on US soybeans to 25%.", date(2018, 7, 6)),
        # A policy goal's year is no tariff date, even in a sentence about a surtax.
        (
            "Electric Mobility Canada warned the surtax would slow EV adoption as Ottawa tries to meet its "
            "target of having all new passenger vehicles sold be zero-emission by 2035.",
            date(2024, 8, 26),
        ),
        ("The tariffs threaten the EU's goal of cutting emissions by 55% by 2030.", date(2024, 7, 4)),
    ],
)
def test_round8_reported_and_goal_years(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


def test_round8_tariff_target_year_is_still_a_deadline() -> None:
    body = "The administration's goal is to raise the tariff on semiconductors to 50% by 2025."
    assert _deadlines(body, date(2024, 5, 14)) == [("2025", "2025", "scheduled")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Taxing goods is tariffing them, in a sentence on the topic.
        (
            "Tariffs on Chinese steel rose to 25%. The administration had already taxed $50 billion of "
            "Chinese goods.",
            [("25%", 25.0, "percent"), ("$50 billion", 50000000000.0, "USD")],
        ),
        (
            "Washington is taxing another $200 billion of Chinese imports with tariffs.",
            [("$200 billion", 200000000000.0, "USD")],
        ),
        # A tariff noun governs the goods its relative clause describes.
        (
            "Officials were studying import taxes on the roughly R$ 220 billion (US$40 billion) of American "
            "goods that Brazil buys each year.",
            [("R$ 220 billion", 220000000000.0, "BRL")],
        ),
        (
            "Ottawa is weighing tariffs on the C$30 billion of goods that Canada imports from the US.",
            [("C$30 billion", 30000000000.0, "CAD")],
        ),
        # A headline-style heading with no colon leads a bullet list of rates.
        (
            "The White House raised tariffs on Chinese goods.\n\nFACT BOX — THE NEW RATES\n"
            "- Lithium-ion EV batteries: 7.5% to 25%, in 2024\n- Semiconductors: 25% to 50% by 2025\n",
            [("7.5%", 7.5, "percent"), ("25%", 25.0, "percent"), ("25%", 25.0, "percent"),
             ("50%", 50.0, "percent")],
        ),
        (
            "Canada announced new tariffs.\n\nKey tariff changes\n- Electric vehicles: 100%\n"
            "- Steel and aluminum: 25%\n",
            [("100%", 100.0, "percent"), ("25%", 25.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round8_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Trade a sum describes stays trade when no tariff governs it.
        "The US trade deficit was $419 billion, with $540 billion in goods the United States bought.",
        # A heading of market statistics with no colon leads market moves.
        "Tariffs rattled markets.\n\nMARKET SNAPSHOT\n- Nikkei: 2.1%\n- Hang Seng: 1.5%\n",
    ],
)
def test_round8_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # A currency or the economy moves, even when its relative clause follows a tariff noun.
        "The truce did little for the US$250 billion of exports subject to US duties, and the yuan, which "
        "firmed 1.1 per cent on Monday, remained vulnerable.",
        "Duties on steel hurt exporters, and the peso, which has weakened 4 percent this year, fell further.",
        "The baseline tariff could reduce UK output by as much as 1 per cent.",
        "Tariffs weigh on the economy: output fell 2 percent in May.",
    ],
)
def test_round8_moves_not_rates(body: str) -> None:
    assert [text for text, _, unit in _amounts(body) if unit == "percent"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The moved thing is a tariff: still a rate.
        ("The duty, which rose to 25 percent in May, hurt exporters.", [("25 percent", 25.0, "percent")]),
        ("Firms pay 25% tariffs on steel.", [("25%", 25.0, "percent")]),
    ],
)
def test_round8_tariff_moves(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # "a period of", "a window of" between the preposition and the count.
        (
            'If there is no agreement "within a period of 90 days", the levies will be raised to 25 per '
            "cent.",
            date(2018, 12, 3),
            [("90 days", "2019-03-03", "threatened")],
        ),
        (
            "Tariffs will rise to 25% unless a deal is reached within a window of 60 days.",
            date(2019, 5, 13),
            [("60 days", "2019-07-12", "threatened")],
        ),
    ],
)  # fmt: skip
def test_round8_duration_fillers(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A threat word after the date that threatens something other than a tariff action.
        (
            "Canada will impose a 100-per-cent surtax on Chinese EVs starting Oct. 1, Trudeau announced, "
            "saying that Beijing's policy of overcapacity threatened Canadian auto workers.",
            date(2024, 8, 26),
            [("Oct. 1", "2024-10-01", "scheduled")],
        ),
        (
            "Tariffs of 25% will begin on Tuesday, setting up a confrontation that economists warned could "
            "raise prices.",
            date(2025, 2, 1),
            [("Tuesday", "2025-02-04", "scheduled")],
        ),
        # ... but a threat of a tariff action after the date is still one.
        (
            "Tariffs could rise to 25% on March 1, Trump warned, threatening to retaliate further.",
            date(2019, 2, 1),
            [("March 1", "2019-03-01", "threatened")],
        ),
    ],
)  # fmt: skip
def test_round8_threat_needs_a_tariff_object(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


def test_round8_attributed_threat_after_the_date() -> None:
    body = "Tariffs could rise to 25% on March 1, Trump warned."
    assert _deadlines(body, date(2019, 2, 1)) == [("March 1", "2019-03-01", "threatened")]


# --- round 9: generalised from heldout8's failures, written as the next author's variants ----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A gapped second conjunct keeps only its subject and its rate.
        (
            "Trump set new tariffs on Asia. Under the deal Vietnamese goods face 20%, and goods judged to be "
            "transshipped through the country 40%.",
            [("20%", 20.0, "percent"), ("40%", 40.0, "percent")],
        ),
        (
            "Tariffs on Asia rose. Cambodia will pay 19 percent, and exports shipped through third countries "
            "40 percent.",
            [("19 percent", 19.0, "percent"), ("40 percent", 40.0, "percent")],
        ),
        (
            "Tariffs on Asia rose. Brazil was told to expect 50 percent and Laos and Myanmar 40 percent.",
            [("50 percent", 50.0, "percent"), ("40 percent", 40.0, "percent")],
        ),
        # A tax or a charge put on goods from abroad is a tariff.
        (
            "Trump signed proclamations that will put a tax on foreign steel of 25 percent and a smaller 10 "
            "percent charge on imported aluminum.",
            [("25 percent", 25.0, "percent"), ("10 percent", 10.0, "percent")],
        ),
        ("The president wants a 20% tax on imported cars.", [("20%", 20.0, "percent")]),
        (
            "Trump raised tariffs on steel. Lawmakers proposed a charge on foreign steel of 15 percent.",
            [("15 percent", 15.0, "percent")],
        ),
        # The first level of a schedule is decided by what starts there; "and rise" is a verb, not a noun.
        (
            "The US hit China with tariffs on Monday. The duties start at 10 per cent and rise to 25 per "
            "cent in January.",
            [("10 per cent", 10.0, "percent"), ("25 per cent", 25.0, "percent")],
        ),
        (
            "Trump unveiled new tariffs. The levy will begin at 5% and climb to 25% by October.",
            [("5%", 5.0, "percent"), ("25%", 25.0, "percent")],
        ),
        (
            "Tariffs on Chinese goods\n\nThe third round so far starts at 10 percent and climbs to 25 "
            "percent if talks fail",
            [("10 percent", 10.0, "percent"), ("25 percent", 25.0, "percent")],
        ),
        # A change verb's object after the new level, set off by commas.
        (
            "The U.S. will also halve, to 7.5%, the 15% tariff it imposed on Sept. 1.",
            [("7.5%", 7.5, "percent"), ("15%", 15.0, "percent")],
        ),
        (
            "Washington will cut, to 10 percent, the 25 percent duty on Mexican tomatoes.",
            [("10 percent", 10.0, "percent"), ("25 percent", 25.0, "percent")],
        ),
        (
            "The deal keeps tariffs in place. In addition, the 15% rate that has applied since September to "
            "a further $120 billion of imports will be cut in half, to 7.5%.",
            [("15%", 15.0, "percent"), ("$120 billion", 120000000000.0, "USD"), ("7.5%", 7.5, "percent")],
        ),
        # Goods let in at a rate.
        (
            "Tariffs on British goods were cut. The deal keeps the 10% baseline on most British goods but "
            "allows up to 100,000 British cars a year to enter at 10% rather than 27.5%.",
            [("10%", 10.0, "percent"), ("10%", 10.0, "percent"), ("27.5%", 27.5, "percent")],
        ),
        (
            "Japan faces tariffs on cars. Under the deal, Japanese cars will enter the US at 15%.",
            [("15%", 15.0, "percent")],
        ),
        (
            "The safeguard tariffs on steel were eased. Under the quota, the first 1.2 million tons of steel "
            "can be imported at 0% and the rest at 25%.",
            [("0%", 0.0, "percent"), ("25%", 25.0, "percent")],
        ),
        # An increment on top of a rate: both are tariff rates.
        (
            "Tariffs on China rose. Beijing faces an additional 34% on top of the 20% imposed earlier this "
            "year.",
            [("34%", 34.0, "percent"), ("20%", 20.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round9_amount_grammar(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A box whose lead-in has no tariff word: the rates the sentence before spoke of.
        (
            "Trump unveiled reciprocal tariffs with country-specific rates from April 9.\n\nThe headline "
            "numbers, as set out on the chart the president held up:\n- China: an additional 34 percentage "
            "points on top of the 20% imposed earlier this year\n- European Union: 20%\n- Japan: 24%",
            [("34 percentage points", 34.0, "percent"), ("20%", 20.0, "percent"), ("20%", 20.0, "percent"),
             ("24%", 24.0, "percent")],
        ),
        (
            "Canada unveiled a 25% tariff on US goods.\n\nThe key figures, according to Finance Canada:\n"
            "- Steel: 25%\n- Orange juice: 25%",
            [("25%", 25.0, "percent"), ("25%", 25.0, "percent"), ("25%", 25.0, "percent")],
        ),
        # The item after a tariff rate's item lists the next rate, whatever heads the box.
        (
            "WHAT THE ORDERS DO\n- Steel: a duty of 25 percent on most products\n- Aluminum: 10 percent on "
            "unwrought metal, bars and foil\n- Copper: 50 percent on semi-finished goods",
            [("25 percent", 25.0, "percent"), ("10 percent", 10.0, "percent"),
             ("50 percent", 50.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round9_rate_boxes(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 4, 3)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A box of market or economic figures stays one.
        "Tariffs rose again.\n\nKey numbers:\n\n• Toronto Composite: 0.8%\n\n• Loonie: 0.3%",
        "The tariffs hit prices.\n\nThe numbers:\n- Inflation: 3.1%\n- Unemployment: 4.2%",
        # A market or the economy starts somewhere too; a conjunction before another move.
        "Tariffs hit stocks. The Nikkei started at 2% lower and fell 3% by noon.",
        "Tariffs hurt. Inflation started at 2 percent this year and rose to 3 percent.",
        "Tariffs rose. Exports fell 10%, and imports from Mexico 4%.",
        # A tax on income or services is no tariff.
        "Tariffs loom. France's 3% tax on digital services revenue and a 25 percent tax on corporate profits "
        "stay.",
        # A projection is a forecast.
        "The RBI said tariffs would weigh on growth, which it projected at 6.5 per cent for the year.",
    ],
)
def test_round9_non_amounts(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A dateline closed by a colon is no date; a heading's date before a colon still is.
        (
            "New Delhi, June 23: India will withdraw the retaliatory duties within 90 days, the ministry "
            "said.",
            date(2023, 6, 23),
            [("90 days", "2023-09-21", "scheduled")],
        ),
        (
            "Islamabad, March 3: Pakistan will raise duties on 500 luxury items from April 1.",
            date(2023, 3, 3),
            [("April 1", "2023-04-01", "scheduled")],
        ),
        ("April 9: Higher reciprocal tariffs take effect on dozens of countries.", date(2025, 4, 3),
         [("April 9", "2025-04-09", "scheduled")]),
        ("- April 9: country-specific tariffs take effect", date(2025, 4, 3),
         [("April 9", "2025-04-09", "scheduled")]),
        # A second relative clause is an act of its own: nothing postpones its date.
        (
            "Trump, whose 25 per cent tariffs on Canadian goods have been suspended for compliant goods, and "
            "who has threatened to hit all exports with reciprocal levies from April 2.",
            date(2025, 3, 8),
            [("April 2", "2025-04-02", "threatened")],
        ),
        (
            "The tariffs, which were suspended last month, and which Trump has threatened to reimpose from "
            "June 1, weigh on trade.",
            date(2025, 5, 1),
            [("June 1", "2025-06-01", "threatened")],
        ),
        # A trade-defence case's measures are its duties.
        (
            "The Commission imposed provisional duties on Chinese EVs. Under EU law, definitive measures "
            "must be imposed at the latest by 2 November 2024.",
            date(2024, 6, 12),
            [("2 November 2024", "2024-11-02", "scheduled")],
        ),
        (
            "The Commission imposed duties on steel. Definitive anti-dumping measures must be in force by 15 "
            "March.",
            date(2024, 1, 10),
            [("15 March", "2024-03-15", "scheduled")],
        ),
        # The end of a period, or a present tense of a scheduled end.
        (
            "Shippers brace as the United States ends duty-free treatment for low-value parcels at 12:01 "
            "a.m. on Friday.",
            date(2025, 8, 27),
            [("Friday", "2025-08-29", "scheduled")],
        ),
        (
            "The U.S. lowered its additional tariff on Chinese goods from 145% to 30%, and China lowered its "
            "own from 125% to 10%, for a period ending on August 12.",
            date(2025, 5, 29),
            [("August 12", "2025-08-12", "scheduled")],
        ),
        ("The tariff truce runs through Nov. 10.", date(2025, 8, 12),
         [("Nov. 10", "2025-11-10", "scheduled")]),
    ],
)  # fmt: skip
def test_round9_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A day a few days before the article date is that day, whatever future a later clause speaks of.
        (
            "On May 28, a three-judge panel of the Court of International Trade held that the tariffs were "
            "unlawful and directed the government to issue orders.",
            date(2025, 5, 29),
        ),
        ("On June 30, the panel struck down the duties, which will stop being collected.", date(2025, 7, 3)),
        # A court or the WTO ruling is an event, not a tariff date.
        (
            "The EU's trade chief said tariffs would be short-sighted, because the WTO is expected to rule "
            "early next year on how much the EU can retaliate.",
            date(2019, 10, 2),
        ),
        ("The WTO will rule in March on the EU's retaliatory tariffs.", date(2019, 10, 2)),
        # An end verb is about its subject: talks, a summit or a visit ending is no tariff date.
        ("The round of talks on tariffs ends on Friday.", date(2025, 7, 8)),
        ("The G7 summit, where tariffs will top the agenda, ends on Sunday.", date(2025, 7, 8)),
        # A company's results dated by a change verb.
        (
            "Toyota had estimated that tariffs cut its operating profit by 180 billion yen in April and May "
            "alone.",
            date(2025, 7, 8),
        ),
    ],
)
def test_round9_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A present passive in a condition reports no past event; conditional threats are threatened.
        (
            "If no agreement is reached by March 1, tariffs will be raised to 25 percent.",
            date(2019, 1, 10),
            [("March 1", "2019-03-01", "threatened")],
        ),
        # "climb" is a tariff rising, like "rise".
        (
            "Should talks fail, the duties would climb to 25 per cent from Jan. 1.",
            date(2018, 12, 3),
            [("Jan. 1", "2019-01-01", "threatened")],
        ),
        # A coming action after a postponement's old date names the new date.
        (
            "Tariffs that Trump delayed from Jan. 1 will now take effect on March 1.",
            date(2018, 12, 20),
            [("Jan. 1", "2019-01-01", "postponed"), ("March 1", "2019-03-01", "scheduled")],
        ),
        (
            "The duties, which Ottawa deferred from July 1, will instead apply from Aug. 1.",
            date(2025, 6, 20),
            [("July 1", "2025-07-01", "postponed"), ("Aug. 1", "2025-08-01", "scheduled")],
        ),
        (
            "Trump called off the meeting, and tariffs will rise on March 1.",
            date(2019, 2, 20),
            [("March 1", "2019-03-01", "scheduled")],
        ),
        (
            "The tariff increase, delayed from Jan. 1, will go ahead on March 1.",
            date(2019, 2, 20),
            [("Jan. 1", "2019-01-01", "postponed"), ("March 1", "2019-03-01", "scheduled")],
        ),
        # A tariff noun opening a conditional sentence carries the threat of the sentence before ...
        (
            "Trump threatened new tariffs on Mexico on Thursday. The duty would begin at 5% on June 10.",
            date(2019, 5, 31),
            [("June 10", "2019-06-10", "threatened")],
        ),
        (
            "In a post on Truth Social, Trump threatened the EU. Tariffs of 50% would start on June 1, he "
            "wrote.",
            date(2025, 5, 24),
            [("June 1", "2025-06-01", "threatened")],
        ),
        # ... but a plan in the future tense is scheduled, whatever warnings came before.
        (
            "Trump brushed aside warnings from his party. The duties will take effect on March 23.",
            date(2018, 3, 9),
            [("March 23", "2018-03-23", "scheduled")],
        ),
    ],
)  # fmt: skip
def test_round9_status_and_tense(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A tax put on goods by their origin is a tariff; a sales tax on goods in general is not.
        (
            "Trump wants tariffs. He floated a 10% tax on Chinese goods and a 25% charge on imported cars.",
            [("10%", 10.0, "percent"), ("25%", 25.0, "percent")],
        ),
        ("A 25% tariff applies. The mayor wants a 6% tax on goods purchased in the state.",
         [("25%", 25.0, "percent")]),
        # A verbless item sentence may name its country with a colon.
        (
            "Trump set a 50% tariff on Brazil. Switzerland: 39%. India: 25%.",
            [("50%", 50.0, "percent"), ("39%", 39.0, "percent"), ("25%", 25.0, "percent")],
        ),
        ("Tariffs rattled markets. The Nikkei fell 2%. Tokyo: 1.5%.", []),
    ],
)  # fmt: skip
def test_round9_taxes_and_items(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A weekday followed by its date: the date is the mention.
        (
            "The tariffs, which had been set to take effect on Sunday, Dec. 15, are suspended indefinitely.",
            date(2019, 12, 13),
            [("Dec. 15", "2019-12-15", "postponed")],
        ),
        ("The new duties take effect on Friday, March 1.", date(2019, 2, 25),
         [("March 1", "2019-03-01", "scheduled")]),
        # A called-off action's date is given up like a postponed one.
        (
            "Beijing said it would not go ahead with the retaliatory duties it had planned for Dec. 15.",
            date(2019, 12, 13),
            [("Dec. 15", "2019-12-15", "postponed")],
        ),
        (
            "Ottawa called off the surtax on US steel that was due to start on July 1.",
            date(2025, 6, 28),
            [("July 1", "2025-07-01", "postponed")],
        ),
    ],
)  # fmt: skip
def test_round9_weekday_dates_and_cancellations(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Points added to a rate already in force: both are tariff rates.
        (
            "Trump raised tariffs on China. The order adds 34 percentage points to the 20% already in place "
            "on Chinese goods.",
            [("34 percentage points", 34.0, "percent"), ("20%", 20.0, "percent")],
        ),
        ("Trump raised tariffs on China. The 20% already in place stays.", [("20%", 20.0, "percent")]),
        ("Tariffs rose. Inflation added 0.2 percentage points to 3%.", []),
        ("Tariffs hurt. The shock added 0.3 points to the 2% inflation rate.", []),
    ],
)
def test_round9_points_added_to_rates(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A move verb whose longer object holds the old date.
        (
            "Trump pushed the July 9 deadline for reciprocal tariffs to Aug. 1.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "postponed"), ("Aug. 1", "2025-08-01", "scheduled")],
        ),
        (
            "Trump moved the start of the duties to March 1 from Jan. 1.",
            date(2018, 12, 20),
            [("March 1", "2019-03-01", "scheduled"), ("Jan. 1", "2019-01-01", "postponed")],
        ),
        # A rate pushed to a level moves no date.
        ("Trump pushed the tariff rate to 25% on Jan. 1.", date(2018, 12, 20),
         [("Jan. 1", "2019-01-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round9_moved_dates(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A tariff list or batch described by its value; taxing goods; "in total" is an adverb, not a sum.
        (
            "Trump raised tariffs on Chinese goods. Beijing's counter-list, valued at $60 billion, includes "
            "LNG.",
            [("$60 billion", 60000000000.0, "USD")],
        ),
        (
            "Trump raised tariffs on Chinese goods. The EU plans to tax $20 billion of American exports in "
            "response.",
            [("$20 billion", 20000000000.0, "USD")],
        ),
        (
            "Trump raised tariffs on Chinese goods. The first batch of $34 billion took effect in July.",
            [("$34 billion", 34000000000.0, "USD")],
        ),
        (
            "Trump raised tariffs on Chinese goods. In total, $550 billion of Chinese goods would be subject "
            "to tariffs.",
            [("$550 billion", 550000000000.0, "USD")],
        ),
        # ... but taxing profits or a total of revenue is not goods covered.
        ("Trump raised tariffs. Beijing plans to tax $5 billion of profits.", []),
        ("Trump raised tariffs. In all, customs collected a total of $80 billion in duties.", []),
    ],
)
def test_round9_goods_covered(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


def test_round9_coverage_through_a_relative_clause() -> None:
    body = (
        "Japan will keep seeking the removal of the auto levy, which covers vehicles and parts that Japan "
        "ships to the U.S. worth about 6 trillion yen a year. The tariffs cover imports which last year "
        "totalled $500 billion."
    )
    assert _amounts(body) == [("6 trillion yen", 6000000000000.0, "JPY")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A demonstrative or a bare possessive subject stands for the tariff named before.
        (
            "Duties on steel doubled to 50%, while those on aluminum rose to 20%.",
            [("50%", 50.0, "percent"), ("20%", 20.0, "percent")],
        ),
        (
            "Tariffs on Chinese goods, which stood at 145%, fell to 30%; China's fell to 10% from 125%.",
            [("145%", 145.0, "percent"), ("30%", 30.0, "percent"), ("10%", 10.0, "percent"),
             ("125%", 125.0, "percent")],
        ),
        # A gapped clause after a semicolon keeps its subject and rate.
        ("Steel faces a 25% duty; aluminum, 10%.", [("25%", 25.0, "percent"), ("10%", 10.0, "percent")]),
        # ... but what those subjects stand for decides: exports and markets move.
        (
            "US tariffs on Japan rose to 25%. Tokyo's exports fell 10%, and Seoul's dropped 4%.",
            [("25%", 25.0, "percent")],
        ),
        ("Tariffs rose. Exports from Japan fell 5%, while those from Korea fell 3%.", []),
        ("Tariffs hit markets. Japan's Nikkei fell 2%, and Korea's fell 1.5%.", []),
    ],
)  # fmt: skip
def test_round9_coordinated_subjects(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A Q&A answer's opening sum answers what the tariffs cover.
        (
            "The US raised tariffs on Chinese EVs.\n\nQ: How much trade does this affect?\n\nA: About $18 "
            "billion of annual imports, the White House says.",
            [("$18 billion", 18000000000.0, "USD")],
        ),
        (
            "Canada announced counter-tariffs.\n\nQ: Which goods will be hit?\n\nA: Roughly C$30 billion of "
            "US products, from orange juice to appliances.",
            [("C$30 billion", 30000000000.0, "CAD")],
        ),
        # ... not when the question asks about something else, or the sum is not goods.
        (
            "The US raised tariffs on Chinese EVs.\n\nQ: How big is the trade deficit?\n\nA: About $280 "
            "billion of goods last year.",
            [],
        ),
        (
            "The US raised tariffs on Chinese EVs.\n\nQ: How will this affect households?\n\nA: About "
            "$1,300 a year each, economists say.",
            [],
        ),
    ],
)
def test_round9_question_and_answer(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A part of a sum is what the sum is.
        (
            "Washington imposed tariffs on $200 billion of Chinese goods, including about $50 billion of "
            "electronics.",
            [("$200 billion", 200000000000.0, "USD"), ("$50 billion", 50000000000.0, "USD")],
        ),
        (
            "China agreed to increase its purchases of American goods and services by at least $200 billion "
            "over the next two years, including some $32 billion of additional farm products, pledges that "
            "are not tariff figures.",
            [],
        ),
    ],
)
def test_round9_included_sums(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


# --- round 10: structural mechanisms generalised from heldout9's failures (the next author's variants) -----

#: Three sentences with tariff words: an article about tariffs as a whole (see ContextCache.tariff_frame).
_FRAME = (
    "President Trump unveiled reciprocal tariffs on Wednesday. The duties reach nearly every trading "
    "partner. Economists said the tariffs were the biggest in a century.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A tax put on a sum of goods or on goods from abroad is a tariff; so is taxing a sum of goods.
        (
            "The administration said it will impose a 10 percent tax on $200 billion in Chinese goods, with "
            "the rate climbing to 25 percent in January.",
            [("10 percent", 10.0, "percent"), ("$200 billion", 200000000000.0, "USD"),
             ("25 percent", 25.0, "percent")],
        ),
        (
            "BRIEF: U.S. to tax another $200 billion of Chinese imports",
            [("$200 billion", 200000000000.0, "USD")],
        ),
        (
            "Washington has already taxed US$34 billion worth of Chinese goods.",
            [("US$34 billion", 34000000000.0, "USD")],
        ),
        (
            "A baseline tax of 10% on imports from almost all countries starts on Saturday.",
            [("10%", 10.0, "percent")],
        ),
        ("The order sets a baseline of 10 percent on all imports.", [("10 percent", 10.0, "percent")]),
        (
            "Ottawa will put a 25 per cent tax on American steel products.",
            [("25 per cent", 25.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round10_taxes_on_goods(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A sales, value-added or income tax is no tariff, nor is a tax on revenue or on goods in general.
        "The state wants a 6% sales tax on imported goods sold online.",
        "Brussels floated a 2% tax on $40 billion of digital revenue.",
        "The city will tax $5 billion of corporate profits.",
        "The mayor wants a 6% tax on goods purchased in the state.",
    ],
)
def test_round10_taxes_that_are_not_tariffs(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # In an article about tariffs a rate noun heads or governs a percent even without tariff words.
        (
            _FRAME + "How did the White House get those numbers? For Vietnam, the formula lands close to the "
            "46% rate the country was given.",
            [("46%", 46.0, "percent")],
        ),
        (_FRAME + "When do they start? The 10% baseline starts on Saturday.", [("10%", 10.0, "percent")]),
        # ... however far the sentences about tariffs are.
        (
            _FRAME + "How are markets taking it? Badly. Futures fell 3.5% overnight. Apple slid about 7% in "
            "late trading.\n\nHow was it worked out? Critics say the formula is simply the trade deficit "
            "divided by imports, halved. For Vietnam, with a deficit of about $123 billion, the formula "
            "lands close to the 46% rate the country was given.",
            [("46%", 46.0, "percent")],
        ),
        (
            _FRAME + "Who pays more? Those higher rates range from 11% to 50%: 34% for China, 20% for the "
            "European Union and 46% for Vietnam.",
            [("11%", 11.0, "percent"), ("50%", 50.0, "percent"), ("34%", 34.0, "percent"),
             ("20%", 20.0, "percent"), ("46%", 46.0, "percent")],
        ),
        (
            _FRAME + "What about Asia? Rates run as high as 49 percent.",
            [("49 percent", 49.0, "percent")],
        ),
        # A rate list by country, and a percent that is the subject of a measure's verb.
        (
            _FRAME + "What else? 24% for Japan and 26% for India, among others.",
            [("24%", 24.0, "percent"), ("26%", 26.0, "percent")],
        ),
        (
            _FRAME + "Is China paying more? The new 34% comes on top of the 20% Trump imposed earlier this "
            "year.",
            [("34%", 34.0, "percent"), ("20%", 20.0, "percent")],
        ),
        (_FRAME + "The additional 25% kicks in on Friday.", [("25%", 25.0, "percent")]),
        (_FRAME + "Mexico's 25% stays in place for 90 more days.", [("25%", 25.0, "percent")]),
        # A rate put on goods, a rate list with "on", and a tax or charge heading the rate.
        (_FRAME + "Beijing answered with 34% on all American goods.", [("34%", 34.0, "percent")]),
        (
            _FRAME + "What else? 34% on China, 20% on the EU and 24% on Japan.",
            [("34%", 34.0, "percent"), ("20%", 20.0, "percent"), ("24%", 24.0, "percent")],
        ),
        (_FRAME + "Imports from Vietnam now carry a 46% charge.", [("46%", 46.0, "percent")]),
    ],
)  # fmt: skip
def test_round10_tariff_frame(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 4, 3)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Market, economic and poll figures keep their own heads in an article about tariffs.
        _FRAME + "The central bank held its benchmark rate at 4.5%.",
        _FRAME + "Mortgage rates range from 6% to 7%.",
        _FRAME + "The jobless rate was 4.2% and the growth rate 1.8%.",
        _FRAME + "Exports rose 5% for China and 3% for the European Union.",
        _FRAME + "Polls show 40% support for Harris and 38% for Trump.",
        _FRAME + "The 3% drop in exports came on top of a weak quarter.",
        _FRAME + "Holders get 5% on Treasury bills and 4% on German bunds.",
        _FRAME + "Stocks fell 2% on Wall Street and the S&P 500 slid 1.5% on Friday.",
        _FRAME + "Apple took a 3% charge against earnings, and Toyota's 5% stake stays in place.",
        _FRAME + "France keeps its 3% tax on digital revenues.",
        # Prices of transport are rates of their own.
        _FRAME + "Freight rates range from 10% to 15% above last year.",
        _FRAME + "Spot container rates ranged from 5% to 8% higher for Asia-Europe.",
        _FRAME + "Shipping rates of 12% for Asia routes held.",
        # A rate noun without an article about tariffs decides nothing.
        "The economy grew. The formula lands close to the 46% rate the country was given.",
    ],
)
def test_round10_frame_keeps_other_figures_out(body: str) -> None:
    assert _amounts(body, date(2025, 4, 3)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A rate a country's goods are charged or given, compared with another.
        (
            "Tariffs rose. Korean goods will be charged 15% instead of the 25% in the July letter.",
            [("15%", 15.0, "percent"), ("25%", 25.0, "percent")],
        ),
        (
            "Tariffs on Asia rose. Japan will be given 24 percent rather than 30 percent.",
            [("24 percent", 24.0, "percent"), ("30 percent", 30.0, "percent")],
        ),
        # An alternative rate after ", or".
        (
            "Tariffs rose. Products from Vietnam will face 20% under the framework, or 40% if Customs "
            "decides they were transshipped.",
            [("20%", 20.0, "percent"), ("40%", 40.0, "percent")],
        ),
        # A countervailing (anti-subsidy) component is a duty, not a subsidy.
        (
            "China hit Australian barley with duties. The anti-dumping component would be set at 73.6 per "
            "cent and the anti-subsidy component at 6.9 per cent.",
            [("73.6 per cent", 73.6, "percent"), ("6.9 per cent", 6.9, "percent")],
        ),
        ("Beijing set an anti-subsidy rate of 6.9% on Australian barley.", [("6.9%", 6.9, "percent")]),
    ],
)  # fmt: skip
def test_round10_charged_given_and_alternatives(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One entry's arithmetic, fees and thresholds are not tariff amounts.
        "Tariffs rose. On a $100,000 entry of List 3 goods, the Section 301 duty rises to $25,000 from "
        "$10,000.",
        "Tariffs rose. Add the merchandise processing fee (0.3464% ad valorem) and the harbor maintenance "
        "fee (0.125%) to the duty.",
        "Tariffs rose. Brokers also pay a user fee of 0.21% on each entry subject to the duties.",
        # Interest charged is not a tariff, however compared.
        "Tariffs rose. Lenders charged 7% interest on the loans.",
        # An alternative after a market move is a market move.
        "Tariffs rose. Exports fell 10% this year, or 4% after inflation.",
    ],
)
def test_round10_fees_and_small_sums(body: str) -> None:
    assert _amounts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The value of a tariff list in parentheses, or after the goods it covers.
        (
            _FRAME + "What did not change. Lists 1 and 2 (about $50 billion of goods in total) remain at "
            "25%.",
            [("$50 billion", 50000000000.0, "USD"), ("25%", 25.0, "percent")],
        ),
        (_FRAME + "List 3 ($200 billion) goes up to 25%.", [("$200 billion", 200000000000.0, "USD"),
                                                           ("25%", 25.0, "percent")]),
        (
            "Tariffs rose. USTR is drafting a fourth list covering nearly all remaining imports from China, "
            "worth about $300 billion.",
            [("$300 billion", 300000000000.0, "USD")],
        ),
        # Goods whose measure's start date moves, after an aside between spaced hyphens.
        (
            "Tariffs on China rose. About $160 billion of goods - mostly phones and laptops - had their "
            "start date pushed back to Dec. 15.",
            [("$160 billion", 160000000000.0, "USD")],
        ),
        (
            "Tariffs on China rose. Some $110 billion of imports will have their effective date moved to "
            "October.",
            [("$110 billion", 110000000000.0, "USD")],
        ),
    ],
)  # fmt: skip
def test_round10_list_values_and_goods_subjects(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2019, 8, 14)) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A truce or pause lasting past a date ends on it.
        (
            "Tariffs on China stay. We assume the current truce holds past Aug. 12.",
            date(2025, 7, 30),
            [("Aug. 12", "2025-08-12", "scheduled")],
        ),
        (
            "The tariff truce is fragile. Importers doubt the truce lasts past Nov. 10.",
            date(2025, 8, 14),
            [("Nov. 10", "2025-11-10", "scheduled")],
        ),
        # An event subject does not take a due date ("talks must conclude by") or another clause's date.
        (
            "Tariffs loom. Talks must conclude by Aug. 12 or the tariffs rise.",
            date(2025, 7, 30),
            [("Aug. 12", "2025-08-12", "scheduled")],
        ),
        (
            "Tariffs loom. Trade talks are continuing, and the U.S. will start, on Sept. 1, putting a 10% "
            "tariff on goods.",
            date(2025, 7, 30),
            [("Sept. 1", "2025-09-01", "scheduled")],
        ),
        # A calendar item is what its own verb says.
        (
            "KEY DATES for tariffs\n\n- Feb. 1: The threatened 25% levies on Canada take effect.",
            date(2024, 12, 20),
            [("Feb. 1", "2025-02-01", "scheduled")],
        ),
    ],
)
def test_round10_deadline_grammar(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A calendar item whose verb is an event, and a month naming a letter or report, are not deadlines.
        (
            "KEY DATES for tariffs\n\n- Feb. 1: Canada is scheduled to deliver a border security plan to "
            "fend off the threatened levies.",
            date(2024, 12, 20),
        ),
        (
            "KEY DATES for tariffs\n\n- Jan. 20: Trump meets Canada's prime minister to discuss the levies.",
            date(2024, 12, 20),
        ),
        (
            "Tariffs rose. Korean goods will be charged 15% instead of the 25% in the July letter.",
            date(2025, 7, 30),
        ),
        ("The tariffs bit. The May survey of the tariffs showed firms cutting jobs.", date(2025, 4, 3)),
        # What starts or ends is the clause's subject: an event, whatever its complement says.
        (_FRAME + "A hearing on the tariffs starts on Aug. 20.", date(2025, 7, 30)),
        (_FRAME + "Tariff talks resume on Monday in Stockholm.", date(2025, 7, 30)),
        (_FRAME + "The next round of talks on the duties opens on Sept. 3.", date(2025, 7, 30)),
        # A former level compared with the present one is dated in the past.
        (_FRAME + "Brazil faces 50%, up from 10% in April.", date(2025, 7, 30)),
        (_FRAME + "The rate on steel is now 50%, up from 25% in early March.", date(2025, 7, 30)),
        # "past" as in "since" is no deadline.
        ("Tariffs rose. Duties have climbed over the past year.", date(2025, 4, 3)),
    ],
)
def test_round10_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


# --- round 11: variants of heldout10's misses, written as the next author would phrase them -------------

_FRAME11 = (
    "Tariffs on Chinese goods rose to 25 percent on Friday. The duties cover $200 billion of imports. "
    "The tariffs hit steel, aluminum and cars. "
)


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Dashed or starred items of a list led in by rates or duties, a range or a single level per item.
        (
            _FRAME11 + "The increases, by product:\n\n- Electric vehicles: from 25% to 100%, in 2024\n"
            "- Battery parts: from 7.5% to 25%, in 2024",
            date(2024, 5, 14),
            [("25%", 25.0, "percent"), ("100%", 100.0, "percent"), ("7.5%", 7.5, "percent"),
             ("25%", 25.0, "percent")],
        ),
        (
            _FRAME11 + "The new duty rates:\n\n* Solar cells: to 50%, in 2025\n"
            "* Semiconductors: from 25% to 50% "
            "by 2025",
            date(2024, 5, 14),
            [("50%", 50.0, "percent"), ("25%", 25.0, "percent"), ("50%", 50.0, "percent")],
        ),
        (
            _FRAME11 + "The definitive duties are as follows:\n\n- BYD: 17.0%\n- Tesla (Shanghai), after an "
            "individual examination: 7.8%",
            date(2024, 10, 29),
            [("17.0%", 17.0, "percent"), ("7.8%", 7.8, "percent")],
        ),
        # Later levels of a tariff rate in the same sentence, after a level verb.
        (
            _FRAME11 + "Trump threatened to apply a 5 percent tariff on Mexican goods starting June 10, "
            "which he "
            "said would climb to 10 percent on July 1 and rise until it reached 25 percent on October 1.",
            date(2019, 6, 3),
            [("5 percent", 5.0, "percent"), ("10 percent", 10.0, "percent"), ("25 percent", 25.0, "percent")],
        ),
        (
            _FRAME11 + "The levy starts at 5% and would go up to 15% by August, officials said.",
            date(2019, 6, 3),
            [("5%", 5.0, "percent"), ("15%", 15.0, "percent")],
        ),
        # Both levels of a rate a verb changes on goods, however far the goods' description runs.
        (
            _FRAME11 + "USTR would cut the rate on a batch of about $120 billion of Chinese goods, "
            "which was hit "
            "in September, to 7.5 percent from 15 percent.",
            date(2019, 12, 13),
            [("$120 billion", 120000000000.0, "USD"), ("7.5 percent", 7.5, "percent"),
             ("15 percent", 15.0, "percent")],
        ),
        (
            _FRAME11 + "Washington will raise the rate on some $50 billion of Chinese imports "
            "to 25% from 10%.",
            date(2019, 12, 13),
            # Round 14: the goods a rate is put on are goods covered, like "cut the rate on ... $120 billion".
            [("$50 billion", 50000000000.0, "USD"), ("25%", 25.0, "percent"), ("10%", 10.0, "percent")],
        ),
        # A threatened rate with no tariff noun, and a country moving to a level in an article about tariffs.
        (
            _FRAME11 + "Trump also threatened an additional 10% on any country aligning with BRICS.",
            date(2025, 7, 8),
            [("10%", 10.0, "percent")],
        ),
        (
            _FRAME11 + "Our plan assumes India goes to 50% on Aug. 27.",
            date(2025, 8, 14),
            [("50%", 50.0, "percent")],
        ),
        # The gap between two rates is not a rate; the rates it compares are.
        (
            _FRAME11 + "Japan's rate, at 25%, is one percentage point above the 24% announced in April.",
            date(2025, 7, 8),
            [("25%", 25.0, "percent")],
        ),
    ],
)  # fmt: skip
def test_round11_lists_levels_and_changes(
    body: str, on: date, expected: list[tuple[str, float, str]]
) -> None:
    assert _amounts(body, on)[2:] == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A level verb after a market or economic figure moves that figure, not the tariff.
        (
            _FRAME11 + "Inflation climbed to 3% in July while the Nikkei rose to 2% above its low.",
            date(2025, 8, 14),
        ),
        (_FRAME11 + "The new rate is two percentage points higher than the old one.", date(2025, 7, 8)),
    ],
)  # fmt: skip
def test_round11_levels_that_are_not_tariffs(body: str, on: date) -> None:
    assert _amounts(body, on)[2:] == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A customs notice's effective date for entries.
        (
            _FRAME11
            + "Goods entered for consumption on or after 12:01 a.m. EDT on August 7, 2025 are subject "
            "to the revised rates.",
            date(2025, 8, 4),
            [("August 7, 2025", "2025-08-07", "scheduled")],
        ),
        (
            _FRAME11 + "Entries on or after Sept. 1 will pay the new rates.",
            date(2025, 8, 4),
            [("Sept. 1", "2025-09-01", "scheduled")],
        ),
        # A plan stated in the past, then moved by a later clause: the old date is postponed.
        (
            _FRAME11
            + "The higher levies had been due to return on July 9, but the president pushed that date "
            "back to August 1.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "postponed"), ("August 1", "2025-08-01", "scheduled")],
        ),
        (
            _FRAME11
            + "The increase was scheduled to take effect on March 1, but Trump delayed it until further "
            "notice.",
            date(2019, 2, 25),
            [("March 1", "2019-03-01", "postponed")],
        ),
        # "to NEW from OLD": the old date, just past, is this year's and postponed.
        (
            _FRAME11 + "The steel tariff exemptions had already been extended once, to June 1 from May 1.",
            date(2018, 5, 31),
            [("May 1", "2018-05-01", "postponed")],
        ),
        (
            _FRAME11 + "The deadline was pushed to Aug. 1 from July 9.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "scheduled"), ("July 9", "2025-07-09", "postponed")],
        ),
    ],
)
def test_round11_deadlines(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert [d for d in _deadlines(body, on) if d[0] != "Friday"] == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A plan that went ahead was not moved; a meeting's move is no deadline; "on or after" a meeting.
        (_FRAME11 + "The increase was scheduled to take effect on March 1, and it did.", date(2019, 3, 5)),
        (_FRAME11 + "The talks moved to June 3 from May 30.", date(2019, 5, 31)),
        (
            _FRAME11
            + "Goods imported on or after the date of the meeting on June 3 are not covered by the summit.",
            date(2019, 5, 31),
        ),
    ],
)
def test_round11_non_deadlines(body: str, on: date) -> None:
    assert [d for d in _deadlines(body, on) if d[0] != "Friday"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A relative clause in the conditional tells the course of the threatened charge: threatened too.
        (
            _FRAME11
            + "Trump threatened a 5% tariff on Mexican goods starting June 10, which he said would rise "
            "to 10% on July 1.",
            [("June 10", "2019-06-10", "threatened"), ("July 1", "2019-07-01", "threatened")],
        ),
        (
            _FRAME11
            + "Trump threatened a 5% tariff on Mexican goods starting June 10, which would climb to 25% "
            "by October 1.",
            [("June 10", "2019-06-10", "threatened"), ("October 1", "2019-10-01", "threatened")],
        ),
        # An announced tariff's course is scheduled; a threat to something else threatens no tariff date.
        (
            _FRAME11
            + "Trump announced a 5% tariff on Mexican goods starting June 10, which would rise to 10% "
            "on July 1.",
            [("June 10", "2019-06-10", "scheduled"), ("July 1", "2019-07-01", "scheduled")],
        ),
        (
            _FRAME11 + "The strike threatened ports, which would reopen on June 10 when the new duties take "
            "effect.",
            [("June 10", "2019-06-10", "scheduled")],
        ),
    ],
)
def test_round11_threat_carried_by_relative_clause(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert [d for d in _deadlines(body, date(2019, 6, 3)) if d[0] != "Friday"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Goods let in at a rate, and the former rate compared with it.
        (
            _FRAME11
            + "A quota of 100,000 British-built cars a year will go into the States at 10 per cent, down "
            "from the 27.5 per cent they've been paying.",
            [("10 per cent", 10.0, "percent"), ("27.5 per cent", 27.5, "percent")],
        ),
        (
            _FRAME11 + "Under the deal, British steel will enter the US at 25 per cent.",
            [("25 per cent", 25.0, "percent")],
        ),
        # Shares and investors are not goods crossing a border.
        (_FRAME11 + "Shares of carmakers entered the afternoon at 3% lower.", []),
        (_FRAME11 + "Foreign investors came in at 12% of the bond auction.", []),
    ],
)
def test_round11_goods_entering_at_a_rate(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 5, 8))[2:] == expected


_FRAME12 = _FRAME11


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 12: WTO retaliation, lists after a colon lead-in, ad valorem charges, rates compared with a
        # rate, a rate changed on goods across a long aside, a country moving to a level.
        (
            _FRAME12 + "The WTO authorised Brazil to suspend concessions worth $829 million.",
            [("$829 million", 829000000.0, "USD")],
        ),
        (
            _FRAME12 + "The duties vary by company: 17.4% for BYD, 20% for Geely and 38.1% for SAIC.",
            [("17.4%", 17.4, "percent"), ("20%", 20.0, "percent"), ("38.1%", 38.1, "percent")],
        ),
        (_FRAME12 + "Parcels will pay 30% of their declared value.", [("30%", 30.0, "percent")]),
        (_FRAME12 + "Postal items were charged 54% of their value.", [("54%", 54.0, "percent")]),
        (_FRAME12 + "The new rate is lower than the 34% first announced.", [("34%", 34.0, "percent")]),
        (
            _FRAME12 + "Its 125% tariff on American goods, up from 84%, took effect.",
            [("125%", 125.0, "percent"), ("84%", 84.0, "percent")],
        ),
        (
            _FRAME12
            + "USTR raised the duty on the List 3 products -- covering approximately $200 billion of "
            "imports from China classified in more than 5,700 eight-digit subheadings, including large parts "
            "of several chapters -- from 10 percent to 25 percent.",
            [("$200 billion", 200000000000.0, "USD"), ("10 percent", 10.0, "percent"),
             ("25 percent", 25.0, "percent")],
        ),
        (
            _FRAME12 + "If talks fail, Brazil would jump to 50 percent next month.",
            [("50 percent", 50.0, "percent")],
        ),
        # Average and effective tariff rates are tariff rates (settled rule).
        (
            _FRAME12 + "The average U.S. tariff rate rose to 17.8 percent.",
            [("17.8 percent", 17.8, "percent")],
        ),
        (_FRAME12 + "An effective tariff rate of 15% applies.", [("15%", 15.0, "percent")]),
    ],
)  # fmt: skip
def test_round12_amounts(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2019, 6, 3))[2:] == expected


@pytest.mark.parametrize(
    "body",
    [
        # Domestic taxes, interest rates, customs revenue collected (settled rule), sums that are not goods.
        _FRAME12 + "He pays a 20% value-added tax on imports.",
        _FRAME12 + "China's 13% VAT also applies to imports.",
        _FRAME12 + "A VAT of 20% is charged on imports too.",
        _FRAME12 + "The rate on two-year notes was 3.9%.",
        _FRAME12 + "The bank cut the rate on savings accounts to 1.5% from 2%.",
        _FRAME12 + "Duties collected rose to $20 billion a month.",
        _FRAME12 + "Tariff revenue hit $30 billion.",
        _FRAME12 + "Tariff receipts reached $31 billion in August.",
        _FRAME12 + "Revenue from the new tariffs came to $22 billion.",
        _FRAME12 + "The duties raised $20 billion last year.",
        _FRAME12 + "The levies yielded $16 billion in the first quarter.",
        _FRAME12 + "Tariffs netted the government $30 billion.",
        _FRAME12 + "The canola sector is a $29-billion contributor to the Canadian economy.",
        _FRAME12 + "About $3 billion of goods entered duty-free under the program.",
        _FRAME12 + "Shares lost 3% of their value.",
        _FRAME12 + "The jobless rate, higher than the 4% forecast, rose.",
        _FRAME12 + "If talks fail, Brazil would jump to 50 percent of GDP.",
    ],
)
def test_round12_non_amounts(body: str) -> None:
    assert _amounts(body, date(2019, 6, 3))[2:] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A threatened tariff's start after "from"; conditional threats (settled rule); a deadline named
        # as such stays scheduled.
        (
            _FRAME12 + "Trump threatened a 5% tariff on Mexican goods from June 10.",
            [("June 10", "2019-06-10", "threatened")],
        ),
        (
            _FRAME12 + "Trump announced a 5% tariff on Mexican goods from June 10.",
            [("June 10", "2019-06-10", "scheduled")],
        ),
        (
            _FRAME12 + "If no deal is reached by March 1, duties will rise to 25%.",
            [("March 1", "2020-03-01", "threatened")],
        ),
        (
            _FRAME12 + "Unless Mexico acts within 90 days, the duties go up.",
            [("90 days", "2019-09-01", "threatened")],
        ),
        (
            _FRAME12 + "Should the talks collapse, the levy would climb to 25% on Jan. 1.",
            [("Jan. 1", "2020-01-01", "threatened")],
        ),
        (
            _FRAME12 + "If no deal is reached by the March 1 deadline, tariffs will rise.",
            [("March 1", "2020-03-01", "scheduled")],
        ),
        (
            _FRAME12 + "Even if a deal is reached, tariffs will take effect on June 10.",
            [("June 10", "2019-06-10", "scheduled")],
        ),
        # Procedural paperwork and publication dates are not deadlines.
        (_FRAME12 + "Written comments are due by July 2.", []),
        (_FRAME12 + "The final list will be published on Monday.", []),
        (
            _FRAME12 + "A proposed list will be published on Monday, with written comments due by June 17.",
            [],
        ),
        # Same-day weekday (settled rule): past tense is the article date, future tense the next one.
        (_FRAME12 + "The new duties took effect on Monday.", [("Monday", "2019-06-03", "scheduled")]),
        (_FRAME12 + "The new duties take effect on Monday.", [("Monday", "2019-06-10", "scheduled")]),
    ],
)  # fmt: skip
def test_round12_deadlines(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert [d for d in _deadlines(body, date(2019, 6, 3)) if d[0] != "Friday"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Average tariff rates whatever the subject's length; WTO retaliation in money; a charge's start date.
        (_FRAME12 + "U.S. tariffs averaged 2.4% before the trade war.", [("2.4%", 2.4, "percent")]),
        (_FRAME12 + "U.S. tariffs on Chinese goods averaged 19.3% in 2019.", [("19.3%", 19.3, "percent")]),
        (
            _FRAME12
            + "The arbitrator set the level of suspension of concessions at up to $4 billion a year.",
            [("$4 billion", 4000000000.0, "USD")],
        ),
        (_FRAME12 + "Goods will be charged 25 percent starting Monday.", [("25 percent", 25.0, "percent")]),
        (
            _FRAME12 + "Customs duties of 25% on $50 billion of goods took effect.",
            [("25%", 25.0, "percent"), ("$50 billion", 50000000000.0, "USD")],
        ),
        (_FRAME12 + "China imposed tariffs totalling $50 billion.", [("$50 billion", 50000000000.0, "USD")]),
        (
            _FRAME12 + "Tariff revenue will help farmers hit by tariffs on about $200 billion of goods.",
            [("$200 billion", 200000000000.0, "USD")],
        ),
        (_FRAME12 + "Tariffs that average 3.4% apply to most goods.", [("3.4%", 3.4, "percent")]),
        (_FRAME12 + "The EU agreed to a 15% ceiling on most goods.", [("15%", 15.0, "percent")]),
        (_FRAME12 + "The US will collect 25% on Indian goods from Aug. 27.", [("25%", 25.0, "percent")]),
        (
            _FRAME12
            + "Brazil may suspend concessions or other obligations at a level of $591 million per year.",
            [("$591 million", 591000000.0, "USD")],
        ),
        (
            _FRAME12 + "The commission set duties at 17.0% for BYD, 18.8% for Geely and 35.3% for SAIC.",
            [("17.0%", 17.0, "percent"), ("18.8%", 18.8, "percent"), ("35.3%", 35.3, "percent")],
        ),
    ],
)
def test_round12_more_amounts(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == expected


@pytest.mark.parametrize(
    "body",
    [
        # Market figures after a capitalised noun, interest rates, customs revenue, averages of other things.
        _FRAME12 + "Yields on 10-year Treasuries rose to 4.5%.",
        _FRAME12 + "Treasuries rallied, and yields fell to 4.1%.",
        _FRAME12 + "Rates on 30-year mortgages climbed to 7%.",
        _FRAME12 + "The rate for overnight loans stayed at 5.25%.",
        _FRAME12 + "Customs duties totalled $21 billion in June.",
        _FRAME12 + "Tariff collections rose to $25 billion in May.",
        _FRAME12 + "Prices of imported goods averaged 3% higher.",
        _FRAME12 + "China offered concessions worth $200 billion in purchases.",
        _FRAME12 + "Monthly tariff revenue of $30 billion is a record.",
        _FRAME12 + "The government collects about $7 billion a month in tariff revenue.",
        _FRAME12 + "Import VAT of 20% is also due.",
        _FRAME12 + "Regulators set a 3% cap on price increases.",
        _FRAME12 + "Tariff revenue rose 12% in July.",
        _FRAME12 + "Tariff collections rose 12% in July.",
        _FRAME12 + "Customs collected 12% more than a year ago.",
        _FRAME12 + "Revenue from tariffs on Chinese goods came to $22 billion.",
    ],
)
def test_round12_more_non_amounts(body: str) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A date moved "from OLD to NEW" by a verb before it: the old date is postponed.
        (
            _FRAME12
            + "The order moved the expiry of the 90-day suspension of reciprocal duties from July 9 to "
            "Aug. 1.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "postponed"), ("Aug. 1", "2025-08-01", "scheduled")],
        ),
        (
            _FRAME12 + "Canada will move its deadline from June 1 to July 1.",
            date(2019, 5, 10),
            [("June 1", "2019-06-01", "postponed"), ("July 1", "2019-07-01", "scheduled")],
        ),
        # "threat" as a danger posed is no threat made.
        (
            _FRAME12
            + "The duties would take effect in 15 days unless a country could show it posed no threat.",
            date(2025, 7, 8),
            [("15 days", "2025-07-23", "scheduled")],
        ),
        # What a letter or statement announces carries its own date.
        (
            _FRAME12
            + "Trump sent a letter announcing that all Brazilian products would be charged 50 percent "
            "from August 1.",
            date(2025, 7, 10),
            [("August 1", "2025-08-01", "scheduled")],
        ),
        (_FRAME12 + "Officials will announce the list on June 3.", date(2025, 5, 30), []),
        # A period granted ("gave ... until") right after tariff sentences.
        (
            _FRAME12 + "Trump gave the EU until July 9 to make a deal.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "scheduled")],
        ),
        # A leading condition's words do not govern the main clause's date; a failed condition makes it a
        # threat.
        (
            _FRAME12 + "If talks fail, Brazil would jump to 50 percent next month.",
            date(2025, 7, 8),
            [("next month", "2025-08", "threatened")],
        ),
        (
            _FRAME12 + "If the talks at the summit on Friday fail, duties will rise to 25% next month.",
            date(2025, 7, 8),
            [("next month", "2025-08", "threatened")],
        ),
        (
            _FRAME12 + "If no deal is reached, the tariffs take effect on Aug. 1.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "threatened")],
        ),
        (
            _FRAME12 + "Absent a deal by Aug. 1, tariffs rise to 30%.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "threatened")],
        ),
        (
            _FRAME12 + "Barring a last-minute agreement, the duties start on Aug. 1.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "threatened")],
        ),
        (
            _FRAME12 + "Without a deal, the tariffs take effect on Aug. 1.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "threatened")],
        ),
        (
            _FRAME12 + "The duties will apply from Aug. 1 if no agreement is reached.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "threatened")],
        ),
        (
            _FRAME12 + "The tariffs will take effect on Aug. 1 as planned, even if talks continue.",
            date(2025, 7, 8),
            [("Aug. 1", "2025-08-01", "scheduled")],
        ),
        # A condition after the date threatens only the date it follows, and only a failure of the other side.
        (
            _FRAME12
            + "The duties start at 10% on Sept. 24 and rise to 25% on Jan. 1 unless China changes its "
            "behaviour.",
            date(2018, 9, 18),
            [("Sept. 24", "2018-09-24", "scheduled"), ("Jan. 1", "2019-01-01", "threatened")],
        ),
        (
            _FRAME12 + "The tariffs will take effect on June 14 unless the president changes his mind.",
            date(2019, 6, 3),
            [("June 14", "2019-06-14", "scheduled")],
        ),
        (
            _FRAME12 + "The pause will expire on July 9 unless extended.",
            date(2025, 7, 8),
            [("July 9", "2025-07-09", "scheduled")],
        ),
        (
            _FRAME12 + "Countermeasures would follow in September if the WTO rules in the EU's favour.",
            date(2019, 5, 10),
            [("September", "2019-09", "scheduled")],
        ),
        # The export date of goods and the period of a revenue figure are not deadlines.
        (
            _FRAME12
            + "Goods exported from China before May 10 and entered on or before June 1 remain subject "
            "to the 10 percent rate.",
            date(2019, 5, 10),
            [("June 1", "2019-06-01", "scheduled")],
        ),
        (_FRAME12 + "Tariff revenue hit $30 billion in May.", date(2025, 7, 8), []),
        (_FRAME12 + "The Treasury collected $29.6 billion from tariffs in August.", date(2025, 9, 12), []),
        (
            _FRAME12 + "Tariffs on $200 billion of goods take effect in September.",
            date(2025, 7, 8),
            [("September", "2025-09", "scheduled")],
        ),
    ],
)  # fmt: skip
def test_round12_more_deadlines(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert [d for d in _deadlines(body, on) if d[0] != "Friday"] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 13, settled rule: a tariff action's own start or end date reported in the past tense on
        # another day is a deadline; other past events (meetings, announcements, agreements) are not.
        ("The US imposed tariffs on European steel on June 1.", date(2018, 6, 21),
         [("June 1", "2018-06-01", "scheduled")]),
        ("The EU's tariffs came into force on Friday.", date(2018, 6, 25),
         [("Friday", "2018-06-22", "scheduled")]),
        ("The duties took effect on Aug. 1.", date(2025, 8, 5), [("Aug. 1", "2025-08-01", "scheduled")]),
        ("Tariffs on $34 billion of goods that went into effect on July 6 hurt farmers.", date(2018, 8, 20),
         [("July 6", "2018-07-06", "scheduled")]),
        ("The tariff exclusions expired on May 31.", date(2020, 6, 9),
         [("May 31", "2020-05-31", "scheduled")]),
        ("The Canadian duties, which took effect in October, were condemned.", date(2025, 3, 8),
         [("October", "2024-10", "scheduled")]),
        ("Duties on Chinese goods doubled to 20% on Tuesday.", date(2025, 3, 7),
         [("Tuesday", "2025-03-04", "scheduled")]),
        ("The rate on Canadian goods rose to 35% from 25% on August 1.", date(2025, 8, 6),
         [("August 1", "2025-08-01", "scheduled")]),
        # Not the tariff's own date: an agreement, a meeting, an announcement, a month of history.
        ("The new trade agreement took effect on July 1, easing tariffs.", date(2020, 8, 7), []),
        ("Trade officials met on Monday to discuss the tariffs.", date(2019, 5, 15), []),
        ("The tariffs were announced on Monday.", date(2019, 5, 15), []),
        ("The US imposed tariffs on $7.5 billion of EU goods in October 2019.", date(2020, 3, 2), []),
    ],
)  # fmt: skip
def test_round13_past_effective_dates(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_FRAME13 = _FRAME12


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 13: list items with the name first ("for X at 25%, for Y at 30%"), goods valued after a rate,
        # counted tariff lines with their value, a rate on a spelled-out sum, a timeline item's rate on a sum,
        # requested retaliation sums (settled rule).
        (
            _FRAME13 + "Seoul offered to buy more gas.\n\nOther letters set rates for Malaysia and "
            "Kazakhstan at "
            "25%, for South Africa at 30%, and for Laos and Myanmar at 40%.",
            [("25%", 25.0, "percent"), ("30%", 30.0, "percent"), ("40%", 40.0, "percent")],
        ),
        (
            _FRAME13 + "Japan's exports fell. The order put Vietnam at 20%, Brazil at 50% and India at 25%.",
            [("20%", 20.0, "percent"), ("50%", 50.0, "percent"), ("25%", 25.0, "percent")],
        ),
        (
            _FRAME13 + "Ankara doubled its import taxes on U.S. cars to 120% and on alcohol to "
            "140%, on goods "
            "worth about $533 million in total.",
            [("120%", 120.0, "percent"), ("140%", 140.0, "percent"), ("$533 million", 533000000.0, "USD")],
        ),
        (
            _FRAME13 + "For the 114 items in Annex 2, which include chemical products and energy "
            "products, with "
            "a value of about 16 billion U.S. dollars, the date will be announced separately.",
            [("16 billion U.S. dollars", 16000000000.0, "USD")],
        ),
        (
            _FRAME13 + "The increase took effect, and the rate on roughly two hundred billion "
            "dollars of Chinese "
            "goods is now twenty-five percent, up from ten percent.",
            # Round 16: a spelled-out sum of goods is a candidate like "200 billion dollars".
            [
                ("two hundred billion dollars", 200000000000.0, "USD"),
                ("twenty-five percent", 25.0, "percent"),
                ("ten percent", 10.0, "percent"),
            ],
        ),
        (
            _FRAME13 + "TIMELINE\n\n- Sept. 24: 10 percent on $200 billion\n- Jan. 1: planned rise "
            "to 25 percent, "
            "now suspended",
            [("10 percent", 10.0, "percent"), ("$200 billion", 200000000000.0, "USD"),
             ("25 percent", 25.0, "percent")],
        ),
        (
            _FRAME13 + "The arbitrators had been asked by Washington to allow some $11 billion in "
            "countermeasures.",
            [("$11 billion", 11000000000.0, "USD")],
        ),
        (
            _FRAME13 + "Canada seeks permission to impose duties on C$3 billion of U.S. goods.",
            [("C$3 billion", 3000000000.0, "CAD")],
        ),
        (
            _FRAME13 + "The EU asked the WTO to authorise $12 billion in tariffs on US goods.",
            [("$12 billion", 12000000000.0, "USD")],
        ),
    ],
)  # fmt: skip
def test_round13_amounts(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == expected


@pytest.mark.parametrize(
    "body",
    [
        # Round 13: an industry's size, a company's tariff cost, bond yields listed by country, a bond's share
        # of duties paid, a list of names without rates.
        _FRAME13 + "The pharmaceutical industry, worth about £17bn in exports to America, remains in limbo.",
        _FRAME13 + "The steel sector, which is worth $5 billion a year, is lobbying hard.",
        _FRAME13 + "We're embedding roughly $40 million of incremental tariff cost in the outlook.",
        _FRAME13 + "The company expects $25 million in higher tariff costs next year.",
        _FRAME13 + "Investors sold bonds. Yields for Japan at 1.5% and for Germany at 2.5% rose.",
        _FRAME13 + "Shares in the 30 companies with a value of about $2 billion fell.",
    ],
)
def test_round13_non_amounts(body: str) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 13: in-transit and entry cut-offs, negotiating windows for a deal, timeline items ending a
        # window, court orders, calendar days, subordinate clauses not postponed with the main one.
        (
            _FRAME13 + "Customs says goods that arrive in the United States before June 1 still pay "
            "the old rate.",
            date(2019, 5, 10),
            [("June 1", "2019-06-01", "scheduled")],
        ),
        (
            _FRAME13 + "Goods in transit may still be entered at the previous rate, provided they "
            "are entered "
            "before October 5, 2025.",
            date(2025, 8, 5),
            [("October 5, 2025", "2025-10-05", "scheduled")],
        ),
        (
            _FRAME13 + "Shipments that clear customs by Aug. 15 keep the prior rate.",
            date(2025, 8, 5),
            [("Aug. 15", "2025-08-15", "scheduled")],
        ),
        (
            _FRAME13 + "The increase is on hold while the two sides try to strike a broader deal "
            "within 90 days.",
            date(2018, 12, 3),
            [("90 days", "2019-03-03", "scheduled")],
        ),
        (
            _FRAME13 + "The tariffs were paused, giving the two sides until March 1 to reach an agreement.",
            date(2018, 12, 3),
            [("March 1", "2019-03-01", "scheduled")],
        ),
        (
            _FRAME13 + "TIMELINE\n\n- Sept. 24: 10 percent on $200 billion\n- Jan. 1: planned rise "
            "to 25 percent, "
            "now suspended\n- March 1: end of the negotiating window",
            date(2018, 12, 3),
            [("Jan. 1", "2019-01-01", "postponed"), ("March 1", "2019-03-01", "scheduled")],
        ),
        (
            _FRAME13 + "The court directed the government to issue the orders needed to give effect to the "
            "injunction within 10 calendar days.",
            date(2025, 5, 29),
            [("10 calendar days", "2025-06-08", "scheduled")],
        ),
        (
            _FRAME13 + "The court permanently enjoined their enforcement and directed the government to stop "
            "collecting them within 10 days.",
            date(2025, 5, 29),
            [("10 days", "2025-06-08", "scheduled")],
        ),
        # The settled rule again, other effect verbs: a tariff's own past start or end date.
        (_FRAME13 + "The new duties entered into force on Aug. 1.", date(2025, 8, 5),
         [("Aug. 1", "2025-08-01", "scheduled")]),
        (_FRAME13 + "The tariff exemption lapsed on July 31.", date(2025, 8, 5),
         [("July 31", "2025-07-31", "scheduled")]),
        (_FRAME13 + "Tariffs on steel that began on June 1 remain in place.", date(2018, 7, 10),
         [("June 1", "2018-06-01", "scheduled")]),
        (_FRAME13 + "The EU's countermeasures started on June 22.", date(2018, 7, 10),
         [("June 22", "2018-06-22", "scheduled")]),
        (_FRAME13 + "The duties were imposed on July 6.", date(2018, 7, 10),
         [("July 6", "2018-07-06", "scheduled")]),
    ],
)  # fmt: skip
def test_round13_deadlines(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert [d for d in _deadlines(body, on) if d[0] != "Friday"] == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # Round 13: a document's publication, a spoken day, forecasts for a period, the month so far, a law's
        # general span, talks starting, an agreement entering into force.
        (_FRAME13 + "Lighthizer's office says it will publish that list on Monday.", date(2019, 5, 10)),
        (_FRAME13 + "USTR will release the final list of products on Monday.", date(2019, 5, 10)),
        (_FRAME13 + "Trump repeated his threat, saying on Thursday that chip tariffs were coming.",
         date(2025, 4, 10)),
        (_FRAME13 + "Several banks cut their year-end targets for the S&P 500.", date(2025, 4, 10)),
        (_FRAME13 + "Banks cut their year-end forecasts for growth.", date(2025, 4, 10)),
        (_FRAME13 + "Because duties have risen, we have seen several insufficiency notices this month.",
         date(2025, 8, 5)),
        (_FRAME13 + "Section 122, which permits duties of up to 15% for 150 days, is another option.",
         date(2025, 5, 29)),
        (_FRAME13 + "The statute allows the president to impose tariffs for 150 days.", date(2025, 5, 29)),
        (_FRAME13 + "Tariff negotiations started on June 22.", date(2018, 7, 10)),
        (_FRAME13 + "The trade agreement entered into force on July 1.", date(2020, 8, 7)),
        (_FRAME13 + "The deal was signed on Jan. 15.", date(2020, 1, 20)),
    ],
)  # fmt: skip
def test_round13_non_deadlines(body: str, on: date) -> None:
    assert [d for d in _deadlines(body, on) if d[0] != "Friday"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 13: a failed condition closing a whole schedule makes every step a threat (settled rule), but
        # not across a clause of its own ("with the rate climbing ..., unless").
        (
            "Trump said the US will impose a 5 per cent levy on every good imported from Mexico from "
            "June 10, rising to 10 per cent on July 1 and 25 per cent on October 1, unless Mexico "
            "\"substantially stops\" the flow of migrants.",
            [("June 10", "2019-06-10", "threatened"), ("July 1", "2019-07-01", "threatened"),
             ("October 1", "2019-10-01", "threatened")],
        ),
        (
            "The US will impose a 10 percent tariff on $200 billion in Chinese goods starting Sept. 24, "
            "with the rate climbing to 25 percent on Jan. 1, unless Beijing agrees to changes.",
            [("Sept. 24", "2019-09-24", "scheduled"), ("Jan. 1", "2020-01-01", "threatened")],
        ),
    ],
)  # fmt: skip
def test_round13_trailing_conditions(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, date(2019, 5, 31)) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 13: a postponement told in a closed relative aside is the tariff's past, not its date's
        # status; a subject defined by a failure makes the tariff a conditional threat (settled rule).
        (
            "Beijing said it would also restore a 25% tariff on U.S.-made cars, which it had suspended at "
            "the start of the year, from Dec. 15.",
            date(2019, 8, 23),
            [("Dec. 15", "2019-12-15", "scheduled")],
        ),
        (
            "Beijing said the tariffs, which had been postponed twice, would take effect from Dec. 15.",
            date(2019, 8, 23),
            [("Dec. 15", "2019-12-15", "scheduled")],
        ),
        (
            "Trump has said that countries which fail to reach agreements will face much higher tariff rates "
            "from July 9th.",
            date(2025, 5, 9),
            [("July 9th", "2025-07-09", "threatened")],
        ),
        (
            "Countries that sign deals will face lower tariffs from July 9th.",
            date(2025, 5, 9),
            [("July 9th", "2025-07-09", "scheduled")],
        ),
        # The end of a pause told after it is the tariffs' date (settled rule), not a postponed one.
        (
            "Tariffs on Chinese goods rose to 25 percent. The 90-day pause on higher tariffs expired on "
            "July 9.",
            date(2025, 8, 12),
            [("July 9", "2025-07-09", "scheduled")],
        ),
    ],
)
def test_round13_statuses(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_FRAME14 = _FRAME13


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 14, settled rule: a tariff in force "since" a date, or that took effect "last" weekday, names
        # its own past start date; so does a relative clause on a tariff whose level changed on a date, and
        # the day a rate applies to entries.
        ("The duties on steel, which have been in force since 1 June, will stay.", date(2018, 6, 21),
         [("1 June", "2018-06-01", "scheduled")]),
        ("Tariffs of 25% on steel have been in place since March 23.", date(2018, 5, 10),
         [("March 23", "2018-03-23", "scheduled")]),
        ("Canada's surtax on U.S. steel, in effect since July 1, covers C$16.6 billion of goods.",
         date(2018, 8, 1), [("July 1", "2018-07-01", "scheduled")]),
        ("The tariffs went into effect last Thursday.", date(2025, 5, 20),
         [("last Thursday", "2025-05-15", "scheduled")]),
        ("Duties of 10% have applied since Sept. 1, when the tariffs took effect.", date(2019, 10, 3),
         [("Sept. 1", "2019-09-01", "scheduled")]),
        ("The additional duty on Japanese goods, which had risen to 24 percent on April 9, has returned to "
         "10 percent.", date(2025, 4, 15), [("April 9", "2025-04-09", "scheduled")]),
        ("The duty of 25 percent on steel and aluminium products, which was expanded on March 12, is not "
         "covered.", date(2025, 4, 15), [("March 12", "2025-03-12", "scheduled")]),
        ("The EU package relates to the steel and aluminum duties that rose in March.", date(2025, 4, 3),
         [("March", "2025-03", "scheduled")]),
        ("The reciprocal tariff rate was reduced to 10% for entries on or after May 14.", date(2025, 6, 2),
         [("May 14", "2025-05-14", "scheduled")]),
        # A fronted frame's noun (a deal, a truce) does not govern the main clause's countdown; tariffs
        # that return are reinstated.
        ("India imposed retaliatory duties on 28 U.S. products. Under the deal, India will withdraw the "
         "measures within 90 days.", date(2023, 6, 23), [("90 days", "2023-09-21", "scheduled")]),
        ("As part of the truce, Beijing will remove the tariffs within 30 days.", date(2019, 12, 13),
         [("30 days", "2020-01-12", "scheduled")]),
        ("The higher tariffs are scheduled to return on July 9.", date(2025, 6, 2),
         [("July 9", "2025-07-09", "scheduled")]),
        # Not a tariff's own date: a span up to now, an agreement, a market's month, a former level's month,
        # an award, a definite span already known, a person returning, a settlement.
        ("Tariffs have hurt farmers since June, when talks collapsed.", date(2019, 8, 1), []),
        ("The trade agreement has been in force since July 1.", date(2020, 8, 7), []),
        ("Chinese imports rose in March as the tariffs bit.", date(2025, 4, 3), []),
        ("The 50% Section 232 rate, which doubled from 25% in June, hurt margins.", date(2025, 9, 3), []),
        ("The EU expects its own award in the first half of next year, and will seek to impose tariffs.",
         date(2019, 10, 3), []),
        ("Trade minister Ng returns on July 9 to discuss the tariffs.", date(2025, 6, 2), []),
        ("Tariffs rose to 25%. Analysts said the escalation made a settlement before the end of the year "
         "less likely.", date(2019, 5, 13), []),
    ],
)  # fmt: skip
def test_round14_deadlines(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


def test_round14_definite_span_is_no_countdown() -> None:
    body = (
        "Exports would face a 25 percent tariff starting Aug. 1, instead of the July 9 date on which his "
        "90-day pause on reciprocal duties had been due to expire."
    )
    assert "90-day" not in [text for text, _, _ in _deadlines(body, date(2025, 7, 8))]
    assert "90-day" in [
        text for text, _, _ in _deadlines("Trump announced a 90-day pause on tariffs.", date(2025, 4, 9))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 14: goods a tariff is put on valued in an appositive, goods added to a tariff list, a rate put
        # on goods, a schedule of levels without a repeated "to", a combined rate, an ad valorem charge.
        (_FRAME14 + "Trump ordered the process of raising tariffs on all remaining imports from China, "
         "valued at about $300 billion.", [("$300 billion", 300000000000.0, "USD")]),
        (_FRAME14 + "The duties on remaining Chinese products, worth roughly $300 billion, start in "
         "September.",
         [("$300 billion", 300000000000.0, "USD")]),
        (_FRAME14 + "Washington could add a further US$16 billion of Chinese goods to its list.",
         [("US$16 billion", 16000000000.0, "USD")]),
        (_FRAME14 + "Officials will add another $200 billion in imports to the tariff list.",
         [("$200 billion", 200000000000.0, "USD")]),
        (_FRAME14 + "The U.S. will halve the rate on roughly $120 billion of Chinese products.",
         [("$120 billion", 120000000000.0, "USD")]),
        (_FRAME14 + "The levy would be 5% from June 10, rising to 10% on July 1, 15% on August 1 and 20% on "
         "September 1.",
         [("5%", 5.0, "percent"), ("10%", 10.0, "percent"), ("15%", 15.0, "percent"),
          ("20%", 20.0, "percent")]),
        (_FRAME14 + "The 25% duty stacks on the 20% fentanyl levy, for a cumulative 45%.",
         [("25%", 25.0, "percent"), ("20%", 20.0, "percent"), ("45%", 45.0, "percent")]),
        (_FRAME14 + "Postal items are assessed either 54% of value or a flat charge per item.",
         [("54%", 54.0, "percent")]),
        (_FRAME14 + "THE SCORECARD (reciprocal rate, from April 9)\n- China: 34% - stacked on the 20 percent "
         "imposed earlier this year, for a combined 54%\n- Vietnam: 46%",
         [("34%", 34.0, "percent"), ("20 percent", 20.0, "percent"), ("54%", 54.0, "percent"),
          ("46%", 46.0, "percent")]),
    ],
)  # fmt: skip
def test_round14_amounts(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == expected


@pytest.mark.parametrize(
    "body",
    [
        # Round 14: trade valued without a tariff on it, a loan rate, goods added to shelves.
        _FRAME14 + "China bought soybeans, valued at $3 billion, last year.",
        _FRAME14 + "Exports to the US, worth $5 billion, fell sharply.",
        _FRAME14 + "The bank cut the rate on $5 billion of loans.",
        _FRAME14 + "The retailer added $5 billion of goods to its shelves.",
    ],
)
def test_round14_non_amounts(body: str) -> None:
    assert _amounts(body, date(2025, 7, 8))[2:] == []


def test_round14_combined_share_is_no_rate() -> None:
    body = _FRAME14 + "Tariffs of 25% hurt the two firms, which hold a combined 40% of the market."
    assert _amounts(body, date(2025, 7, 8))[2:] == [("25%", 25.0, "percent")]


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 14: the day a tariff's new level applies, told after it ("raised ... to 50% on June 4"), is
        # its own date; a raise reported on the day it was decided, or a central bank's rate, is not.
        ("Trump raised tariffs on steel and aluminum to 50% on June 4.", date(2025, 6, 10),
         [("June 4", "2025-06-04", "scheduled")]),
        ("Washington doubled its steel duties to 50 per cent on Wednesday.", date(2025, 6, 10),
         [("Wednesday", "2025-06-04", "scheduled")]),
        ("The Fed raised rates to 5% on June 4.", date(2025, 6, 10), []),
        ("Trump raised tariffs on Tuesday, officials said.", date(2025, 6, 10), []),
    ],
)  # fmt: skip
def test_round14_new_level_dates(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 14: the running total of tariffed goods after a tariffed sum is a tariff amount.
        (_FRAME14 + "A further $16 billion of Chinese imports could face the same duties, adding that the "
         "total could eventually exceed $500 billion.",
         [("$16 billion", 16000000000.0, "USD"), ("$500 billion", 500000000000.0, "USD")]),
        (_FRAME14 + "Tariffs will hit another $200 billion of goods, and the total would reach $250 billion.",
         [("$200 billion", 200000000000.0, "USD"), ("$250 billion", 250000000000.0, "USD")]),
        # Not after a tariffed sum: a trade total.
        (_FRAME14 + "China bought $10 billion of soybeans, and the total could exceed $20 billion.", []),
    ],
)  # fmt: skip
def test_round14_running_totals(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2018, 7, 6))[2:] == expected


# --- round 15: variants of heldout14's misses, written as the next author would phrase them -------------
_SCHEDULE15 = (
    "The White House raised Section 301 tariffs on Chinese goods. "
    "Key increases (current rate → new rate, year the increase applies):\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An arrow links a schedule's old and new rate like "to"; a long product label, with a gloss in
        # parentheses or a clause after a comma, still heads a rate item.
        (_SCHEDULE15 + "- Electric vehicles: 25% → 100%, 2024\n"
         "- Steel and aluminum products: 7.5% -> 25%, 2026\n",
         [("25%", 25.0, "percent"), ("100%", 100.0, "percent"), ("7.5%", 7.5, "percent"),
          ("25%", 25.0, "percent")]),
        (_SCHEDULE15 + "- Semiconductors (HTS headings 8541 and 8542): 25% → 50%, by 2025\n"
         "- Solar cells, whether or not assembled into modules: 25% → 50%\n",
         [("25%", 25.0, "percent"), ("50%", 50.0, "percent"), ("25%", 25.0, "percent"),
          ("50%", 50.0, "percent")]),
        # Not a rate schedule: a market box.
        ("Trade was steady. Market snapshot:\n\n- Nikkei: 1.2% → 1.5%, 2024\n- Exports: 3%, 2024\n", []),
    ],
)  # fmt: skip
def test_round15_rate_schedules(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The year closing a rate schedule's line is when that rate applies.
        (_SCHEDULE15 + "- Electric vehicles: 25% → 100%, 2024\n- Medical gloves: 7.5% → 25%, 2026\n",
         [("2024", "2024", "scheduled"), ("2026", "2026", "scheduled")]),
        # Not in a market box, and not a year that does not close the line.
        ("Trade was steady. Market snapshot:\n\n- Nikkei: 1.2% → 1.5%, 2024\n", []),
        ("Tariffs on steel rose to 25%, 2018 figures show, and stayed there.", []),
    ],
)  # fmt: skip
def test_round15_schedule_years(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A bare definite "charge"/"tax" right after a tariff sentence is that tariff under another name.
        ("Trump will impose a 5% tariff on all goods imported from Mexico starting June 10. If the crisis is "
         "not resolved the charge would rise gradually — to 10% on July 1 and 15% on August 1.",
         ["5%", "10%", "15%"]),
        ("Trump will impose a 5% tariff on all Mexican goods starting June 10. Unless Mexico acts, the tax "
         "would rise to 10% on July 1.",
         ["5%", "10%"]),
        # A charge with a referent of its own, or after a sentence without tariffs, is not.
        ("Trump will impose a 5% tariff on Mexican goods. The freight charge rose to 10% on July 1.", ["5%"]),
        ("The bank raised its fees. The charge would rise to 10% on July 1.", []),
    ],
)  # fmt: skip
def test_round15_definite_charge(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2019, 6, 1))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A tariff moved to a share of the goods' value is an ad valorem rate.
        ("The United States imposed tariffs on Chinese goods. Washington will cut the duty on low-value "
         "parcels from China to 54% of their value from 120%.",
         [("54%", 54.0, "percent"), ("120%", 120.0, "percent")]),
        ("The United States imposed tariffs on Chinese goods. It will raise the tariff on small packages to "
         "30% of the declared value.",
         [("30%", 30.0, "percent")]),
        # A loss of value is no rate.
        ("The United States imposed tariffs on Chinese goods. Shares of importers have lost 30% of their "
         "value since March.", []),
    ],
)  # fmt: skip
def test_round15_share_of_value_rates(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2025, 5, 12)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Spelled-out sums are candidates like "200 billion dollars", with the same value and unit.
        ("Higher American import taxes on two hundred billion dollars' worth of Chinese goods are now in "
         "force.",
         [("two hundred billion dollars", 200000000000.0, "USD")]),
        ("He told his trade representative to prepare tariffs on about three hundred billion dollars more.",
         [("three hundred billion dollars", 300000000000.0, "USD")]),
        ("The WTO authorised the EU to impose tariffs on four billion U.S. dollars of American goods.",
         [("four billion U.S. dollars", 4000000000.0, "USD")]),
        ("Brussels put retaliatory duties on twenty-eight billion euros of U.S. products.",
         [("twenty-eight billion euros", 28000000000.0, "EUR")]),
        ("Washington imposed tariffs on one hundred fifty billion dollars of Chinese goods.",
         [("one hundred fifty billion dollars", 150000000000.0, "USD")]),
        ("Washington imposed tariffs on a hundred billion dollars of Chinese goods.",
         [("a hundred billion dollars", 100000000000.0, "USD")]),
        # Session 10: "point" is read (spoken copy), and an authorised sum of tariffs is a tariff amount.
        ("The WTO authorised tariffs worth seven point five billion dollars, officials said.",
         [("seven point five billion dollars", 7500000000.0, "USD")]),
        # A spelled-out range inside a dash aside continues the anaphoric subject, as digits do.
        ("Tariffs on Chinese goods rose on Friday. The increase -- from ten percent to twenty-five percent "
         "-- took effect just after midnight.",
         [("ten percent", 10.0, "percent"), ("twenty-five percent", 25.0, "percent")]),
    ],
)  # fmt: skip
def test_round16_spelled_sums(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(body, date(2019, 5, 10)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Not tariff amounts, spelled or not.
        "The Agriculture Department paid roughly twelve billion dollars in aid to farmers hurt by tariffs.",
        "China's trade surplus with the United States reached three hundred billion dollars despite tariffs.",
        "Tariffs on steel were raised last year. Two billion people live in the region.",
        # A bare "hundred" with no count is a vague quantity, not a hundred.
        "The tariffs on the remaining lists, covering several hundred billion dollars of trade, stay.",
        "Tariffs now cover a few hundred million dollars of farm goods.",
    ],
)
def test_round16_spelled_non_amounts(body: str) -> None:
    assert _amounts(body, date(2019, 5, 10)) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The date since which a tariff has applied, or has stood at a rate, is when it took effect.
        ("Section 232 tariffs of 25 percent on steel have applied to Chinese shipments since March 23.",
         date(2018, 7, 6), [("March 23", "2018-03-23", "scheduled")]),
        ("The federal tariff on imported steel has been 50 percent since June 4.",
         date(2025, 8, 10), [("June 4", "2025-06-04", "scheduled")]),
        ("Steel and aluminum, which have faced a 25% tariff since March 12, are not covered by the pause.",
         date(2025, 4, 10), [("March 12", "2025-03-12", "scheduled")]),
        ("Korean steel has paid the 50 percent duty since June.", date(2025, 7, 8),
         [("June", "2025-06", "scheduled")]),
        ("Since May 14, the reciprocal rate on Chinese goods has been 10%.", date(2025, 7, 1),
         [("May 14", "2025-05-14", "scheduled")]),
        ("Growers have been locked out since May 19, when Beijing imposed a combined duty of 80.5 per cent.",
         date(2020, 8, 1), [("May 19", "2020-05-19", "scheduled")]),
    ],
)  # fmt: skip
def test_round16_in_force_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A change since a date, a series of acts, talks, or a price is no tariff's own start.
        ("Because of the tariffs, the price of pig iron has risen about 18 percent since January.",
         date(2025, 8, 1)),
        ("The court held that the law does not authorize the tariffs the President has imposed since "
         "February.",
         date(2025, 5, 29)),
        ("Negotiators have been meeting on tariffs since March 3.", date(2019, 4, 1)),
        ("Since May 14, talks on the tariffs have been going well.", date(2025, 7, 1)),
    ],
)  # fmt: skip
def test_round16_not_in_force_since(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A semicolon separates the members of a table of rates by name as a comma does.
        ("Trump announced reciprocal tariffs on dozens of countries. Among them: China 34%; the European "
         "Union 20%; Vietnam 46%; and Taiwan 32%.",
         ["34%", "20%", "46%", "32%"]),
        ("Trump held up a chart of the new reciprocal tariffs. Cambodia 49%; Vietnam 46%; Japan 24%.",
         ["49%", "46%", "24%"]),
        ("The tariffs will hit Vietnamese goods at 46%; Japan 24%; India 26%.", ["46%", "24%", "26%"]),
        # A semicolon after a tariff rate does not make a market figure a member.
        ("Tariffs on Chinese goods rose to 25%; the Shanghai index fell 2%.", ["25%"]),
    ],
)  # fmt: skip
def test_round16_semicolon_rate_tables(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 4, 3))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A carrier's freight surcharge is no tariff: its effective date is no tariff deadline.
        ("- Peak Season Surcharge (PSS): USD 1,500 per 40' container, effective 1 October 2021.", []),
        ("The shipping line said its congestion surcharge of $750 per container takes effect on Oct. 1.", []),
        ("A bunker surcharge of $200 per TEU applies from Nov. 1.", []),
        # A tariff surcharge stays one, and so does a sentence with another tariff term.
        ("A 10% import surcharge on all U.S. goods takes effect on Oct. 1.",
         [("Oct. 1", "2021-10-01", "scheduled")]),
        ("Freight rates soared, and the 25% duty on Chinese steel takes effect on Oct. 1.",
         [("Oct. 1", "2021-10-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round16_freight_surcharges(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, date(2021, 9, 13)) == expected


# --- round 17: generalised from heldout16's error categories (sentences written anew) -----------------

_TIMELINE_HEAD = "Timeline: how the tariff fight escalated\n\nWASHINGTON -- Here is how it unfolded.\n\n"


@pytest.mark.parametrize(
    ("items", "on", "expected"),
    [
        # A timeline item led by its date, in the historical present: a tariff taking effect then is the
        # tariff's own past date (settled rule), whatever dash or colon closes the date.
        ("Aug. 23 -- Duties of 25% on $16 billion of Chinese goods take effect; Beijing hits back.",
         date(2018, 9, 18), [("Aug. 23", "2018-08-23", "scheduled")]),
        ("July 6 — The first round of duties, 25% on $34 billion of goods, takes effect.",
         date(2018, 9, 18), [("July 6", "2018-07-06", "scheduled")]),
        ("- June 1: Steel duties on the EU kick in.",
         date(2018, 9, 18), [("June 1", "2018-06-01", "scheduled")]),
        ("March 23, 2018 – Tariffs of 25% on steel come into force.",
         date(2018, 9, 18), [("March 23, 2018", "2018-03-23", "scheduled")]),
        # An item announcing a tariff "to take effect" later names that date, not the announcement's.
        ("Sept. 17 -- The White House announces a 10% tariff on $200 billion of imports, to take effect "
         "Sept. 24.", date(2018, 9, 18), [("Sept. 24", "2018-09-24", "scheduled")]),
        # Items of events, or of a trade agreement taking effect, are no tariff dates.
        ("March 22 -- Mr. Trump signs a memorandum on tariffs.", date(2018, 9, 18), []),
        ("July 1 -- The USMCA takes effect, replacing NAFTA.", date(2020, 9, 18), []),
        ("Aug. 3 -- Beijing says it is ready to impose levies of 25% if Washington goes ahead.",
         date(2018, 9, 18), []),
    ],
)  # fmt: skip
def test_round17_timeline_items(items: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(_TIMELINE_HEAD + items, on) == expected


def test_round17_dateline_stays_a_dateline() -> None:
    # A dateline opening the story is still a dateline, even with a timeline further down.
    body = "BEIJING, Aug. 2 -- China will raise tariffs on US cars from Sept. 1, the ministry said."
    assert _deadlines(_TIMELINE_HEAD.replace("WASHINGTON -- ", "") + body, date(2019, 8, 2)) == [
        ("Sept. 1", "2019-09-01", "scheduled")
    ]


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A tariff's past start said without "took effect": a passive raise to a new level on a day, an
        # intransitive "applied from", an effective "today".
        ("The tariff on steel and aluminium, which was raised to 50 percent on June 4, stays.",
         date(2025, 8, 1), [("June 4", "2025-06-04", "scheduled")]),
        ("The levy on Canadian lumber was lowered to 10% on July 1.",
         date(2025, 8, 1), [("July 1", "2025-07-01", "scheduled")]),
        ("Affected: the 10% baseline tariff; the additional 25% on Indian goods that applied from Aug. 27, "
         "taking India's total to 50%.",
         date(2025, 9, 10), [("Aug. 27", "2025-08-27", "scheduled")]),
        ("The duties that applied from Aug. 7 remain in place.",
         date(2025, 9, 10), [("Aug. 7", "2025-08-07", "scheduled")]),
        ("The 25% levy on imported cars took effect at 12:01 a.m. today.",
         date(2025, 4, 3), [("12:01 a.m. today", "2025-04-03", "scheduled")]),
        ("The steel duties, which, as of 12:01 a.m. today, apply to Canada, stand at 25%.",
         date(2018, 6, 1), [("12:01 a.m. today", "2018-06-01", "scheduled")]),
        ("Customs clearance on or after today is subject to the new tariff rates.",
         date(2018, 8, 15), [("today", "2018-08-15", "scheduled")]),
        ("The retaliatory duties are effective today.",
         date(2018, 8, 15), [("today", "2018-08-15", "scheduled")]),
    ],
)  # fmt: skip
def test_round17_past_starts(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # Not a tariff's start: a raise of something else, a discount, a state today, speech today, an
        # export cut-off, a comparison with today's level.
        ("Interest rates were raised to 5 percent on June 4, a tariff official said.", date(2025, 8, 1)),
        ("The discount that applied from Aug. 7 ended, the retailer said of tariffs.", date(2025, 9, 10)),
        ("The tariff rates in force today hold: 30% on China.", date(2025, 8, 1)),
        ("Trump said today that the 25% tariff was fair.", date(2025, 8, 1)),
        ("Goods exported on or after today pay the higher tariff.", date(2019, 5, 10)),
        ("Tariffs are 20% below today's level.", date(2019, 5, 10)),
    ],
)  # fmt: skip
def test_round17_not_past_starts(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The term of an "unless" clause: the tariff action happens only if it is missed (settled rule).
        ("Trump said that unless Beijing called to open negotiations within two weeks the tariff on Chinese "
         "goods could rise again.", date(2025, 4, 16), [("two weeks", "2025-04-30", "threatened")]),
        ("The tariff on Chinese goods could rise again unless Beijing calls by Friday, Trump said.",
         date(2025, 4, 16), [("Friday", "2025-04-18", "threatened")]),
        ("Duties will go up unless Ottawa moves before Aug. 1.",
         date(2025, 7, 10), [("Aug. 1", "2025-08-01", "threatened")]),
        # A date outside the condition stays scheduled.
        ("Trump said the tariffs would take effect on May 1 unless the president changes his mind.",
         date(2025, 4, 16), [("May 1", "2025-05-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round17_unless_terms(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on"),
    [
        # A market superlative looks back; a day someone speaks on; a month naming a legal instrument.
        ("The Stoxx 600 fell 1.4% on the tariff news, its worst day in six weeks.", date(2019, 11, 14)),
        ("Tariffs on aircraft gave Boeing stock its best week in two months.", date(2019, 11, 14)),
        ("Steel, on which the US charges 25 per cent, is to go to zero, on conditions that nobody could "
         "explain on Thursday.", date(2025, 5, 9)),
        ("Officials will tell reporters on Monday how the tariff of 25% works.", date(2025, 5, 9)),
        ("Rates of 15% to 41% apply under the July executive order.", date(2025, 9, 10)),
        ("The 25% tariffs in the April 2 proclamation remain.", date(2025, 9, 10)),
    ],
)  # fmt: skip
def test_round17_non_deadlines(body: str, on: date) -> None:
    assert _deadlines(body, on) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What a tariff costs a company, and the share of it won back, are no tariff amounts.
        ("For the quarter, the direct cost to us of the additional duties was about 14 billion yen, of which "
         "we were able to recover roughly 40 percent through price negotiations.", []),
        ("The cost of the tariffs to Ford was $800 million in the quarter.", []),
        ("The company recouped 60 percent of the tariff costs.", []),
        ("The bill from the new duties came to roughly 2 billion euros.", []),
        # The goods such charges apply to are what they cover; the coverage next to a cost still counts.
        ("Turkey doubled tariffs on U.S. cars. The minister said the new charges would apply to U.S. imports "
         "worth 533 million dollars.", ["533 million dollars"]),
        ("The surcharges would apply to American products worth about 1.8 billion euros a year.",
         ["1.8 billion euros"]),
        ("Tariffs on $200 billion of goods will rise to 25 percent, and the cost of the duties worried "
         "farmers.",
         ["$200 billion", "25 percent"]),
        # Other charges applying to a sum are not tariffs.
        ("Bank charges apply to transfers worth $5 million.", []),
    ],
)  # fmt: skip
def test_round17_costs_and_coverage(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 6))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # "since" opening the sentence or a clause after a colon, with an obligation in force since then
        # (settled past-date rule).
        ("Beijing has responded: since Oct. 11, importers of brandy have had to lodge deposits, equivalent "
         "to provisional anti-dumping duties of up to 39 percent.",
         date(2024, 10, 29), [("Oct. 11", "2024-10-11", "scheduled")]),
        ("Since March 12, importers have had to pay duties of 25% on steel.",
         date(2018, 6, 1), [("March 12", "2018-03-12", "scheduled")]),
        # An obligation that is no tariff, or an activity, is not.
        ("Since March 12, importers have had to file more forms.", date(2018, 6, 1), []),
        ("Tariffs stay high; since March 12, negotiators have been meeting weekly.", date(2018, 6, 1), []),
    ],
)  # fmt: skip
def test_round17_since_clause(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_AWARD_LEAD = (
    "Brussels vowed its own tariffs. The duties hit aircraft and cheese. The WTO authorised the US to impose "
    "tariffs on $7.5 billion of EU goods. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The sum a side asked for in a retaliation case is a requested retaliation sum (settled rule).
        ("The arbitrators' figure is well short of the roughly $11 billion that the U.S. had originally "
         "asked for.", ["$7.5 billion", "$11 billion"]),
        ("The WTO figure is below the $11 billion Washington requested.", ["$7.5 billion", "$11 billion"]),
        # Damages sought, or a sum sought by investors, are not.
        ("The WTO figure, while large, is below the $2 billion its lawyers had sought in damages.",
         ["$7.5 billion"]),
        ("Airbus shares, while large, trade below the $90 billion investors sought.", ["$7.5 billion"]),
    ],
)  # fmt: skip
def test_round17_requested_sums(sentence: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(_AWARD_LEAD + sentence, date(2019, 10, 2))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A rate put on goods is a tariff even without a tariff noun in its sentence.
        ("Trump said that unless Beijing called within two weeks the rate on Chinese goods could rise again.",
         date(2025, 4, 16), [("two weeks", "2025-04-30", "threatened")]),
        ("The rate on Chinese goods will rise to 50% next month.",
         date(2025, 4, 16), [("next month", "2025-05", "scheduled")]),
        # Other rates are not.
        ("The Fed said the interest rate on mortgages could rise within two weeks.", date(2025, 4, 16), []),
        # Customs clearance is an entry: its cut-off dates the new rates, even in a sentence without tariff
        # words after one that has them.
        ("The 25% duties are final. Customs clearance on or after today is subject to the new rates.",
         date(2018, 8, 15), [("today", "2018-08-15", "scheduled")]),
    ],
)  # fmt: skip
def test_round17_rate_and_clearance(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A rate standing as a noun and stacked on another tariff is a tariff rate.
        ("For China, the new 34% comes on top of the 20% already imposed this year, taking the additional "
         "levy to 54%.", ["34%", "20%", "54%"]),
        ("Trump announced new tariffs on Japan. The additional 24% will come on top of the 10% baseline.",
         ["24%", "10%"]),
        # A rise of something else stacked on another is not.
        ("Inflation of 3% comes on top of the 2% rise in rents, the tariff report said.", []),
    ],
)  # fmt: skip
def test_round17_stacked_rates(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 4, 3))] == expected


@pytest.mark.parametrize(
    ("items", "on", "expected"),
    [
        # A timeline item whose measure is a rate, or whose verb is a headline participle of a level change,
        # dates the tariff's own start (settled past-date rule).
        ("- April 9, 2025 — Country-specific reciprocal rates take effect, then are paused; the 10% baseline "
         "remains.",
         date(2025, 8, 1), [("April 9, 2025", "2025-04-09", "scheduled")]),
        ("- May 14, 2025 — Additional rate on Chinese goods reduced from 125% to 10%, until August 12.",
         date(2025, 8, 1),
         [("May 14, 2025", "2025-05-14", "scheduled"), ("August 12", "2025-08-12", "scheduled")]),
        ("June 4 -- Steel and aluminum duties raised to 50%.",
         date(2025, 8, 1), [("June 4", "2025-06-04", "scheduled")]),
        ("Aug. 7: The tariff on Indian goods doubled to 50 percent.",
         date(2025, 9, 1), [("Aug. 7", "2025-08-07", "scheduled")]),
        # Items whose rate is not a tariff's, or that report an event, are not.
        ("- March 19, 2025 — Interest rates cut to 4%, the Fed says.", date(2025, 8, 1), []),
        ("- May 12, 2025 — Officials meet in Geneva to discuss the rates.", date(2025, 8, 1), []),
    ],
)  # fmt: skip
def test_round18_timeline_items(items: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(_TIMELINE_HEAD + items, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The date since when a tariff has applied, stated with its object and rate, in the perfect
        # progressive of levying it, or as the start of a "when" clause (settled past-date rule).
        ("The European Union has applied provisional duties of up to 37.6 per cent since July 5.",
         date(2024, 10, 1), [("July 5", "2024-07-05", "scheduled")]),
        ("India will remove the additional customs duties it has been levying since June 16, 2019 on 28 "
         "American products.", date(2023, 6, 23), [("June 16, 2019", "2019-06-16", "scheduled")]),
        ("China has been collecting tariffs of 25% on U.S. pork since April 2.",
         date(2018, 7, 1), [("April 2", "2018-04-02", "scheduled")]),
        ("Goods from Brazil have been subject to an additional rate of 40 percent since August 6, on top of "
         "the 10 percent reciprocal tariff.", date(2025, 9, 1), [("August 6", "2025-08-06", "scheduled")]),
        ("Exporters have been living with anti-dumping measures since November 28, when Beijing began "
         "requiring importers to lodge deposits of 107.1 per cent on Australian wine.",
         date(2021, 3, 26), [("November 28", "2020-11-28", "scheduled")]),
        ("Ottawa has been angry since June 1, when Washington started charging duties on Canadian steel.",
         date(2018, 7, 1), [("June 1", "2018-06-01", "scheduled")]),
        # A change since a date, an activity since it, or a "when" clause without a charge are not.
        ("Tariff revenue has risen 18 percent since January.", date(2025, 9, 1), []),
        ("Tariff negotiators have been meeting weekly since March 12.", date(2025, 9, 1), []),
        ("Tariffs rose. Ottawa has been silent since June 1, when Washington started requiring new forms.",
         date(2018, 7, 1), []),
    ],
)  # fmt: skip
def test_round18_in_force_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_COMMA_LIST_LEAD = (
    "Mexico imposed duties on U.S. goods on Tuesday. Among the products affected are the following:\n\n"
)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # Items of "goods, rate" after an item naming a tariff rate list the next rates of the same box.
        ("- pork legs, at a rate of 20 percent;\n- apples and potatoes, 20 per cent;\n- various cheeses, "
         "between 20% and 25%;\n- flat steel products, at rates ranging from 15 percent to 25 percent;\n"
         "- whiskey (bourbon), 25 percent.",
         ["20 percent", "20 per cent", "20%", "25%", "15 percent", "25 percent", "25 percent"]),
        ("- pork legs, at a rate of 20 percent;\n- Lamps (LED), 15 percent.", ["20 percent", "15 percent"]),
        # Not after an item that named no tariff rate, nor an item of a market move.
        ("- apples and potatoes, 20 per cent;\n- grapes, 20 percent.", []),
    ],
)  # fmt: skip
def test_round18_comma_list_items(items: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(_COMMA_LIST_LEAD + items, date(2018, 6, 5))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The level of a measure heading a relative clause is its rate, spelled or not.
        ("Officials estimated the trade affected by the American charges, which stand at twenty-five percent "
         "on steel and ten percent on aluminum.", ["twenty-five percent", "ten percent"]),
        ("The levies, which are currently 25%, hurt exporters.", ["25%"]),
        ("Trade suffered from the duties, which remain at 10 per cent.", ["10 per cent"]),
        # Other things standing at a level are not.
        ("Its shares, which stand at 3 percent of the index, fell.", []),
        ("Unemployment, which is currently 4%, rose.", []),
    ],
)  # fmt: skip
def test_round18_level_relative(body: str, expected: list[str]) -> None:
    lead = "Mexico imposed duties on U.S. pork on Tuesday. "
    assert [text for text, _, _ in _amounts(lead + body, date(2018, 6, 5))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The duty a company pays is its cost, not goods covered (settled rule on customs revenue).
        ("The tariff cost is large. That compares with about $45 million of duty we paid in 2024.", []),
        ("Tariffs will cost us more. To be clear, that $180 million to $210 million is the duty itself.", []),
        ("The retailer said the $30 million in tariffs it paid last year hurt margins.", []),
        # The goods a tariff covers still count.
        ("Tariffs on $200 billion of goods that importers paid for in dollars rose to 25 percent.",
         ["$200 billion", "25 percent"]),
    ],
)  # fmt: skip
def test_round18_duty_paid(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 5, 15))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A tariff imposed on a day, as the object heading a relative clause, or in the passive in a month,
        # starts then (settled past-date rule).
        ("Mexico responded to the duties that Washington imposed on Mexican steel and aluminum on June 1.",
         date(2018, 6, 5), [("June 1", "2018-06-01", "scheduled")]),
        ("The U.S. will halve the 15% tariff that it imposed on Sept. 1 on $120 billion of Chinese imports.",
         date(2019, 12, 13), [("Sept. 1", "2019-09-01", "scheduled")]),
        ("India dropped its challenge to the US levies of 25 per cent on steel and 10 per cent on aluminium "
         "that were imposed in March 2018.", date(2023, 6, 23), [("March 2018", "2018-03", "scheduled")]),
        # A month in which tariffs were imposed by someone, or a day something else was imposed, is history.
        ("Washington imposed tariffs on Chinese goods in October 2019.", date(2023, 6, 23), []),
        ("The quotas that Washington imposed on June 1 hurt exporters, though tariffs stayed.",
         date(2018, 6, 5), []),
    ],
)  # fmt: skip
def test_round18_imposed_on(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_TABLE_LEAD = (
    "Washington imposed tariffs on Chinese goods. Beijing answered with duties of its own. The tariff fight "
    "escalated over the summer. The arithmetic, written as a table:\n\n"
)


@pytest.mark.parametrize(
    ("table", "amounts", "deadlines"),
    [
        # A table written as text whose header names rates, tariffs or coverage: its cells are tariff amounts,
        # and the date opening a row is when that row's tariffs applied (settled past-date rule).
        ("Round | US action (coverage; rate) | China response (coverage; rate)\n  1 (6 July) | US$34bn; 25% "
         "| US$34bn; 25%\n  2 (23 August) | US$16bn; 25% | US$16bn; 25%",
         ["US$34bn", "25%", "US$34bn", "25%", "US$16bn", "25%", "US$16bn", "25%"],
         [("6 July", "2018-07-06"), ("23 August", "2018-08-23")]),
        ("Effective date | Goods | Tariff rate\nJuly 6 | $34 billion of machinery | 25%",
         ["$34 billion", "25%"], [("July 6", "2018-07-06")]),
        # A table of markets is not, whatever its header.
        ("Market | Close | Change (rate)\nShanghai | 2,700 | 1.2%\nHang Seng | 28,000 | 0.8%", [], []),
    ],
)  # fmt: skip
def test_round18_text_tables(table: str, amounts: list[str], deadlines: list[tuple[str, str]]) -> None:
    on = date(2018, 9, 25)
    assert [text for text, _, _ in _amounts(_TABLE_LEAD + table, on)] == amounts
    assert [(text, when) for text, when, _ in _deadlines(_TABLE_LEAD + table, on)] == deadlines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A market's move over a session, and a company's move beside it, are no tariff rates.
        ("In Europe, where Brussels is still weighing provisional duties on Chinese EVs, the Stoxx Europe "
         "600 closed up 0.2%, with Volkswagen down 0.9%.", []),
        ("Despite the new tariffs, the Nikkei ended the session lower by 1.1%.", []),
        ("The tariff news hit Asia: Hang Seng finished down 2%, with Alibaba and Tencent up 1%.", []),
        # A tariff ending at a level, or brought down to one, still is.
        ("Tariffs on steel ended up at 25%.", ["25%"]),
        ("China cut duties on U.S. cars, with the rate down to 15%.", ["15%"]),
    ],
)  # fmt: skip
def test_round18_market_moves(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2024, 5, 14))] == expected


# --- round 19: generalised from heldout18's error categories (sentences written anew) -----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A rate that goods or importers pay is a tariff rate, whatever adjective sums it up, even where the
        # sentence has no tariff word of its own.
        ("Tariffs hit the carmaker. Margins fell. Profit fell. In May we were paying the full 27.5 per cent "
         "on every car we landed.", ["27.5 per cent"]),
        ("Tariffs hit the carmaker. Margins fell. Profit fell. Japanese cars will pay an all-in 15 per cent.",
         ["15 per cent"]),
        ("Tariffs hit exporters. Sales fell. Costs rose. Our pork pays the combined 50% at the border.",
         ["50%"]),
        # Not what a buyer pays more for, nor interest paid.
        ("Tariffs hit exporters. Sales fell. Costs rose. Shoppers will pay 5 percent more for shoes.", []),
        ("Tariffs hit exporters. Sales fell. Costs rose. The firm is paying 3 percent interest on its debt.",
         []),
    ],
)  # fmt: skip
def test_round19_rates_paid(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 7, 29))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # The months over which a state lasted are a span, not a date anything is due on.
        ("Tariffs hit the carmaker. For most of April, May and June we were paying 27.5 per cent on cars.",
         date(2025, 7, 29), []),
        ("Tariffs hit the carmaker. Through much of September the duties of 25 percent on steel bit hard.",
         date(2025, 11, 2), []),
        # A month a tariff takes effect still counts.
        ("Tariffs of 25 percent on cars take effect in September.", date(2025, 7, 29),
         [("September", "2025-09", "scheduled")]),
    ],
)  # fmt: skip
def test_round19_spans_of_months(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_SCORECARD = "- China: 34%, on top of the 20% already imposed\n- European Union: 20%\n- Vietnam: 46%\n"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A colon lead-in after a question or sentence about rates, in an article about tariffs, leads a list
        # of tariff rates, whatever the lead-in itself calls them.
        ("Q: How high are the country rates?\n\nA: It depends, but here is the scorecard for the biggest "
         "partners:\n", ["34%", "20%", "20%", "46%"]),
        ("The new rates vary widely by country.\n\nHere is how the biggest partners fare:\n",
         ["34%", "20%", "20%", "46%"]),
        # Not after talk of interest rates in an article about something else.
        ("Q: How high are interest rates?\n\nA: It depends, but here is the picture:\n", []),
    ],
)  # fmt: skip
def test_round19_rate_list_lead_ins(lead: str, expected: list[str]) -> None:
    frame = (
        "Trump announced tariffs on Wednesday. The tariffs cover most imports. Duties rise for 60 countries. "
        "Importers must pay the tariffs. The levies start soon.\n\n"
    )
    body = frame + lead + _SCORECARD if expected else lead + _SCORECARD
    assert [text for text, _, _ in _amounts(body, date(2025, 4, 3))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A rate paid since a date, or a percent heading a relative clause of the perfect, dates the tariff's
        # start (the settled past-date rule).
        ("China answered with tariffs, and our beans have already been paying an extra 25 percent at Chinese "
         "ports since July 6.", date(2018, 9, 20), [("July 6", "2018-07-06", "scheduled")]),
        ("The duty will rise to 50 per cent, on a par with the 50 per cent that Brazil has been paying since "
         "August 6.", date(2025, 8, 28), [("August 6", "2025-08-06", "scheduled")]),
        ("Viet Nam agreed a tariff deal. The rate of 46 per cent, whose application has been suspended since "
         "9 April, weighs on exporters.", date(2025, 7, 3), [("9 April", "2025-04-09", "scheduled")]),
        ("Exporters have been facing a 25% tariff on steel since March 12.", date(2025, 6, 1),
         [("March 12", "2025-03-12", "scheduled")]),
        # Not a share or an activity since a date.
        ("Tariffs loom. Households have been paying 3 percent more for food since March.", date(2025, 6, 1),
         []),
        ("Tariffs loom. Its share, 4 percent, which analysts have been watching since May, fell.",
         date(2025, 6, 1), []),
    ],
)  # fmt: skip
def test_round19_paid_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The parts of a tariff rate, or the same charge on other goods, continue the rate before them.
        ("Importers paid tariffs of 27.5 per cent on cars, which is the ordinary 2.5 per cent plus the 25 "
         "per cent added this spring.", ["27.5 per cent", "2.5 per cent", "25 per cent"]),
        ("Foreign steel will carry a tariff of 25 per cent and primary aluminium one of 10 per cent.",
         ["25 per cent", "10 per cent"]),
        ("Cars face a tariff of 25% on top of the existing 2.5%.", ["25%", "2.5%"]),
        ("Beijing cut its tariff on U.S. cars to zero per cent.", ["zero per cent"]),
        ("The deal sets a tariff rate of zero percent for many lines.", ["zero percent"]),
        # Not a share or a market figure after a tariff rate.
        ("The tariff of 25 percent covers steel, which is 2 percent of GDP.", ["25 percent"]),
        ("The tariff of 25 percent hit steel, plus the 3 percent share of exports it makes up.",
         ["25 percent"]),
        ("Tariffs rose. The loan carries zero percent interest.", []),
    ],
)  # fmt: skip
def test_round19_rate_parts(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 7, 29))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The value of what a tranche or tariff covers, through a participle clause with a count of lines, or
        # a relative clause of its worth.
        ("Tariffs took effect on Friday. A second tranche, covering a further 284 lines valued at roughly "
         "$16 billion, remains under review.", ["$16 billion"]),
        ("Tariffs took effect on Friday. The second list, covering 279 product lines worth about $16 "
         "billion, follows.", ["$16 billion"]),
        ("Tariffs took effect on Friday. Its next tranche would apply to goods that were worth $16 billion "
         "last year.", ["$16 billion"]),
        # Not a total of trade named after the coverage.
        ("Tariffs took effect on Friday. The duties cover 284 lines, and exports reached $16 billion.", []),
    ],
)  # fmt: skip
def test_round19_covered_lines(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2018, 7, 6))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A start verb in a clause coordinated after a tariff sentence is about that clause's subject.
        ("USTR said a second tranche covering $16 billion of goods remains under review, and that public "
         "hearings on that list are scheduled to begin on July 24.", date(2018, 7, 6), []),
        ("Officials said tariffs on $16 billion of goods are planned, and that a public hearing will start "
         "on July 24.", date(2018, 7, 6), []),
        # The tariffs starting in such a clause still date them.
        ("USTR said hearings were held in May, and that the duties on $16 billion of goods will begin on "
         "August 23.", date(2018, 7, 6), [("August 23", "2018-08-23", "scheduled")]),
    ],
)  # fmt: skip
def test_round19_coordinated_starts(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


def test_round19_start_after_talks_clause() -> None:
    # A clause that opens with talks as a time ("during the talks") keeps its own subject's start.
    body = (
        '"Trade talks are continuing, and during the talks the U.S. will start, on September 1st, putting a '
        'small additional Tariff of 10% on the remaining 300 Billion Dollars of goods," Trump wrote.'
    )
    assert _deadlines(body, date(2019, 8, 1)) == [("September 1st", "2019-09-01", "scheduled")]


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # A past verb right before "in" and a month says what happened then: not a deadline.
        ("Trump signed steel tariffs of 25 per cent on Thursday. For an industry that had spent a year "
         "waiting on a Commerce Department report which, when it finally surfaced in February, laid out "
         "options ranging from a global levy to a quota, the ceremony was a shock.", date(2018, 3, 9), []),
        # A tariff's own start in a month, past or ahead, still counts.
        ("The steel tariffs, which were imposed in March, remain in force.", date(2018, 8, 1),
         [("March", "2018-03", "scheduled")]),
        ("The tariff increase announced in May takes effect in September.", date(2019, 8, 1),
         [("September", "2019-09", "scheduled")]),
    ],
)  # fmt: skip
def test_round19_past_verb_in_month(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 20: a tariff charged, levied or paid since a day dates its start, whoever charges or pays it,
        # and however long the goods it covers are named.
        ("The 10 percent levy that Ottawa has charged on U.S. ketchup since July 1 stays.", date(2018, 9, 20),
         [("July 1", "2018-07-01", "scheduled")]),
        ("India has levied a 70 percent import tax on U.S. walnuts and apples from Washington "
         "since June 16.", date(2019, 8, 1), [("June 16", "2019-06-16", "scheduled")]),
        ("Tariffs rose again. Japanese and Korean trucks have paid 25 percent at the border since April 3.",
         date(2025, 6, 1), [("April 3", "2025-04-03", "scheduled")]),
        ("Tariffs bite.\n\n- Copper wire: 50% in force since Aug. 1.", date(2025, 9, 1),
         [("Aug. 1", "2025-08-01", "scheduled")]),
        ("Tariffs bite. Sales fell.\n\n- India: a 25% surcharge on Russian-oil buyers since Aug. 27.",
         date(2025, 9, 1), [("Aug. 27", "2025-08-27", "scheduled")]),
        ("Tariffs hit. Since June 4, steel mills in Ontario (and Quebec) pay a tariff of 50 per cent at the "
         "border.", date(2025, 7, 1), [("June 4", "2025-06-04", "scheduled")]),
        # Not a price change, a dividend or what shoppers face since a date.
        ("Tariffs loom. Households have paid 3 percent more for food since March 3.", date(2025, 6, 1), []),
        ("Tariffs loom. The firm has maintained its 5% dividend growth since January 2.", date(2025, 6, 1),
         []),
        ("Tariffs loom. Since May 2, shoppers face prices 4% higher.", date(2025, 6, 1), []),
    ],
)  # fmt: skip
def test_round20_charged_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 20: a tariff's start with no verb to give a tense, a few weeks before the article, is this
        # year's day (a writer would date next year's with its year).
        ("Tariffs spread.\n\n- Mexico: a 50% duty on Chinese cars from Sept. 2, plus 35% on steel from "
         "Sept. 20.", date(2025, 10, 20),
         [("Sept. 2", "2025-09-02", "scheduled"), ("Sept. 20", "2025-09-20", "scheduled")]),
        ("Tariffs eased.\n\n- U.S. duties on Chinese goods: down from 145% to 30% from May 14.",
         date(2025, 6, 10), [("May 14", "2025-05-14", "scheduled")]),
        # Ahead of the article, or said to come, it is still the coming day.
        ("Tariffs spread.\n\n- Mexico: a 50% duty on Chinese cars from Nov. 2.", date(2025, 10, 20),
         [("Nov. 2", "2025-11-02", "scheduled")]),
        ("Mexico will charge a 50% duty on Chinese cars from Sept. 2.", date(2025, 10, 20),
         [("Sept. 2", "2026-09-02", "scheduled")]),
        # A move told after its new date passed, then given up: both dates were put off.
        ("Tariffs rose. A hike to 25% was first set for June 1, pushed to July 1, and then shelved in talks.",
         date(2025, 8, 20), [("June 1", "2025-06-01", "postponed"), ("July 1", "2025-07-01", "postponed")]),
    ],
)  # fmt: skip
def test_round20_recent_starts(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


_RATES_FRAME = "Washington announced new tariffs on imports. The duties apply to most partners. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 20: a comma, or an apposition between commas, may part a name from its rate in a list of
        # rates, and an aside after a rate may close before the next item.
        (_RATES_FRAME + "Korea faces 15%; Brazil, 50%; and Laos, the poorest of the group, 40%.",
         ["15%", "50%", "40%"]),
        (_RATES_FRAME + "Cars pay 25% (parts too); Canada, 35%; Mexico, 30%.", ["25%", "35%", "30%"]),
        # Not market moves listed the same way.
        ("Stocks fell on Monday. The Nikkei lost 2%; Kospi, 1.5%; and Sensex, the Indian index, 1%.", []),
    ],
)  # fmt: skip
def test_round20_named_rate_lists(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 7))] == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # Round 20: a scorecard with dot leaders is a table of rates; the leaders do not end sentences.
        ("RATES\nCanada ......... 35%\nMexico .. 30% (non-USMCA goods)\nIndia .... 50%\n",
         ["35%", "30%", "50%"]),
        ("THE NEW RATES\nBrazil ....... 50%\nSwitzerland .. 39%\n", ["50%", "39%"]),
    ],
)  # fmt: skip
def test_round20_dot_leader_tables(table: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(_RATES_FRAME + "\n\n" + table, date(2025, 8, 7))] == expected
    # The same table after a market sentence lists market moves.
    markets = "Stocks fell sharply on Monday. The Nikkei lost 2.5%.\n\n" + table
    assert [text for text, _, _ in _amounts(markets, date(2025, 8, 7))] == []


def test_round20_ellipsis_still_ends_sentences() -> None:
    # An ellipsis before a word still ends the sentence; only dots leading to a figure are a leader.
    body = "Tariffs rose... Stocks fell 3%."
    assert [text for text, _, _ in _amounts(body, date(2025, 8, 7))] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 20: money to help those a tariff hurts is not goods covered, whatever the tariff words near.
        ("China hit U.S. soybeans with tariffs. The department announced a new round of assistance, worth "
         "up to $12 billion, for farmers hurt by the retaliatory tariffs.", []),
        ("China hit U.S. soybeans with tariffs. Ottawa set aside C$500 million in relief for steelmakers hit "
         "by the U.S. tariffs.", []),
        # Goods covered stay amounts in a sentence that also mentions relief.
        ("Tariffs on $34 billion of Chinese goods took effect, and farmers asked for relief.",
         ["$34 billion"]),
    ],
)  # fmt: skip
def test_round20_relief_money(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2019, 5, 23))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 20: a tariff added or levied on a day, or a measure reported with "with effect from" a day,
        # took effect then (the settled past-date rule).
        ("Tariffs hit bourbon. Ottawa added a 10 percent surtax on U.S. whiskey on July 1.",
         date(2018, 11, 20), [("July 1", "2018-07-01", "scheduled")]),
        ("Tariffs hit bourbon. Ankara doubled its levy on U.S. cars to 120 percent with effect from Aug. 15.",
         date(2018, 11, 20), [("Aug. 15", "2018-08-15", "scheduled")]),
        # Not a bill introduced on a day, nor jobs added.
        ("Tariffs hit bourbon. A senator introduced a bill on tariffs on July 1.", date(2018, 11, 20), []),
        ("Tariffs hit bourbon. The distillery added 200 jobs on July 1.", date(2018, 11, 20), []),
    ],
)  # fmt: skip
def test_round20_added_and_effective_from(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 20: "phase" as a noun (a deal's first phase) does not put a signing ahead; phasing a tariff in
        # still does.
        ("Tariffs stay. The two leaders signed the second phase of the trade deal at the Capitol on Tuesday.",
         date(2020, 1, 16), []),
        ("Tariffs stay. The 25 percent duty on cars is phased in from Tuesday.", date(2020, 1, 16),
         [("Tuesday", "2020-01-21", "scheduled")]),
    ],
)  # fmt: skip
def test_round20_phase_noun(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 20: customs revenue is not goods covered (settled rule), also after "a record of", "a
        # monthly high of" or "a combined".
        ("Tariffs rose on imports. Customs collected a record of about $30 billion in duties in June.", []),
        ("Tariffs rose on imports. The agency collected a monthly high of $22 billion in tariffs.", []),
        # Goods a tariff is collected on are still covered.
        ("Tariffs rose on imports. Duties are collected on $300 billion of Chinese goods.", ["$300 billion"]),
    ],
)  # fmt: skip
def test_round20_revenue_records(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2025, 7, 10))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 21: a charge's participle before "since" ("already charged since April") and a level in
        # apposition to the tariff's percentage ("to 30%, a level that has applied since May 14") date the
        # tariff's start.
        ("Duties rose. An additional duty of 40% adds to the 10% already charged since April.",
         date(2025, 7, 31), [("April", "2025-04", "scheduled")]),
        ("The surtax of 25 percent on U.S. steel, levied since June 22, stays.", date(2018, 9, 3),
         [("June 22", "2018-06-22", "scheduled")]),
        ("The tariff deal cut that rate from 145% to 30%, a level that has applied since May 14.",
         date(2025, 5, 20), [("May 14", "2025-05-14", "scheduled")]),
        ("Tariffs fell. Washington lowered the duty to 15 per cent, the rate which has applied since Jan. 2.",
         date(2025, 3, 1), [("Jan. 2", "2025-01-02", "scheduled")]),
        # Not a charge or a tariff level: fees charged since a date, a growth level since a date.
        ("Tariffs loom. Banks have raised the fees charged since March 3.", date(2025, 6, 1), []),
        ("Tariffs loom. Output grew 3%, a level that has held since May 14.", date(2025, 6, 1), []),
    ],
)  # fmt: skip
def test_round21_charged_and_level_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 21: a rate or tariff that moved to a new level on a day ("which rose to 15% on September 1,
        # 2019", "tariffs on steel jumped to 50% on June 4") dates that level's start, whatever tense reports
        # it.
        ("- The rate on about $120 billion of imports (List 4A), which rose to 15% on September 1, 2019, is "
         "to be cut to 7.5%, effective February 14, 2020.", date(2020, 1, 16),
         [("September 1, 2019", "2019-09-01", "scheduled"),
          ("February 14, 2020", "2020-02-14", "scheduled")]),
        ("Tariffs on steel jumped to 50% on June 4, and buyers scrambled.", date(2025, 6, 20),
         [("June 4", "2025-06-04", "scheduled")]),
        ("The duty on Canadian lumber fell to 14.4 percent on Aug. 12.", date(2025, 9, 1),
         [("Aug. 12", "2025-08-12", "scheduled")]),
        # Not a tariff's level: exports, revenue or a price that moved on a day.
        ("Tariffs bite. Exports, which rose to 15% on September 1, slowed.", date(2025, 10, 1), []),
        ("Tariffs bite. Tariff revenue climbed to 5% of receipts on June 4.", date(2025, 7, 1), []),
    ],
)  # fmt: skip
def test_round21_rate_moved_on(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 21: "on DATE, when it entered into force" names the measure's start, whatever verb reports
        # the date (publication, signing).
        ("The decree lifting the duty on US cars to 120 per cent was published on 15 August, when it also "
         "entered into force.", date(2018, 8, 16), [("15 August", "2018-08-15", "scheduled")]),
        ("The tariff order was signed on Monday, when it took effect.", date(2025, 3, 5),
         [("Monday", "2025-03-03", "scheduled")]),
        # Not a start: the "when" clause tells of something else taking effect, or no tariff is in the
        # sentence.
        ("The tariff list was published on 15 August, when the talks resumed.", date(2018, 8, 16), []),
        ("The merger was signed on 15 August, when it also entered into force.", date(2018, 8, 16), []),
    ],
)  # fmt: skip
def test_round21_when_entered_into_force(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 21: in an article about tariffs, a rate named as a tariff's ("the new rate", "the higher
        # country rates", "the reciprocal rate") right after tariff sentences is the tariff, in a sentence
        # without tariff words; the day a letter or memo was sent is no deadline.
        ("Tariffs on Brazil rise. The tariff hits coffee. Duties on beef rise too. The letter that Trump "
         "sent to Lula on July 9 set the new rate to start on Aug. 1.", date(2025, 7, 31),
         [("Aug. 1", "2025-08-01", "scheduled")]),
        ("Tariffs on Brazil rise. The tariff hits coffee. Duties on beef rise too. The new rate will start "
         "on Aug. 1.", date(2025, 7, 31), [("Aug. 1", "2025-08-01", "scheduled")]),
        ("Tariffs on Japan rise. The tariff hits cars. Duties on steel rise too. The higher country rates "
         "are paused; the pause runs until July 9.", date(2025, 4, 10),
         [("July 9", "2025-07-09", "scheduled")]),
        ("Tariffs on Japan rise. The tariff hits cars. Duties on steel rise too. The reciprocal rate will "
         "apply from May 1.", date(2025, 4, 10), [("May 1", "2025-05-01", "scheduled")]),
        # Not a tariff's rate: interest or exchange rates, or a rate without tariff sentences before.
        ("Tariffs on Japan rise. The tariff hits cars. Duties on steel rise too. The interest rate will be "
         "cut on May 1.", date(2025, 4, 10), []),
        ("Growth slowed. The new rate for mortgages starts on May 1.", date(2025, 4, 10), []),
        ("Tariffs on Brazil rise. The tariff hits coffee. Duties on beef rise too. A memo issued to "
         "importers on July 9 explained the duties.", date(2025, 7, 31), []),
    ],
)  # fmt: skip
def test_round21_tariff_rate_nouns(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 21: a tariff noun with an imposing participle set off by commas ("Provisional duties, imposed
        # in July, were collected") dates the tariff's imposition, whatever the main verb reports.
        ("Provisional duties, imposed in July, were collected as guarantees.", date(2024, 10, 29),
         [("July", "2024-07", "scheduled")]),
        ("The tariffs on Chinese steel, imposed on March 12, hurt buyers.", date(2025, 6, 1),
         [("March 12", "2025-03-12", "scheduled")]),
        ("Canada's countermeasures, first introduced on 13 March, were widened.", date(2025, 6, 1),
         [("13 March", "2025-03-13", "scheduled")]),
        # Not an imposition: a plan announced on a day, or a participle not set off after a tariff noun.
        ("The tariff plan, announced in July, was criticised.", date(2024, 10, 29), []),
        ("The duties, debated in July, were never imposed.", date(2024, 10, 29), []),
    ],
)  # fmt: skip
def test_round21_imposed_participle(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a past verb governing a tariff's start dates it on or before the article date, whatever
        # the verb ("put in place", "introduced", "applied to ... from") and however the object is placed.
        ("It responds to the tariffs that the United States put in place on June 1.", date(2018, 6, 29),
         [("June 1", "2018-06-01", "scheduled")]),
        ("Compare the 25 per cent tariff on imported vehicles that the United States introduced on 3 April.",
         date(2025, 5, 9), [("3 April", "2025-04-03", "scheduled")]),
        ("The duties on steel that Ottawa implemented on March 13 stay.", date(2025, 6, 1),
         [("March 13", "2025-03-13", "scheduled")]),
        ("The 10 per cent baseline tariff that applied to most UK goods from 5 April will remain.",
         date(2025, 5, 9), [("5 April", "2025-04-05", "scheduled")]),
        ("The 25% levy that applied to all Chinese imports from Sept. 1 stays.", date(2025, 10, 2),
         [("Sept. 1", "2025-09-01", "scheduled")]),
        # Not a tariff's start: a bill introduced on a day, a plan to put tariffs in place.
        ("Senators introduced a bill on tariffs on June 1.", date(2018, 6, 29), []),
        ("The White House will put in place tariffs on steel on June 1.", date(2018, 5, 2),
         [("June 1", "2018-06-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_past_governing_verb(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: "effective DATE" / "with effect from DATE" attached to a past imposition is that measure's
        # own past start, not next year's.
        ("Earlier this month it imposed provisional anti-dumping measures on European brandy, requiring "
         "importers to post deposits, effective Oct. 11.", date(2024, 10, 30),
         [("Oct. 11", "2024-10-11", "scheduled")]),
        ("India had imposed additional customs duties on 28 products, with effect from 16 June 2019.",
         date(2019, 7, 20), [("16 June 2019", "2019-06-16", "scheduled")]),
        ("Beijing levied duties of 10% on U.S. pork, effective from March 10.", date(2025, 4, 2),
         [("March 10", "2025-03-10", "scheduled")]),
        # Ahead: an imposition that will happen, or a start after the article date.
        ("Beijing will impose duties of 10% on U.S. pork, effective March 10.", date(2025, 3, 4),
         [("March 10", "2025-03-10", "scheduled")]),
        ("Ottawa imposed surtaxes on U.S. steel, effective Dec. 20.", date(2025, 12, 1),
         [("Dec. 20", "2025-12-20", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_effective_after_past_imposition(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a timeline told in the past tense ("- July 6: A 25 percent tariff took effect") dates the
        # tariff's start on or before the article date.
        ("* July 6: A 25 percent tariff took effect on $34 billion of Chinese goods.", date(2018, 9, 20),
         [("July 6", "2018-07-06", "scheduled")]),
        ("- Aug. 23 -- Duties of 25 percent were imposed on a further $16 billion of goods.",
         date(2018, 9, 20),
         [("Aug. 23", "2018-08-23", "scheduled")]),
        ("- Feb. 4: China's retaliatory tariffs came into force.", date(2025, 3, 1),
         [("Feb. 4", "2025-02-04", "scheduled")]),
        # A past-tense item about an event is no deadline.
        ("* July 6: Officials met in Beijing to discuss tariffs.", date(2018, 9, 20), []),
    ],
)  # fmt: skip
def test_round22_past_timeline_items(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a modal whose own verb is no tariff action (no cue word, tariff noun or amount in its
        # phrase) governs the date: the day someone publishes, sees, leads or something happens.
        ("Tariffs loom. USTR said it would publish the list on Monday evening.", date(2019, 5, 11), []),
        ("Tariffs are rising. Members will have seen the headlines on Tuesday.", date(2019, 8, 16), []),
        ("Moe, who opposes the EV surtax, said he would lead a trade mission to Beijing next month.",
         date(2025, 8, 14), []),
        ("The tariff cut follows the signing, which officials said could happen in the first week of "
         "January.",
         date(2019, 12, 14), []),
        ("Ministers may visit Ottawa on Friday to discuss the duties.", date(2025, 3, 4), []),
        # A modal of a tariff action still dates it, whatever verb the cue words miss.
        ("Other goods on the tariff list will still be hit on Sept. 1.", date(2019, 8, 14),
         [("Sept. 1", "2019-09-01", "scheduled")]),
        ("The tariff exemption will end for goods from China on May 2.", date(2025, 4, 10),
         [("May 2", "2025-05-02", "scheduled")]),
        ("The tariffs will be in place on March 1.", date(2019, 2, 10),
         [("March 1", "2019-03-01", "scheduled")]),
        ("Duties of 25% would apply to cars on April 3.", date(2025, 3, 27),
         [("April 3", "2025-04-03", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_modal_own_verb(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a date fronted in its clause before a pronoun subject is dated by that subject's verb; a
        # measure signed into effect on a day was signed then; a court hears arguments on a day; a trailing
        # period ("the year to June") is no date.
        ("Beijing would respond to any tariffs, and on Tuesday it said levies of 10 percent would follow.",
         date(2018, 9, 20), []),
        ("China vowed to retaliate against the tariffs, but on Monday they announced a pause.",
         date(2019, 5, 15),
         []),
        ("The levy on aluminium that President Trump signed into effect on Thursday stays.", date(2018, 3, 9),
         []),
        ("The levies the president put into force on Monday remain.", date(2018, 3, 9), []),
        ("The justices hear arguments on Nov. 5 over the tariffs.", date(2025, 9, 10), []),
        ("The court heard arguments on the tariffs on Wednesday.", date(2025, 11, 7), []),
        ("Exporters, who sent A$1.1 billion worth of wine to China in the year to June, fear the duties.",
         date(2020, 8, 18), []),
        ("Tariff revenue rose in the year ended March, officials said.", date(2025, 6, 1), []),
        # Still deadlines: a fronted date with its own tariff verb, a move "from the end of the year to".
        ("Relations soured, and on Friday the tariffs took effect.", date(2019, 5, 10),
         [("Friday", "2019-05-10", "scheduled")]),
        ("The snap-back of the duties was pushed back from the end of the year to March 31, 2025.",
         date(2023, 10, 20),
         [("the end of the year", "2023-12-31", "postponed"), ("March 31, 2025", "2025-03-31", "scheduled")]),
        ("The tariffs will take effect on Thursday, officials said.", date(2018, 3, 5),
         [("Thursday", "2018-03-08", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_non_tariff_days(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a countdown from an event still to come, a procedure's deadline and an event's expected
        # date are no tariff deadlines.
        ("The tariff reduction only kicks in 30 days after the agreement is signed.", date(2019, 12, 14), []),
        ("The new duties apply 15 days after the decree is published.", date(2025, 3, 1), []),
        ("Aid for farmers hit by tariffs: the sign-up deadline for the program is Dec. 6.", date(2019, 8, 16),
         []),
        ("Tariff relief: the deadline for applications is March 31.", date(2025, 2, 1), []),
        ("The arbitrator's decision on the tariff case is not expected until next year.", date(2019, 10, 3),
         []),
        ("A ruling on the duties is expected in March.", date(2025, 1, 10), []),
        # Still deadlines: a countdown from a signing already done, a tariff's due date, a decision due.
        ("The meeting comes as tariffs are expected to rise on March 1.", date(2019, 2, 10),
         [("March 1", "2019-03-01", "scheduled")]),
        ("Tariffs will rise within 90 days after talks fail, he warned.", date(2019, 5, 10),
         [("90 days", "2019-08-08", "threatened")]),
        ("The tariff deadline for Mexico is March 1.", date(2025, 2, 1),
         [("March 1", "2025-03-01", "scheduled")]),
        ("A decision on the tariffs is due by March 1.", date(2019, 2, 10),
         [("March 1", "2019-03-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_expected_events_and_procedures(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: the year of a forecast, like a goal's, is no tariff deadline.
        ("The tariffs target chips, where one industry forecast has China holding 30 percent of capacity by "
         "2027.", date(2024, 5, 14), []),
        ("Duties rose; a projection that imports would halve by 2026 was published.", date(2025, 3, 1), []),
        # A tariff's own year still counts.
        ("The tariff on chips will rise to 50 percent by 2025.", date(2024, 5, 14),
         [("2025", "2025", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_forecast_years(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Round 22: the retaliation a side asked for is a tariff amount in a sentence with tariff words too
        # (settled rule); a damages claim is not. Money made available to those a tariff hurts and a central
        # bank's policy rate are no tariff amounts.
        ("The WTO ruled the US may impose countermeasures on up to $7.5 billion of EU goods, well short of "
         "the $11 billion that Washington originally asked for.", ["$7.5 billion", "$11 billion"]),
        ("The arbitrator allowed tariffs on $4 billion of goods, below the $12 billion the EU had requested.",
         ["$4 billion", "$12 billion"]),
        ("The award is below the $11.2 billion that Washington had requested, a claim of damages rather than "
         "a tariff figure.", []),
        ("Separately from the countermeasures, the government is making available up to C$2 billion to "
         "defend steel workers hit by the tariffs.", []),
        ("Tariffs doubled. Even after the central bank's policy rate was set at 17.75 percent, the lira "
         "fell.", []),
        ("The tariff on steel is 25 percent; the interest rate was cut to 4 percent.", ["25 percent"]),
        ("Tariffs hit $533 million of goods, small in a relationship that the ministry values at more than "
         "$20 billion a year.", ["$533 million"]),
    ],
)  # fmt: skip
def test_round22_requested_and_non_tariff_money(body: str, expected: list[str]) -> None:
    assert [text for text, _, _ in _amounts(body, date(2019, 10, 3))] == expected


_LIST22 = (
    "- Electric vehicles: from 25 percent to 100 percent in 2024\n"
    "- Solar cells: from 25 percent to 50 percent in 2024\n"
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # Round 22: in an article about tariffs, a lead-in naming "the list" leads the list of tariff changes.
        ("The rest of the list, at a glance:\n", ["25 percent", "100 percent", "25 percent", "50 percent"]),
        ("Other items on the list:\n", ["25 percent", "100 percent", "25 percent", "50 percent"]),
        # Not a list of statistics, even in a tariff article.
        ("The list of market figures:\n", []),
    ],
)  # fmt: skip
def test_round22_list_lead_ins(lead: str, expected: list[str]) -> None:
    frame = (
        "The White House raised tariffs on Chinese goods on Tuesday. The tariffs hit electric vehicles. "
        "Duties on chips double. Importers must pay the tariffs. The levies start soon.\n\n"
    )
    assert [text for text, _, _ in _amounts(frame + lead + _LIST22, date(2024, 5, 14))] == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a party's paperwork in a procedure and the date a legal instrument bears are no tariff
        # deadlines.
        ("In the tariff case the court has asked the plaintiffs to respond by June 5 and the government to "
         "reply by June 9.", date(2025, 5, 30), []),
        ("Importers seeking tariff refunds must register by Oct. 1.", date(2025, 9, 1), []),
        ("Under the executive order of July 30, the duty-free treatment will be suspended.", date(2025, 8, 5),
         []),
        ("The tariffs set by a decree dated 15 August stay.", date(2025, 9, 1), []),
        # Still deadlines: a tariff's own start next to an instrument or a response.
        ("The order raises the tariffs to 25% on Aug. 1.", date(2025, 7, 15),
         [("Aug. 1", "2025-08-01", "scheduled")]),
        ("China vowed to respond to the tariffs, which take effect on March 4.", date(2025, 3, 1),
         [("March 4", "2025-03-04", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_procedures_and_instruments(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a tariff heading its object relative clause without the pronoun or after a comma, and a
        # tariff in force from a recent day, date the tariff's own past start.
        ("Canada responded to the tariffs Washington imposed on June 1.", date(2018, 6, 29),
         [("June 1", "2018-06-01", "scheduled")]),
        ("Canada responded to the duties the United States put in place on June 1.", date(2018, 6, 29),
         [("June 1", "2018-06-01", "scheduled")]),
        ("Canada responded to the steel tariffs, which the U.S. introduced on June 1.", date(2018, 6, 29),
         [("June 1", "2018-06-01", "scheduled")]),
        ("The baseline tariff, in force from 5 April, will remain.", date(2025, 5, 9),
         [("5 April", "2025-04-05", "scheduled")]),
        # Not a tariff's start: a bill introduced on a day; a tariff that will be in force from a day ahead.
        ("A tariff bill introduced on June 1 stalled.", date(2018, 6, 29), []),
        ("The tariffs will be in force from 5 April.", date(2025, 3, 20),
         [("5 April", "2025-04-05", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_object_relatives_and_in_force_from(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a modal's verb about tariffs ("decide on the tariffs") and an aid scheme's date are no
        # tariff deadlines; a tariff action after a modal still is.
        ("Trump will decide on the tariffs on Friday.", date(2019, 5, 15), []),
        ("Ministers will talk about the tariff dispute in June.", date(2019, 5, 15), []),
        ("Farmers can apply for tariff aid until July 15.", date(2019, 5, 15), []),
        ("Payments under the tariff aid program will be made in August.", date(2019, 5, 15), []),
        ("China will retaliate on Monday.", date(2019, 5, 15), [("Monday", "2019-05-20", "scheduled")]),
        ("China said it would impose the duties on June 1.", date(2019, 5, 15),
         [("June 1", "2019-06-01", "scheduled")]),
        ("Beijing offered tariff relief until March 1.", date(2019, 1, 15),
         [("March 1", "2019-03-01", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_modal_about_tariffs_and_aid(
    body: str, on: date, expected: list[tuple[str, str, str]]
) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: a start ("effective", "starting", "from") attached to a past tariff action is the nearer
        # reading of the day: the recent past in a later article, ahead in an earlier one.
        ("Beijing retaliated with duties on $60 billion of goods, effective Sept. 24.", date(2018, 10, 20),
         [("Sept. 24", "2018-09-24", "scheduled")]),
        ("Beijing retaliated with duties on $60 billion of goods, effective Sept. 24.", date(2018, 9, 20),
         [("Sept. 24", "2018-09-24", "scheduled")]),
        ("Washington imposed 25% duties on $16 billion of goods starting Aug. 23.", date(2018, 10, 20),
         [("Aug. 23", "2018-08-23", "scheduled")]),
        ("Trump announced tariffs of 25% on Canadian goods starting March 4.", date(2025, 2, 20),
         [("March 4", "2025-03-04", "scheduled")]),
    ],
)  # fmt: skip
def test_round22_start_after_past_action(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected


@pytest.mark.parametrize(
    ("body", "on", "expected"),
    [
        # Round 22: provisional duties guaranteed, lodged or posted as deposits since a day are in force since
        # then (the settled past-date rule); an activity since a day is not.
        ("Provisional duties, which importers have been guaranteeing since July 5, will be collected.",
         date(2024, 10, 30), [("July 5", "2024-07-05", "scheduled")]),
        ("The anti-dumping duties that importers have been lodging since Oct. 11 stay.", date(2024, 12, 1),
         [("Oct. 11", "2024-10-11", "scheduled")]),
        ("The two sides have been negotiating the duties since July 5.", date(2024, 10, 30), []),
    ],
)  # fmt: skip
def test_round22_deposits_since(body: str, on: date, expected: list[tuple[str, str, str]]) -> None:
    assert _deadlines(body, on) == expected
