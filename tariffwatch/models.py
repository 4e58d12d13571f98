"""Plain data records that flow through the pipeline: source → articles → mentions → alerts.

These are the contracts between modules. They hold data only; the functions that make and consume
them live in the modules named after their role (``sources``, ``extraction``, ``novelty``, ...).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

MentionKind = Literal["tariff_amount", "deadline"]
DeadlineStatus = Literal["scheduled", "postponed", "threatened"]

#: Quarantine stages, in pipeline order.
STAGE_INGEST = "ingest"
STAGE_FEED = "feed"
STAGE_VALIDATE_ARTICLES = "validate_articles"
STAGE_VALIDATE_MENTIONS = "validate_mentions"

#: Longest raw payload kept in a quarantine row; enough to recognise the record, small enough to scan.
PAYLOAD_LIMIT = 2000


def _digest(text: str, length: int = 24) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def normalise_text(text: str) -> str:
    """Return the canonical form of an article body used for identity.

    NFC-normalises and collapses every run of whitespace to one space, so the same story saved
    with different line endings or wrapping gets the same identity.

    Args:
        text: A cleaned article body.

    Returns:
        The normalised text.
    """
    if not text.isascii():  # ASCII is already NFC; most wire copy is, and this is on the hot path
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def article_id_for(body: str) -> str:
    """Return the stable identity of an article: a hash of its normalised body.

    Args:
        body: The cleaned article body.

    Returns:
        A 24-character hexadecimal id.
    """
    return _digest(normalise_text(body))


def format_value(value: float) -> str:
    """Format a normalised numeric value without float noise (``2e11`` → ``200000000000``).

    Args:
        value: A value in base units (currency units, or percent points).

    Returns:
        The shortest exact decimal text for the value.
    """
    if value == int(value):
        return str(int(value))
    return repr(round(value, 6))


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a source produced it, before validation.

    Attributes:
        article_id: Hash of the normalised body (see :func:`article_id_for`).
        dedup_key: What makes the record "the same" at its source: ``sha256:<article_id>`` for files,
            ``guid:<guid>`` / ``link:<url>`` / ``sha256:<article_id>`` for feed entries.
        source: The file path as given, or the feed URL.
        url: The article's link (None for files).
        title: The headline when one can be found.
        published_on: Publication date.
        body: Clean text (no markup).
    """

    article_id: str
    dedup_key: str
    source: str
    url: str | None
    title: str | None
    published_on: date
    body: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not become a valid article or mention; it goes to quarantine, never away.

    Attributes:
        source: Where the record came from (path, feed URL, or article id for mentions).
        stage: Pipeline stage that refused it (``STAGE_*``).
        reason: Short machine-readable code, e.g. ``no_publication_date`` or the failed expectations.
        detail: Human-readable explanation.
        payload: The raw record, truncated to :data:`PAYLOAD_LIMIT` characters.
    """

    source: str
    stage: str
    reason: str
    detail: str
    payload: str

    def __post_init__(self) -> None:
        if len(self.payload) > PAYLOAD_LIMIT:
            object.__setattr__(self, "payload", self.payload[:PAYLOAD_LIMIT])

    @property
    def quarantine_id(self) -> str:
        """Identity of the quarantine row: the same bad record refused for the same reason is one row."""
        return _digest("\x1f".join((self.stage, self.source, self.reason, self.payload)))


@dataclass(frozen=True, slots=True)
class Mention:
    """One tariff amount or deadline found in an article body.

    Attributes:
        kind: ``tariff_amount`` or ``deadline``.
        text: The exact span ``body[start:end]``.
        start: Start offset into the article body.
        end: End offset (exclusive) into the article body.
        sentence: The sentence that contains the span.
        value: Amounts only: value in base units (currency units, or percent points for rates).
        unit: Amounts only: ISO 4217 code, or ``percent``.
        date: Deadlines only: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
        status: Deadlines only: ``scheduled``, ``postponed`` or ``threatened``.
    """

    kind: MentionKind
    text: str
    start: int
    end: int
    sentence: str
    value: float | None = None
    unit: str | None = None
    date: str | None = None
    status: DeadlineStatus | None = None

    @property
    def key(self) -> str:
        """The normalised key that novelty is decided on: ``tariff_amount|USD|2e11`` style, but exact."""
        if self.kind == "tariff_amount":
            assert self.value is not None and self.unit is not None
            return f"tariff_amount|{self.unit}|{format_value(self.value)}"
        assert self.date is not None
        return f"deadline|{self.date}"


@dataclass(frozen=True, slots=True)
class SourceBatch:
    """What one read of a source yields: articles, refused records, and survivable warnings."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
