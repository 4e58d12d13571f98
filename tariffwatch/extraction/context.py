"""What a sentence says around a candidate: its tariff vocabulary, its clauses and the nearest cue word.

Both finders (amounts, deadlines) decide a candidate from the sentence that contains it. A
:class:`SentenceContext` is built lazily, once per sentence that holds a candidate; sentences with no
candidate are never lower-cased or scanned.
"""

from __future__ import annotations

import re
from functools import cached_property

from tariffwatch.extraction.cues import CueSet
from tariffwatch.extraction.lexicon import (
    CAPTION_RE,
    DEADLINE_TERMS_RE,
    STRONG_DEADLINE_RE,
    TARIFF_TERMS_RE,
)
from tariffwatch.extraction.sentences import SentenceIndex, clause_bounds, clause_breaks

#: How far to the left of a candidate a governing word is looked for.
LEFT_WINDOW = 110


class SentenceContext:
    """One sentence of a body, with the facts the finders ask about it."""

    def __init__(self, body: str, start: int, end: int) -> None:
        """Wrap ``body[start:end]``.

        Args:
            body: The article body.
            start: Sentence start offset in the body.
            end: Sentence end offset in the body.
        """
        self.start = start
        self.end = end
        self.text = body[start:end]

    @cached_property
    def lower(self) -> str:
        """The sentence lower-cased; offsets match ``text`` (checked, see :meth:`_lower`)."""
        lowered = self.text.lower()
        if len(lowered) != len(self.text):
            # A few characters (e.g. "İ") lower-case to two; keep offsets aligned character by character.
            lowered = "".join(c.lower()[0] for c in self.text)
        return lowered

    @cached_property
    def has_tariff_terms(self) -> bool:
        """Whether the sentence uses tariff vocabulary (tariff, duty, levy, countervailing, ...)."""
        return TARIFF_TERMS_RE.search(self.lower) is not None

    @cached_property
    def has_deadline_terms(self) -> bool:
        """Whether the sentence speaks of a deadline or truce even without a tariff noun."""
        return DEADLINE_TERMS_RE.search(self.lower) is not None

    @cached_property
    def has_strong_deadline_verb(self) -> bool:
        """Whether the sentence has a verb that only fits a measure's start or end ("takes effect")."""
        return STRONG_DEADLINE_RE.search(self.lower) is not None

    @cached_property
    def is_caption(self) -> bool:
        """Whether the sentence is a photo caption or credit line."""
        return CAPTION_RE.search(self.text) is not None

    def local(self, offset: int) -> int:
        """Convert a body offset to an offset in this sentence."""
        return offset - self.start

    @cached_property
    def _breaks(self) -> list[tuple[int, int]]:
        return clause_breaks(self.lower)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Clause bounds (sentence offsets) around the candidate at sentence offsets ``[start, end)``."""
        return clause_bounds(self._breaks, len(self.lower), start, end)

    def left_cue(
        self, cues: CueSet, start: int, end: int, window: int = LEFT_WINDOW
    ) -> tuple[re.Match[str], str] | None:
        """Return the cue (match, category) nearest to the left of the candidate at ``[start, end)``.

        Only the candidate's clause and at most ``window`` characters are searched.
        """
        clause_start, _ = self.clause(start, end)
        return cues.last(self.lower, max(clause_start, start - window), start)


class ContextCache:
    """Sentence contexts of one body, created on first use."""

    def __init__(self, body: str) -> None:
        """Index the sentences of ``body``.

        Args:
            body: The article body.
        """
        self.body = body
        self.index = SentenceIndex(body)
        self._contexts: dict[int, SentenceContext] = {}

    def at(self, offset: int) -> SentenceContext:
        """Return the context of the sentence containing ``offset``."""
        start, end = self.index.span_at(offset)
        context = self._contexts.get(start)
        if context is None:
            context = SentenceContext(self.body, start, end)
            self._contexts[start] = context
        return context

    def previous(self, context: SentenceContext) -> SentenceContext | None:
        """Return the context of the sentence before ``context``, if any."""
        span = self.index.previous_span(context.start)
        return None if span is None else self.at(span[0])
