"""What a sentence says around a candidate: its tariff vocabulary, its clauses and the nearest cue word.

Both finders (amounts, deadlines) decide a candidate from the sentence that contains it. The body is
lower-cased once; whether a sentence uses a vocabulary (:data:`~tariffwatch.extraction.lexicon.VOCABULARY`)
is a plain substring test on that sentence only, cached per sentence. A :class:`SentenceContext` is built
lazily, once per sentence that holds a candidate, so text without candidates is never examined.
"""

from __future__ import annotations

import re
from functools import cached_property

from tariffwatch.extraction.cues import CueSet
from tariffwatch.extraction.lexicon import ANCHOR_ALTERNATIVES, CREDIT_RE, EXTENSION_RE, VOCABULARY
from tariffwatch.extraction.sentences import (
    BOUNDARY_PATTERN,
    SentenceIndex,
    boundary_of,
    clause_bounds,
    clause_breaks,
)

#: How far to the left of a candidate a governing word is looked for.
LEFT_WINDOW = 110

# Sentence boundaries first (their groups are numbered 1-3, see boundary_of), then numbers and calendar
# words. Every alternative starts with a literal, so this single pass prefilters on a small character set.
_SCAN_RE = re.compile(BOUNDARY_PATTERN + "|" + ANCHOR_ALTERNATIVES)


class ContextCache:
    """The lower-cased body, its sentences, vocabulary positions and sentence contexts, made on first use."""

    def __init__(self, body: str) -> None:
        """Index ``body``.

        Args:
            body: The article body.
        """
        self.body = body
        lower = body.lower()
        if len(lower) != len(body):
            # A few characters (e.g. "İ") lower-case to two; keep offsets aligned character by character.
            lower = "".join(c.lower()[0] for c in body)
        self.lower = lower
        # One pass over the body finds sentence boundaries, numbers and calendar words together.
        boundaries: list[tuple[int, int]] = []
        #: ``(start, end)`` of every number token ("200", "1.2", "2019,") and calendar word ("March").
        self.numbers: list[tuple[int, int]] = []
        self.calendar_words: list[tuple[int, int]] = []
        for match in _SCAN_RE.finditer(body):
            first = body[match.start()]
            if "0" <= first <= "9":
                self.numbers.append(match.span())
            elif first in ".!?\n":
                boundaries.append(boundary_of(match))
            else:
                self.calendar_words.append(match.span())
        self.index = SentenceIndex(body, boundaries)
        self._contexts: dict[int, SentenceContext] = {}

    def at(self, offset: int) -> SentenceContext:
        """Return the context of the sentence containing ``offset``."""
        start, end = self.index.span_at(offset)
        context = self._contexts.get(start)
        if context is None:
            context = SentenceContext(self, start, end)
            self._contexts[start] = context
        return context

    def previous(self, context: SentenceContext) -> SentenceContext | None:
        """Return the context of the sentence before ``context``, if any."""
        span = self.index.previous_span(context.start)
        return None if span is None else self.at(span[0])

    def uses(self, vocabulary: str, start: int, end: int) -> bool:
        """Whether a term of ``VOCABULARY[vocabulary]`` occurs in ``body[start:end]`` (case-insensitive)."""
        # map() keeps the loop in C; this runs for every sentence that holds a candidate.
        return any(map(self.lower[start:end].__contains__, VOCABULARY[vocabulary]))


class SentenceContext:
    """One sentence of a body, with the facts the finders ask about it."""

    def __init__(self, cache: ContextCache, start: int, end: int) -> None:
        """Wrap the sentence ``cache.body[start:end]``.

        Args:
            cache: The body's cache.
            start: Sentence start offset in the body.
            end: Sentence end offset in the body.
        """
        self._cache = cache
        self.start = start
        self.end = end
        self.text = cache.body[start:end]
        self.lower = cache.lower[start:end]
        self._uses: dict[str, bool] = {}

    def uses(self, vocabulary: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the sentence (or its part ``[start, end)``, sentence offsets) uses a vocabulary."""
        stop = self.end if end is None else self.start + end
        return self._cache.uses(vocabulary, self.start + start, stop)

    def uses_anywhere(self, vocabulary: str) -> bool:
        """Whether the whole sentence uses a vocabulary (cached per sentence, so the properties below
        that wrap it cost a dict lookup)."""
        found = self._uses.get(vocabulary)
        if found is None:
            found = self._uses[vocabulary] = self._cache.uses(vocabulary, self.start, self.end)
        return found

    @property
    def has_tariff_terms(self) -> bool:
        """Whether the sentence uses tariff vocabulary (tariff, duty, levy, countervailing, ...)."""
        return self.uses_anywhere("tariff")

    @property
    def has_deadline_terms(self) -> bool:
        """Whether the sentence speaks of a deadline or truce even without a tariff noun."""
        return self.uses_anywhere("deadline")

    @property
    def has_strong_deadline_verb(self) -> bool:
        """Whether the sentence has a verb that only fits a measure's start or end ("takes effect")."""
        return self.uses_anywhere("strong_deadline")

    @cached_property
    def is_caption(self) -> bool:
        """Whether the sentence is a photo caption or credit line."""
        return self.uses_anywhere("caption") or (
            "/" in self.text[-60:] and CREDIT_RE.search(self.text) is not None
        )

    @cached_property
    def postpones(self) -> bool:
        """Whether the sentence postpones something ("delayed", "extended the deadline")."""
        if self.uses_anywhere("postpone"):
            return True
        return self.uses_anywhere("extend") and EXTENSION_RE.search(self.lower) is not None

    def postpones_in(self, start: int, end: int) -> bool:
        """Whether a postponement word occurs in ``[start, end)`` (sentence offsets)."""
        if self.uses("postpone", start, end):
            return True
        return self.uses("extend", start, end) and EXTENSION_RE.search(self.lower, start, end) is not None

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
