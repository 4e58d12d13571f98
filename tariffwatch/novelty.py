"""Decide which mentions raise alerts. Pure: touches no dependency, only transforms data.

An alert is raised the first time a normalised key (``tariff_amount|USD|200000000000``,
``deadline|2019-03-01``) appears in the warehouse. "New" means "not in the ledger" — never "not seen
in this run" — so the caller passes the keys the ledger already holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def alert_id_for(key: str) -> str:
    """Return the deterministic alert id of a key (receivers deduplicate on it).

    Args:
        key: A normalised mention key.

    Returns:
        24 hexadecimal characters.
    """
    return hashlib.sha256(f"alert\x1f{key}".encode()).hexdigest()[:24]


def publication_order(mention: Mapping[str, Any]) -> tuple[Any, ...]:
    """Sort key that processes mentions in publication order, then source, then position."""
    return (mention["published_on"], mention["source"], mention["article_id"], mention["start"])


def decide_alerts(
    mentions: Iterable[Mapping[str, Any]],
    known_keys: Iterable[str],
) -> list[Mapping[str, Any]]:
    """Pick the first mention of every key that the ledger does not hold yet.

    Args:
        mentions: Candidate mention rows with ``key``, ``published_on``, ``source``, ``article_id`` and
            ``start``; any order (they are sorted by publication order here).
        known_keys: Keys that already have an alert in the ledger.

    Returns:
        The mention rows that raise alerts, in publication order, one per new key.
    """
    seen = set(known_keys)
    firsts: list[Mapping[str, Any]] = []
    for mention in sorted(mentions, key=publication_order):
        key = mention["key"]
        if key in seen:
            continue
        seen.add(key)
        firsts.append(mention)
    return firsts


def summarise(firsts: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Count new keys per kind (for run summaries)."""
    counts: dict[str, int] = {}
    for m in firsts:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    return counts
