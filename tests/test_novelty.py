"""Novelty: which mention raises the alert of a key, and the alert's identity."""

from __future__ import annotations

import itertools
import random
import re
from datetime import date
from typing import Any

from tariffwatch.novelty import alert_id_for, decide_alerts, summarise


def mention(
    key: str, published_on: date, source: str = "a.txt", start: int = 0, article_id: str = "a" * 24
) -> Any:
    kind = key.split("|", 1)[0]
    return {
        "key": key,
        "kind": kind,
        "published_on": published_on,
        "source": source,
        "article_id": article_id,
        "start": start,
        "label": f"{key}@{published_on}/{source}/{start}",
    }


MENTIONS = [
    mention("tariff_amount|USD|200000000000", date(2018, 9, 18), "b.txt", 40),
    mention("tariff_amount|USD|200000000000", date(2018, 7, 6), "z.txt", 90),  # earliest date wins
    mention("tariff_amount|USD|200000000000", date(2018, 7, 6), "y.txt", 300),  # same day: source order
    mention("tariff_amount|percent|25", date(2018, 7, 6), "y.txt", 12),
    mention("tariff_amount|percent|25", date(2018, 7, 6), "y.txt", 5),  # same article: position order
    mention("deadline|2019-03-01", date(2019, 1, 2), "c.txt", 7),
    mention("deadline|2019-03-01", date(2019, 2, 24), "a.txt", 1),
]
EXPECTED_FIRSTS = [
    "tariff_amount|percent|25@2018-07-06/y.txt/5",
    "tariff_amount|USD|200000000000@2018-07-06/y.txt/300",
    "deadline|2019-03-01@2019-01-02/c.txt/7",
]


def labels(rows: list[Any]) -> list[str]:
    return [r["label"] for r in rows]


def test_first_mention_per_key_in_publication_order() -> None:
    assert labels(decide_alerts(MENTIONS, [])) == EXPECTED_FIRSTS


def test_choice_does_not_depend_on_input_order() -> None:
    rng = random.Random(7)
    orders = [list(reversed(MENTIONS))] + [rng.sample(MENTIONS, len(MENTIONS)) for _ in range(30)]
    for order in orders:
        assert labels(decide_alerts(order, [])) == EXPECTED_FIRSTS
    # An iterator (not a list) is accepted as well.
    assert labels(decide_alerts(iter(MENTIONS), iter([]))) == EXPECTED_FIRSTS


def test_known_keys_raise_nothing() -> None:
    known = ["tariff_amount|USD|200000000000", "deadline|2019-03-01"]
    assert labels(decide_alerts(MENTIONS, known)) == ["tariff_amount|percent|25@2018-07-06/y.txt/5"]
    every_key = {m["key"] for m in MENTIONS}
    assert decide_alerts(MENTIONS, every_key) == []
    assert decide_alerts([], []) == []


def test_summarise_counts_new_keys_per_kind() -> None:
    assert summarise(decide_alerts(MENTIONS, [])) == {"tariff_amount": 2, "deadline": 1}


def test_alert_id_is_deterministic_and_distinct_per_key() -> None:
    keys = [
        *sorted({m["key"] for m in MENTIONS}),
        "tariff_amount|USD|2000000000000",
        "tariff_amount|EUR|200000000000",
        "deadline|2019-03",
        "deadline|2019",
    ]
    ids = [alert_id_for(k) for k in keys]
    assert ids == [alert_id_for(k) for k in keys]
    assert len(set(ids)) == len(keys)
    assert all(re.fullmatch(r"[0-9a-f]{24}", i) for i in ids)
    # Pinned: receivers deduplicate on it across runs and versions, so it must never change silently.
    assert alert_id_for("deadline|2019-03-01") == "cbded0a82890523798b1ba1e"
    for a, b in itertools.combinations(keys, 2):
        assert alert_id_for(a) != alert_id_for(b)
